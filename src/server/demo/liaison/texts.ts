/** What a visit note says: each subject's story (its people, resumption, prevention and issues) in words. */
import { type PreventionItem, type VisitMode } from '../../../domain/liaison';
import type { Random } from '../random';
import {
  type Profile,
  type ScenarioVisit,
  type Subject,
  campaignStart,
  clockTime,
  daysBetween,
  liaisonScenarioEnd,
  monthDay,
  randomDate,
  shift,
  shuffle,
} from './model';
import { personName } from './people';

export const enterpriseLeads = ['总经理', '副总经理', '生产副总', '常务副总'];
export const enterpriseStaff = [
  '办公室主任',
  '安全员',
  '人事经理',
  '行政主管',
  '财务负责人',
  '车间主任',
  '综合部部长',
];
export const projectLeads = ['项目经理', '项目副经理', '业主代表'];
export const projectStaff = ['安全总监', '技术负责人', '施工员', '安全员', '资料员', '项目书记'];

export const projectWorks = [
  '主体结构施工中',
  '正在进行土方开挖',
  '桩基施工中',
  '钢结构吊装中',
  '路基施工中',
  '管网铺设中',
  '室内装修施工中',
  '场地平整中',
];

export const enterpriseIssues = [
  '企业反映原材料运输受阻，已报县指挥部协调办理车辆通行证',
  '企业反映用工缺口约{n}人，已对接人社部门组织专场招聘',
  '企业反映流动资金紧张，已推荐对接银行复工复产专项贷款',
  '企业反映用电增容待办，已联系供电公司上门服务',
  '企业反映上游配套企业未复工，已报工信部门协调',
  '企业反映外省客户未复工、订单减少，已宣讲出口退税和稳岗政策',
  '企业反映返岗员工宿舍不足，已协调园区公寓临时安置',
];
export const projectIssues = [
  '项目反映砂石、商砼供应偏紧，已报住建部门协调',
  '外地施工队返岗需隔离14天，已协调本地工人先行进场',
  '项目反映工程款拨付滞后，已报发改部门协调',
  '施工许可手续待办，已联系住建部门开辟绿色通道',
  '项目反映征地拆迁尚有遗留问题，已报属地政府协调',
];
export const policyNotes = [
  '已宣讲社保减免、稳岗补贴政策',
  '已送达复工复产惠企政策汇编',
  '已讲解阶段性降低用电成本政策',
  '已指导申报稳岗返还',
  '已提醒每日按时报送复工日报',
];

export function makeProfile(random: Random, subject: Subject): Profile {
  const isProject = subject.kind === 'project';
  const resumeOffset = isProject
    ? Math.floor(random.logUniform(3, 25)) - 1
    : Math.min(14, Math.floor(random.logUniform(1, 17)) - 1);
  const resumeOn = isProject && random.chance(0.08) ? null : shift(campaignStart, resumeOffset);
  const fullOn =
    resumeOn === null || random.chance(isProject ? 0.15 : 0.08) ? null : shift(resumeOn, random.int(0, 16));
  const leads = isProject ? projectLeads : enterpriseLeads;
  const staff = shuffle(random, [...(isProject ? projectStaff : enterpriseStaff)]);
  const cast = [random.pick(leads), staff[0]!, staff[1]!].map((role) => `${role} ${personName(random)}`);
  const late = (p: number, from: string, to: string) =>
    random.chance(p) ? randomDate(random, from, to) : campaignStart;
  const readyOn: Record<PreventionItem, string> = {
    supplies: late(0.18, '2020-02-12', '2020-02-26'),
    temperatureChecks: late(0.04, '2020-02-11', '2020-02-16'),
    disinfection: late(0.04, '2020-02-11', '2020-02-18'),
    staffHealth: late(0.06, '2020-02-11', '2020-02-22'),
    emergencyPlan: late(0.08, '2020-02-12', '2020-02-24'),
  };
  const issues = isProject ? projectIssues : enterpriseIssues;
  const issue = random.chance(isProject ? 0.5 : 0.35)
    ? {
        text: random.pick(issues).replace('{n}', String(random.int(2, 8) * 10)),
        until: shift(resumeOn ?? liaisonScenarioEnd, random.int(2, 16)),
      }
    : null;
  return {
    subject,
    isProject,
    workforce: Math.round(random.logUniform(isProject ? 40 : 30, isProject ? 600 : 1500)),
    resumeOn,
    fullOn,
    capacity: random.int(68, 100),
    cast,
    readyOn,
    maskDays: random.int(5, 30),
    issue,
    issueClosed: false,
    works: random.pick(projectWorks),
  };
}

export type Occasion = 'regular' | 'takeover' | 'away' | 'assisting';

export function visitRecord(
  random: Random,
  p: Profile,
  date: string,
  mode: VisitMode,
  occasion: Occasion,
): Omit<ScenarioVisit, 'officer'> {
  const prevention: Record<PreventionItem, boolean> = {
    supplies: date >= p.readyOn.supplies,
    temperatureChecks: date >= p.readyOn.temperatureChecks,
    disinfection: date >= p.readyOn.disinfection,
    staffHealth: date >= p.readyOn.staffHealth,
    emergencyPlan: date >= p.readyOn.emergencyPlan,
  };
  const peopleMet =
    mode === 'on_site' && occasion !== 'takeover' && random.chance(0.6)
      ? `${p.cast[0]}、${p.cast[random.int(1, 2)]}`
      : occasion === 'takeover'
        ? p.cast[0]!
        : random.pick(p.cast);
  const status = statusText(random, p, date);
  const parts: string[] = [];
  const gaps = shortfalls(random, p, prevention);
  if (mode === 'on_site') {
    const lead =
      occasion === 'takeover'
        ? p.isProject
          ? '新任联络员到项目现场对接，与项目负责人见面，交接前期工作台账。'
          : '新任联络员到企对接，与企业负责人见面，交接前期工作台账。'
        : '';
    parts.push(`${lead}${status}，${[...strengths(random, p, prevention, 2), ...gaps].join('，')}。`);
  } else if (occasion === 'away') {
    parts.push(
      `${p.isProject ? '项目经理' : '企业负责人'}在外地，电话了解情况：${status}，约定近期到${p.isProject ? '项目现场' : '企'}实地走访。`,
    );
  } else if (mode === 'video') {
    parts.push(
      `视频连线查看${p.isProject ? '施工现场' : '车间'}：${status}，${gaps.length > 0 ? gaps.join('，') : '测温、消毒落实到位'}。`,
    );
  } else {
    const check =
      gaps.length > 0 ? gaps.join('，') : (strengths(random, p, prevention, 1)[0] ?? '防疫措施落实到位');
    parts.push(`电话联系${peopleMet.split(' ')[0]}：${status}，${check}。`);
  }
  if (p.issue && date <= p.issue.until && random.chance(0.6)) parts.push(`${p.issue.text}。`);
  else if (p.issue && date > p.issue.until && !p.issueClosed && mode !== 'video') {
    p.issueClosed = true;
    parts.push('前期反映的问题已协调解决。');
  } else if (random.chance(0.12)) parts.push(`${random.pick(policyNotes)}。`);
  const [from, to] =
    mode === 'on_site' ? [10 * 3600, 17 * 3600 + 50 * 60] : [8 * 3600 + 40 * 60, 17 * 3600 + 50 * 60];
  return {
    kind: p.subject.kind,
    subjectId: p.subject.id,
    regionCode: p.subject.regionCode,
    visitDate: date,
    mode,
    peopleMet,
    prevention,
    observations: parts.join(''),
    createdAt: `${date}T${clockTime(random.int(from, to))}+08:00`,
  };
}

export function statusText(random: Random, p: Profile, date: string): string {
  const who = p.isProject ? '项目' : '企业';
  if (p.resumeOn === null)
    return random.pick(['项目尚未复工，正在办理复工前置手续', '项目尚未复工，施工队伍尚未返岗']);
  if (date < p.resumeOn) {
    if (p.isProject) return `项目尚未复工，计划${monthDay(p.resumeOn)}进场施工，复工方案已报备`;
    return random.pick([
      '企业尚未复工，正在准备复工备案材料，已现场指导',
      `企业计划${monthDay(p.resumeOn)}复工，返岗员工健康登记已完成${random.int(12, 19) * 5}%`,
      '企业尚未复工，外地员工返岗计划已制定',
    ]);
  }
  const since = daysBetween(p.resumeOn, date);
  const partial = p.fullOn === null || date < p.fullOn;
  const share = partial
    ? 0.35 + 0.4 * Math.min(1, since / 14) + (random.next() - 0.5) * 0.06
    : 0.84 + random.next() * 0.13;
  const onDuty = Math.max(1, Math.round(p.workforce * share));
  if (p.isProject)
    return partial
      ? `项目已部分复工，现场施工人员${onDuty}人，${p.works}`
      : random.pick([
          `项目已全面复工，现场施工人员${onDuty}人，${p.works}`,
          `项目施工正常，现场${onDuty}人，${p.works}`,
        ]);
  if (partial) {
    const capacity = Math.round(30 + 30 * Math.min(1, since / 14) + random.int(-3, 3));
    return random.pick([
      `${who}已部分复工，在岗${onDuty}人，产能约${capacity}%`,
      `${who}部分生产线已开工，在岗${onDuty}人，产能恢复约${capacity}%`,
    ]);
  }
  return random.pick([
    `${who}已复工，在岗${onDuty}人，生产正常`,
    `${who}已全面复工复产，在岗${onDuty}人，产能恢复至${p.capacity}%左右`,
    `${who}生产经营正常，在岗${onDuty}人`,
  ]);
}

/** Up to `count` prevention measures in place, in the words of a visit note. */
export function strengths(
  random: Random,
  p: Profile,
  prevention: Record<PreventionItem, boolean>,
  count: number,
): string[] {
  const options = p.isProject
    ? [
        prevention.staffHealth && '工地实行封闭管理，工人实名制登记',
        prevention.temperatureChecks && '每日两次测温并登记',
        prevention.disinfection && '工棚、食堂每日消毒',
        prevention.supplies && `口罩储备可用${p.maskDays + random.int(-2, 2)}天`,
        prevention.staffHealth && '工人分餐、分散住宿',
        prevention.emergencyPlan && '已设临时隔离观察点',
      ]
    : [
        prevention.supplies && `口罩储备可用${p.maskDays + random.int(-2, 2)}天`,
        prevention.temperatureChecks && '厂区入口设测温点，进出人员登记',
        prevention.disinfection && '车间、宿舍每日消毒两次',
        prevention.staffHealth && '食堂分餐',
        prevention.staffHealth && `外地返岗员工${random.int(3, 40)}人已落实健康管理`,
        prevention.emergencyPlan && '已制定防疫应急预案并设隔离观察室',
      ];
  return shuffle(
    random,
    options.filter((o): o is string => typeof o === 'string'),
  ).slice(0, count);
}

export function shortfalls(
  random: Random,
  p: Profile,
  prevention: Record<PreventionItem, boolean>,
): string[] {
  const out: string[] = [];
  if (!prevention.supplies)
    out.push(`口罩、消毒液储备仅够${random.int(1, 3)}天，已登记需求报县防控指挥部协调调配`);
  if (!prevention.temperatureChecks) out.push('测温枪不足，进出高峰排队，已建议增设测温点');
  if (!prevention.disinfection) out.push('消毒记录不全，已督促按时消毒并登记');
  if (!prevention.staffHealth)
    out.push(`${random.int(2, 12)}名外地返岗${p.isProject ? '工人' : '员工'}健康信息登记不全，已要求补登`);
  if (!prevention.emergencyPlan) out.push('尚无防疫应急预案，已提供模板指导制定');
  return out;
}
