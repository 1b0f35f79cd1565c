import { FormOutlined } from '@ant-design/icons';
import type { SessionUser } from '../../../contracts/auth';
import { lazyPage, type AppRoute } from '../../lib/app-route';

/** Enterprise and project users and liaison officers file reports one by one; dispatchers import in bulk. */
const isDailyFiler = (user: Pick<SessionUser, 'permissions'>) => !user.permissions.includes('reports.import');

export const reportsRoutes: AppRoute[] = [
  {
    path: '/reports/today',
    title: '今日填报',
    description: '报送今日复工状态、到岗人数和防疫措施，查看历史日报',
    icon: FormOutlined,
    access: 'reports.file',
    audience: isDailyFiler,
    element: lazyPage(
      () => import('./pages/today-report-page'),
      (m) => m.TodayReportPage,
    ),
  },
];
