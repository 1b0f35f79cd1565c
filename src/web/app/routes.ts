import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  DashboardOutlined,
  DesktopOutlined,
  FileSearchOutlined,
  FormOutlined,
  LockOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import {
  BarChartOutlined,
  BranchesOutlined,
  CameraOutlined,
  ContactsOutlined,
  IdcardOutlined,
  LinkOutlined,
  RadarChartOutlined,
  InteractionOutlined,
  PlusCircleOutlined,
  ProfileOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
import type { SessionUser } from '../../contracts/auth';
import type { Permission } from '../../domain/permissions';
import { ForbiddenPage } from '../components/forbidden-page';

/** Side-menu folders; a folder shows only when the user may open at least one page in it. */
export const menuGroups = {
  registry: { title: '企业与项目', icon: ApartmentOutlined },
  cases: { title: '问题协调', icon: InteractionOutlined },
  liaison: { title: '常态化联络', icon: ContactsOutlined },
  system: { title: '系统管理', icon: SettingOutlined },
} satisfies Record<string, { title: string; icon: ComponentType }>;
export type MenuGroupKey = keyof typeof menuGroups;

/**
 * One signed-in page. The side menu, the permission check and the home page's shortcuts are all
 * derived from this table: adding a feature means adding its entries here.
 */
export interface AppRoute {
  path: string;
  title: string;
  /** One line for the home page's shortcut cards. */
  description?: string;
  icon?: ComponentType;
  access: Permission;
  element: ReactElement;
  /** Listed in the side menu (default true). */
  menu?: boolean;
  /** Offered as a home-page shortcut even when not in the menu. */
  shortcut?: boolean;
  group?: MenuGroupKey;
  /**
   * Lists the page (menu, home shortcuts) only for the users it accepts, e.g. 本企业 for an enterprise's
   * own user. Opening the page still depends on `access` alone.
   */
  audience?: (user: Pick<SessionUser, 'permissions' | 'enterpriseId' | 'projectId'>) => boolean;
}

const isEnterpriseBound = (user: Pick<SessionUser, 'enterpriseId'>) => (user.enterpriseId ?? null) !== null;
const isProjectBound = (user: Pick<SessionUser, 'projectId'>) => (user.projectId ?? null) !== null;
/** Users bound to one enterprise or project see their own record instead of the registers. */
const isUnbound = (user: Pick<SessionUser, 'enterpriseId' | 'projectId'>) =>
  !isEnterpriseBound(user) && !isProjectBound(user);
/** Enterprise and project users and liaison officers file reports one by one; dispatchers import in bulk. */
const isDailyFiler = (user: Pick<SessionUser, 'permissions'>) => !user.permissions.includes('reports.import');

function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ReactElement {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return createElement(Page);
}

export const appRoutes: AppRoute[] = [
  {
    path: '/dashboard',
    title: '调度看板',
    description: '全市及各区县规上工业企业、重点项目复工复产情况，导出日报',
    icon: DashboardOutlined,
    access: 'dashboard.read',
    element: lazyPage(
      () => import('../features/dashboard/pages/dashboard-page'),
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
      () => import('../features/dashboard/pages/missing-page'),
      (m) => m.MissingPage,
    ),
  },
  {
    path: '/',
    title: '工作台',
    icon: DesktopOutlined,
    access: 'session.self',
    element: lazyPage(
      () => import('../features/home/pages/home-page'),
      (m) => m.HomePage,
    ),
  },
  {
    path: '/reports/today',
    title: '今日填报',
    description: '报送今日复工状态、到岗人数和防疫措施，查看历史日报',
    icon: FormOutlined,
    access: 'reports.file',
    audience: isDailyFiler,
    element: lazyPage(
      () => import('../features/reports/pages/today-report-page'),
      (m) => m.TodayReportPage,
    ),
  },
  {
    path: '/cases/inbox',
    title: '待办',
    description: '交办给您或等待您处理的企业问题，红灯超期、黄灯将到期',
    icon: SolutionOutlined,
    access: 'cases.read',
    group: 'cases',
    audience: isUnbound,
    element: lazyPage(
      () => import('../features/cases/pages/inbox-page'),
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
      () => import('../features/cases/pages/inbox-page'),
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
      () => import('../features/cases/pages/new-case-page'),
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
      () => import('../features/cases/pages/ledger-page'),
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
      () => import('../features/cases/pages/stats-page'),
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
      () => import('../features/cases/pages/routing-page'),
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
      () => import('../features/cases/pages/case-detail-page'),
      (m) => m.CaseDetailPage,
    ),
  },
  {
    path: '/liaison',
    title: '联络员工作台',
    description: '我联系的企业和项目：今日日报、逾期未走访、未办结问题，一键记录走访或代填日报',
    icon: ContactsOutlined,
    access: 'liaison.visit',
    group: 'liaison',
    element: lazyPage(
      () => import('../features/liaison/pages/officer-home-page'),
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
      () => import('../features/liaison/pages/visit-form-page'),
      (m) => m.VisitFormPage,
    ),
  },
  {
    path: '/liaison/visits',
    title: '走访记录',
    description: '联络员走访企业和项目的记录、照片和现场提出的问题，导出 Excel',
    icon: CameraOutlined,
    access: 'liaison.visits.read',
    group: 'liaison',
    element: lazyPage(
      () => import('../features/liaison/pages/visit-list-page'),
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
      () => import('../features/liaison/pages/visit-detail-page'),
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
      () => import('../features/liaison/pages/coverage-page'),
      (m) => m.CoveragePage,
    ),
  },
  {
    path: '/liaison/officers',
    title: '联络员名册',
    description: '联络员的派出单位、职务、联系方式和在岗期间，Excel 导入导出',
    icon: IdcardOutlined,
    access: 'liaison.read',
    group: 'liaison',
    element: lazyPage(
      () => import('../features/liaison/pages/officers-page'),
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
      () => import('../features/liaison/pages/officer-detail-page'),
      (m) => m.OfficerDetailPage,
    ),
  },
  {
    path: '/liaison/assignments',
    title: '联系对象分配',
    description: '为企业和项目指定主责和协助联络员，批量分配或按 Excel 导入，保留改派历史',
    icon: LinkOutlined,
    access: 'liaison.read',
    group: 'liaison',
    element: lazyPage(
      () => import('../features/liaison/pages/assignments-page'),
      (m) => m.AssignmentsPage,
    ),
  },
  {
    path: '/registry/my-enterprise',
    title: '本企业信息',
    description: '查看本企业登记信息，更新从业人员、产值和联系方式',
    icon: ShopOutlined,
    access: 'registry.read',
    audience: isEnterpriseBound,
    element: lazyPage(
      () => import('../features/registry/pages/my-enterprise-page'),
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
      () => import('../features/registry/pages/my-project-page'),
      (m) => m.MyProjectPage,
    ),
  },
  {
    path: '/registry/enterprises',
    title: '企业名录',
    description: '规模以上工业企业的查询、登记、Excel 导入和导出',
    icon: ShopOutlined,
    access: 'registry.read',
    group: 'registry',
    audience: isUnbound,
    element: lazyPage(
      () => import('../features/registry/pages/enterprises-page'),
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
      () => import('../features/registry/pages/enterprise-detail-page'),
      (m) => m.EnterpriseDetailPage,
    ),
  },
  {
    path: '/registry/projects',
    title: '重点项目',
    description: '省、市、县级重点项目的查询、登记、Excel 导入和导出',
    icon: ProjectOutlined,
    access: 'registry.read',
    group: 'registry',
    audience: isUnbound,
    element: lazyPage(
      () => import('../features/registry/pages/projects-page'),
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
      () => import('../features/registry/pages/project-detail-page'),
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
      () => import('../features/registry/pages/credit-code-exceptions-page'),
      (m) => m.CreditCodeExceptionsPage,
    ),
  },
  {
    path: '/admin/users',
    title: '用户管理',
    description: '新建账号，分配角色和权限范围，重置密码、停用或解锁账号',
    icon: TeamOutlined,
    access: 'users.read',
    group: 'system',
    element: lazyPage(
      () => import('../features/users/pages/users-page'),
      (m) => m.UsersPage,
    ),
  },
  {
    path: '/admin/audit',
    title: '审计日志',
    description: '按人员、操作、对象和时间查询操作记录，导出 Excel 备查',
    icon: AuditOutlined,
    access: 'audit.read',
    group: 'system',
    element: lazyPage(
      () => import('../features/audit/pages/audit-page'),
      (m) => m.AuditPage,
    ),
  },
  {
    path: '/admin/api-tokens',
    title: '接口令牌',
    description: '为对接的业务系统发放、吊销访问令牌',
    icon: ApiOutlined,
    access: 'tokens.manage',
    group: 'system',
    element: lazyPage(
      () => import('../features/api-tokens/pages/api-tokens-page'),
      (m) => m.ApiTokensPage,
    ),
  },
  {
    path: '/account/password',
    title: '修改密码',
    description: '定期更换登录密码，保障账号安全',
    icon: LockOutlined,
    access: 'session.self',
    menu: false,
    shortcut: true,
    element: lazyPage(
      () => import('../features/auth/pages/change-password-page'),
      (m) => m.ChangePasswordPage,
    ),
  },
  {
    path: '/403',
    title: '无权访问',
    access: 'session.self',
    menu: false,
    element: createElement(ForbiddenPage),
  },
];

export function isAllowed(route: AppRoute, permissions: readonly Permission[]): boolean {
  return permissions.includes(route.access);
}

/** Offered to this user in the menu and among the home page's shortcuts (if the route is listed at all). */
export function isOffered(
  route: AppRoute,
  user: Pick<SessionUser, 'permissions' | 'enterpriseId' | 'projectId'>,
) {
  return isAllowed(route, user.permissions) && (route.audience?.(user) ?? true);
}

/** The route that owns a location: exact match, else the longest path prefix. */
export function routeForPath(pathname: string): AppRoute | undefined {
  const exact = appRoutes.find((r) => r.path === pathname);
  if (exact) return exact;
  return appRoutes
    .filter((r) => r.path !== '/' && pathname.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
