import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '../../../../contracts/auth';
import { request } from '../../../lib/api';
import { fetchSession, sessionQueryKey } from '../../../lib/session';

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => request('/api/auth/password', { method: 'POST', body }),
    // The server may rotate the session and clears mustChangePassword: read both back before moving on.
    onSuccess: async () => {
      queryClient.setQueryData(sessionQueryKey, await fetchSession());
    },
  });
}
