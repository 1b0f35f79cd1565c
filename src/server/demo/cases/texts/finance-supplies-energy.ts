import { banks } from '../words';
import { type CategoryTexts, wan } from './wording';

/** The texts of finance, epidemic supplies and energy. */
export const financeSuppliesEnergyTexts: Record<'资金融资' | '防疫物资' | '能源要素保障', CategoryTexts> = {
  资金融资: {
    misroute: 'czj',
    templates: [
      {
        for: 'enterprise',
        lead: 'rhzx',
        urgent: 0.2,
        text(c) {
          const amount = c.r.pick([200, 300, 500, 800, 1000, 1500, 2000]);
          const bank = c.r.pick(banks);
          return {
            title: `${c.short}：流动资金紧张，需贷款${amount}万元`,
            description: `${c.name}停产近一个月，货款回笼慢，支付工资和采购原材料资金缺口约${amount}万元。申请协调银行发放复工复产贷款。`,
            resolution: `${c.lead}协调${bank}衡阳分行开辟绿色通道，为企业发放流动资金贷款${amount}万元，执行优惠利率${c.r.pick(['3.85', '4.05', '4.35'])}%`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'rhzx',
        co: { code: 'jrb', part: '督促银行不抽贷、不断贷、不压贷' },
        urgent: 0.25,
        text(c) {
          const amount = c.r.pick([300, 500, 600, 1000, 1200, 3000]);
          const bank = c.r.pick(banks);
          return {
            title: `${c.short}：${amount}万元贷款到期，申请续贷`,
            description: `${c.name}在${bank}的${amount}万元贷款将于${c.r.pick(['3月中旬', '3月底', '近期'])}到期，受疫情影响暂无力归还，申请展期或无还本续贷。`,
            resolution: `${c.lead}协调${bank}为企业${amount}万元贷款办理展期${c.r.pick([3, 6, 6, 12])}个月，不收罚息，不影响征信记录`,
            coDone: `已约谈${bank}衡阳分行，明确对企业不抽贷、不断贷`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'rhzx',
        urgent: 0.3,
        text(c) {
          const amount = c.r.pick([500, 1000, 2000, 3000]);
          return {
            title: `${c.short}：申请防疫专项再贷款支持`,
            description: `${c.name}为疫情防控重点保障企业，扩大生产需资金${amount}万元，申请使用人民银行专项再贷款优惠利率。`,
            resolution: `${c.lead}推荐企业至${c.r.pick(banks)}，运用专项再贷款发放贷款${amount}万元，利率3.15%，中央财政贴息50%后企业实际融资成本约1.6%`,
          };
        },
      },
      {
        for: 'project',
        lead: 'czj',
        county: 'czj',
        urgent: 0.15,
        text(c) {
          const owed = c.r.int(5, 60) * 100;
          return {
            title: `${c.short}：工程款拨付滞后，资金紧张`,
            description: `${c.name}已完成工程量对应的工程款${owed}万元尚未拨付，施工单位垫资困难，农民工工资支付压力大。`,
            resolution: `${c.lead}审核后拨付项目建设资金${Math.round(owed * (0.5 + c.r.next() * 0.5))}万元，施工单位已足额支付农民工工资`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'jrb',
        urgent: 0.1,
        text(c) {
          const amount = c.r.pick([200, 300, 500, 800]);
          return {
            title: `${c.short}：申请政府性融资担保`,
            description: `${c.name}缺少有效抵押物，${amount}万元贷款申请被银行要求追加担保，申请政府性融资担保支持。`,
            resolution: `${c.lead}协调市融资担保公司为企业${amount}万元贷款提供担保，担保费率降至0.5%，贷款已到账`,
          };
        },
      },
    ],
    progress: [
      '已与企业财务负责人对接，核实资金需求',
      '已将企业需求推送至相关银行和部门',
      '正在按程序审核办理',
    ],
    extension: ['需报上级审批，办理周期较长', '企业需补充财务资料，审批顺延'],
    unsatisfied: [
      ['贷款额度低于申请额度，资金缺口仍较大', '协调银行追加授信，贷款额度已满足企业需求'],
      ['银行放款时间比承诺的晚', '督促银行当日完成放款，企业已收到贷款'],
    ],
  },
  防疫物资: {
    misroute: 'wjw',
    templates: [
      {
        for: 'enterprise',
        lead: 'gxj',
        county: 'gxj',
        urgent: 0.55,
        text(c) {
          const staff = c.r.int(80, 800);
          return {
            title: `${c.short}：口罩、消毒液短缺`,
            description: `${c.name}复工${staff}人，每天需口罩约${staff * 2}只，现有库存只够${c.r.int(1, 3)}天，消毒液、酒精也已告急，市场上买不到。`,
            resolution: `${c.lead}从市级防疫物资储备中调配口罩${Math.ceil((staff * 2 * c.r.int(5, 10)) / 1000) * 1000}只、84消毒液${c.r.int(2, 10) * 50}公斤，并推荐企业对接本地口罩生产企业平价采购`,
          };
        },
      },
      {
        for: 'both',
        lead: 'gxj',
        county: 'gxj',
        urgent: 0.5,
        text(c) {
          const have = c.r.int(0, 2);
          const gap = c.r.int(3, 12);
          return {
            title: `${c.short}：测温枪缺口${gap}把`,
            description: `${c.name}设有${c.r.int(2, 6)}个出入口，按防控要求需额温枪${gap + have}把，目前仅有${have}把，网购一直缺货。`,
            resolution: `${c.lead}协调本地医疗器械经销商调拨额温枪${gap}把，已送达现场`,
          };
        },
      },
      {
        for: 'project',
        lead: 'wjw',
        county: 'wjj',
        co: { code: 'gxj', part: '调拨口罩和测温枪' },
        urgent: 0.45,
        text(c) {
          const masks = c.r.int(2, 10) * 1000;
          const guns = c.r.int(3, 8);
          return {
            title: `${c.short}：工地防疫物资储备不足`,
            description: `${c.name}现场施工人员${c.r.int(100, 500)}人，口罩、测温枪、消毒用品储备不足，难以满足复工防疫要求。`,
            resolution: `${c.lead}指导项目按标准设置测温点和隔离观察室，协调调拨口罩${masks}只、测温枪${guns}把`,
            coDone: `已调拨口罩${masks}只、测温枪${guns}把`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'wjw',
        county: 'wjj',
        urgent: 0.2,
        text(c) {
          return {
            title: `${c.short}：复工防疫方案需现场指导`,
            description: `${c.name}拟恢复全面生产，员工宿舍和食堂较集中，请求卫健部门现场指导防控方案和临时隔离观察室设置。`,
            resolution: `${c.lead}派疾控人员到企业现场指导，设置临时隔离观察室${c.r.int(1, 3)}间，食堂实行错峰分餐，复工防控方案已完善`,
          };
        },
      },
    ],
    progress: ['已核实复工人数和防疫需求', '已与企业对接，正在落实', '已联系相关单位安排供应和指导'],
    extension: ['储备物资优先保障医疗机构，需等待下一批到货'],
    unsatisfied: [
      ['调配的口罩只够几天使用', '已将企业纳入定期保供名单，每周配送一次口罩和消毒液'],
      ['调拨的测温枪数量不够', '补充调拨测温枪，各出入口均已配齐'],
    ],
  },
  能源要素保障: {
    misroute: 'gwgd',
    templates: [
      {
        for: 'enterprise',
        lead: 'gwgd',
        urgent: 0.2,
        text(c) {
          const kva = c.r.pick([400, 630, 800, 1000, 1250, 2000]);
          return {
            title: `${c.short}：新上生产线用电报装`,
            description: `${c.name}新增一条生产线，需新装${kva}千伏安专用变压器，申请加快用电报装，争取尽快投产。`,
            resolution: `${c.lead}开辟复工复产绿色通道，实行“不见面”办理，完成${kva}千伏安专变报装接电`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'gwgd',
        urgent: 0.2,
        text(c) {
          const from = c.r.pick([315, 400, 630, 800]);
          const to = from * 2;
          return {
            title: `${c.short}：用电增容申请`,
            description: `${c.name}复产后负荷增加，现有${from}千伏安变压器容量不足，申请增容至${to}千伏安。`,
            resolution: `${c.lead}上门勘查并完成增容至${to}千伏安，同时落实阶段性降低用电成本政策，电费按原到户电价的95%结算`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'gas',
        urgent: 0.4,
        text(c) {
          const gap = c.r.int(5, 60) * 100;
          return {
            title: `${c.short}：天然气供气压力不足`,
            description: `${c.name}的${c.r.pick(['窑炉', '锅炉', '烘干线', '熔炼炉'])}使用天然气，复产后用气量增加，管网压力不足，日缺口约${gap}立方米。`,
            resolution: `${c.lead}调整区域管网调压设施，日供气缺口${gap}立方米已解决，并对疫情期间用气实行“欠费不停气”`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'gwgd',
        urgent: 0.05,
        text(c) {
          return {
            title: `${c.short}：申请电费缓缴`,
            description: `${c.name}受疫情影响资金周转困难，2月电费约${wan(c.r, 3, 80)}万元，申请缓缴。`,
            resolution: `${c.lead}为企业办理电费缓缴至6月30日，缓缴期间不收违约金、不停电`,
          };
        },
      },
      {
        for: 'project',
        lead: 'gwgd',
        urgent: 0.3,
        text(c) {
          const kva = c.r.pick([200, 315, 400, 630]);
          return {
            title: `${c.short}：施工临时用电待接入`,
            description: `${c.name}复工在即，${kva}千伏安施工临时用电尚未接入，现场只能使用柴油发电机，成本高、功率不够。`,
            resolution: `${c.lead}安排专人现场勘查，完成${kva}千伏安临时用电接入，项目已正常施工`,
          };
        },
      },
    ],
    progress: ['已安排客户经理上门对接', '已完成现场勘查，办理方案已确定', '正在按方案组织实施'],
    extension: ['需报上级单位审批，需延长办理时间', '现场条件复杂，需与周边用户协调，需延长办理时间'],
    unsatisfied: [
      ['接电后电压不稳，影响设备运行', '调整线路负荷并更换配变后，电压已恢复正常'],
      ['高峰时段供气压力仍然不足', '新增调压设备并调整供气时段，高峰供气已正常'],
    ],
  },
};
