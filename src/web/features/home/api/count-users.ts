import { useQuery } from '@tanstack/react-query';
import { userPageSchema } from '../../../../contracts/users';
import { request } from '../../../lib/api';

/** How many accounts exist, optionally only the disabled ones (the list's total, one row fetched). */
export function useUserCount(status?: 'active' | 'disabled', enabled = true) {
  return useQuery({
    queryKey: ['users', 'count', status ?? 'all'],
    queryFn: async () =>
      (await request('/api/admin/users', { query: { page: 1, pageSize: 1, status }, schema: userPageSchema }))
        .total,
    enabled,
  });
}
