import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type CreateUserRequest } from '../../../../contracts/users';
import { request } from '../../../lib/api';
import { usersKey } from './list-users';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) =>
      request('/api/admin/users', { method: 'POST', body, schema: userSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
