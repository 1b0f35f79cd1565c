import { provinces, supplierPlaces } from '../words';
import { type CategoryTexts } from './wording';

/** The texts of 用工, raw materials and logistics. */
export const labourMaterialsLogisticsTexts: Record<'用工' | '原材料供应' | '物流运输', CategoryTexts> = {
  用工: {
    misroute: 'gxj',
    templates: [
      {
        for: 'enterprise',
        lead: 'rsj',
        county: 'rsj',
        urgent: 0.4,
        text(c) {
          const gap = c.r.int(30, 150);
          const isolated = gap + c.r.int(5, 40);
          const back = Math.round(gap * (0.6 + c.r.next() * 0.3));
          return {
            title: `${c.short}：外地员工返岗需隔离，缺工${gap}人`,
            description: `${c.name}反映：${isolated}名外地员工返衡后需居家隔离14天，一线用工缺口约${gap}人，生产线只能开一半。请求对低风险地区返岗人员分类管理，尽快安排上岗。`,
            resolution: `${c.lead}会同${c.place}疫情防控指挥部逐人核实，来自低风险地区的${back}名员工凭健康卡绿码和14天体温记录即日返岗，其余人员在厂区宿舍单人单间观察，用工缺口已降至${gap - back}人`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'rsj',
        county: 'rsj',
        urgent: 0.2,
        text(c) {
          const gap = c.r.int(20, 120);
          const skill = c.r.pick(['电焊工', '数控操作工', '缝纫工', '叉车司机', '电工', '质检员']);
          const skilled = c.r.int(3, 15);
          const hired = Math.round(gap * (0.5 + c.r.next() * 0.45));
          return {
            title: `${c.short}：招工难，一线普工缺口${gap}人`,
            description: `${c.name}订单已基本恢复，但本地招工困难，一线普工缺口${gap}人，${skill}缺口${skilled}人。希望通过政府渠道组织专场招聘。`,
            resolution: `${c.lead}将企业岗位纳入“春风行动”网络招聘会并在“湘就业”平台推送，组织${c.place}乡镇劳务专员定向对接，已到岗${hired}人，其中${skill}${Math.min(skilled, c.r.int(2, 8))}人`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'rsj',
        county: 'rsj',
        co: { code: 'jtj', part: '安排“点对点”包车并保障沿途通行' },
        urgent: 0.45,
        text(c) {
          const province = c.r.pick(provinces);
          const workers = c.r.int(25, 90);
          const buses = Math.ceil(workers / 45);
          return {
            title: `${c.short}：${province}籍员工${workers}人无法返岗`,
            description: `${c.name}有${workers}名${province}籍员工因当地交通管控、客运班线未恢复，无法自行返岗。申请组织“点对点”包车接返。`,
            resolution: `${c.lead}协调包车${buses}台“点对点”接回${province}籍员工${workers}人，全程闭环管理，员工到厂后已完成健康登记并上岗`,
            coDone: `已落实大巴${buses}台，办妥沿途高速通行手续`,
          };
        },
      },
      {
        for: 'project',
        lead: 'rsj',
        county: 'rsj',
        co: { code: 'zsj', part: '督促施工单位落实实名制和防疫管理' },
        urgent: 0.3,
        text(c) {
          const planned = c.r.int(150, 600);
          const onSite = Math.round(planned * (0.18 + c.r.next() * 0.12));
          const local = Math.round(planned * (0.15 + c.r.next() * 0.15));
          const bused = Math.round(planned * (0.15 + c.r.next() * 0.2));
          return {
            title: `${c.short}：施工人员到岗不足三成`,
            description: `${c.name}计划进场施工人员${planned}人，目前到岗仅${onSite}人，外地班组返程受阻，主体工程无法全面施工。`,
            resolution: `${c.lead}组织${c.place}本地富余劳动力${local}人进场，协调外地班组${bused}人包车返岗，现场到岗已达${onSite + local + bused}人`,
            coDone: '已督促施工单位完成进场人员实名登记和健康排查',
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'rsj',
        county: 'rsj',
        co: { code: 'wjw', part: '明确返岗人员健康证明要求' },
        urgent: 0.3,
        text(c) {
          const workers = c.r.int(10, 60);
          return {
            title: `${c.short}：返岗员工健康证明开具难`,
            description: `${c.name}有${workers}名员工所在村（社区）不愿出具健康证明，无法按企业复工方案办理返岗手续。`,
            resolution: `${c.lead}会同卫健部门明确：低风险地区返岗人员凭湖南居民健康卡绿码和测温记录即可上岗，无需另行开具证明，${workers}名员工已全部返岗`,
            coDone: '已书面明确返岗人员健康管理要求并通知各乡镇',
          };
        },
      },
    ],
    progress: [
      '已与企业人事负责人对接，逐人核实缺工岗位和人员来源',
      '已将企业岗位信息推送至“湘就业”平台和乡镇劳务站',
      '已联系员工所在地人社部门，确认返程安排',
    ],
    extension: ['员工所在地交通管控尚未解除，需等待对方放行', '专场招聘会安排在下周，需延长办理时间'],
    unsatisfied: [
      ['仍有近一半员工未返岗，缺工问题没有根本解决', '再次组织专场招聘并包车接回剩余员工，缺工问题基本解决'],
      [
        '推荐的人员多数不符合岗位要求',
        '重新按岗位要求筛选推荐，并协调职业学校组织短期岗前培训，技工缺口已补齐',
      ],
    ],
  },
  原材料供应: {
    misroute: 'swj',
    templates: [
      {
        for: 'enterprise',
        lead: 'gxj',
        county: 'gxj',
        urgent: 0.35,
        text(c) {
          const place = c.r.pick(supplierPlaces);
          const days = c.r.int(3, 10);
          const first = c.materials.split('、')[0]!;
          return {
            title: `${c.short}：供应商未复工，${first}告急`,
            description: `${c.name}主要原材料${c.materials}由${place}的供应商提供，对方尚未复工，库存仅能维持${days}天生产。请求协调对方复工或寻找替代货源。`,
            resolution: `${c.lead}通过省工信厅对接${place}工信部门，协调供应商优先排产恢复供货，首批${c.r.int(20, 300)}吨${first}已到厂；同时推荐本地替代供应商${c.r.int(1, 3)}家`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'gxj',
        county: 'gxj',
        co: { code: 'jtj', part: '为原材料运输车辆办理通行证' },
        urgent: 0.45,
        text(c) {
          const place = c.r.pick(supplierPlaces);
          const days = c.r.int(2, 7);
          const passes = c.r.int(3, 15);
          const first = c.materials.split('、')[0]!;
          return {
            title: `${c.short}：原材料运输受阻，库存仅够${days}天`,
            description: `${c.name}从${place}采购的${c.materials}运输受阻，运输车辆在途经县市被劝返，库存仅够${days}天生产。`,
            resolution: `${c.lead}将企业列入重点保障企业名单，协调办理原材料运输车辆通行证${passes}张，${c.r.int(30, 500)}吨${first}已运抵厂区`,
            coDone: `已为企业办理重点物资运输车辆通行证${passes}张`,
          };
        },
      },
      {
        for: 'project',
        lead: 'gxj',
        county: 'gxj',
        urgent: 0.3,
        text(c) {
          const gap = c.r.int(3, 20) * 50;
          return {
            title: `${c.short}：商砼、砂石供应不足`,
            description: `${c.name}所需商品混凝土和砂石骨料供应不足，周边搅拌站和砂石场尚未全部复工，每日缺口约${gap}立方米，影响主体结构施工。`,
            resolution: `${c.lead}协调${c.place}${c.r.int(2, 5)}家商砼搅拌站和砂石场恢复生产，优先保障重点项目，日供应量已达${gap + c.r.int(2, 8) * 50}立方米`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'gxj',
        county: 'gxj',
        urgent: 0.15,
        text(c) {
          return {
            title: `${c.short}：包装材料供应商未复工`,
            description: `${c.name}产品外包装（纸箱、编织袋）供应商为外地小微企业，目前未复工，成品无法包装出库。`,
            resolution: `${c.lead}协调本地${c.r.int(2, 4)}家包装企业承接订单，首批纸箱${c.r.int(2, 30)}万只已到货，成品已恢复出库`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'gxj',
        county: 'gxj',
        urgent: 0.2,
        text(c) {
          const place = c.r.pick(supplierPlaces);
          const days = c.r.int(7, 25);
          return {
            title: `${c.short}：外地配套件交货推迟${days}天`,
            description: `${c.name}的关键配套件由${place}的企业供应，对方复工率不足五成，交货期推迟${days}天，产品无法按期下线。`,
            resolution: `${c.lead}通过产业链上下游协同机制对接${place}工信部门，协调配套企业优先排产，首批配套件${c.r.int(200, 3000)}套已到货，生产线恢复正常`,
          };
        },
      },
    ],
    progress: [
      '已与企业采购负责人对接，核实原材料缺口和在途情况',
      '已发函对接供应商所在地工信部门',
      '已联系本地替代供应商，正在询价',
    ],
    extension: ['供应商所在地交通管控尚未解除，需等待对方放行', '替代供应商需试样检验，需延长办理时间'],
    unsatisfied: [
      ['首批原材料到货后供应又中断', '再次协调供应商签订稳定供货协议，按周分批供货，供应已稳定'],
      ['替代货源价格偏高，企业难以承受', '协调本地供应商按疫情前价格供货，价差问题已解决'],
    ],
  },
  物流运输: {
    misroute: 'gxj',
    templates: [
      {
        for: 'both',
        lead: 'jtj',
        county: 'jtj',
        urgent: 0.45,
        text(c) {
          const trucks = c.r.int(3, 20);
          return {
            title: `${c.short}：${trucks}台货车通行证办理难`,
            description: `${c.name}有${trucks}台自有货车需跨县运输${c.isProject ? '钢材、水泥等建材' : '原料和成品'}，途经村组设卡劝返，请求办理防疫期间车辆通行证。`,
            resolution: `${c.lead}为其办理重点物资运输车辆通行证${trucks}张，并通报沿线乡镇撤除违规卡点，车辆已恢复通行`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'jtj',
        county: 'jtj',
        co: { code: 'wjw', part: '优化高速出口检疫点设置' },
        urgent: 0.35,
        text(c) {
          const lanes = c.r.int(1, 3);
          return {
            title: `${c.short}：高速路口检疫排队时间长`,
            description: `${c.name}的运输车辆经${c.station}收费站下高速时检疫排队需${c.r.int(2, 5)}小时以上，原料和成品运输时效无法保证。`,
            resolution: `${c.lead}会同卫健部门在${c.station}收费站增设货车专用检疫通道${lanes}条，持通行证车辆排队时间缩短至20分钟以内`,
            coDone: `已在${c.station}收费站检疫点增派人员，开设货车专用通道`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'jtj',
        county: 'jtj',
        urgent: 0.2,
        text(c) {
          return {
            title: `${c.short}：成品积压，找不到物流车辆`,
            description: `${c.name}有约${c.r.int(50, 800)}吨成品积压在库，合作物流公司司机大多未返岗，运价上涨近${c.r.int(3, 8) * 10}%。`,
            resolution: `${c.lead}对接本地${c.r.int(2, 5)}家已复工物流企业，组织货车${c.r.int(10, 60)}台次承运，积压成品已全部发出`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'jtj',
        county: 'jtj',
        urgent: 0.3,
        text(c) {
          const drivers = c.r.int(3, 15);
          return {
            title: `${c.short}：返衡货车司机被要求隔离`,
            description: `${c.name}有${drivers}名外地货车司机返衡后被要求居家隔离14天，车辆无法出车，影响原料和成品运输。`,
            resolution: `经核实${drivers}名司机均来自低风险地区，${c.lead}协调属地防疫部门按闭环管理安排上岗，司机每日测温登记，车辆已恢复运营`,
          };
        },
      },
      {
        for: 'project',
        lead: 'jtj',
        county: 'jtj',
        urgent: 0.4,
        text(c) {
          const trucks = c.r.int(5, 30);
          return {
            title: `${c.short}：建材运输车辆进场受阻`,
            description: `${c.name}的钢筋、水泥运输车辆在进入${c.place}时被乡镇卡点劝返，现场材料只够${c.r.int(2, 5)}天施工。`,
            resolution: `${c.lead}为项目办理建材运输车辆通行证${trucks}张，协调${c.place}撤除违规卡点，材料已正常进场`,
          };
        },
      },
    ],
    progress: [
      '已与企业对接，核实运输车辆、人员和线路',
      '已与沿线乡镇和防疫卡点对接',
      '正在协调运力和通行保障',
    ],
    extension: ['涉及外市卡点，需通过市疫情防控指挥部协调', '需等待省交通运输厅统一通行证样式'],
    unsatisfied: [
      ['通行证数量不够，仍有车辆无法通行', '补办通行证后，企业全部运输车辆均已持证通行'],
      ['部分乡镇卡点仍然拦车', '再次通报相关乡镇并派员现场督查，卡点已全部撤除'],
    ],
  },
};
