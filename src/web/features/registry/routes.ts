import { ProjectOutlined, SafetyCertificateOutlined, ShopOutlined } from '@ant-design/icons';
import { isEnterpriseBound, isProjectBound, isUnbound, lazyPage, type AppRoute } from '../../lib/app-route';
import { registryListLabels } from './lib/list-titles';

export const registryRoutes: AppRoute[] = [
  {
    path: '/registry/my-enterprise',
    title: '本企业信息',
    description: '查看本企业登记信息，更新从业人员、产值和联系方式',
    icon: ShopOutlined,
    access: 'registry.read',
    audience: isEnterpriseBound,
    element: lazyPage(
      () => import('./pages/my-enterprise-page'),
      (m) => m.MyEnterprisePage,
    ),
  },
  {
    path: '/registry/my-project',
    title: '本项目信息',
    description: '查看本项目在重点项目库中的登记信息',
    icon: ProjectOutlined,
    access: 'registry.read',
    audience: isProjectBound,
    element: lazyPage(
      () => import('./pages/my-project-page'),
      (m) => m.MyProjectPage,
    ),
  },
  {
    path: '/registry/enterprises',
    title: '企业名录',
    description: '规模以上工业企业的查询、登记、Excel 导入和导出',
    labelsFor: (user) => registryListLabels('enterprises', user),
    icon: ShopOutlined,
    access: 'registry.read',
    group: 'registry',
    audience: isUnbound,
    element: lazyPage(
      () => import('./pages/enterprises-page'),
      (m) => m.EnterprisesPage,
    ),
  },
  {
    path: '/registry/enterprises/:id',
    title: '企业详情',
    access: 'registry.read',
    group: 'registry',
    menu: false,
    element: lazyPage(
      () => import('./pages/enterprise-detail-page'),
      (m) => m.EnterpriseDetailPage,
    ),
  },
  {
    path: '/registry/projects',
    title: '重点项目',
    description: '省、市、县级重点项目的查询、登记、Excel 导入和导出',
    labelsFor: (user) => registryListLabels('projects', user),
    icon: ProjectOutlined,
    access: 'registry.read',
    group: 'registry',
    audience: isUnbound,
    element: lazyPage(
      () => import('./pages/projects-page'),
      (m) => m.ProjectsPage,
    ),
  },
  {
    path: '/registry/projects/:id',
    title: '项目详情',
    access: 'registry.read',
    group: 'registry',
    menu: false,
    element: lazyPage(
      () => import('./pages/project-detail-page'),
      (m) => m.ProjectDetailPage,
    ),
  },
  {
    path: '/registry/credit-code-exceptions',
    title: '信用代码例外',
    description: '核实后接受个别未通过校验的统一社会信用代码，写明理由',
    icon: SafetyCertificateOutlined,
    access: 'registry.code_exception',
    group: 'registry',
    element: lazyPage(
      () => import('./pages/credit-code-exceptions-page'),
      (m) => m.CreditCodeExceptionsPage,
    ),
  },
];
