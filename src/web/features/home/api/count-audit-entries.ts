import { useQuery } from '@tanstack/react-query';
import { auditPageSchema } from '../../../../contracts/audit';
import { request } from '../../../lib/api';

/** How many audit entries fall on one date (the list's total, one row fetched). */
export function useAuditCountOn(date: string, enabled = true) {
  return useQuery({
    queryKey: ['audit', 'count', date],
    queryFn: async () =>
      (
        await request('/api/admin/audit', {
          query: { page: 1, pageSize: 1, from: date, to: date },
          schema: auditPageSchema,
        })
      ).total,
    enabled,
  });
}
