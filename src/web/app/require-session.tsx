import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { QueryError } from '../components/query-error';
import { setUnauthorizedHandler } from '../lib/api';
import { loginPathFor } from '../lib/next-path';
import { CurrentUserContext, sessionQueryKey, useSession } from '../lib/session';

const changePasswordPath = '/account/password';

/** Signed-in pages only: otherwise to the sign-in page, remembering where the user was going. */
export function RequireSession() {
  const queryClient = useQueryClient();
  const location = useLocation();
  const { data: session, isPending, error, refetch } = useSession();

  useEffect(() => {
    // An expired session anywhere drops the cached data and lets this guard send the user to sign in.
    setUnauthorizedHandler(() => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    });
  }, [queryClient]);

  if (isPending) return <PageLoading fullScreen />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!session) return <Navigate to={loginPathFor(location)} replace />;
  if (session.user.mustChangePassword && location.pathname !== changePasswordPath) {
    const next = location.pathname + location.search;
    return <Navigate to={`${changePasswordPath}?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <CurrentUserContext value={session.user}>
      <Outlet />
    </CurrentUserContext>
  );
}
