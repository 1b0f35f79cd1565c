import { addDays } from './dates';

/** How a liaison officer met the subject (走访方式). */
export const visitModes = ['on_site', 'phone', 'video'] as const;
export type VisitMode = (typeof visitModes)[number];
export const visitModeLabels: Record<VisitMode, string> = {
  on_site: '实地走访',
  phone: '电话联系',
  video: '视频连线',
};

/** The five-item prevention check of a visit, the same five as the daily report's (防疫五项). */
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

/**
 * The contact rule (联系频次): at least `minVisits` visits of the counted modes in every `everyDays` days for
 * each subject, during the campaign (`campaignFrom` to `campaignTo`, open-ended when null).
 * Default: one on-site visit every 7 days from the start of the 2020 campaign (Hunan: 2020-02-10).
 */
export interface ContactRule {
  everyDays: number;
  minVisits: number;
  modes: VisitMode[];
  campaignFrom: string;
  campaignTo: string | null;
}

export const defaultContactRule: ContactRule = {
  everyDays: 7,
  minVisits: 1,
  modes: ['on_site'],
  campaignFrom: '2020-02-10',
  campaignTo: null,
};

export interface ContactStatus {
  /** The last day by which the next counted visit is due; null outside the campaign. */
  dueDate: string | null;
  isOverdue: boolean;
  /** Whole days past the due date (0 when not overdue). */
  daysOverdue: number;
  lastVisitDate: string | null;
}

/**
 * Whether a subject is overdue for contact on `date`. `visitDates` are the dates of its counted visits (any
 * order; later ones than `date` are ignored). The clock starts at the campaign start or, for a subject that
 * became active later, at `since`: a subject with no visit is due `everyDays − 1` days after that start, so
 * that the first window holds exactly `everyDays` days. After that, the next visit is due `everyDays` days
 * after the `minVisits`-th latest visit.
 */
export function contactStatus(
  rule: ContactRule,
  visitDates: readonly string[],
  date: string,
  since?: string | null,
): ContactStatus {
  const past = visitDates.filter((d) => d <= date).sort();
  const lastVisitDate = past.at(-1) ?? null;
  const inCampaign = date >= rule.campaignFrom && (rule.campaignTo === null || date <= rule.campaignTo);
  if (!inCampaign) return { dueDate: null, isOverdue: false, daysOverdue: 0, lastVisitDate };
  const start = since && since > rule.campaignFrom ? since : rule.campaignFrom;
  const counted = past.filter((d) => d >= start);
  const anchor = counted.length >= rule.minVisits ? counted[counted.length - rule.minVisits]! : null;
  const dueDate = anchor ? addDays(anchor, rule.everyDays) : addDays(start, rule.everyDays - 1);
  const isOverdue = date > dueDate;
  return { dueDate, isOverdue, daysOverdue: isOverdue ? daysBetween(dueDate, date) : 0, lastVisitDate };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Monday of the ISO week that holds `date` (this week's visits count from it). */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** A mainland mobile number: 11 digits starting with 1 (the second digit 3–9). */
export const mobilePattern = /^1[3-9]\d{9}$/;

/** Photos phones send: JPEG, PNG and HEIC/HEIF, recognised by their first bytes, not by the file name. */
export type PhotoType = 'image/jpeg' | 'image/png' | 'image/heic';

const heifBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'heif']);

export function photoTypeOf(head: Uint8Array): PhotoType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length >= 8 && png.every((b, i) => head[i] === b)) return 'image/png';
  if (head.length >= 12) {
    const box = String.fromCharCode(...head.slice(4, 8));
    const brand = String.fromCharCode(...head.slice(8, 12));
    if (box === 'ftyp' && heifBrands.has(brand)) return 'image/heic';
  }
  return null;
}
