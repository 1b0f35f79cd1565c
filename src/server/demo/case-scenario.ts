/**
 * The demo's problems (问题协调), 10 February to 8 March 2020: about 300 problems raised by enterprises, liaison
 * officers, the 12345 hotline, dispatchers and daily-report difficulties, each routed to the department that
 * handled such problems in Hengyang, with a complete timeline up to the demo's "today" (8 March, 18:00).
 *
 * Pure and deterministic (a fixed seed, no clock, no I/O). Deadlines count working days on the official
 * calendar (`workingDayDeadline`). Every timeline follows the state machine of `domain/case-workflow.ts`:
 * create → assign → accept → progress / co-department parts / extension → resolve → confirm, with a few
 * returns (退回) and reassignments, refused and approved extensions, unsatisfied confirmations that reopen the
 * case, and duplicates or out-of-remit problems closed at the start. On 8 March most are closed with ratings;
 * the recent ones are open, and a handful are overdue (red) on acceptance or resolution.
 *
 * When a confirmation reopens a case (不满意), its acceptance and resolution deadlines restart from the
 * reopening, with the same limits as a new assignment.
 */
import {
  caseNumber,
  defaultTimeLimits,
  nextState,
  type CaseAction,
  type CasePriority,
  type CaseSource,
  type CaseState,
  type ProblemCategory,
} from '../../domain/case-workflow';
import { addDays } from '../../domain/dates';
import { hengyangRegions } from '../../domain/reference/hengyang';
import { addWorkingDays, endOfDay, workingDayDeadline } from '../../domain/working-days';
import { demoAccounts } from './demo-accounts';
import { apportion, createRandom, type Random } from './random';

export type RequesterRole = 'enterprise_user' | 'liaison_officer' | 'dispatcher' | 'county_dispatcher';

export interface CaseScenarioInput {
  subjects: { kind: 'enterprise' | 'project'; id: number; name: string; regionCode: string }[];
  departments: { id: number; code: string; name: string; regionCode: string }[];
  /**
   * Who raised problems; `userId` null for placeholder people. Optional bindings: `regionCode` (a county
   * dispatcher's or liaison officer's unit) and `enterpriseId` (an enterprise user's firm). Without them a
   * county dispatcher is bound by a unit's short name in the name (常宁调度员 王芳), an enterprise user by the
   * firm's short name (隆源铜业 赵敏).
   */
  requesters: {
    userId: number | null;
    name: string;
    role: RequesterRole;
    regionCode?: string;
    enterpriseId?: number;
  }[];
}

export type CaseCloseKind = 'satisfied' | 'duplicate' | 'out_of_remit';

export interface ScenarioCaseEvent {
  at: string;
  action: CaseAction | 'create';
  fromState: CaseState | null;
  toState: CaseState | null;
  actorName: string;
  actorRole: string;
  departmentId: number | null;
  text: string | null;
  /** The action's body as the API takes it (satisfied and rating, extension until, closing kind …). */
  body: Record<string, unknown>;
}

export interface ScenarioCase {
  number: string;
  title: string;
  description: string;
  category: ProblemCategory;
  priority: CasePriority;
  source: CaseSource;
  regionCode: string;
  enterpriseId: number | null;
  projectId: number | null;
  /** The daily report's date when the problem came from a report's difficulty (source daily_report). */
  reportDate: string | null;
  requesterUserId: number | null;
  requesterName: string;
  state: CaseState;
  leadDepartmentId: number | null;
  createdAt: string;
  assignedAt: string | null;
  acceptDeadline: string | null;
  resolveDeadline: string | null;
  acceptedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  closedAs: CaseCloseKind | null;
  resolution: string | null;
  satisfied: boolean | null;
  /** 1–5 */
  rating: number | null;
  departments: {
    departmentId: number;
    role: 'lead' | 'co';
    part: string | null;
    deadline: string | null;
    doneAt: string | null;
  }[];
  events: ScenarioCaseEvent[];
}

/** The demo clock (8 March 2020, a Sunday, 18:00). */
export const caseScenarioNow = '2020-03-08T18:00:00+08:00';
export const caseScenarioStart = '2020-02-10';
export const caseScenarioEnd = '2020-03-08';

const nowMs = Date.parse(caseScenarioNow);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;

// ---------------------------------------------------------------------------------------------------------
// Time in Asia/Shanghai, in whole seconds.

function instant(date: string, minutes: number, seconds = 0): number {
  return Date.parse(`${date}T00:00:00+08:00`) + minutes * MINUTE + seconds * 1000;
}

function iso(ms: number): string {
  return `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`;
}

function dateOf(ms: number): string {
  return new Date(ms + OFFSET).toISOString().slice(0, 10);
}

function minuteOfDay(ms: number): number {
  return Math.floor(((((ms + OFFSET) % DAY) + DAY) % DAY) / MINUTE);
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** Moves an instant into working hours (08:00 to `until`), to the next morning when it is too late. */
function office(r: Random, ms: number, until = 21 * 60): number {
  const minute = minuteOfDay(ms);
  const date = dateOf(ms);
  if (minute < 8 * 60) return instant(date, 8 * 60 + r.int(0, 50), r.int(0, 59));
  if (minute >= until) return instant(addDays(date, 1), 8 * 60 + r.int(0, 70), r.int(0, 59));
  return wholeSecond(ms);
}

function deadlineAfter(ms: number, workingDays: number): number {
  return workingDayDeadline(dateOf(ms), workingDays).getTime();
}

/** The Shanghai date a deadline instant (24:00) closes. */
function deadlineDate(ms: number): string {
  return dateOf(ms - 1);
}

function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

// ---------------------------------------------------------------------------------------------------------
// Words.

const surnames = '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭罗梁宋郑谢唐邓曾彭谭廖邹蒋欧阳贺龙'.split('');
const givenChars = '伟芳敏静丽强磊军洋勇艳杰涛明超霞平刚华兰红建国志文斌辉鹏飞春梅海燕峰东'.split('');

function personName(r: Random): string {
  return r.pick(surnames) + r.pick(givenChars) + (r.chance(0.6) ? r.pick(givenChars) : '');
}

const banks = ['工商银行', '农业银行', '中国银行', '建设银行', '邮储银行', '华融湘江银行', '衡阳农商银行'];
const provinces = ['广东', '广西', '贵州', '江西', '四川', '云南', '重庆'];
const supplierPlaces = [
  '广东佛山',
  '浙江宁波',
  '江苏无锡',
  '江西赣州',
  '湖北孝感',
  '广西柳州',
  '湖南株洲',
  '湖南长沙',
];

/** The main materials a firm of a kind buys, by a word of its name. */
const materialsByWord: [RegExp, string][] = [
  [/铜/, '电解铜、铜精矿'],
  [/冶炼|有色/, '铅锌精矿、焦炭'],
  [/水泥/, '燃煤、石膏'],
  [/建材/, '水泥、砂石'],
  [/油脂|茶油/, '油茶籽、包装瓶'],
  [/食品|农产品/, '面粉、包装材料'],
  [/酒业/, '高粱、包装瓶'],
  [/纺织|棉纺/, '棉花、涤纶短纤'],
  [/服饰|制衣/, '面料、辅料'],
  [/箱包|皮具/, '皮革、拉链'],
  [/包装|纸业/, '原纸、油墨'],
  [/化工/, '硫酸、纯碱'],
  [/药/, '原料药、药用辅料'],
  [/塑/, '聚丙烯颗粒'],
  [/钢结构/, '型钢、钢板'],
  [/钢/, '钢坯、废钢'],
  [/电缆|线缆/, '铜杆、绝缘料'],
  [/电气|变压器/, '硅钢片、铜线'],
  [/电子|光电/, '芯片、电子元器件'],
  [/汽/, '铝锭、钢材'],
  [/机械|重工|动力/, '钢板、轴承'],
  [/煤|矿/, '炸药、钢丝绳'],
  [/石业|砂石/, '炸药、配件'],
];

function materialsOf(name: string): string {
  for (const [pattern, materials] of materialsByWord) if (pattern.test(name)) return materials;
  return '原辅材料';
}

const tollStations: Record<string, string> = {
  '430405': '衡阳东',
  '430406': '衡阳南',
  '430407': '衡阳北',
  '430408': '衡阳西',
  '430412': '南岳',
  '430421': '西渡',
  '430422': '衡南',
  '430423': '衡山',
  '430424': '衡东',
  '430426': '祁东',
  '430481': '耒阳',
  '430482': '常宁',
  '430471': '衡阳南',
  '430472': '衡阳西',
  '430473': '衡阳北',
};

const regionByCode = new Map(hengyangRegions.map((r) => [r.code, r]));

/** 常宁市 → 常宁, 衡南县 → 衡南, 衡阳县 stays, 湖南衡阳高新技术产业园区 → 高新区. */
function unitShortName(code: string): string | null {
  const region = regionByCode.get(code);
  if (!region || region.kind === 'city') return null;
  if (region.kind === 'park')
    return region.name.includes('高新') ? '高新区' : region.name.includes('松木') ? '松木' : '综保区';
  if (region.name === '衡阳县') return '衡阳县';
  return region.name.replace(/[市县区]$/, '');
}

/** A firm's or site's short name for titles: 常宁市隆源铜业有限公司 → 隆源铜业. */
function shortName(kind: 'enterprise' | 'project', name: string): string {
  if (kind === 'project') return name.replace(/项目$/, '');
  let short = name
    .replace(/(股份有限公司|有限责任公司|有限公司|公司)$/, '')
    .replace(/（[^）]*）/g, '')
    .replace(/^(湖南省|湖南|衡阳市|衡阳)/, '');
  for (const region of hengyangRegions) {
    if (region.kind === 'park' || region.kind === 'city') continue;
    const unit = region.name.replace(/[市县区]$/, '');
    if (short.startsWith(region.name)) short = short.slice(region.name.length);
    else if (short.startsWith(unit) && short.length > unit.length + 2) short = short.slice(unit.length);
  }
  return short.length >= 2 ? short : name;
}

// ---------------------------------------------------------------------------------------------------------
// Problems by category: texts, routing, urgency.

interface TextContext {
  r: Random;
  /** Full name of the enterprise or project. */
  name: string;
  short: string;
  isProject: boolean;
  /** The unit the subject is in (常宁市, 珠晖区 …). */
  place: string;
  station: string;
  materials: string;
  /** Name of the lead department and of the co-department, if any. */
  lead: string;
  co: string | null;
  createdDate: string;
}

interface Wording {
  title: string;
  /** 1–3 sentences naming the subject. */
  description: string;
  resolution: string;
  coDone?: string;
}

interface Template {
  for: 'enterprise' | 'project' | 'both';
  /** City department code suffix of the default lead (430400-…). */
  lead: string;
  /** A county-level unit's own bureau (suffix) when the problem is handled locally. */
  county?: string;
  co?: { code: string; part: string };
  urgent: number;
  text(c: TextContext): Wording;
}

interface CategoryTexts {
  templates: Template[];
  progress: string[];
  extension: string[];
  /** [the requester's complaint, what the department did next]. */
  unsatisfied: [string, string][];
  /** Where a misrouted problem first went before it was returned (city suffix). */
  misroute: string;
}

function wan(r: Random, min: number, max: number): string {
  const value = r.logUniform(min, max);
  return value >= 100 ? String(Math.round(value / 10) * 10) : (Math.round(value * 10) / 10).toFixed(1);
}

const categoryTexts: Record<ProblemCategory, CategoryTexts> = {
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

/** Problems outside government remit, closed by the dispatcher at the start (不予受理). */
const outOfRemit: {
  category: ProblemCategory;
  text(c: TextContext): { title: string; description: string; reason: string };
}[] = [
  {
    category: '资金融资',
    text(c) {
      const owed = c.r.int(50, 600);
      return {
        title: `${c.short}：下游客户拖欠货款${owed}万元`,
        description: `${c.name}反映外省客户拖欠货款${owed}万元，请求政府出面催收。`,
        reason: '属企业之间的合同纠纷，不属于政府协调职能范围，已告知企业通过协商、仲裁或诉讼途径解决',
      };
    },
  },
  {
    category: '政策兑现',
    text(c) {
      return {
        title: `${c.short}：要求私人房东减免租金`,
        description: `${c.name}租用的厂房为私人物业，请求政府要求房东减免疫情期间租金。`,
        reason: '厂房为非国有物业，租金减免由租赁双方协商，不属于政府协调范围，已向企业解读相关鼓励政策',
      };
    },
  },
  {
    category: '用工',
    text(c) {
      return {
        title: `${c.short}：员工要求支付隔离期工资`,
        description: `${c.name}部分员工要求企业支付隔离期间全额工资，双方意见分歧，请求政府裁定。`,
        reason: '属劳动关系双方的争议，已告知企业和员工可向劳动人事争议仲裁委员会申请调解，不作为问题交办',
      };
    },
  },
];

// Category shares early (first week) and late (last week) in the period, interpolated in between.
const categoryWeights: Record<ProblemCategory, [number, number]> = {
  用工: [22, 15],
  原材料供应: [12, 12],
  物流运输: [15, 7],
  资金融资: [9, 16],
  防疫物资: [18, 5],
  能源要素保障: [7, 10],
  审批手续: [6, 11],
  政策兑现: [4, 16],
  其他: [7, 8],
};

const sourceWeights: Record<CaseSource, number> = {
  enterprise: 40,
  liaison_visit: 22,
  daily_report: 16,
  dispatcher: 12,
  hotline_12345: 10,
};

/** City department suffix → a county-level unit's own bureau suffix. */
const countyCounterpart: Record<string, string> = {
  fgw: 'fgj',
  gxj: 'gxj',
  rsj: 'rsj',
  jtj: 'jtj',
  swj: 'swj',
  czj: 'czj',
  wjw: 'wjj',
  zrj: 'zrj',
  scjg: 'scjg',
  yjj: 'yjj',
};

function pickWeighted<T>(r: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((a, [, w]) => a + w, 0);
  let roll = r.next() * total;
  for (const [item, weight] of entries) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return entries.at(-1)![0];
}

// ---------------------------------------------------------------------------------------------------------
// People.

interface Person {
  userId: number | null;
  name: string;
  role: string;
}

type Department = CaseScenarioInput['departments'][number];
type Subject = CaseScenarioInput['subjects'][number];

class Directory {
  private readonly byCode = new Map<string, Department>();
  private readonly officers = new Map<number, Person>();
  readonly cityDispatcher: Person;
  private readonly countyDispatchers = new Map<string, Person>();
  private readonly liaisons = new Map<string, Person>();
  readonly cityLiaisons: Person[];
  private readonly enterpriseUsers = new Map<number, Person>();
  private readonly contacts = new Map<string, Person>();

  constructor(
    private readonly input: CaseScenarioInput,
    private readonly r: Random,
  ) {
    if (input.departments.length === 0) throw new Error('generateCases: no departments');
    for (const d of input.departments) this.byCode.set(d.code, d);
    const known = new Map(
      demoAccounts.filter((a) => a.role === 'department_officer').map((a) => [a.departmentCode, a.name]),
    );
    for (const d of input.departments) {
      const label = d.regionCode === '430400' ? d.name.replace(/^市/, '') : d.name;
      this.officers.set(d.id, {
        userId: null,
        name: known.get(d.code) ?? `${label} ${personName(r)}`,
        role: 'department_officer',
      });
    }
    const as = (q: CaseScenarioInput['requesters'][number]): Person => ({
      userId: q.userId,
      name: q.name,
      role: q.role,
    });
    const dispatcher = input.requesters.find((q) => q.role === 'dispatcher');
    this.cityDispatcher = dispatcher ? as(dispatcher) : { userId: null, name: '周建国', role: 'dispatcher' };
    const regionOf = (q: CaseScenarioInput['requesters'][number]): string | null =>
      q.regionCode && q.regionCode !== '430400'
        ? q.regionCode
        : (hengyangRegions.find((g) => {
            const short = unitShortName(g.code);
            return short !== null && q.name.includes(short);
          })?.code ?? null);
    this.cityLiaisons = [];
    for (const q of input.requesters) {
      if (q.role === 'county_dispatcher') {
        const region = regionOf(q);
        if (region && !this.countyDispatchers.has(region)) this.countyDispatchers.set(region, as(q));
      } else if (q.role === 'liaison_officer') {
        const region = regionOf(q);
        if (region) this.liaisons.set(region, as(q));
        else this.cityLiaisons.push(as(q));
      } else if (q.role === 'enterprise_user') {
        const firm =
          q.enterpriseId ??
          input.subjects.find((s) => {
            const token = q.name.split(/\s+/)[0]!;
            return s.kind === 'enterprise' && token.length >= 2 && s.name.includes(token);
          })?.id;
        if (firm !== undefined && !this.enterpriseUsers.has(firm)) this.enterpriseUsers.set(firm, as(q));
      }
    }
  }

  /** The department with this code, else its city counterpart, else 市发改委, else the first one. */
  department(code: string): Department {
    const found = this.byCode.get(code);
    if (found) return found;
    const suffix = code.split('-')[1] ?? '';
    const cityCode = Object.entries(countyCounterpart).find(([, c]) => c === suffix)?.[0] ?? suffix;
    return (
      this.byCode.get(`430400-${cityCode}`) ?? this.byCode.get('430400-fgw') ?? this.input.departments[0]!
    );
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  officer(department: Department): Person {
    return this.officers.get(department.id)!;
  }

  countyDispatcher(regionCode: string): Person {
    let person = this.countyDispatchers.get(regionCode);
    if (!person) {
      const unit = unitShortName(regionCode) ?? '区县';
      person = { userId: null, name: `${unit}调度员 ${personName(this.r)}`, role: 'county_dispatcher' };
      this.countyDispatchers.set(regionCode, person);
    }
    return person;
  }

  liaison(regionCode: string, r: Random): Person {
    if (this.cityLiaisons.length > 0 && r.chance(0.3)) return r.pick(this.cityLiaisons);
    let person = this.liaisons.get(regionCode);
    if (!person) {
      person = { userId: null, name: `联络员 ${personName(this.r)}`, role: 'liaison_officer' };
      this.liaisons.set(regionCode, person);
    }
    return person;
  }

  enterpriseUser(subject: Subject): Person | undefined {
    return subject.kind === 'enterprise' ? this.enterpriseUsers.get(subject.id) : undefined;
  }

  linkedEnterprises(): number[] {
    return [...this.enterpriseUsers.keys()];
  }

  /** The enterprise's (or site's) contact who raises its problems without an account. */
  contact(subject: Subject): Person {
    const linked = this.enterpriseUser(subject);
    if (linked) return linked;
    const key = `${subject.kind}:${subject.id}`;
    let person = this.contacts.get(key);
    if (!person) {
      const short = shortName(subject.kind, subject.name);
      const label = subject.kind === 'project' ? `${short.slice(0, 8)}项目部` : short;
      person = { userId: null, name: `${label} ${personName(this.r)}`, role: 'enterprise_user' };
      this.contacts.set(key, person);
    }
    return person;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Plans: what each case is and how it will go, before its timeline is laid out.

interface Plan {
  createdMs: number;
  subject: Subject;
  category: ProblemCategory;
  priority: CasePriority;
  source: CaseSource;
  reportDate: string | null;
  requester: Person;
  title: string;
  core: string;
  resolution: string;
  coDone: string | null;
  progress: string[];
  extensionReason: string;
  complaint: [string, string];
  lead: Department | null;
  co: { department: Department; part: string } | null;
  assigner: Person;
  misroutedTo: Department | null;
  closeAs: { as: 'duplicate' | 'out_of_remit'; reason: string } | null;
  duplicateOf: Plan | null;
  lateAccept: boolean;
  lateResolve: boolean;
  extension: 'approve' | 'refuse' | null;
  unsatisfied: boolean;
  stuck: 'accept' | 'resolve' | null;
  rating: number;
  secondRating: number;
  progressCount: number;
  number: string;
  seed: number;
}

function sourcePrefix(source: CaseSource, reportDate: string | null): string {
  switch (source) {
    case 'enterprise':
      return '';
    case 'liaison_visit':
      return '联络员走访了解到：';
    case 'hotline_12345':
      return '12345热线转办：';
    case 'dispatcher':
      return '调度中心梳理复工日报发现：';
    case 'daily_report':
      return `复工日报（${monthDay(reportDate ?? caseScenarioStart)}）反映困难：`;
  }
}

function requesterFor(
  directory: Directory,
  r: Random,
  source: CaseSource,
  subject: Subject,
  countyLevel: boolean,
): Person {
  switch (source) {
    case 'enterprise':
      return directory.contact(subject);
    case 'liaison_visit':
      return directory.liaison(subject.regionCode, r);
    case 'hotline_12345':
      return directory.cityDispatcher;
    case 'dispatcher':
      return countyLevel ? directory.countyDispatcher(subject.regionCode) : directory.cityDispatcher;
    case 'daily_report':
      return r.chance(0.55) ? directory.contact(subject) : directory.countyDispatcher(subject.regionCode);
  }
}

function rating(r: Random): number {
  return pickWeighted(r, [
    [5, 56],
    [4, 34],
    [3, 10],
  ]);
}

interface Draft {
  createdMs: number;
  category: ProblemCategory;
  subject: Subject;
  source?: CaseSource;
}

function planCase(directory: Directory, r: Random, draft: Draft): Plan {
  const { subject, category } = draft;
  const texts = categoryTexts[category];
  const kind = subject.kind;
  const templates = texts.templates.filter((t) => t.for === 'both' || t.for === kind);
  const template = r.pick(templates);

  // Routing: the category's city department, sometimes the subject's own county-level bureau.
  const region = regionByCode.get(subject.regionCode);
  const isPark = region?.kind === 'park';
  let countyCode: string | null = null;
  if (template.county && region && region.kind !== 'city') {
    const suffix = isPark
      ? ['用工', '政策兑现', '其他'].includes(category)
        ? 'qyfw'
        : category === '审批手续'
          ? 'jjfz'
          : null
      : template.county;
    if (suffix && directory.has(`${subject.regionCode}-${suffix}`) && r.chance(isPark ? 0.2 : 0.24))
      countyCode = `${subject.regionCode}-${suffix}`;
  }
  const lead = directory.department(countyCode ?? `430400-${template.lead}`);
  const countyLevel = lead.regionCode !== '430400';
  let co: Plan['co'] = null;
  if (template.co && r.chance(0.75)) {
    const local = countyCounterpart[template.co.code];
    const localCode = countyLevel && local ? `${lead.regionCode}-${local}` : null;
    const department = directory.department(
      localCode && directory.has(localCode) ? localCode : `430400-${template.co.code}`,
    );
    if (department.id !== lead.id) co = { department, part: template.co.part };
  }

  const createdDate = dateOf(draft.createdMs);
  const context: TextContext = {
    r,
    name: subject.name,
    short: shortName(kind, subject.name),
    isProject: kind === 'project',
    place: region?.kind === 'city' || !region ? '衡阳市' : region.name,
    station: tollStations[subject.regionCode] ?? '衡阳西',
    materials: materialsOf(subject.name),
    lead: lead.name,
    co: co?.department.name ?? null,
    createdDate,
  };
  const wording = template.text(context);

  const source =
    draft.source ??
    pickWeighted(
      r,
      (Object.entries(sourceWeights) as [CaseSource, number][]).filter(
        ([s]) => kind === 'enterprise' || s !== 'hotline_12345',
      ),
    );
  const reportDate =
    source === 'daily_report'
      ? minuteOfDay(draft.createdMs) < 12 * 60
        ? addDays(createdDate, -1)
        : createdDate
      : null;
  const early = 1 - Math.min(1, (draft.createdMs - instant(caseScenarioStart, 0)) / (21 * DAY));
  const urgent = r.chance(Math.min(0.8, template.urgent * (0.65 + 0.35 * early)));

  const misroute = directory.department(`430400-${texts.misroute}`);
  const misroutedTo =
    !countyLevel &&
    misroute.id !== lead.id &&
    (co === null || co.department.id !== misroute.id) &&
    r.chance(0.05)
      ? misroute
      : null;

  return {
    createdMs: draft.createdMs,
    subject,
    category,
    priority: urgent ? 'urgent' : 'normal',
    source,
    reportDate,
    requester: requesterFor(directory, r, source, subject, countyLevel),
    title: wording.title,
    core: wording.description,
    resolution: wording.resolution,
    coDone: wording.coDone ?? (co ? `${co.part}已完成` : null),
    progress: texts.progress,
    extensionReason: r.pick(texts.extension),
    complaint: r.pick(texts.unsatisfied),
    lead,
    co,
    assigner: countyLevel ? directory.countyDispatcher(lead.regionCode) : directory.cityDispatcher,
    misroutedTo,
    closeAs: null,
    duplicateOf: null,
    lateAccept: r.chance(0.07),
    lateResolve: r.chance(0.08),
    extension: r.chance(0.05) ? (r.chance(0.75) ? 'approve' : 'refuse') : null,
    unsatisfied: r.chance(0.06),
    stuck: null,
    rating: rating(r),
    secondRating: pickWeighted(r, [
      [3, 30],
      [4, 50],
      [5, 20],
    ]),
    progressCount: pickWeighted(r, [
      [0, 35],
      [1, 45],
      [2, 20],
    ]),
    number: '',
    seed: 0,
  };
}

function planOutOfRemit(directory: Directory, r: Random, draft: Draft, index: number): Plan {
  const entry = outOfRemit[index % outOfRemit.length]!;
  const region = regionByCode.get(draft.subject.regionCode);
  const words = entry.text({
    r,
    name: draft.subject.name,
    short: shortName(draft.subject.kind, draft.subject.name),
    isProject: draft.subject.kind === 'project',
    place: region?.name ?? '衡阳市',
    station: '',
    materials: '',
    lead: '',
    co: null,
    createdDate: dateOf(draft.createdMs),
  });
  const source: CaseSource = r.chance(0.5) ? 'enterprise' : 'hotline_12345';
  const base = planCase(directory, r, { ...draft, category: entry.category, source });
  return {
    ...base,
    category: entry.category,
    priority: 'normal',
    title: words.title,
    core: words.description,
    lead: null,
    co: null,
    assigner: directory.cityDispatcher,
    misroutedTo: null,
    closeAs: { as: 'out_of_remit', reason: words.reason },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Timelines.

interface Fields {
  state: CaseState;
  leadDepartmentId: number | null;
  assignedAt: number | null;
  acceptDeadline: number | null;
  resolveDeadline: number | null;
  acceptedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  closedAs: CaseCloseKind | null;
  resolution: string | null;
  satisfied: boolean | null;
  rating: number | null;
  departments: {
    departmentId: number;
    role: 'lead' | 'co';
    part: string | null;
    deadline: number | null;
    doneAt: number | null;
  }[];
}

interface Step {
  at: number;
  event: Omit<ScenarioCaseEvent, 'at' | 'fromState' | 'toState'>;
  fields: Fields;
}

function resolveDays(priority: CasePriority): number {
  return defaultTimeLimits.resolveDays[priority];
}

/**
 * A fraction of the way from `from` to `to`, in working hours: when the working-hours instant would not come
 * before `to`, a point nearer `from` is tried, and the raw instant is the last resort.
 */
function between(r: Random, from: number, to: number, fraction: number): number {
  const span = Math.max(0, to - from);
  for (let f = fraction; f > fraction / 16; f /= 2) {
    const moved = office(r, wholeSecond(from + span * f));
    if (moved > from && moved < to) return moved;
  }
  return wholeSecond(from + span * fraction);
}

/** The whole planned timeline of a case (also past the demo's now; the caller cuts it). */
function layOut(plan: Plan, directory: Directory, prompt: boolean): Step[] {
  const r = createRandom(plan.seed);
  const steps: Step[] = [];
  const fields: Fields = {
    state: 'submitted',
    leadDepartmentId: null,
    assignedAt: null,
    acceptDeadline: null,
    resolveDeadline: null,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    closedAs: null,
    resolution: null,
    satisfied: null,
    rating: null,
    departments: [],
  };
  let last = plan.createdMs;
  const push = (
    at: number,
    action: CaseAction | 'create',
    actor: Person,
    departmentId: number | null,
    text: string | null,
    body: Record<string, unknown> = {},
    apply?: (at: number) => void,
  ): number => {
    const time = Math.max(wholeSecond(at), last);
    last = time;
    if (action !== 'create')
      fields.state = nextState(action, fields.state, { satisfied: body.satisfied === true });
    apply?.(time);
    steps.push({
      at: time,
      event: { action, actorName: actor.name, actorRole: actor.role, departmentId, text, body },
      fields: { ...fields, departments: fields.departments.map((d) => ({ ...d })) },
    });
    return time;
  };

  push(plan.createdMs, 'create', plan.requester, null, null);
  if (plan.closeAs) {
    const { as, reason } = plan.closeAs;
    push(
      office(r, plan.createdMs + r.int(20, 240) * MINUTE),
      'close-as',
      plan.assigner,
      null,
      reason,
      { as, reason },
      (at) => {
        fields.closedAt = at;
        fields.closedAs = as;
      },
    );
    return steps;
  }
  const lead = plan.lead!;
  const days = resolveDays(plan.priority);
  const leadOfficer = directory.officer(lead);

  const assign = (at: number, department: Department, co: Plan['co']): number => {
    const note = `交办${department.name}牵头办理${co ? `，${co.department.name}协办（${co.part}）` : ''}`;
    const body = {
      leadDepartmentId: department.id,
      coDepartments: co ? [{ departmentId: co.department.id, part: co.part }] : [],
    };
    return push(at, 'assign', plan.assigner, department.id, note, body, (time) => {
      const resolveBy = deadlineAfter(time, days);
      fields.leadDepartmentId = department.id;
      fields.assignedAt = time;
      fields.acceptDeadline = deadlineAfter(time, defaultTimeLimits.acceptDays);
      fields.resolveDeadline = resolveBy;
      fields.acceptedAt = null;
      fields.departments = [
        { departmentId: department.id, role: 'lead', part: null, deadline: resolveBy, doneAt: null },
      ];
      if (co)
        fields.departments.push({
          departmentId: co.department.id,
          role: 'co',
          part: co.part,
          deadline: deadlineAfter(time, Math.max(1, days - (plan.priority === 'urgent' ? 1 : 3))),
          doneAt: null,
        });
    });
  };

  let assignedAt = office(r, plan.createdMs + r.int(10, 240) * MINUTE);
  if (plan.misroutedTo) {
    const wrong = plan.misroutedTo;
    assign(assignedAt, wrong, null);
    const reason = `经核实，该问题主要涉及${lead.name}职责，非本单位职能范围，请改派`;
    const returnedAt = push(
      office(r, assignedAt + r.int(60, 360) * MINUTE),
      'return',
      directory.officer(wrong),
      wrong.id,
      reason,
      { reason },
      () => {
        fields.leadDepartmentId = null;
        fields.assignedAt = null;
        fields.acceptDeadline = null;
        fields.resolveDeadline = null;
        fields.departments = [];
      },
    );
    assignedAt = office(r, returnedAt + r.int(20, 180) * MINUTE);
  }
  assignedAt = assign(assignedAt, lead, plan.co);
  if (plan.stuck === 'accept') return steps;

  const accept = (from: number, late: boolean, text: string | null): number => {
    const deadline = fields.acceptDeadline!;
    let at = late ? office(r, deadline + r.int(60, 900) * MINUTE) : office(r, from + r.int(10, 300) * MINUTE);
    if (!late && at >= deadline) at = Math.max(from + 5 * MINUTE, deadline - r.int(20, 180) * MINUTE);
    return push(at, 'accept', leadOfficer, lead.id, text, text ? { note: text } : {}, (time) => {
      fields.acceptedAt = time;
    });
  };
  const acceptedAt = accept(
    assignedAt,
    plan.lateAccept && !prompt,
    r.pick([null, '已签收，安排专人对接企业', '已签收，今日联系企业', null]),
  );

  // Work: extension, progress and the co-department's part, then the resolution (or none when stuck).
  const pending: { at: number; run: () => void }[] = [];
  const originalDeadline = fields.resolveDeadline!;
  let anchor = acceptedAt;
  let deadline = originalDeadline;
  if (plan.extension) {
    const requestedAt = between(r, acceptedAt, originalDeadline - 2 * HOUR, 0.45 + r.next() * 0.4);
    const until = addWorkingDays(deadlineDate(originalDeadline), r.int(3, 6));
    const decidedAt = Math.min(
      office(r, requestedAt + r.int(40, 360) * MINUTE),
      Math.max(requestedAt + 20 * MINUTE, originalDeadline - 20 * MINUTE),
    );
    const approve = plan.extension === 'approve';
    pending.push({
      at: requestedAt,
      run: () =>
        push(
          requestedAt,
          'request-extension',
          leadOfficer,
          lead.id,
          `申请延期至${monthDay(until)}：${plan.extensionReason}`,
          {
            until,
            reason: plan.extensionReason,
          },
        ),
    });
    pending.push({
      at: decidedAt,
      run: () =>
        push(
          decidedAt,
          'decide-extension',
          plan.assigner,
          lead.id,
          approve ? `同意延期至${monthDay(until)}` : '不同意延期：请加大协调力度，按原期限办结',
          approve ? { approve, until } : { approve, reason: '请加大协调力度，按原期限办结' },
          approve
            ? () => {
                fields.resolveDeadline = endOfDay(until).getTime();
                fields.departments[0]!.deadline = fields.resolveDeadline;
              }
            : undefined,
        ),
    });
    anchor = approve ? Math.max(decidedAt, originalDeadline - 4 * HOUR) : decidedAt;
    if (approve) deadline = endOfDay(until).getTime();
  }

  let resolvedAt: number | null = null;
  if (plan.stuck !== 'resolve') {
    const end = deadline - 20 * MINUTE;
    const start = anchor + Math.min(HOUR, Math.max(0, end - anchor) / 3);
    if (plan.lateResolve && !prompt) resolvedAt = office(r, deadline + r.int(2, 40) * HOUR);
    else {
      const u = r.next();
      const fraction = plan.priority === 'urgent' ? 0.1 + 0.8 * u ** 1.2 : 0.04 + 0.8 * u ** 1.7;
      resolvedAt = start >= end ? start : between(r, start, end, fraction);
    }
  }
  const workEnd = resolvedAt ?? Math.max(acceptedAt + HOUR, nowMs - r.int(2, 30) * HOUR);
  const progress = [...plan.progress];
  for (let k = 0; k < plan.progressCount + (plan.stuck ? 1 : 0); k++) {
    const at = between(r, acceptedAt, workEnd, 0.1 + r.next() * 0.8);
    const text = progress.splice(r.int(0, progress.length - 1), 1)[0] ?? '正在协调办理';
    pending.push({ at, run: () => push(at, 'progress', leadOfficer, lead.id, text, { text }) });
  }
  if (plan.co && resolvedAt !== null) {
    const co = plan.co.department;
    const coDeadline = fields.departments.find((d) => d.role === 'co')!.deadline!;
    const at = between(r, acceptedAt, Math.min(resolvedAt, coDeadline) - 10 * MINUTE, 0.3 + r.next() * 0.6);
    const text = plan.coDone!;
    pending.push({
      at,
      run: () =>
        push(at, 'complete-part', directory.officer(co), co.id, text, { text }, (time) => {
          const row = fields.departments.find((d) => d.departmentId === co.id)!;
          row.doneAt = time;
        }),
    });
  }
  pending.sort((a, b) => a.at - b.at);
  for (const p of pending) p.run();
  if (resolvedAt === null) return steps;

  const resolve = (at: number, text: string) =>
    push(at, 'resolve', leadOfficer, lead.id, text, { resolution: text }, (time) => {
      fields.resolvedAt = time;
      fields.resolution = text;
      fields.satisfied = null;
      fields.rating = null;
      fields.departments[0]!.doneAt = time;
    });
  const requesterIsDispatcher =
    plan.requester.role === 'dispatcher' || plan.requester.role === 'county_dispatcher';
  const confirm = (from: number, satisfied: boolean, stars: number, comment: string) => {
    const text = satisfied && requesterIsDispatcher ? `经电话回访企业：${comment}` : comment;
    return push(
      office(r, from + r.int(60, 40 * 60) * MINUTE, 22 * 60),
      'confirm',
      plan.requester,
      null,
      text,
      { satisfied, rating: stars, comment: text },
      (time) => {
        fields.satisfied = satisfied;
        fields.rating = stars;
        if (satisfied) {
          fields.closedAt = time;
          fields.closedAs = 'satisfied';
        } else {
          // Reopened: accepted and resolved again, with fresh time limits from today.
          fields.acceptDeadline = deadlineAfter(time, defaultTimeLimits.acceptDays);
          fields.resolveDeadline = deadlineAfter(time, days);
          fields.departments[0]!.deadline = fields.resolveDeadline;
          fields.departments[0]!.doneAt = null;
          fields.acceptedAt = null;
          fields.resolvedAt = null;
          fields.resolution = null;
        }
      },
    );
  };
  const praise = (stars: number) =>
    stars >= 5
      ? r.pick(['办理及时，非常满意', '问题已解决，感谢相关部门', '对办理结果满意'])
      : stars === 4
        ? r.pick(['对办理结果满意', '问题已解决', '基本满意'])
        : '问题基本解决，希望后续继续关注';

  resolve(resolvedAt, plan.resolution);
  if (!plan.unsatisfied) {
    confirm(resolvedAt, true, plan.rating, praise(plan.rating));
    return steps;
  }
  const reopenedAt = confirm(resolvedAt, false, r.int(1, 2), `不满意：${plan.complaint[0]}`);
  const again = accept(reopenedAt, false, '已重新签收，再次对接企业');
  const secondEnd = fields.resolveDeadline! - 20 * MINUTE;
  const secondAt = between(r, again + HOUR, secondEnd, 0.1 + r.next() * 0.5);
  resolve(secondAt, `${plan.resolution}；针对企业反映的“${plan.complaint[0]}”，${plan.complaint[1]}`);
  confirm(secondAt, true, plan.secondRating, praise(plan.secondRating));
  return steps;
}

function isRed(fields: Fields): boolean {
  const overdue = (deadline: number | null) => deadline !== null && nowMs > deadline;
  if (fields.state === 'assigned' || fields.state === 'reopened')
    return overdue(fields.acceptDeadline) || overdue(fields.resolveDeadline);
  if (fields.state === 'accepted') return overdue(fields.resolveDeadline);
  return false;
}

function upToNow(steps: Step[]): Step[] {
  return steps.filter((s) => s.at <= nowMs);
}

// ---------------------------------------------------------------------------------------------------------

/** About 300 problems with their routing and timelines up to 8 March 2020 18:00, deterministic for a seed. */
export function generateCases(input: CaseScenarioInput, seed = 20200311): ScenarioCase[] {
  const r = createRandom(seed);
  const directory = new Directory(input, createRandom(seed ^ 0x5bd1e995));
  const enterprises = input.subjects.filter((s) => s.kind === 'enterprise');
  const projects = input.subjects.filter((s) => s.kind === 'project');
  if (input.subjects.length === 0) throw new Error('generateCases: no subjects');

  const dayCount = 28;
  const dates = Array.from({ length: dayCount }, (_, d) => addDays(caseScenarioStart, d));
  const dayWeights = dates.map((date, d) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.55 : 1;
    const phase = d < 7 ? 1.5 : d < 14 ? 1.25 : d < 21 ? 0.8 : 0.6;
    return phase * weekend * (date === caseScenarioEnd ? 0.6 : 1);
  });

  const drafts: (Draft & { special?: 'forced' | 'out_of_remit' })[] = [];
  const createdAt = (date: string): number => {
    const last = date === caseScenarioEnd ? 15 * 60 + 30 : 20 * 60 + 30;
    const minute = r.chance(0.6) ? r.int(8 * 60, 12 * 60) : r.int(12 * 60, last);
    return instant(date, minute, r.int(0, 59));
  };

  // The enterprises whose users have accounts raise a few of their own problems (early, middle, recent).
  for (const firm of directory.linkedEnterprises()) {
    const subject = enterprises.find((s) => s.id === firm);
    if (!subject) continue;
    for (const [date, category] of [
      ['2020-02-11', '用工'],
      ['2020-02-24', '物流运输'],
      ['2020-03-05', '资金融资'],
    ] as const)
      drafts.push({ createdMs: createdAt(date), category, subject, source: 'enterprise', special: 'forced' });
  }

  const total = r.int(292, 304);
  const duplicates = 4;
  const perDay = apportion(total - duplicates - drafts.length, dayWeights);
  let outOfRemitLeft = 3;
  for (const [d, date] of dates.entries()) {
    const t = d / (dayCount - 1);
    const weights = (Object.entries(categoryWeights) as [ProblemCategory, [number, number]][]).map(
      ([category, [early, late]]) => [category, early * (1 - t) + late * t] as const,
    );
    for (let k = 0; k < perDay[d]!; k++) {
      const category = pickWeighted(r, weights);
      const hasProjectTemplate = categoryTexts[category].templates.some((x) => x.for !== 'enterprise');
      const pool =
        projects.length > 0 && hasProjectTemplate && (r.chance(0.2) || enterprises.length === 0)
          ? projects
          : enterprises.length > 0
            ? enterprises
            : projects;
      const special =
        outOfRemitLeft > 0 && enterprises.length > 0 && d % 7 === 4 && k === 0 ? 'out_of_remit' : undefined;
      if (special) outOfRemitLeft--;
      const subject = r.pick(special ? enterprises : pool);
      drafts.push({ createdMs: createdAt(date), category, subject, special });
    }
  }

  let outIndex = 0;
  const plans: Plan[] = drafts.map((draft) =>
    draft.special === 'out_of_remit'
      ? planOutOfRemit(directory, r, draft, outIndex++)
      : planCase(directory, r, draft),
  );

  // Duplicates: the same problem raised again through another channel a day or two later.
  const originals = plans.filter(
    (p) => !p.closeAs && p.createdMs < instant('2020-03-05', 0) && p.source !== 'hotline_12345',
  );
  for (let k = 0; k < duplicates && originals.length > 0; k++) {
    const original = originals.splice(r.int(0, originals.length - 1), 1)[0]!;
    const createdMs = Math.min(
      original.createdMs + r.int(3 * 60, 50 * 60) * MINUTE,
      instant(caseScenarioEnd, 15 * 60),
    );
    const source: CaseSource =
      original.source === 'enterprise' ? r.pick(['liaison_visit', 'hotline_12345'] as const) : 'enterprise';
    plans.push({
      ...original,
      createdMs: office(r, createdMs),
      source,
      reportDate: null,
      requester: requesterFor(directory, r, source, original.subject, false),
      assigner: directory.cityDispatcher,
      lead: null,
      co: null,
      misroutedTo: null,
      closeAs: { as: 'duplicate', reason: '' },
      duplicateOf: original,
    });
  }

  // Numbers: per day in order of creation.
  plans.sort((a, b) => a.createdMs - b.createdMs);
  const serials = new Map<string, number>();
  for (const [i, plan] of plans.entries()) {
    const date = dateOf(plan.createdMs);
    const serial = (serials.get(date) ?? 0) + 1;
    serials.set(date, serial);
    plan.number = caseNumber('problem', date, serial);
    plan.seed = (seed + (i + 1) * 7919) >>> 0;
  }
  for (const plan of plans)
    if (plan.duplicateOf)
      plan.closeAs = {
        as: 'duplicate',
        reason: `与${plan.duplicateOf.number}反映的是同一问题，已并入该事项办理`,
      };

  // A handful stay overdue on 8 March: unresolved past the resolution deadline, or not even accepted.
  const workable = (p: Plan) => !p.closeAs && !p.misroutedTo && !p.unsatisfied && p.extension !== 'approve';
  const latestDate = (p: Plan) => addDays(dateOf(p.createdMs), 1);
  const stuckResolve = plans.filter(
    (p) =>
      workable(p) &&
      p.createdMs >= instant('2020-02-17', 0) &&
      ['审批手续', '资金融资', '原材料供应', '能源要素保障', '用工', '其他'].includes(p.category) &&
      addWorkingDays(latestDate(p), resolveDays(p.priority)) >= '2020-02-28' &&
      addWorkingDays(latestDate(p), resolveDays(p.priority)) <= '2020-03-05',
  );
  const stuckAccept = plans.filter(
    (p) =>
      workable(p) &&
      !p.co &&
      ['2020-03-03', '2020-03-04'].includes(dateOf(p.createdMs)) &&
      minuteOfDay(p.createdMs) < 17 * 60,
  );
  for (const [pool, count, how] of [
    [stuckResolve, r.int(3, 4), 'resolve'],
    [stuckAccept, r.int(1, 2), 'accept'],
  ] as const) {
    const candidates = [...pool];
    for (let k = 0; k < count && candidates.length > 0; k++) {
      const plan = candidates.splice(r.int(0, candidates.length - 1), 1)[0]!;
      plan.stuck = how;
      plan.lateAccept = false;
      if (how === 'resolve' && plan.extension === null && r.chance(0.5)) plan.extension = 'refuse';
    }
  }

  return plans.map((plan) => {
    let steps = upToNow(layOut(plan, directory, false));
    // Only the chosen few are overdue on 8 March; everyone else was late, if at all, only in the past.
    if (!plan.stuck && isRed(steps.at(-1)!.fields)) steps = upToNow(layOut(plan, directory, true));
    return toCase(plan, steps);
  });
}

function toCase(plan: Plan, steps: Step[]): ScenarioCase {
  const f = steps.at(-1)!.fields;
  const at = (ms: number | null) => (ms === null ? null : iso(ms));
  let state: CaseState | null = null;
  const events = steps.map((s): ScenarioCaseEvent => {
    const fromState = s.event.action === 'create' ? null : state;
    state = s.fields.state;
    return { at: iso(s.at), ...s.event, fromState, toState: s.fields.state };
  });
  return {
    number: plan.number,
    title: plan.title,
    description: sourcePrefix(plan.source, plan.reportDate) + plan.core,
    category: plan.category,
    priority: plan.priority,
    source: plan.source,
    regionCode: plan.subject.regionCode,
    enterpriseId: plan.subject.kind === 'enterprise' ? plan.subject.id : null,
    projectId: plan.subject.kind === 'project' ? plan.subject.id : null,
    reportDate: plan.reportDate,
    requesterUserId: plan.requester.userId,
    requesterName: plan.requester.name,
    state: f.state,
    leadDepartmentId: f.leadDepartmentId,
    createdAt: iso(plan.createdMs),
    assignedAt: at(f.assignedAt),
    acceptDeadline: at(f.acceptDeadline),
    resolveDeadline: at(f.resolveDeadline),
    acceptedAt: at(f.acceptedAt),
    resolvedAt: at(f.resolvedAt),
    closedAt: at(f.closedAt),
    closedAs: f.closedAs,
    resolution: f.resolution,
    satisfied: f.satisfied,
    rating: f.rating,
    departments: f.departments.map((d) => ({
      departmentId: d.departmentId,
      role: d.role,
      part: d.part,
      deadline: at(d.deadline),
      doneAt: at(d.doneAt),
    })),
    events,
  };
}
