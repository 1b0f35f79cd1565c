import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reportSchema, type ReportInput } from '../../../../contracts/reports';
import { request } from '../../../lib/api';
import { reportsKey } from './list-my-due';
import { type SubjectKind } from '../../../../domain/subjects';

export interface FileReportInput {
  kind: SubjectKind;
  id: number;
  date: string;
  body: ReportInput;
  /** The revision the form started from (0 = not yet filed); someone else's filing in between gives 412. */
  revision: number;
}

export function useFileReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, date, body, revision }: FileReportInput) =>
      request(`/api/${kind === 'enterprise' ? 'enterprises' : 'projects'}/${id}/reports/${date}`, {
        method: 'PUT',
        body,
        headers: { 'If-Match': String(revision) },
        schema: reportSchema,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportsKey }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]),
  });
}
