import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api';

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) =>
      request(`/api/admin/users/${id}/reset-password`, { method: 'POST', body: { password } }),
  });
}
