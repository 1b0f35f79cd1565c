import { DesktopOutlined } from '@ant-design/icons';
import { lazyPage, type AppRoute } from '../../lib/app-route';

export const homeRoutes: AppRoute[] = [
  {
    path: '/',
    title: '工作台',
    icon: DesktopOutlined,
    access: 'session.self',
    element: lazyPage(
      () => import('./pages/home-page'),
      (m) => m.HomePage,
    ),
  },
];
