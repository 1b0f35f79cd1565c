import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  caseActionBodies,
  caseDetailSchema,
  caseListQuerySchema,
  casePageSchema,
  type CaseDetail,
  type CreateCaseRequest,
} from '../../../../contracts/cases';
import type { CaseAction } from '../../../../domain/cases/workflow';
import { request } from '../../../lib/api';
import { downloadFile } from '../../../lib/download';
import type { ListFilters, ListQuery } from '../../../lib/use-list-params';

export const casesKey = ['cases'] as const;
export const notificationsKey = ['notifications'] as const;

export type CaseBox = NonNullable<CaseListQuery['box']>;
/** The ledger's and the inbox's query, as the contract types it (kind is fixed to problem for now). */
export type CaseListQuery = ListQuery<typeof caseListQuerySchema>;
export type CaseFilters = ListFilters<typeof caseListQuerySchema>;

export function useCaseList(params: CaseListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...casesKey, 'list', params],
    queryFn: () => request('/api/cases', { query: { kind: 'problem', ...params }, schema: casePageSchema }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useCase(id: number) {
  return useQuery({
    queryKey: [...casesKey, 'detail', id],
    queryFn: () => request(`/api/cases/${id}`, { schema: caseDetailSchema }),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCaseRequest) =>
      request('/api/cases', { method: 'POST', body, schema: caseDetailSchema }),
    onSuccess: (created) => {
      queryClient.setQueryData([...casesKey, 'detail', created.id], created);
      return queryClient.invalidateQueries({ queryKey: [...casesKey, 'list'] });
    },
  });
}

export type CaseActionBody<A extends CaseAction> = z.input<(typeof caseActionBodies)[A]>;

export interface CaseActionInput {
  id: number;
  action: CaseAction;
  /** The version the officer saw; a stale one gets 412 and changes nothing. */
  version: number;
  body: Record<string, unknown>;
}

export function useCaseAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, version, body }: CaseActionInput) =>
      request(`/api/cases/${id}/actions/${action}`, {
        method: 'POST',
        body,
        headers: { 'If-Match': String(version) },
        schema: caseDetailSchema,
      }),
    onSuccess: (updated: CaseDetail) => {
      queryClient.setQueryData([...casesKey, 'detail', updated.id], updated);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: [...casesKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...casesKey, 'stats'] });
      void queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
  });
}

export function exportCases(filters: Omit<CaseListQuery, 'page' | 'pageSize'>, today: string): Promise<void> {
  return downloadFile('/api/cases/export', { kind: 'problem', ...filters }, `问题台账-${today}.xlsx`);
}
