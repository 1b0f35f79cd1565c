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

/** The officer of an assignment: their active period and the regions they work in (their region's subtree). */
export interface AssignmentOfficer {
  name: string;
  activeFrom: string;
  activeTo: string | null;
  regionCodes: readonly string[];
}

export interface AssignmentSubject {
  name: string;
  regionCode: string;
  closedAt: string | null;
}

/** A current assignment of the subject, by any officer. */
export interface CurrentAssignment {
  officerId: number;
  isPrimary: boolean;
}

/**
 * Why an assignment is refused: the rule broken, the field at fault (the officer, the subject or the primary
 * flag; callers name it as their form or sheet does) and a sentence for the user.
 */
export type AssignmentRefusal =
  | { rule: 'officer_off_duty'; field: 'officer'; message: string }
  | { rule: 'subject_closed' | 'outside_region' | 'already_assigned'; field: 'subject'; message: string }
  | { rule: 'primary_taken'; field: 'primary'; message: string; holderOfficerId: number };

/**
 * The rules of giving `officer` (id `officerId`) the subject on `date`, for the assignment screen and the
 * import alike: the officer is on duty that day, the subject is open and inside the officer's work regions,
 * the officer does not already hold it the same way, and a subject has one primary officer at a time (unless
 * the request replaces them). `existing` is the subject's current assignments. Null when allowed.
 */
export function checkAssignment(
  officer: AssignmentOfficer & { id: number },
  subject: AssignmentSubject,
  date: string,
  existing: readonly CurrentAssignment[],
  request: { isPrimary: boolean; replacePrimary?: boolean },
): AssignmentRefusal | null {
  if (officer.activeFrom > date)
    return {
      rule: 'officer_off_duty',
      field: 'officer',
      message: `联络员 ${officer.name} ${officer.activeFrom} 起才在岗，${date} 不能分配`,
    };
  if (officer.activeTo !== null && officer.activeTo < date)
    return {
      rule: 'officer_off_duty',
      field: 'officer',
      message: `联络员 ${officer.name} 已于 ${officer.activeTo} 离岗，不能分配`,
    };
  if (subject.closedAt !== null && subject.closedAt <= date)
    return { rule: 'subject_closed', field: 'subject', message: `${subject.name} 已关闭，不能分配联络员` };
  if (!officer.regionCodes.includes(subject.regionCode))
    return {
      rule: 'outside_region',
      field: 'subject',
      message: `${subject.name} 不在联络员 ${officer.name} 的工作区域内`,
    };
  const own = existing.find((a) => a.officerId === officer.id);
  if (own && own.isPrimary === request.isPrimary)
    return {
      rule: 'already_assigned',
      field: 'subject',
      message: `${officer.name} 已是 ${subject.name} 的${own.isPrimary ? '主责' : '协助'}联络员`,
    };
  const holder = existing.find((a) => a.isPrimary && a.officerId !== officer.id);
  if (request.isPrimary && holder && !request.replacePrimary)
    return {
      rule: 'primary_taken',
      field: 'primary',
      message: `${subject.name} 已有主责联络员`,
      holderOfficerId: holder.officerId,
    };
  return null;
}
