import { LockOutlined } from '@ant-design/icons';
import { lazyPage, type AppRoute } from '../../lib/app-route';

export const authRoutes: AppRoute[] = [
  {
    path: '/account/password',
    title: '修改密码',
    description: '定期更换登录密码，保障账号安全',
    icon: LockOutlined,
    access: 'session.self',
    menu: false,
    shortcut: true,
    element: lazyPage(
      () => import('./pages/change-password-page'),
      (m) => m.ChangePasswordPage,
    ),
  },
];
