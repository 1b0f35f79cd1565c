import { useQuery } from '@tanstack/react-query';
import { reportHistorySchema, reportListSchema } from '../../../../contracts/reports';
import type { SubjectKind, SubjectRef } from '../../../../domain/subjects';
import { request } from '../../../lib/api';

const basePath = (kind: SubjectKind, id: number) =>
  `${kind === 'enterprise' ? '/api/enterprises' : '/api/projects'}/${id}/reports`;

/** One subject's reports between two dates (the server defaults to the last 30 days). */
export function useSubjectReports(subject: SubjectRef | null, range: { from: string; to: string }) {
  return useQuery({
    queryKey: ['reports', subject?.kind, subject?.id, 'list', range],
    queryFn: () => request(basePath(subject!.kind, subject!.id), { query: range, schema: reportListSchema }),
    enabled: subject !== null,
  });
}

/** One day's report with every revision (who, when, why). */
export function useReportHistory(subject: SubjectRef | null, date: string | null) {
  return useQuery({
    queryKey: ['reports', subject?.kind, subject?.id, 'history', date],
    queryFn: () =>
      request(`${basePath(subject!.kind, subject!.id)}/${date}`, { schema: reportHistorySchema }),
    enabled: subject !== null && date !== null,
  });
}
