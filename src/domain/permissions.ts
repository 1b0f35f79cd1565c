import type { Role } from './roles';

/**
 * Every permission a route can declare. Deny is the default: a role holds only what the map below gives it,
 * and a route without a declared permission fails the route-walk test.
 */
export const permissions = [
  'session.self', // sign out, read oneself, change one's own password: any signed-in user
  'reference.read', // regions, departments, industries
  'users.read',
  'users.write',
  'audit.read',
  'audit.export',
  'tokens.manage',
  'registry.read', // enterprises and key projects in one's scope
  'registry.write', // create and edit (an enterprise user: own contact fields only)
  'registry.import',
  'registry.export',
  'registry.close', // close and reopen instead of delete
  'registry.contact.view', // contact phones unmasked
  'registry.code_exception', // accept a credit code that fails the check, with a reason
  'reports.read', // daily reports of subjects in scope
  'reports.file', // file a daily report (own subject, or on behalf within scope)
  'reports.import', // bulk reports from Excel
  'reports.unlock', // edit days older than the lock window
  'dashboard.read', // the command dashboard, completeness and the missing list
  'dashboard.export', // the day's figures in Excel and the Word brief
  'cases.read', // cases one may see: region, department's, or one's own
  'cases.create', // raise a case of a kind one's role allows (the kind's own permission below)
  'problems.raise', // raise a problem (问题)
  'directives.issue', // issue a leader's directive (督办事项)
  'hazards.report', // record a hazard found in an inspection (隐患)
  'hazards.recheck', // re-check a rectified hazard (复查)
  'cases.act', // take the actions one's party allows (assign, accept, resolve, confirm …)
  'cases.export', // the ledger in Excel
  'cases.stats', // statistics per department and category
  'cases.routing', // edit the routing table and time limits
  'liaison.read', // the roster, assignments, coverage and visits in one's scope
  'liaison.manage', // officers, assignments (by list or Excel) and the contact rule
  'liaison.export', // roster, assignments, coverage and visits in Excel
  'liaison.contact.view', // an officer's full mobile, each viewing audited
  'liaison.visit', // an officer's own home screen and visits to assigned subjects
  'liaison.visits.read', // visit records and their photos (officers: their own)
  'notifications.read',
] as const;

export type Permission = (typeof permissions)[number];

/** Routes open to anyone (sign-in, health). Kept apart so a forgotten permission is never "public" by accident. */
export const publicAccess = 'public' as const;
export type RouteAccess = Permission | typeof publicAccess;

const everyone: Permission[] = ['session.self', 'reference.read', 'notifications.read'];
const caseWork: Permission[] = ['cases.read', 'cases.create', 'problems.raise', 'cases.act'];
const caseOversight: Permission[] = [...caseWork, 'cases.export', 'cases.stats'];

const dashboardReader: Permission[] = ['reports.read', 'dashboard.read', 'dashboard.export'];
const dispatching: Permission[] = [...dashboardReader, 'reports.file', 'reports.import', 'reports.unlock'];

const liaisonManager: Permission[] = [
  'liaison.read',
  'liaison.manage',
  'liaison.export',
  'liaison.contact.view',
  'liaison.visits.read',
];

const registryManager: Permission[] = [
  'registry.read',
  'registry.write',
  'registry.import',
  'registry.export',
  'registry.close',
  'registry.contact.view',
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [
    ...everyone,
    'users.read',
    'users.write',
    'audit.read',
    'audit.export',
    'tokens.manage',
    ...registryManager,
    'registry.code_exception',
    ...dispatching,
    ...caseOversight,
    'directives.issue',
    'hazards.report',
    'hazards.recheck',
    'cases.routing',
    ...liaisonManager,
  ],
  dispatcher: [
    ...everyone,
    ...registryManager,
    ...dispatching,
    ...caseOversight,
    'directives.issue',
    ...liaisonManager,
  ],
  leader: [
    ...everyone,
    'registry.read',
    'registry.export',
    ...dashboardReader,
    'cases.read',
    'cases.create',
    'cases.act',
    'directives.issue',
    'cases.export',
    'cases.stats',
    'liaison.read',
    'liaison.export',
    'liaison.visits.read',
  ],
  county_dispatcher: [
    ...everyone,
    ...registryManager,
    ...dispatching,
    ...caseOversight,
    'directives.issue',
    ...liaisonManager,
  ],
  department_officer: [
    ...everyone,
    'registry.read',
    'registry.export',
    'registry.contact.view',
    ...dashboardReader,
    ...caseWork,
    'cases.export',
    'cases.stats',
  ],
  liaison_officer: [
    ...everyone,
    'registry.read',
    'registry.contact.view',
    'reports.read',
    'reports.file',
    ...caseWork,
    'liaison.visit',
    'liaison.visits.read',
  ],
  enterprise_user: [
    ...everyone,
    'registry.read',
    'registry.write',
    'registry.contact.view',
    'reports.read',
    'reports.file',
    ...caseWork,
  ],
  inspector: [
    ...everyone,
    'registry.read',
    'reports.read',
    'cases.read',
    'cases.create',
    'cases.act',
    'hazards.report',
    'hazards.recheck',
  ],
  subsidy_officer: [...everyone],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...rolePermissions[role]];
}
