import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../domain/roles';
import { userPageSchema } from '../../../../contracts/users';
import { request } from '../../../lib/api';

export interface UserListParams {
  page: number;
  pageSize: number;
  q?: string;
  role?: Role;
  region?: string;
  status?: 'active' | 'disabled';
}

export const usersKey = ['users'] as const;

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, 'list', params],
    queryFn: () => request('/api/admin/users', { query: { ...params }, schema: userPageSchema }),
    placeholderData: keepPreviousData,
  });
}
