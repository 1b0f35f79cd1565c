import {
  ApiOutlined,
  AuditOutlined,
  DesktopOutlined,
  LockOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
import type { Permission } from '../../domain/permissions';
import { ForbiddenPage } from '../components/forbidden-page';

/** Side-menu folders; a folder shows only when the user may open at least one page in it. */
export const menuGroups = {
  system: { title: '系统管理', icon: SettingOutlined },
} satisfies Record<string, { title: string; icon: ComponentType }>;
export type MenuGroupKey = keyof typeof menuGroups;

/**
 * One signed-in page. The side menu, the permission check and the home page's shortcuts are all
 * derived from this table: adding a feature means adding its entries here.
 */
export interface AppRoute {
  path: string;
  title: string;
  /** One line for the home page's shortcut cards. */
  description?: string;
  icon?: ComponentType;
  access: Permission;
  element: ReactElement;
  /** Listed in the side menu (default true). */
  menu?: boolean;
  /** Offered as a home-page shortcut even when not in the menu. */
  shortcut?: boolean;
  group?: MenuGroupKey;
}

function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ReactElement {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return createElement(Page);
}

export const appRoutes: AppRoute[] = [
  {
    path: '/',
    title: '工作台',
    icon: DesktopOutlined,
    access: 'session.self',
    element: lazyPage(
      () => import('../features/home/pages/home-page'),
      (m) => m.HomePage,
    ),
  },
  {
    path: '/admin/users',
    title: '用户管理',
    description: '新建账号，分配角色和权限范围，重置密码、停用或解锁账号',
    icon: TeamOutlined,
    access: 'users.read',
    group: 'system',
    element: lazyPage(
      () => import('../features/users/pages/users-page'),
      (m) => m.UsersPage,
    ),
  },
  {
    path: '/admin/audit',
    title: '审计日志',
    description: '按人员、操作、对象和时间查询操作记录，导出 Excel 备查',
    icon: AuditOutlined,
    access: 'audit.read',
    group: 'system',
    element: lazyPage(
      () => import('../features/audit/pages/audit-page'),
      (m) => m.AuditPage,
    ),
  },
  {
    path: '/admin/api-tokens',
    title: '接口令牌',
    description: '为对接的业务系统发放、吊销访问令牌',
    icon: ApiOutlined,
    access: 'tokens.manage',
    group: 'system',
    element: lazyPage(
      () => import('../features/api-tokens/pages/api-tokens-page'),
      (m) => m.ApiTokensPage,
    ),
  },
  {
    path: '/account/password',
    title: '修改密码',
    description: '定期更换登录密码，保障账号安全',
    icon: LockOutlined,
    access: 'session.self',
    menu: false,
    shortcut: true,
    element: lazyPage(
      () => import('../features/auth/pages/change-password-page'),
      (m) => m.ChangePasswordPage,
    ),
  },
  {
    path: '/403',
    title: '无权访问',
    access: 'session.self',
    menu: false,
    element: createElement(ForbiddenPage),
  },
];

export function isAllowed(route: AppRoute, permissions: readonly Permission[]): boolean {
  return permissions.includes(route.access);
}

/** The route that owns a location: exact match, else the longest path prefix. */
export function routeForPath(pathname: string): AppRoute | undefined {
  const exact = appRoutes.find((r) => r.path === pathname);
  if (exact) return exact;
  return appRoutes
    .filter((r) => r.path !== '/' && pathname.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
