import { ApartmentOutlined, ContactsOutlined, InteractionOutlined, SettingOutlined } from '@ant-design/icons';
import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
import type { SessionUser } from '../../contracts/auth';
import type { Permission } from '../../domain/permissions';

/*
 * The shape of the route table. Each feature declares its own pages in `features/<m>/routes.ts` with
 * these types and the app concatenates them (app → features → lib): features never import the app.
 */

/** Side-menu folders; a folder shows only when the user may open at least one page in it. */
export const menuGroups = {
  registry: { title: '企业与项目', icon: ApartmentOutlined },
  cases: { title: '问题协调', icon: InteractionOutlined },
  liaison: { title: '常态化联络', icon: ContactsOutlined },
  system: { title: '系统管理', icon: SettingOutlined },
} satisfies Record<string, { title: string; icon: ComponentType }>;
export type MenuGroupKey = keyof typeof menuGroups;

export type RouteUser = Pick<SessionUser, 'role' | 'permissions' | 'enterpriseId' | 'projectId'>;

/** One signed-in page. The side menu, the permission check and the home page's shortcuts derive from it. */
export interface AppRoute {
  path: string;
  title: string;
  /** One line for the home page's shortcut cards. */
  description?: string;
  /**
   * Title and description for this user when they differ from the default, so that a page never
   * promises what the user cannot do (导入 for a read-only user) or more than it lists.
   */
  labelsFor?: (user: RouteUser) => { title?: string; description?: string };
  icon?: ComponentType;
  access: Permission;
  element: ReactElement;
  /** Listed in the side menu (default true). */
  menu?: boolean;
  /** Offered as a home-page shortcut even when not in the menu. */
  shortcut?: boolean;
  group?: MenuGroupKey;
  /**
   * Lists the page (menu, home shortcuts) only for the users it accepts, e.g. 本企业 for an enterprise's
   * own user. Opening the page still depends on `access` alone.
   */
  audience?: (user: RouteUser) => boolean;
}

export const isEnterpriseBound = (user: Pick<SessionUser, 'enterpriseId'>) =>
  (user.enterpriseId ?? null) !== null;
export const isProjectBound = (user: Pick<SessionUser, 'projectId'>) => (user.projectId ?? null) !== null;
/** Users bound to one enterprise or project see their own record instead of the registers. */
export const isUnbound = (user: Pick<SessionUser, 'enterpriseId' | 'projectId'>) =>
  !isEnterpriseBound(user) && !isProjectBound(user);

export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ReactElement {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return createElement(Page);
}

export function isAllowed(route: AppRoute, permissions: readonly Permission[]): boolean {
  return permissions.includes(route.access);
}

/** Offered to this user in the menu and among the home page's shortcuts (if the route is listed at all). */
export function isOffered(route: AppRoute, user: RouteUser) {
  return isAllowed(route, user.permissions) && (route.audience?.(user) ?? true);
}

/** The route's title and description as this user sees them. */
export function routeLabels(route: AppRoute, user: RouteUser): { title: string; description?: string } {
  const own = route.labelsFor?.(user);
  return { title: own?.title ?? route.title, description: own?.description ?? route.description };
}
