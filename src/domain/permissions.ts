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
] as const;

export type Permission = (typeof permissions)[number];

/** Routes open to anyone (sign-in, health). Kept apart so a forgotten permission is never "public" by accident. */
export const publicAccess = 'public' as const;
export type RouteAccess = Permission | typeof publicAccess;

const everyone: Permission[] = ['session.self', 'reference.read'];

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
  ],
  dispatcher: [...everyone, ...registryManager],
  leader: [...everyone, 'registry.read', 'registry.export'],
  county_dispatcher: [...everyone, ...registryManager],
  department_officer: [...everyone, 'registry.read', 'registry.export', 'registry.contact.view'],
  liaison_officer: [...everyone, 'registry.read', 'registry.contact.view'],
  enterprise_user: [...everyone, 'registry.read', 'registry.write', 'registry.contact.view'],
  inspector: [...everyone, 'registry.read'],
  subsidy_officer: [...everyone],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...rolePermissions[role]];
}
