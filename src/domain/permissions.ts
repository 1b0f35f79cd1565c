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
] as const;

export type Permission = (typeof permissions)[number];

/** Routes open to anyone (sign-in, health). Kept apart so a forgotten permission is never "public" by accident. */
export const publicAccess = 'public' as const;
export type RouteAccess = Permission | typeof publicAccess;

const everyone: Permission[] = ['session.self', 'reference.read'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [...everyone, 'users.read', 'users.write', 'audit.read', 'audit.export', 'tokens.manage'],
  dispatcher: [...everyone],
  leader: [...everyone],
  county_dispatcher: [...everyone],
  department_officer: [...everyone],
  liaison_officer: [...everyone],
  enterprise_user: [...everyone],
  inspector: [...everyone],
  subsidy_officer: [...everyone],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...rolePermissions[role]];
}
