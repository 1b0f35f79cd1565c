import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionResponseSchema, type LoginRequest } from '../../../../contracts/auth';
import { request, setCsrfToken } from '../../../lib/api';
import { sessionQueryKey } from '../../../lib/session';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) =>
      request('/api/auth/login', { method: 'POST', body, schema: sessionResponseSchema, isAuthProbe: true }),
    onSuccess: (session) => {
      // A different person may sign in on a shared computer: drop everything cached for the last one.
      queryClient.removeQueries();
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
