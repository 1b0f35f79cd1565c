import type { Report, ReportInput } from '../../../../contracts/reports';
import { preventionItems, type PreventionItem, type ReportStatus } from '../../../../domain/resumption';
import { type SubjectKind } from '../../../../domain/subjects';

/** The form's shape: the contract's fields, with the prevention checks as a list of ticked items. */
export interface ReportFormValues {
  status?: ReportStatus;
  workforce?: number | null;
  onDuty?: number | null;
  capacityPct?: number | null;
  workersOnSite?: number | null;
  investmentThisMonth?: string | null;
  prevention: PreventionItem[];
  difficulty?: string;
  note?: string;
  reason?: string;
}

export const reportFormFields = [
  'status',
  'workforce',
  'onDuty',
  'capacityPct',
  'workersOnSite',
  'investmentThisMonth',
  'prevention',
  'difficulty',
  'note',
  'reason',
] as const;

/** Capacity is asked only of enterprises that are working (the server requires it then). */
export function asksCapacity(kind: SubjectKind, status: ReportStatus | undefined): boolean {
  return kind === 'enterprise' && (status === 'resumed' || status === 'partial');
}

/**
 * Today's report if filed, else the latest one before it: the figures rarely change from day to day. The
 * month's investment starts afresh in a new month.
 */
export function initialValues(source: Report | null, date: string): ReportFormValues {
  if (!source) return { prevention: [] };
  const isSameMonth = source.date.slice(0, 7) === date.slice(0, 7);
  return {
    status: source.status,
    workforce: source.workforce,
    onDuty: source.onDuty,
    capacityPct: source.capacityPct,
    workersOnSite: source.workersOnSite,
    investmentThisMonth: isSameMonth ? source.investmentThisMonth : null,
    prevention: preventionItems.filter((item) => source.prevention[item]),
    difficulty: source.difficulty ?? undefined,
    note: source.note ?? undefined,
  };
}

const blank = (value: string | undefined | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The PUT body (checked against reportInputSchema by the caller). */
export function toReportInput(kind: SubjectKind, values: ReportFormValues): unknown {
  const ticked = new Set(values.prevention);
  return {
    status: values.status,
    workforce: values.workforce ?? undefined,
    onDuty: values.onDuty ?? undefined,
    capacityPct: asksCapacity(kind, values.status) ? (values.capacityPct ?? undefined) : null,
    workersOnSite: kind === 'project' ? (values.workersOnSite ?? null) : null,
    investmentThisMonth: kind === 'project' ? blank(values.investmentThisMonth) : null,
    prevention: Object.fromEntries(preventionItems.map((item) => [item, ticked.has(item)])),
    difficulty: blank(values.difficulty),
    note: blank(values.note),
    reason: blank(values.reason),
  } satisfies Record<keyof ReportInput, unknown>;
}
