import { createElement } from 'react';
import { ForbiddenPage } from '../components/forbidden-page';
import type { AppRoute } from '../lib/app-route';
import { apiTokensRoutes } from '../features/api-tokens/routes';
import { auditRoutes } from '../features/audit/routes';
import { authRoutes } from '../features/auth/routes';
import { casesRoutes } from '../features/cases/routes';
import { dashboardRoutes } from '../features/dashboard/routes';
import { homeRoutes } from '../features/home/routes';
import { liaisonRoutes } from '../features/liaison/routes';
import { registryRoutes } from '../features/registry/routes';
import { reportsRoutes } from '../features/reports/routes';
import { usersRoutes } from '../features/users/routes';

/**
 * Every signed-in page: each feature declares its own in `features/<m>/routes.ts`; a new module adds its
 * list here. The order is the side menu's (folders appear where their first page does).
 */
export const appRoutes: AppRoute[] = [
  ...dashboardRoutes,
  ...homeRoutes,
  ...reportsRoutes,
  ...casesRoutes,
  ...liaisonRoutes,
  ...registryRoutes,
  ...usersRoutes,
  ...auditRoutes,
  ...apiTokensRoutes,
  ...authRoutes,
  {
    path: '/403',
    title: '无权访问',
    access: 'session.self',
    menu: false,
    element: createElement(ForbiddenPage),
  },
];

/** The route that owns a location: exact match, else the longest path prefix. */
export function routeForPath(pathname: string): AppRoute | undefined {
  const exact = appRoutes.find((r) => r.path === pathname);
  if (exact) return exact;
  return appRoutes
    .filter((r) => r.path !== '/' && pathname.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
