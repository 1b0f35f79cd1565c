export { dashboardRoutes } from './dashboard.routes';
export { createDashboardService, type DashboardService } from './dashboard.service';
export { createDashboardFiles, type DashboardFiles } from './dashboard.files';
