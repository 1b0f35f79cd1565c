export { liaisonRoutes } from './liaison.routes';
export {
  createLiaisonService,
  type LiaisonService,
  type LiaisonHistory,
  type NewOfficer,
} from './liaison.service';
export { createVisitsService, type VisitsService } from './visits.service';
export { createLiaisonFiles, type LiaisonFiles } from './liaison.files';
export { createLiaisonRepository, type NewAssignmentRow, type NewVisitRow } from './liaison.repository';
