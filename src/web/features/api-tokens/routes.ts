import { ApiOutlined } from '@ant-design/icons';
import { lazyPage, type AppRoute } from '../../lib/app-route';

export const apiTokensRoutes: AppRoute[] = [
  {
    path: '/admin/api-tokens',
    title: '接口令牌',
    description: '为对接的业务系统发放、吊销访问令牌',
    icon: ApiOutlined,
    access: 'tokens.manage',
    group: 'system',
    element: lazyPage(
      () => import('./pages/api-tokens-page'),
      (m) => m.ApiTokensPage,
    ),
  },
];
