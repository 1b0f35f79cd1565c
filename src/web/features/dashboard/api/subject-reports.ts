import { useQuery } from '@tanstack/react-query';
import { reportHistorySchema, reportListSchema } from '../../../../contracts/reports';
import { request } from '../../../lib/api';

export type SubjectKind = 'enterprise' | 'project';

const basePath = (kind: SubjectKind, id: number) =>
  `${kind === 'enterprise' ? '/api/enterprises' : '/api/projects'}/${id}/reports`;

/** One subject's reports between two dates (the server defaults to the last 30 days). */
export function useSubjectReports(
  subject: { kind: SubjectKind; id: number } | null,
  range: { from: string; to: string },
) {
  return useQuery({
    queryKey: ['reports', subject?.kind, subject?.id, 'list', range],
    queryFn: () => request(basePath(subject!.kind, subject!.id), { query: range, schema: reportListSchema }),
    enabled: subject !== null,
  });
}

/** One day's report with every revision (who, when, why). */
export function useReportHistory(subject: { kind: SubjectKind; id: number } | null, date: string | null) {
  return useQuery({
    queryKey: ['reports', subject?.kind, subject?.id, 'history', date],
    queryFn: () =>
      request(`${basePath(subject!.kind, subject!.id)}/${date}`, { schema: reportHistorySchema }),
    enabled: subject !== null && date !== null,
  });
}
