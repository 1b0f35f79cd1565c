import {
  CameraOutlined,
  ContactsOutlined,
  IdcardOutlined,
  LinkOutlined,
  RadarChartOutlined,
} from '@ant-design/icons';
import { lazyPage, type AppRoute, type RouteUser } from '../../lib/app-route';

const manages = (user: RouteUser) => user.permissions.includes('liaison.manage');

export const liaisonRoutes: AppRoute[] = [
  {
    path: '/liaison',
    title: '联络员工作台',
    description: '我联系的企业和项目：今日日报、逾期未走访、未办结问题，一键记录走访或代填日报',
    icon: ContactsOutlined,
    access: 'liaison.visit',
    group: 'liaison',
    element: lazyPage(
      () => import('./pages/officer-home-page'),
      (m) => m.OfficerHomePage,
    ),
  },
  {
    path: '/liaison/visits/new',
    title: '记录走访',
    description: '走访日期、方式、接待人员、防疫五项检查、照片，现场提出问题',
    icon: CameraOutlined,
    access: 'liaison.visit',
    group: 'liaison',
    element: lazyPage(
      () => import('./pages/visit-form-page'),
      (m) => m.VisitFormPage,
    ),
  },
  {
    path: '/liaison/visits',
    title: '走访记录',
    description: '联络员走访企业和项目的记录、照片和现场提出的问题，导出 Excel',
    // An officer (no overview) sees only their own visits, as the page's title says.
    labelsFor: (user) =>
      user.permissions.includes('liaison.read')
        ? {}
        : { title: '我的走访记录', description: '我走访企业和项目的记录、照片和现场提出的问题' },
    icon: CameraOutlined,
    access: 'liaison.visits.read',
    group: 'liaison',
    element: lazyPage(
      () => import('./pages/visit-list-page'),
      (m) => m.VisitListPage,
    ),
  },
  {
    path: '/liaison/visits/:id',
    title: '走访详情',
    access: 'liaison.visits.read',
    group: 'liaison',
    menu: false,
    element: lazyPage(
      () => import('./pages/visit-detail-page'),
      (m) => m.VisitDetailPage,
    ),
  },
  {
    path: '/liaison/coverage',
    title: '联络覆盖',
    description: '各区县企业和项目的联络员覆盖、逾期未联系清单和联络员工作量，导出 Excel',
    icon: RadarChartOutlined,
    access: 'liaison.read',
    group: 'liaison',
    element: lazyPage(
      () => import('./pages/coverage-page'),
      (m) => m.CoveragePage,
    ),
  },
  {
    path: '/liaison/officers',
    title: '联络员名册',
    description: '联络员的派出单位、职务、联系方式和在岗期间，Excel 导入导出',
    labelsFor: (user) => (manages(user) ? {} : { description: '联络员的派出单位、职务、联系方式和在岗期间' }),
    icon: IdcardOutlined,
    access: 'liaison.read',
    group: 'liaison',
    element: lazyPage(
      () => import('./pages/officers-page'),
      (m) => m.OfficersPage,
    ),
  },
  {
    path: '/liaison/officers/:id',
    title: '联络员详情',
    access: 'liaison.read',
    group: 'liaison',
    menu: false,
    element: lazyPage(
      () => import('./pages/officer-detail-page'),
      (m) => m.OfficerDetailPage,
    ),
  },
  {
    path: '/liaison/assignments',
    title: '联系对象分配',
    description: '为企业和项目指定主责和协助联络员，批量分配或按 Excel 导入，保留改派历史',
    labelsFor: (user) =>
      manages(user) ? {} : { title: '联系对象', description: '各企业和项目的主责、协助联络员及改派历史' },
    icon: LinkOutlined,
    access: 'liaison.read',
    group: 'liaison',
    element: lazyPage(
      () => import('./pages/assignments-page'),
      (m) => m.AssignmentsPage,
    ),
  },
];
