import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  enterprisePageSchema,
  enterpriseSchema,
  type Enterprise,
  type EnterpriseInput,
  type EnterpriseUpdate,
} from '../../../../contracts/registry';
import type { enterpriseListQuerySchema } from '../../../../contracts/registry';
import type { ListFilters, ListQuery } from '../../../lib/use-list-params';

export type EnterpriseListQuery = ListQuery<typeof enterpriseListQuerySchema>;
export type EnterpriseFilters = ListFilters<typeof enterpriseListQuerySchema>;
import { request } from '../../../lib/api';

/** Every enterprise query starts with this, so one invalidation refreshes lists, details and pickers. */
export const enterprisesKey = ['enterprises'] as const;

export function useEnterprises(params: EnterpriseListQuery) {
  return useQuery({
    queryKey: [...enterprisesKey, 'list', params],
    queryFn: () => request('/api/enterprises', { query: { ...params }, schema: enterprisePageSchema }),
    placeholderData: keepPreviousData,
  });
}

export function enterpriseDetailKey(id: number) {
  return [...enterprisesKey, 'detail', id] as const;
}

export function fetchEnterprise(id: number): Promise<Enterprise> {
  return request(`/api/enterprises/${id}`, { schema: enterpriseSchema });
}

export function useEnterprise(id: number | null) {
  return useQuery({
    queryKey: enterpriseDetailKey(id ?? 0),
    queryFn: () => fetchEnterprise(id!),
    enabled: id !== null,
  });
}

function useRefreshEnterprises() {
  const queryClient = useQueryClient();
  return (saved?: Enterprise) => {
    if (saved) queryClient.setQueryData(enterpriseDetailKey(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: enterprisesKey });
  };
}

export function useCreateEnterprise() {
  const refresh = useRefreshEnterprises();
  return useMutation({
    mutationFn: (body: EnterpriseInput) =>
      request('/api/enterprises', { method: 'POST', body, schema: enterpriseSchema }),
    onSuccess: (saved) => refresh(saved),
  });
}

export interface VersionedChange<B> {
  id: number;
  /** The version the change was based on; the server answers 412 if someone saved in between. */
  version: number;
  body: B;
}

export function useUpdateEnterprise() {
  const refresh = useRefreshEnterprises();
  return useMutation({
    mutationFn: ({ id, version, body }: VersionedChange<EnterpriseUpdate>) =>
      request(`/api/enterprises/${id}`, {
        method: 'PATCH',
        body,
        headers: { 'If-Match': String(version) },
        schema: enterpriseSchema,
      }),
    onSuccess: (saved) => refresh(saved),
  });
}

export type CloseChange =
  | (VersionedChange<{ closedAt?: string; reason: string }> & { action: 'close' })
  | (VersionedChange<{ reason: string }> & { action: 'reopen' });

/** 关停 or 恢复 an enterprise (close / reopen), with the reason the audit log keeps. */
export function useCloseEnterprise() {
  const refresh = useRefreshEnterprises();
  return useMutation({
    mutationFn: ({ id, version, body, action }: CloseChange) =>
      request(`/api/enterprises/${id}/${action}`, {
        method: 'POST',
        body,
        headers: { 'If-Match': String(version) },
        schema: enterpriseSchema,
      }),
    onSuccess: (saved) => refresh(saved),
    onError: () => refresh(),
  });
}
