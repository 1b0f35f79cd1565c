import { useMutation } from '@tanstack/react-query';
import { request, setCsrfToken } from '../../../lib/api';

/**
 * Signs out and reloads the sign-in page: a full reload drops every cached record of this user, which
 * matters on the shared office computers this runs on.
 */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await request('/api/auth/logout', { method: 'POST', isAuthProbe: true });
      } catch {
        // Signing out must always succeed locally, even if the session had already expired.
      }
    },
    onSettled: () => {
      setCsrfToken(null);
      window.location.replace('/login');
    },
  });
}
