import type { Report } from '../../../../contracts/reports';
import { reportDeadline } from '../../../../domain/resumption';
import type { DueItem } from '../api/list-my-due';
import { type SubjectRef } from '../../../../domain/subjects';

/**
 * The form's input for an earlier day (补报 or 修改 from the history): that day's report if any, the latest
 * one before it to prefill from, and the day's deadline under the default calendar (12:00 the next day).
 */
export function pastDayItem(
  subject: SubjectRef & { name: string },
  date: string,
  reports: readonly Report[],
  nowMs: number,
): DueItem {
  const report = reports.find((r) => r.date === date) ?? null;
  const previous =
    [...reports].filter((r) => r.date < date).sort((a, b) => b.date.localeCompare(a.date))[0] ?? null;
  const deadline = reportDeadline(date);
  return {
    subjectKind: subject.kind,
    subjectId: subject.id,
    subjectName: subject.name,
    regionCode: report?.regionCode ?? previous?.regionCode ?? '',
    date,
    deadline: deadline.toISOString(),
    isOverdue: !report && nowMs > deadline.getTime(),
    report,
    previous,
  };
}
