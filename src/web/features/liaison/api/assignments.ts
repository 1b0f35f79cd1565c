import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  assignmentSchema,
  assignResultSchema,
  subjectAssignmentsPageSchema,
  subjectHistorySchema,
  type assignRequestSchema,
  type subjectAssignmentsQuerySchema,
} from '../../../../contracts/liaison';
import { request } from '../../../lib/api';
import { downloadFile } from '../../../lib/download';
import type { SubjectRef } from '../../../../domain/subjects';
import type { ListFilters, ListQuery } from '../../../lib/use-list-params';
import { liaisonKey } from './officers';

const subjectsKey = [...liaisonKey, 'subjects'] as const;

export type AssignmentListQuery = ListQuery<typeof subjectAssignmentsQuerySchema>;
export type AssignmentFilters = ListFilters<typeof subjectAssignmentsQuerySchema>;

/** Enterprises and projects with their current officers. */
export function useSubjectAssignments(params: AssignmentListQuery) {
  return useQuery({
    queryKey: [...subjectsKey, 'list', params],
    queryFn: () =>
      request('/api/liaison/subjects', { query: { ...params }, schema: subjectAssignmentsPageSchema }),
    placeholderData: keepPreviousData,
  });
}

/** Who covered one subject, and when (current and ended). */
export function useSubjectHistory(subject: SubjectRef | null) {
  return useQuery({
    queryKey: [...subjectsKey, 'history', subject?.kind, subject?.id],
    queryFn: () =>
      request(`/api/liaison/subjects/${subject!.kind}/${subject!.id}/assignments`, {
        schema: subjectHistorySchema,
      }),
    enabled: subject !== null,
  });
}

export type AssignInput = z.input<typeof assignRequestSchema>;

export function useAssign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignInput) =>
      request('/api/liaison/assignments', { method: 'POST', body, schema: assignResultSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: liaisonKey }),
  });
}

/** 结束联系: the assignment is kept, with the date, who ended it and why. */
export function useEndAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      request(`/api/liaison/assignments/${id}/end`, {
        method: 'POST',
        body: { reason },
        schema: assignmentSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: liaisonKey }),
  });
}

export const assignmentFiles = {
  importPath: '/api/liaison/assignments/import',
  template: { path: '/api/liaison/assignments/import-template', fileName: '联系对象分配导入模板.xlsx' },
  exportFile: (region: string | undefined) =>
    downloadFile('/api/liaison/assignments/export', { region }, '联系对象分配表.xlsx'),
};
