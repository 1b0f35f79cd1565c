/** The roles of API.md; the order is the order the user-admin screen lists them. */
export const roles = [
  'admin',
  'dispatcher',
  'leader',
  'county_dispatcher',
  'department_officer',
  'liaison_officer',
  'enterprise_user',
  'inspector',
  'subsidy_officer',
] as const;

export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: '系统管理员',
  dispatcher: '市调度员',
  leader: '领导',
  county_dispatcher: '区县调度员',
  department_officer: '部门办理人',
  liaison_officer: '联络员',
  enterprise_user: '企业填报员',
  inspector: '督查组成员',
  subsidy_officer: '价格补贴经办人',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** What each role must be bound to besides its region: checked when a user or token is created. */
export const roleBindings: Record<Role, 'none' | 'department' | 'enterprise_or_project'> = {
  admin: 'none',
  dispatcher: 'none',
  leader: 'none',
  county_dispatcher: 'none',
  department_officer: 'department',
  liaison_officer: 'none',
  enterprise_user: 'enterprise_or_project',
  inspector: 'none',
  subsidy_officer: 'none',
};
