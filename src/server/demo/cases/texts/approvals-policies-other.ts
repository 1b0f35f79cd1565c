import { addDays } from '../../../../domain/dates';
import { monthDay } from '../time';
import { type CategoryTexts, wan } from './wording';

/** The texts of approvals, policies and the rest. */
export const approvalsPoliciesOtherTexts: Record<'审批手续' | '政策兑现' | '其他', CategoryTexts> = {
  审批手续: {
    misroute: 'zsj',
    templates: [
      {
        for: 'project',
        lead: 'zrj',
        county: 'zrj',
        co: { code: 'zsj', part: '施工许可容缺受理' },
        urgent: 0.15,
        text(c) {
          return {
            title: `${c.short}：施工许可审批待办`,
            description: `${c.name}规划许可和施工许可尚在办理，疫情期间窗口暂停现场受理，项目无法按计划开工。`,
            resolution: `${c.lead}通过网上审批核发建设工程规划许可证，住建部门容缺受理并核发施工许可证，项目已具备开工条件`,
            coDone: '已容缺受理施工许可申请并核发施工许可证',
          };
        },
      },
      {
        for: 'project',
        lead: 'zrj',
        county: 'zrj',
        urgent: 0.1,
        text(c) {
          const mu = c.r.int(30, 600);
          return {
            title: `${c.short}：项目用地报批进度慢`,
            description: `${c.name}的${mu}亩建设用地报批材料已提交，疫情期间审查进度放缓，影响项目按期开工。`,
            resolution: `${c.lead}开通绿色通道，完成用地预审和规划选址，${mu}亩用地报批材料已报省自然资源厅`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'fgw',
        county: 'fgj',
        urgent: 0.1,
        text(c) {
          return {
            title: `${c.short}：技改项目备案和节能审查待批`,
            description: `${c.name}计划投资${c.r.int(5, 80) * 100}万元实施技术改造，项目备案和节能审查需尽快办理，以便申报技改资金。`,
            resolution: `${c.lead}通过湖南省投资项目在线审批监管平台“不见面”办理项目备案，并完成节能审查`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'fgw',
        county: 'fgj',
        urgent: 0.55,
        text(c) {
          return {
            title: `${c.short}：复工备案迟迟未获审核`,
            description: `${c.name}已于${monthDay(addDays(c.createdDate, -c.r.int(2, 4)))}提交复工申请和防疫方案，属地尚未审核回复，企业无法正式复工。`,
            resolution: `${c.lead}核实企业防疫方案、物资储备和员工健康排查均已达标，督促属地当日完成复工备案审核`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'fgw',
        county: 'fgj',
        co: { code: 'sthj', part: '扩产项目环评审批' },
        urgent: 0.1,
        text(c) {
          return {
            title: `${c.short}：扩产项目环评待批复`,
            description: `${c.name}为满足订单需求拟扩大产能，扩产项目环评尚未批复，影响新生产线投产。`,
            resolution: `${c.lead}组织线上联审，生态环境部门对扩产项目环评实行告知承诺制审批，批复已下达`,
            coDone: '已按告知承诺制出具环评批复',
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'fgw',
        county: 'fgj',
        co: { code: 'scjg', part: '生产许可证延续办理' },
        urgent: 0.15,
        text(c) {
          return {
            title: `${c.short}：生产许可证到期需延续`,
            description: `${c.name}的工业产品生产许可证${c.r.pick(['3月', '4月'])}到期，疫情期间无法现场核查，担心影响正常生产销售。`,
            resolution: `${c.lead}协调市场监管部门对企业生产许可证实行告知承诺延续，新证已核发`,
            coDone: '已按告知承诺制办理许可证延续',
          };
        },
      },
    ],
    progress: [
      '已组织相关部门线上会商，明确办理路径',
      '企业补充材料已收齐，正在审查',
      '已开通绿色通道，实行容缺受理',
    ],
    extension: ['需报省级部门审批，办理周期较长', '涉及多个部门联审，需延长办理时间'],
    unsatisfied: [
      ['审批仍需补充较多材料，进度没有明显加快', '实行容缺受理，缺件承诺后补，审批已完成'],
      ['只办了一项手续，其余手续还在排队', '剩余手续并联办理，全部手续已办结'],
    ],
  },
  政策兑现: {
    misroute: 'czj',
    templates: [
      {
        for: 'enterprise',
        lead: 'rsj',
        county: 'rsj',
        urgent: 0.05,
        text(c) {
          return {
            title: `${c.short}：稳岗补贴申请待兑现`,
            description: `${c.name}上年度未裁员，符合失业保险稳岗返还条件，已提交申请，希望尽快兑现。`,
            resolution: `${c.lead}完成审核，向企业发放失业保险稳岗返还${wan(c.r, 3, 60)}万元`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'rsj',
        county: 'rsj',
        urgent: 0.05,
        text(c) {
          return {
            title: `${c.short}：咨询社保费减免政策`,
            description: `${c.name}咨询阶段性减免企业社会保险费政策的适用范围和办理流程，希望尽快享受。`,
            resolution: `${c.lead}专人上门解读：2月至6月中小微企业免征养老、失业、工伤保险单位缴费，企业预计可减免${wan(c.r, 5, 120)}万元，已协助完成申报`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'fgw',
        urgent: 0.2,
        text(c) {
          return {
            title: `${c.short}：申报疫情防控重点保障企业`,
            description: `${c.name}生产${c.r.pick(['消毒用品原料', '生活必需品', '医用物资配套产品', '重要农副产品'])}，申请纳入疫情防控重点保障企业名单，以享受专项再贷款和财政贴息政策。`,
            resolution: `${c.lead}指导企业完善申报材料，经省级部门审核，企业已纳入疫情防控重点保障企业名单`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'czj',
        county: 'czj',
        co: { code: 'gxj', part: '审核企业复工复产情况' },
        urgent: 0.05,
        text(c) {
          return {
            title: `${c.short}：复工复产奖补资金申领`,
            description: `${c.name}已全面复工，符合复工复产奖补条件，申请兑现奖补资金。`,
            resolution: `${c.lead}会同工信部门审核，向企业拨付复工复产奖补资金${wan(c.r, 2, 30)}万元`,
            coDone: '已核实企业复工复产情况并出具审核意见',
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'czj',
        urgent: 0.05,
        text(c) {
          return {
            title: `${c.short}：申请减免国有厂房租金`,
            description: `${c.name}租用园区国有标准厂房，受疫情影响经营困难，申请按政策减免租金。`,
            resolution: `${c.lead}协调园区平台公司为企业减免2至3月厂房租金${wan(c.r, 2, 40)}万元`,
          };
        },
      },
      {
        for: 'project',
        lead: 'fgw',
        county: 'fgj',
        urgent: 0.1,
        text(c) {
          return {
            title: `${c.short}：申请专项债券资金支持`,
            description: `${c.name}年度投资计划资金缺口较大，申请纳入2020年地方政府专项债券项目库。`,
            resolution: `${c.lead}将项目纳入2020年专项债券项目库，首批债券资金${c.r.int(10, 80) * 100}万元已下达`,
          };
        },
      },
    ],
    progress: ['已指导企业补充申报材料', '已完成初审，报分管领导审批', '正在按程序审核办理'],
    extension: ['资金需经市政府常务会研究', '需与省级部门核对政策口径'],
    unsatisfied: [
      ['补贴金额与企业测算不一致', '重新核算并补发差额，企业无异议'],
      ['政策解读不够具体，仍不清楚如何申报', '再次上门逐项指导，企业已完成申报'],
    ],
  },
  其他: {
    misroute: 'swj',
    templates: [
      {
        for: 'enterprise',
        lead: 'fgw',
        county: 'fgj',
        co: { code: 'swj', part: '对接团餐配送企业' },
        urgent: 0.25,
        text(c) {
          const caterers = c.r.int(1, 3);
          return {
            title: `${c.short}：周边餐馆未营业，员工就餐难`,
            description: `${c.name}复工员工${c.r.int(60, 600)}人，厂区周边餐馆均未营业，企业食堂空间有限，员工就餐困难。`,
            resolution: `${c.lead}协调商务部门推荐${caterers}家已复工团餐企业配送工作餐，企业食堂实行错峰分餐`,
            coDone: `已对接${caterers}家团餐企业为企业配送工作餐`,
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'fgw',
        co: { code: 'swj', part: '协助办理不可抗力事实性证明' },
        urgent: 0.2,
        text(c) {
          return {
            title: `${c.short}：海外订单延期交付需出具证明`,
            description: `${c.name}受疫情影响无法按期交付海外订单，客户要求提供不可抗力证明，否则将索赔。`,
            resolution: `${c.lead}协调商务部门指导企业向贸促会申办不可抗力事实性证明，证明已出具，企业与客户达成延期交货协议`,
            coDone: '已指导企业向贸促会提交不可抗力事实性证明申请',
          };
        },
      },
      {
        for: 'enterprise',
        lead: 'fgw',
        county: 'fgj',
        co: { code: 'jtj', part: '恢复园区公交线路' },
        urgent: 0.1,
        text(c) {
          const route = c.r.int(1, 60);
          return {
            title: `${c.short}：员工上下班公交未恢复`,
            description: `${c.name}有${c.r.int(50, 400)}名员工住在城区，园区公交线路尚未恢复，员工上下班不便。`,
            resolution: `${c.lead}协调交通运输部门恢复${route}路公交，早晚高峰加密班次，员工通勤问题已解决`,
            coDone: `已恢复${route}路公交并在早晚高峰加密班次`,
          };
        },
      },
      {
        for: 'both',
        lead: 'fgw',
        county: 'fgj',
        urgent: 0.5,
        text(c) {
          const who = c.isProject ? '施工人员' : '员工';
          return {
            title: `${c.short}：村组设卡，${who}出行受阻`,
            description: `${c.name}有${c.r.int(20, 200)}名本地${who}居住的村组设卡封路，持复工证明也无法出村上班。`,
            resolution: `${c.lead}通报${c.place}疫情防控指挥部，督促乡镇撤除违规卡点，${who}凭复工证明和健康卡正常通行`,
          };
        },
      },
    ],
    progress: ['已与企业对接了解具体诉求', '已协调属地乡镇和相关部门共同研究', '已形成处理方案，正在落实'],
    extension: ['涉及多个部门，需提请市复工复产指挥部研究'],
    unsatisfied: [
      ['问题只解决了一部分', '会同属地再次协调，问题已全部解决'],
      ['落实情况反复，过几天又出现同样问题', '建立属地包联机制，专人跟踪，问题未再反复'],
    ],
  },
};
