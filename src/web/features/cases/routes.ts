import {
  BarChartOutlined,
  BranchesOutlined,
  PlusCircleOutlined,
  ProfileOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { isUnbound, lazyPage, type AppRoute } from '../../lib/app-route';

export const casesRoutes: AppRoute[] = [
  {
    path: '/cases/inbox',
    title: '待办',
    description: '交办给您或等待您处理的企业问题，红灯超期、黄灯将到期',
    icon: SolutionOutlined,
    access: 'cases.read',
    group: 'cases',
    audience: isUnbound,
    element: lazyPage(
      () => import('./pages/inbox-page'),
      (m) => m.InboxPage,
    ),
  },
  {
    path: '/cases/mine',
    title: '我的问题',
    description: '反映的每个问题由谁办理、办到哪一步，办结后确认评价',
    icon: SolutionOutlined,
    access: 'cases.read',
    group: 'cases',
    audience: (user) => !isUnbound(user),
    element: lazyPage(
      () => import('./pages/inbox-page'),
      (m) => m.MyCasesPage,
    ),
  },
  {
    path: '/cases/new',
    title: '提出问题',
    description: '反映用工、原料、物流、资金等复工复产中的困难，限时交办解决',
    icon: PlusCircleOutlined,
    access: 'cases.create',
    group: 'cases',
    element: lazyPage(
      () => import('./pages/new-case-page'),
      (m) => m.NewCasePage,
    ),
  },
  {
    path: '/cases',
    title: '问题台账',
    description: '按状态、时限灯、类别、部门、区县和日期查询问题，导出 Excel 台账',
    icon: ProfileOutlined,
    access: 'cases.read',
    group: 'cases',
    audience: isUnbound,
    element: lazyPage(
      () => import('./pages/ledger-page'),
      (m) => m.LedgerPage,
    ),
  },
  {
    path: '/cases/stats',
    title: '办理统计',
    description: '各部门、各类问题的按时签收率、按时办结率、办结用时和满意率',
    icon: BarChartOutlined,
    access: 'cases.stats',
    group: 'cases',
    element: lazyPage(
      () => import('./pages/stats-page'),
      (m) => m.StatsPage,
    ),
  },
  {
    path: '/cases/routing',
    title: '交办规则',
    description: '各类问题的默认牵头单位和签收、办结时限',
    icon: BranchesOutlined,
    access: 'cases.routing',
    group: 'cases',
    element: lazyPage(
      () => import('./pages/routing-page'),
      (m) => m.RoutingPage,
    ),
  },
  {
    path: '/cases/:id',
    title: '问题详情',
    access: 'cases.read',
    group: 'cases',
    menu: false,
    element: lazyPage(
      () => import('./pages/case-detail-page'),
      (m) => m.CaseDetailPage,
    ),
  },
];
