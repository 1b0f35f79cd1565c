import type { CreateUserRequest, UpdateUserRequest, User } from '../../../../contracts/users';
import { roleBindings, type Role } from '../../../../domain/roles';

export interface UserFormValues {
  username?: string;
  password?: string;
  name?: string;
  role?: Role;
  regionCode?: string;
  departmentId?: number | null;
  enterpriseId?: number | null;
  projectId?: number | null;
  phone?: string | null;
}

export const userFormFieldNames = [
  'username',
  'password',
  'name',
  'role',
  'regionCode',
  'departmentId',
  'enterpriseId',
  'projectId',
  'phone',
] as const;

export function formValuesOf(user: User): UserFormValues {
  return {
    username: user.username,
    name: user.name,
    role: user.role,
    regionCode: user.regionCode,
    departmentId: user.departmentId,
    enterpriseId: user.enterpriseId,
    projectId: user.projectId,
    phone: user.phone ?? undefined,
  };
}

function blank(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value;
}

/** The bindings a role does not use are cleared, so a changed role leaves no stale enterprise behind. */
function bindingsFor(values: UserFormValues) {
  const binding = values.role ? roleBindings[values.role] : 'none';
  const isEnterprise = binding === 'enterprise_or_project';
  return {
    departmentId: values.departmentId ?? null,
    enterpriseId: isEnterprise ? (values.enterpriseId ?? null) : null,
    projectId: isEnterprise ? (values.projectId ?? null) : null,
  };
}

/** Candidate body for createUserRequestSchema (validated by the caller). */
export function toCreateRequest(values: UserFormValues): Partial<CreateUserRequest> {
  return {
    username: blank(values.username),
    password: values.password,
    name: blank(values.name),
    role: values.role,
    regionCode: values.regionCode,
    ...bindingsFor(values),
    phone: blank(values.phone) ?? null,
  };
}

/** Candidate body for updateUserRequestSchema (validated by the caller); null clears a field. */
export function toUpdateRequest(values: UserFormValues): UpdateUserRequest {
  return {
    name: blank(values.name),
    role: values.role,
    regionCode: values.regionCode,
    ...bindingsFor(values),
    phone: blank(values.phone) ?? null,
  };
}
