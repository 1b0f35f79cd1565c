import type { MenuProps } from 'antd';
import { createElement } from 'react';
import type { SessionUser } from '../../contracts/auth';
import { isOffered, menuGroups, routeLabels, type MenuGroupKey } from '../lib/app-route';
import { appRoutes } from './routes';

type MenuItem = Required<MenuProps>['items'][number];

export const groupKey = (group: MenuGroupKey) => `group:${group}`;

/** The side menu: the route table filtered by the user's permissions, folders in first-appearance order. */
export function buildMenuItems(
  user: Pick<SessionUser, 'role' | 'permissions' | 'enterpriseId' | 'projectId'>,
): MenuItem[] {
  const items: MenuItem[] = [];
  const folders = new Map<MenuGroupKey, MenuItem[]>();
  for (const route of appRoutes) {
    if (route.menu === false || !isOffered(route, user)) continue;
    const item: MenuItem = {
      key: route.path,
      label: routeLabels(route, user).title,
      icon: route.icon ? createElement(route.icon) : undefined,
    };
    if (!route.group) {
      items.push(item);
      continue;
    }
    let children = folders.get(route.group);
    if (!children) {
      children = [];
      folders.set(route.group, children);
      const group = menuGroups[route.group];
      items.push({
        key: groupKey(route.group),
        label: group.title,
        icon: createElement(group.icon),
        children,
      });
    }
    children.push(item);
  }
  return items;
}
