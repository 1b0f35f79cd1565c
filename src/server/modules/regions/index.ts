export { regionsRoutes } from './regions.routes';
export { createRegionsService, type RegionsService } from './regions.service';
export type { DepartmentRow } from './regions.repository';
export { regions, departments } from './regions.table';
