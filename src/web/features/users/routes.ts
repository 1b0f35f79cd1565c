import { TeamOutlined } from '@ant-design/icons';
import { lazyPage, type AppRoute } from '../../lib/app-route';

export const usersRoutes: AppRoute[] = [
  {
    path: '/admin/users',
    title: '用户管理',
    description: '新建账号，分配角色和权限范围，重置密码、停用或解锁账号',
    icon: TeamOutlined,
    access: 'users.read',
    group: 'system',
    element: lazyPage(
      () => import('./pages/users-page'),
      (m) => m.UsersPage,
    ),
  },
];
