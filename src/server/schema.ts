// Every table, for drizzle-kit. Only the composition level may gather tables from all modules.
export { settings } from './platform/db/settings.table';
export { auditLog } from './platform/audit.table';
export { regions, departments } from './modules/regions/regions.table';
export { users, sessions, apiTokens } from './modules/users/users.table';
export { notifications, outbox } from './modules/notifications/notifications.table';
export { enterprises, projects, creditCodeExceptions } from './modules/registry/registry.table';
export { reports, reportRevisions, resumptionDaily } from './modules/reports/reports.table';
export {
  cases,
  caseDepartments,
  caseEvents,
  caseCounters,
  routingRules,
  caseEscalations,
} from './modules/cases/cases.table';
export {
  liaisonOfficers,
  liaisonAssignments,
  liaisonVisits,
  liaisonVisitPhotos,
  liaisonVisitProblems,
} from './modules/liaison/liaison.table';
