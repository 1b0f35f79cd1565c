import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { userPageSchema, type userListQuerySchema } from '../../../../contracts/users';
import { request } from '../../../lib/api';
import type { ListFilters, ListQuery } from '../../../lib/use-list-params';

export type UserListQuery = ListQuery<typeof userListQuerySchema>;
export type UserFilters = ListFilters<typeof userListQuerySchema>;

export const usersKey = ['users'] as const;

export function useUsers(params: UserListQuery) {
  return useQuery({
    queryKey: [...usersKey, 'list', params],
    queryFn: () => request('/api/admin/users', { query: { ...params }, schema: userPageSchema }),
    placeholderData: keepPreviousData,
  });
}
