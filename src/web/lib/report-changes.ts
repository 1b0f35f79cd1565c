import type { z } from 'zod';
import type { reportRevisionSchema } from '../../contracts/reports';
import { preventionItems, preventionLabels, reportStatusLabels } from '../../domain/resumption';
import { describeChanges, type ChangeField } from './field-changes';

export type ReportRevision = z.infer<typeof reportRevisionSchema>;

const withUnit = (unit: string) => (v: string | number | boolean) => `${String(v)}${unit}`;

/** The fields of a daily report a revision can change, in the order the form asks them. */
export const reportChangeFields: ChangeField<ReportRevision>[] = [
  {
    label: '状态',
    value: (r) => r.status,
    format: (v) => reportStatusLabels[v as ReportRevision['status']],
  },
  { label: '职工总数', value: (r) => r.workforce, format: withUnit('人') },
  { label: '在岗人数', value: (r) => r.onDuty, format: withUnit('人') },
  { label: '产能利用率', value: (r) => r.capacityPct, format: withUnit('%') },
  { label: '在场施工人数', value: (r) => r.workersOnSite, format: withUnit('人') },
  { label: '本月完成投资', value: (r) => r.investmentThisMonth, format: withUnit('万元') },
  ...preventionItems.map((item): ChangeField<ReportRevision> => ({
    label: preventionLabels[item],
    value: (r) => r.prevention[item],
    describe: (_, next) => `${preventionLabels[item]} ${next.prevention[item] ? '已落实' : '改为未落实'}`,
  })),
  { label: '主要困难', value: (r) => r.difficulty },
  { label: '备注', value: (r) => r.note },
];

/** What one revision of a daily report changed against the one before, in words (状态 已复工 → 部分复工). */
export function describeReportChanges(previous: ReportRevision, next: ReportRevision): string[] {
  return describeChanges(reportChangeFields, previous, next);
}

/** The first version in one line: status, people, capacity or investment, and the prevention checks. */
export function summarizeReport(r: ReportRevision): string {
  const parts = [`${reportStatusLabels[r.status]}`, `在岗 ${r.onDuty} / ${r.workforce} 人`];
  if (r.capacityPct !== null) parts.push(`产能利用率 ${r.capacityPct}%`);
  if (r.workersOnSite !== null) parts.push(`在场施工 ${r.workersOnSite} 人`);
  if (r.investmentThisMonth !== null) parts.push(`本月完成投资 ${r.investmentThisMonth} 万元`);
  const missing = preventionItems.filter((i) => !r.prevention[i]).map((i) => preventionLabels[i]);
  parts.push(missing.length ? `防疫未落实：${missing.join('、')}` : '防疫五项均已落实');
  return parts.join('；');
}
