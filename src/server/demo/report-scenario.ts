/**
 * The demo's daily reports (复工日报) for every enterprise and key project, 2020-02-10 to 2020-03-08.
 *
 * Pure and deterministic (a fixed seed, no clock, no I/O). Resumption follows an S-curve from Hunan's
 * go-ahead at 24:00 on 9 February to the article's figures on 8 March, the demo's "today" (18:00): all 1,049
 * enterprises and all 12 provincial projects resumed or partly resumed, 121 of 135 municipal projects
 * (89.6%). Along the way there are gaps, subjects that start reporting late, late filings, plants
 * suspended for maintenance and a share of today's reports not yet in, so that completeness and the
 * three-way split (not resumed / not reported / not applicable) show real content.
 *
 * The final figures are guaranteed under carry-forward: every subject has at least one report, and the
 * status of its latest report on or before 8 March is the target status.
 */
import { addDays } from '../../domain/dates';
import type { ReportStatus, SubjectCategory } from '../../domain/resumption';
import { createRandom, type Random } from './random';
import type { SubjectKind } from '../../domain/subjects';

export interface ScenarioSubject {
  kind: SubjectKind;
  id: number;
  category: SubjectCategory;
  regionCode: string;
  isContinuousProcess: boolean;
  /** Usual workforce; for a project the usual site workforce (0 → the generator picks a plausible one). */
  workforce: number;
  name: string;
}

export interface ScenarioReport {
  kind: SubjectKind;
  subjectId: number;
  /** YYYY-MM-DD */
  date: string;
  status: ReportStatus;
  workforce: number;
  onDuty: number;
  /** Enterprises only, integer 0–100 (0 when not producing); null for projects. */
  capacityPct: number | null;
  /** Projects only. */
  workersOnSite: number | null;
  /** Projects only: 万元 with 2 decimals, cumulative within the month (resets on the 1st). */
  investmentThisMonth: string | null;
  prevention: {
    supplies: boolean;
    temperatureChecks: boolean;
    disinfection: boolean;
    staffHealth: boolean;
    emergencyPlan: boolean;
  };
  difficulty: string | null;
  note: string | null;
  /** ISO instant with +08:00; on time = by 12:00 on D+1 Asia/Shanghai. */
  filedAt: string;
  /** Filed by a liaison officer or a county dispatcher on the subject's behalf. */
  isOnBehalf: boolean;
  /** 1 normally; 2 for the few that were corrected after filing. */
  revisions: number;
}

export const scenarioStart = '2020-02-10';
export const scenarioEnd = '2020-03-08';
/** The demo clock: reports are filed up to 18:00 on the last day. */
export const scenarioNow = '2020-03-08T18:00:00+08:00';

/** The article's share of municipal projects resumed on 8 March: 121 of 135. */
const municipalResumed = { resumed: 121, of: 135 };

export const enterpriseDifficulties = [
  '招工难，外地员工返岗需隔离14天',
  '原材料运输受阻，供应商未复工',
  '口罩、消毒液、测温枪短缺',
  '流动资金紧张，银行贷款到期',
  '用电报装/增容待办',
  '物流运输成本上涨，货车通行证办理难',
  '订单减少，出口受阻',
  '防疫物资储备不足',
  '上下游配套企业未复工，产业链不畅',
  '外省客户未复工，货款回收困难',
  '员工宿舍、食堂防疫改造待验收',
  '社保缓缴、稳岗补贴政策待落实',
] as const;

export const projectDifficulties = [
  '施工人员返岗慢',
  '项目审批手续待办',
  '砂石、商砼等建材供应不足',
  '征地拆迁未完成，施工受阻',
  '外地施工队返岗需隔离14天',
  '防疫物资储备不足',
  '口罩、消毒液、测温枪短缺',
  '工程款拨付滞后，资金紧张',
] as const;

/** Why a municipal project is still not resumed on 8 March (the 14 of 135). */
const stalledProjectDifficulties = [
  '征地拆迁未完成，施工受阻',
  '项目审批手续待办',
  '施工人员返岗慢',
  '工程款拨付滞后，资金紧张',
] as const;

const enterpriseNotes = [
  '已完成复工备案，员工返岗前均已健康登记',
  '外地员工包车点对点返岗',
  '已申请稳岗补贴',
  '已向园区联络员反映，正在协调',
  '生产线逐步恢复，优先保障防疫物资订单',
  '厂区实行封闭管理，每日两次测温',
] as const;

const projectNotes = [
  '已完成复工备案，施工人员实名制管理',
  '工地实行封闭管理，每日两次测温',
  '施工人员分批返岗，本地工人先行进场',
  '已向项目联络员反映，正在协调',
  '夜间加班抢工期',
] as const;

const days = dayCount(scenarioStart, scenarioEnd);
const lastDay = days - 1;
/** 1 March: the month changes and investment completed this month restarts. */
const monthStartDay = dayCount(scenarioStart, '2020-03-01') - 1;

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A sample from a logistic distribution (an S-curve when accumulated). */
function logistic(random: Random, midpoint: number, scale: number): number {
  const u = clamp(random.next(), 1e-9, 1 - 1e-9);
  return midpoint + scale * Math.log(u / (1 - u));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An instant `seconds` after midnight (Asia/Shanghai) at the start of `date`, as ISO with +08:00. */
function shanghaiInstant(date: string, seconds: number): string {
  const dayOffset = Math.floor(seconds / 86_400);
  const rest = seconds - dayOffset * 86_400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  const s = rest % 60;
  return `${addDays(date, dayOffset)}T${pad(h)}:${pad(m)}:${pad(s)}+08:00`;
}

function money(cents: number): string {
  return `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
}

interface Plan {
  subject: ScenarioSubject;
  workforce: number;
  /** Day index of each report, or false for a gap. */
  reported: boolean[];
  lastReported: number;
  /** Day the subject is at least partly working; Infinity for never (within the period). */
  resumeDay: number;
  /** Day it is fully working; Infinity when it stays partial. */
  fullDay: number;
  /** Inclusive day range of a maintenance stop, or null. */
  suspended: [number, number] | null;
  /** Capacity utilisation it settles at once resumed. */
  capacityTarget: number;
  /** Share of the workforce it settles at once resumed. */
  dutyTarget: number;
  lateRate: number;
  onBehalfRate: number;
  difficulty: string | null;
  difficultyUntil: number;
  /** First day each prevention item is in place. */
  preventionReady: number[];
  /** 万元 × 100 of investment per worker-day (projects). */
  investmentRate: number;
}

/** Reports for every subject for every day of the scenario (with its gaps), deterministic for a seed. */
export function generateReports(subjects: readonly ScenarioSubject[], seed = 20200310): ScenarioReport[] {
  const random = createRandom(seed);
  const plans = subjects.map((subject) => planSubject(random, subject));
  chooseStalledProjects(random, plans);
  chooseMaintenanceStops(random, plans);
  const out: ScenarioReport[] = [];
  for (const plan of plans) out.push(...reportsFor(random, plan));
  return out;
}

function planSubject(random: Random, subject: ScenarioSubject): Plan {
  const isProject = subject.kind === 'project';
  const continuous = !isProject && subject.isContinuousProcess;

  // Reliability: most file every day, some miss a day now and then, a few are sloppy.
  const reliability = random.next();
  const missRate = reliability < 0.7 ? 0.008 : reliability < 0.94 ? 0.04 : 0.14;
  const lateRate = reliability < 0.7 ? 0.03 : reliability < 0.94 ? 0.06 : 0.12;
  // A few (never the continuous plants) only join the reporting after some days.
  const firstDay = !continuous && random.chance(0.025) ? random.int(1, 7) : 0;
  const reported: boolean[] = [];
  for (let day = 0; day < days; day++) {
    const earlyMiss = day < 4 ? 0.02 : 0;
    // Today (8 March, 18:00): some have not filed yet.
    const notYet = day === lastDay ? 0.065 : 0;
    reported.push(day >= firstDay && !random.chance(missRate + earlyMiss) && !random.chance(notYet));
  }
  // Every subject has reported at least once, and in the last days at least once before today.
  if (!reported.slice(lastDay - 3, lastDay).some(Boolean)) reported[lastDay - 1] = true;
  let lastReported = lastDay;
  while (!reported[lastReported]) lastReported--;

  let resumeDay: number;
  let fullDay: number;
  if (continuous) {
    resumeDay = 0;
    fullDay = 0;
  } else {
    // Enterprises from 10 February; construction sites later (workers travel further, approvals first).
    const sample =
      subject.category === 'enterprise'
        ? logistic(random, 5.6, 4.2)
        : subject.category === 'provincial_project'
          ? logistic(random, 7, 3)
          : logistic(random, 10, 4);
    resumeDay = Math.max(0, Math.round(sample));
    if (resumeDay > lastReported - 1) resumeDay = Math.max(0, lastReported - random.int(1, 4));
    const straightToFull = random.chance(0.25);
    const staysPartial = random.chance(isProject ? 0.12 : 0.06);
    fullDay = straightToFull
      ? resumeDay
      : staysPartial
        ? Infinity
        : resumeDay + Math.round(random.logUniform(2, 16));
  }

  let workforce = subject.workforce;
  if (workforce <= 0) workforce = Math.round(random.logUniform(60, 600));
  // A few revise their usual workforce slightly (new hires, contracts ended).
  if (random.chance(0.08))
    workforce = Math.max(1, workforce + Math.round(workforce * (random.next() - 0.5) * 0.06));

  const band = random.next();
  const capacityTarget = continuous
    ? random.int(band < 0.85 ? 82 : 65, 100)
    : band < 0.62
      ? random.int(80, 100)
      : band < 0.93
        ? random.int(60, 79)
        : random.int(45, 59);

  const difficulties = isProject ? projectDifficulties : enterpriseDifficulties;
  const hasDifficulty = random.chance(continuous ? 0.15 : 0.42);
  const difficulty = hasDifficulty ? random.pick(difficulties) : null;
  const difficultyUntil = hasDifficulty ? Math.min(resumeDay, lastDay) + random.int(2, 14) : -1;

  const preventionReady = [0, 1, 2, 3, 4].map(() => (random.chance(0.1) ? random.int(1, 12) : 0));
  if (difficulty === '防疫物资储备不足' || difficulty === '口罩、消毒液、测温枪短缺')
    preventionReady[0] = Math.max(preventionReady[0]!, random.int(3, 12));

  return {
    subject,
    workforce,
    reported,
    lastReported,
    resumeDay,
    fullDay,
    suspended: null,
    capacityTarget,
    dutyTarget: continuous ? 0.88 + random.next() * 0.1 : 0.82 + random.next() * 0.16,
    lateRate,
    onBehalfRate: random.chance(0.2) ? 0.3 : 0.02,
    difficulty,
    difficultyUntil,
    preventionReady,
    investmentRate: Math.round(random.logUniform(10, 80)),
  };
}

/** The municipal (and county) projects that are still not resumed on 8 March: 14 of 135. */
function chooseStalledProjects(random: Random, plans: Plan[]) {
  for (const category of ['municipal_project', 'county_project'] as const) {
    const candidates = plans.filter((p) => p.subject.category === category);
    const stalled =
      candidates.length - Math.round((candidates.length * municipalResumed.resumed) / municipalResumed.of);
    shuffle(random, candidates);
    for (const plan of candidates.slice(0, stalled)) {
      plan.resumeDay = Infinity;
      plan.fullDay = Infinity;
      plan.difficulty = random.pick(stalledProjectDifficulties);
      plan.difficultyUntil = Infinity;
    }
  }
}

/**
 * A handful of plants stop for maintenance for a few days mid-period (停产检修): mostly continuous-process
 * plants (kilns, smelters), a few others. They file on the first day of the stop, and have resumed well
 * before the end.
 */
function chooseMaintenanceStops(random: Random, plans: Plan[]) {
  const eligible = (p: Plan) =>
    p.subject.kind === 'enterprise' && p.resumeDay <= 5 && p.lastReported >= lastDay - 1;
  const continuous = plans.filter((p) => eligible(p) && p.subject.isContinuousProcess);
  const others = plans.filter((p) => eligible(p) && !p.subject.isContinuousProcess);
  shuffle(random, continuous);
  shuffle(random, others);
  for (const plan of [...continuous.slice(0, 7), ...others.slice(0, 4)]) {
    const start = random.int(8, 18);
    const end = start + random.int(2, 6);
    plan.suspended = [start, end];
    plan.reported[start] = true;
    plan.fullDay = Math.min(plan.fullDay, start);
  }
}

function shuffle<T>(random: Random, items: T[]) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

function statusOnDay(plan: Plan, day: number): ReportStatus {
  if (plan.suspended && day >= plan.suspended[0] && day <= plan.suspended[1]) return 'suspended';
  if (day < plan.resumeDay) return 'not_resumed';
  return day >= plan.fullDay ? 'resumed' : 'partial';
}

/** The city-wide return of migrant workers: slow in the 14-day quarantine weeks, then faster. */
function returnTide(day: number): number {
  return 1 / (1 + Math.exp(-(day - 9) / 4.5));
}

function reportsFor(random: Random, plan: Plan): ScenarioReport[] {
  const { subject } = plan;
  const isProject = subject.kind === 'project';
  const continuous = !isProject && subject.isContinuousProcess;
  const out: ScenarioReport[] = [];
  let investmentCents = 0;
  let wasWorking = false;
  for (let day = 0; day < days; day++) {
    const date = addDays(scenarioStart, day);
    const status = statusOnDay(plan, day);
    const working = status === 'resumed' || status === 'partial';
    const sinceResume = day - plan.resumeDay;
    const tide = returnTide(day);

    // Share of the workforce on duty.
    let share: number;
    if (status === 'not_resumed') share = random.next() * 0.08;
    else if (status === 'suspended') share = 0.05 + random.next() * 0.15;
    else if (status === 'partial')
      share = clamp(
        0.3 + 0.3 * Math.min(1, sinceResume / 12) + 0.2 * tide + (random.next() - 0.5) * 0.06,
        0.3,
        0.8,
      );
    else if (continuous)
      share = clamp(plan.dutyTarget - 0.12 * (1 - tide) + (random.next() - 0.5) * 0.02, 0.75, 1);
    else {
      const settle = Math.min(1, (day - plan.fullDay) / 14);
      share = clamp(
        plan.dutyTarget -
          (plan.dutyTarget - 0.75) * (1 - settle) * (1 - 0.6 * tide) +
          (random.next() - 0.5) * 0.03,
        0.75,
        1,
      );
    }
    const onDuty = Math.min(plan.workforce, Math.floor(plan.workforce * share));

    // Capacity utilisation (enterprises).
    let capacityPct: number | null = null;
    if (!isProject) {
      if (!working) capacityPct = 0;
      else if (status === 'partial')
        capacityPct = Math.round(
          clamp(22 + 28 * Math.min(1, sinceResume / 14) + 10 * tide + (random.next() - 0.5) * 8, 10, 65),
        );
      else {
        const settle = continuous ? 1 : Math.min(1, (day - plan.fullDay) / 12);
        const ramp = (0.72 + 0.28 * settle) * (continuous ? 0.9 + 0.1 * tide : 1);
        capacityPct = Math.round(clamp(plan.capacityTarget * ramp + (random.next() - 0.5) * 4, 30, 100));
      }
    }

    // Workers on site and investment completed this month (projects), accumulating every day worked.
    let workersOnSite: number | null = null;
    let investmentThisMonth: string | null = null;
    if (isProject) {
      if (day === monthStartDay) investmentCents = 0;
      workersOnSite = working ? Math.max(0, onDuty - Math.ceil(onDuty * 0.08)) : 0;
      investmentCents += working ? workersOnSite * plan.investmentRate : 0;
      investmentThisMonth = money(investmentCents);
    }

    if (!plan.reported[day]) {
      wasWorking = working;
      continue;
    }

    const early = Math.max(0, 1 - day / 14);
    const prevention = {
      supplies: day >= plan.preventionReady[0]!,
      temperatureChecks: day >= plan.preventionReady[1]!,
      disinfection: day >= plan.preventionReady[2]!,
      staffHealth: day >= plan.preventionReady[3]!,
      emergencyPlan: day >= plan.preventionReady[4]!,
    };
    const difficulty =
      plan.difficulty && day < plan.difficultyUntil && random.chance(0.75 + 0.2 * early)
        ? plan.difficulty
        : null;

    let note: string | null = null;
    if (status === 'suspended' && plan.suspended) {
      const back = addDays(scenarioStart, plan.suspended[1] + 1);
      note = `停产检修，预计${Number(back.slice(5, 7))}月${Number(back.slice(8, 10))}日恢复生产`;
    } else if (working && !wasWorking && day > 0)
      note =
        plan.suspended && day > plan.suspended[1]
          ? '检修完成，恢复生产'
          : isProject
            ? '今日复工，已完成复工备案'
            : '今日复工';
    else if (random.chance(0.04)) note = random.pick(isProject ? projectNotes : enterpriseNotes);
    wasWorking = working;

    out.push({
      kind: subject.kind,
      subjectId: subject.id,
      date,
      status,
      workforce: plan.workforce,
      onDuty,
      capacityPct,
      workersOnSite,
      investmentThisMonth,
      prevention,
      difficulty,
      note,
      filedAt: filedAt(random, plan, date, day),
      isOnBehalf: random.chance(plan.onBehalfRate),
      revisions: random.chance(0.012) ? 2 : 1,
    });
  }
  return out;
}

/** When the report for `day` was filed: on time mostly, late (after 12:00 on D+1) a few times. */
function filedAt(random: Random, plan: Plan, date: string, day: number): string {
  const second = random.int(0, 59);
  if (day === lastDay) return shanghaiInstant(date, random.int(8 * 60, 17 * 60 + 59) * 60 + second);
  const deadline = (24 + 12) * 60; // minutes after midnight on D
  const clock = (lastDay - day) * 24 * 60 + 18 * 60; // the demo's now, in the same terms
  if (random.chance(plan.lateRate)) {
    const roll = random.next();
    const lateness =
      roll < 0.55
        ? random.int(1, 6 * 60)
        : roll < 0.85
          ? random.int(6 * 60, 30 * 60)
          : random.int(30 * 60, 54 * 60);
    return shanghaiInstant(date, Math.min(deadline + lateness, clock - 1) * 60 + second);
  }
  const minute = random.chance(0.6)
    ? random.int(16 * 60, 23 * 60 + 59)
    : 24 * 60 + random.int(7 * 60 + 30, 11 * 60 + 59);
  return shanghaiInstant(date, minute * 60 + second);
}
