import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditPageSchema, type auditQuerySchema } from '../../../../contracts/audit';
import { request } from '../../../lib/api';
import type { ListFilters, ListQuery } from '../../../lib/use-list-params';

export type AuditListQuery = ListQuery<typeof auditQuerySchema>;
export type AuditFilters = ListFilters<typeof auditQuerySchema>;

export function useAuditEntries(params: AuditListQuery) {
  return useQuery({
    queryKey: ['audit', 'list', params],
    queryFn: () => request('/api/admin/audit', { query: { ...params }, schema: auditPageSchema }),
    placeholderData: keepPreviousData,
  });
}
