import { AuditOutlined } from '@ant-design/icons';
import { lazyPage, type AppRoute } from '../../lib/app-route';

export const auditRoutes: AppRoute[] = [
  {
    path: '/admin/audit',
    title: '审计日志',
    description: '按人员、操作、对象和时间查询操作记录，导出 Excel 备查',
    icon: AuditOutlined,
    access: 'audit.read',
    group: 'system',
    element: lazyPage(
      () => import('./pages/audit-page'),
      (m) => m.AuditPage,
    ),
  },
];
