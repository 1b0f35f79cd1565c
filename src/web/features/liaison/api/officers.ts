import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  officerMobileSchema,
  type officerListQuerySchema,
  officerPageSchema,
  officerSchema,
  subjectHistorySchema,
  type CreateOfficerRequest,
  type Officer,
  type UpdateOfficerRequest,
} from '../../../../contracts/liaison';
import { request } from '../../../lib/api';
import { downloadFile } from '../../../lib/download';
import type { ListFilters, ListQuery } from '../../../lib/use-list-params';

/** Every liaison query starts with this: a change to the roster or assignments refreshes all of them. */
export const liaisonKey = ['liaison'] as const;
export const officersKey = [...liaisonKey, 'officers'] as const;

export type OfficerListQuery = ListQuery<typeof officerListQuerySchema>;
export type OfficerFilters = ListFilters<typeof officerListQuerySchema>;

export function useOfficers(params: OfficerListQuery) {
  return useQuery({
    queryKey: [...officersKey, 'list', params],
    queryFn: () => request('/api/liaison/officers', { query: { ...params }, schema: officerPageSchema }),
    placeholderData: keepPreviousData,
  });
}

function officerDetailKey(id: number) {
  return [...officersKey, 'detail', id] as const;
}

export function fetchOfficer(id: number): Promise<Officer> {
  return request(`/api/liaison/officers/${id}`, { schema: officerSchema });
}

export function useOfficer(id: number) {
  return useQuery({ queryKey: officerDetailKey(id), queryFn: () => fetchOfficer(id), retry: false });
}

/** The officer's subjects, current and ended (endedOn set), newest first as the server sends them. */
export function useOfficerAssignments(id: number) {
  return useQuery({
    queryKey: [...officersKey, 'assignments', id],
    // The same shape as a subject's history: { items: assignment[] }.
    queryFn: () => request(`/api/liaison/officers/${id}/assignments`, { schema: subjectHistorySchema }),
  });
}

/** The full number; never cached, because the server audits each viewing. */
export async function fetchOfficerMobile(id: number): Promise<string> {
  const { mobile } = await request(`/api/liaison/officers/${id}/mobile`, { schema: officerMobileSchema });
  return mobile;
}

function useRefreshOfficers() {
  const queryClient = useQueryClient();
  return (saved: Officer) => {
    queryClient.setQueryData(officerDetailKey(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: liaisonKey });
  };
}

export function useCreateOfficer() {
  const refresh = useRefreshOfficers();
  return useMutation({
    mutationFn: (body: CreateOfficerRequest) =>
      request('/api/liaison/officers', { method: 'POST', body, schema: officerSchema }),
    onSuccess: (saved) => refresh(saved),
  });
}

export interface OfficerChange {
  id: number;
  /** The version the change was based on; the server answers 412 if someone saved in between. */
  version: number;
  body: UpdateOfficerRequest;
}

export function useUpdateOfficer() {
  const refresh = useRefreshOfficers();
  return useMutation({
    mutationFn: ({ id, version, body }: OfficerChange) =>
      request(`/api/liaison/officers/${id}`, {
        method: 'PATCH',
        body,
        headers: { 'If-Match': String(version) },
        schema: officerSchema,
      }),
    onSuccess: (saved) => refresh(saved),
  });
}

export const officerFiles = {
  importPath: '/api/liaison/officers/import',
  template: { path: '/api/liaison/officers/import-template', fileName: '联络员名册导入模板.xlsx' },
  exportFile: (filters: OfficerFilters) =>
    downloadFile('/api/liaison/officers/export', { ...filters }, '联络员名册.xlsx'),
};
