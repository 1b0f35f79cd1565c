import { useQuery } from '@tanstack/react-query';
import { reportHistorySchema, reportListSchema } from '../../../../contracts/reports';
import { request } from '../../../lib/api';
import { reportsKey } from './list-my-due';
import { type SubjectKind } from '../../../../domain/subjects';

export interface SubjectKey {
  kind: SubjectKind;
  id: number;
}

const basePath = ({ kind, id }: SubjectKey) =>
  `${kind === 'enterprise' ? '/api/enterprises' : '/api/projects'}/${id}/reports`;

/** The subject's reports of the last 30 days (the server's default range). */
export function useRecentReports(subject: SubjectKey) {
  return useQuery({
    queryKey: [...reportsKey, subject.kind, subject.id, 'list'],
    queryFn: () => request(basePath(subject), { schema: reportListSchema }),
  });
}

/** One day's report with every revision. */
export function useReportHistory(subject: SubjectKey, date: string | null) {
  return useQuery({
    queryKey: [...reportsKey, subject.kind, subject.id, 'history', date],
    queryFn: () => request(`${basePath(subject)}/${date}`, { schema: reportHistorySchema }),
    enabled: date !== null,
  });
}
