import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  visitDetailSchema,
  type visitListQuerySchema,
  visitPageSchema,
  type CreateVisitRequest,
  type VisitDetail,
} from '../../../../contracts/liaison';
import { request } from '../../../lib/api';
import { downloadFile } from '../../../lib/download';
import type { ListFilters, ListQuery } from '../../../lib/use-list-params';
import { myHomeKey } from './my-home';
import { liaisonKey } from './officers';

export const visitsKey = [...liaisonKey, 'visits'] as const;

/** The visit list's query (an officer's own visits need no filter: the server scopes them). */
export type VisitListQuery = ListQuery<typeof visitListQuerySchema>;
export type VisitFilters = ListFilters<typeof visitListQuerySchema>;

export function useVisitList(params: VisitListQuery) {
  return useQuery({
    queryKey: [...visitsKey, 'list', params],
    queryFn: () => request('/api/liaison/visits', { query: { ...params }, schema: visitPageSchema }),
    placeholderData: keepPreviousData,
  });
}

export function useVisit(id: number) {
  return useQuery({
    queryKey: [...visitsKey, 'detail', id],
    queryFn: () => request(`/api/liaison/visits/${id}`, { schema: visitDetailSchema }),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });
}

export function exportVisits(filters: VisitFilters, today: string): Promise<void> {
  return downloadFile('/api/liaison/visits/export', { ...filters }, `走访记录-${today}.xlsx`);
}

export interface CreateVisitInput {
  visit: CreateVisitRequest;
  photos: File[];
}

/**
 * Posts the visit as multipart: the JSON in the text field `visit`, then each photo as a `photos` file
 * part (the JSON first, so the server can refuse a bad record before reading the photos).
 */
function postVisit({ visit, photos }: CreateVisitInput): Promise<VisitDetail> {
  const body = new FormData();
  body.append('visit', JSON.stringify(visit));
  for (const photo of photos) body.append('photos', photo, photo.name);
  return request('/api/liaison/visits', { method: 'POST', body, schema: visitDetailSchema });
}

export function useCreateVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postVisit,
    onSuccess: (created) => {
      queryClient.setQueryData([...visitsKey, 'detail', created.id], created);
      void queryClient.invalidateQueries({ queryKey: myHomeKey });
      void queryClient.invalidateQueries({ queryKey: [...visitsKey, 'list'] });
      // Problems raised on the spot are new cases: the problem screens' lists and the bell change too.
      if (created.problems.length > 0) {
        void queryClient.invalidateQueries({ queryKey: ['cases'] });
        void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      }
    },
  });
}
