import type { Role } from '../../../../domain/roles';
import type { ProblemSource as CaseSource } from '../../../../domain/cases/problem';

/** Roles that take in problems and assign them (they see every source in the form). */
export const dispatchingRoles: readonly Role[] = ['dispatcher', 'county_dispatcher', 'admin'];

/** Where a new problem comes from when the user does not choose: who they are. */
export function defaultSourceFor(role: Role): CaseSource {
  if (role === 'enterprise_user') return 'enterprise';
  if (role === 'liaison_officer') return 'liaison_visit';
  return 'dispatcher';
}

export const closeAsLabels = { duplicate: '重复事项', out_of_remit: '不属于政府职责范围' } as const;

/** Tab names of the inbox: what "to-do" means depends on the role. */
export function todoLabelFor(role: Role): string {
  // Dispatchers assign (and may confirm), departments handle; everyone else only confirms what they raised.
  return dispatchingRoles.includes(role) || role === 'department_officer' ? '待我处理' : '待我确认';
}

export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${rate.toFixed(1)}%`;
}
