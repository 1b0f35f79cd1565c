import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditPageSchema } from '../../../../contracts/audit';
import { request } from '../../../lib/api';

export interface AuditFilters {
  username?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export interface AuditListParams extends AuditFilters {
  page: number;
  pageSize: number;
}

export function useAuditEntries(params: AuditListParams) {
  return useQuery({
    queryKey: ['audit', 'list', params],
    queryFn: () => request('/api/admin/audit', { query: { ...params }, schema: auditPageSchema }),
    placeholderData: keepPreviousData,
  });
}
