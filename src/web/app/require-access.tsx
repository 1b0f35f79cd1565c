import { useEffect } from 'react';
import { ForbiddenPage } from '../components/forbidden-page';
import { documentTitleSuffix } from '../lib/branding';
import { useCurrentUser } from '../lib/session';
import { isAllowed, routeLabels, type AppRoute } from '../lib/app-route';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${documentTitleSuffix}`;
  }, [title]);
}

/** Renders a route's page only for users holding its permission; everyone else sees 403. */
export function RequireAccess({ route }: { route: AppRoute }) {
  const user = useCurrentUser();
  const allowed = isAllowed(route, user.permissions);
  usePageTitle(allowed ? routeLabels(route, user).title : '无权访问');
  return allowed ? route.element : <ForbiddenPage />;
}
