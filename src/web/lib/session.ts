import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { sessionResponseSchema, type SessionResponse, type SessionUser } from '../../contracts/auth';
import type { Permission } from '../../domain/permissions';
import { ApiError } from './api-error';
import { request, setCsrfToken } from './api';

export const sessionQueryKey = ['session'] as const;

/** The signed-in session, or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await request('/api/auth/me', { schema: sessionResponseSchema, isAuthProbe: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/**
 * Set by the session guard. Pages read the user from here rather than from the query, so that while
 * signing out (session already null) nothing below the guard renders without a user.
 */
export const CurrentUserContext = createContext<SessionUser | null>(null);

/** The signed-in user; only for components rendered behind the session guard. */
export function useCurrentUser(): SessionUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser 只能在登录后的页面中使用');
  return user;
}

export function can(user: SessionUser | null | undefined, permission: Permission): boolean {
  return !!user && user.permissions.includes(permission);
}

export function useCan(permission: Permission): boolean {
  return can(useContext(CurrentUserContext), permission);
}
