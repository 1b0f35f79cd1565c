/**
 * Resumption (复工复产) figures and the daily-report calendar, as DOMAIN.md defines them. Pure: the server
 * computes dashboards with these, the web shows the same labels, tests check the rules here.
 */
import { addDays } from './dates';

export const reportStatuses = ['resumed', 'partial', 'not_resumed', 'suspended'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusLabels: Record<ReportStatus, string> = {
  resumed: '已复工',
  partial: '部分复工',
  not_resumed: '未复工',
  suspended: '停产检修',
};

export const preventionItems = [
  'supplies',
  'temperatureChecks',
  'disinfection',
  'staffHealth',
  'emergencyPlan',
] as const;
export type PreventionItem = (typeof preventionItems)[number];
export const preventionLabels: Record<PreventionItem, string> = {
  supplies: '防疫物资储备',
  temperatureChecks: '测温登记',
  disinfection: '消毒',
  staffHealth: '返岗人员健康管理',
  emergencyPlan: '应急预案',
};

/** The dashboard's three categories (API.md); county-level projects are reported but not a headline figure. */
export const resumptionCategories = ['enterprise', 'provincial_project', 'municipal_project'] as const;
export type ResumptionCategory = (typeof resumptionCategories)[number];
export const subjectCategories = [...resumptionCategories, 'county_project'] as const;
export type SubjectCategory = (typeof subjectCategories)[number];
export const categoryLabels: Record<SubjectCategory, string> = {
  enterprise: '规上工业企业',
  provincial_project: '省重点项目',
  municipal_project: '市重点项目',
  county_project: '县重点项目',
};

export function categoryOfProjectLevel(level: string): SubjectCategory {
  return level === 'provincial'
    ? 'provincial_project'
    : level === 'municipal'
      ? 'municipal_project'
      : 'county_project';
}

/** Reporting calendar (configurable; DOMAIN.md defaults: due 12:00 on D+1, locked after 7 days). */
export interface ReportCalendar {
  deadlineDays: number;
  deadlineHour: number;
  lockDays: number;
}
export const defaultReportCalendar: ReportCalendar = { deadlineDays: 1, deadlineHour: 12, lockDays: 7 };

/** The instant the report for `date` is due: `deadlineHour`:00 Asia/Shanghai, `deadlineDays` later. */
export function reportDeadline(date: string, calendar: ReportCalendar = defaultReportCalendar): Date {
  const day = addDays(date, calendar.deadlineDays);
  return new Date(`${day}T${String(calendar.deadlineHour).padStart(2, '0')}:00:00+08:00`);
}

/** Filed after the deadline (the deadline instant itself is on time). */
export function isLate(
  date: string,
  filedAt: Date,
  calendar: ReportCalendar = defaultReportCalendar,
): boolean {
  return filedAt.getTime() > reportDeadline(date, calendar).getTime();
}

/** A day older than the lock window (relative to today in Shanghai) is closed to all but dispatchers. */
export function isLocked(
  date: string,
  today: string,
  calendar: ReportCalendar = defaultReportCalendar,
): boolean {
  return date < addDays(today, -calendar.lockDays);
}

/** A percentage with one decimal, rounded half-up, computed from integers (no float error): 121/135 → 89.6. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  const tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
  return tenths / 10;
}

/** Counts for one category in one region on one date, from the summaries and the registry. */
export interface CategoryCounts {
  /** Registered subjects, active or not. */
  total: number;
  /** Closed on or before the date, or not yet active: not applicable and not expected to report. */
  inactive: number;
  /** Carried-forward statuses of active subjects with a report on or before the date. */
  resumed: number;
  partial: number;
  notResumed: number;
  suspended: number;
  /** Continuous-process enterprises that never reported: they never stopped, so they count as resumed. */
  continuousUnreported: number;
  /** Σ usual workforce and Σ on duty over subjects with a status. */
  workforce: number;
  onDuty: number;
  /** Reports dated that day, and those filed by the deadline. */
  received: number;
  onTime: number;
  /** Capacity utilisation over resumed and partial enterprises that gave one. */
  capacitySum: number;
  capacityCount: number;
  capacityHigh: number;
  capacityMiddle: number;
  capacityLow: number;
}

export const emptyCounts: CategoryCounts = {
  total: 0,
  inactive: 0,
  resumed: 0,
  partial: 0,
  notResumed: 0,
  suspended: 0,
  continuousUnreported: 0,
  workforce: 0,
  onDuty: 0,
  received: 0,
  onTime: 0,
  capacitySum: 0,
  capacityCount: 0,
  capacityHigh: 0,
  capacityMiddle: 0,
  capacityLow: 0,
};

export function addCounts(a: CategoryCounts, b: CategoryCounts): CategoryCounts {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof CategoryCounts)[]) out[key] = a[key] + b[key];
  return out;
}

export interface CategoryFigures {
  total: number;
  applicable: number;
  resumed: number;
  partial: number;
  notResumed: number;
  notApplicable: number;
  notReported: number;
  resumptionRate: number | null;
  fullResumptionRate: number | null;
  workforceReturnRate: number | null;
  expected: number;
  received: number;
  onTime: number;
  completenessRate: number | null;
  timelinessRate: number | null;
  capacityAverage: number | null;
  capacityBands: { high: number; middle: number; low: number };
}

/**
 * DOMAIN.md's figures. Not resumed, not reported and not applicable stay apart; a subject that never
 * reported counts as not resumed in the rate and is listed as not reported.
 */
export function computeFigures(c: CategoryCounts): CategoryFigures {
  const active = c.total - c.inactive;
  const reported = c.resumed + c.partial + c.notResumed + c.suspended;
  const notReported = Math.max(0, active - reported - c.continuousUnreported);
  const notApplicable = c.inactive + c.suspended;
  const applicable = c.total - notApplicable;
  const resumed = c.resumed + c.continuousUnreported;
  return {
    total: c.total,
    applicable,
    resumed,
    partial: c.partial,
    notResumed: c.notResumed,
    notApplicable,
    notReported,
    resumptionRate: percent(resumed + c.partial, applicable),
    fullResumptionRate: percent(resumed, applicable),
    workforceReturnRate: percent(c.onDuty, c.workforce),
    expected: active,
    received: c.received,
    onTime: c.onTime,
    completenessRate: percent(c.received, active),
    timelinessRate: percent(c.onTime, active),
    capacityAverage: c.capacityCount > 0 ? percent(c.capacitySum, c.capacityCount * 100) : null,
    capacityBands: { high: c.capacityHigh, middle: c.capacityMiddle, low: c.capacityLow },
  };
}

export type CapacityBand = 'high' | 'middle' | 'low';

/** ≥ 80 %, 50–80 %, < 50 %. */
export function capacityBand(pct: number): CapacityBand {
  return pct >= 80 ? 'high' : pct >= 50 ? 'middle' : 'low';
}

/** The status a subject has on `date`: its latest report dated on or before it (reference implementation). */
export function statusOn<T extends { date: string }>(reports: readonly T[], date: string): T | undefined {
  let best: T | undefined;
  for (const r of reports) if (r.date <= date && (!best || r.date > best.date)) best = r;
  return best;
}
