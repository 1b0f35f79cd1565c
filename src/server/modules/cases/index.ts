export { casesRoutes } from './cases.routes';
export { createCasesService, type CasesService, type CaseHistoryItem } from './cases.service';
export { createCasesFiles, type CasesFiles } from './cases.files';
export { createRoutingService, type RoutingService } from './routing.service';
export { createEscalation, type Escalation } from './escalation';
export { createCasesRepository, type CaseRow } from './cases.repository';
export { cases } from './cases.table';
