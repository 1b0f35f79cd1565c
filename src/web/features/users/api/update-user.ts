import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type UpdateUserRequest } from '../../../../contracts/users';
import { request } from '../../../lib/api';
import { usersKey } from './list-users';

export interface UpdateUserInput {
  id: number;
  /** The version the change was based on; the server answers 412 if someone saved in between. */
  version: number;
  body: UpdateUserRequest;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateUserInput) =>
      request(`/api/admin/users/${id}`, {
        method: 'PATCH',
        body,
        headers: { 'If-Match': String(version) },
        schema: userSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
