import { DashboardOutlined, FileSearchOutlined } from '@ant-design/icons';
import { lazyPage, type AppRoute } from '../../lib/app-route';

export const dashboardRoutes: AppRoute[] = [
  {
    path: '/dashboard',
    title: '调度看板',
    description: '全市及各区县规上工业企业、重点项目复工复产情况，导出日报',
    icon: DashboardOutlined,
    access: 'dashboard.read',
    element: lazyPage(
      () => import('./pages/dashboard-page'),
      (m) => m.DashboardPage,
    ),
  },
  {
    path: '/dashboard/missing',
    title: '未报送清单',
    description: '当日应报未报的企业和项目及其联络员，导出督促补报',
    icon: FileSearchOutlined,
    access: 'dashboard.read',
    element: lazyPage(
      () => import('./pages/missing-page'),
      (m) => m.MissingPage,
    ),
  },
];
