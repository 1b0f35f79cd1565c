export { liaisonRoutes } from './liaison.routes';
export { createLiaisonService, type LiaisonService } from './liaison.service';
export type { NewOfficer } from './roster.service';
export type { LiaisonHistory } from './use-cases/load-history';
export { createVisitsService, type VisitsService } from './visits.service';
export { createLiaisonFiles, type LiaisonFiles } from './liaison.files';
