import type { CaseSnapshot, PendingExtension, UnitRef } from '../../../../domain/cases/case-kind';
import type { CasePriority, CaseParty, CaseState } from '../../../../domain/cases/workflow';
import { hasPermission } from '../../../../domain/permissions';
import type { Role } from '../../../../domain/roles';
import type { Actor } from '../../../platform/access';
import type { CaseDepartmentRow, CaseRow, CaseVisibility } from '../cases.repository';

/**
 * How a user stands to a case, derived (never stored): visibility, parties, the user's own unit, and the case
 * as the domain's rules see it.
 */
export const dispatcherRoles: readonly Role[] = ['admin', 'dispatcher', 'county_dispatcher'];
const byRegionRoles: readonly Role[] = [
  'admin',
  'dispatcher',
  'leader',
  'county_dispatcher',
  'liaison_officer',
  'inspector',
];

export function visibilityOf(actor: Actor): CaseVisibility {
  const assigned = actor.scope.assigned;
  return {
    // A liaison officer sees the cases of their assigned subjects and those they raised, not the whole region.
    regionCodes: byRegionRoles.includes(actor.role) && !assigned ? actor.scope.regionCodes : undefined,
    departmentId: actor.role === 'department_officer' ? actor.scope.departmentId : null,
    enterpriseId: actor.scope.enterpriseId,
    projectId: actor.scope.projectId,
    enterpriseIds: assigned?.enterpriseIds,
    projectIds: assigned?.projectIds,
    requesterUserId: actor.userId,
  };
}

/** The unit a user acts for: a department officer's department, a county dispatcher's government. */
export function actorUnitOf(actor: Actor): UnitRef | null {
  if (actor.role === 'department_officer' && actor.scope.departmentId)
    return { type: 'department', id: actor.scope.departmentId };
  if (actor.role === 'county_dispatcher') return { type: 'region', code: actor.scope.regionCode };
  return null;
}

/** The user works above the case's region (the city for a county's case). */
export function isSuperior(actor: Actor, row: CaseRow): boolean {
  return actor.scope.regionCode !== row.regionCode && actor.scope.regionCodes.includes(row.regionCode);
}

export function partiesOf(
  actor: Actor,
  row: CaseRow,
  departments: readonly CaseDepartmentRow[],
): CaseParty[] {
  const parties: CaseParty[] = ['viewer'];
  const inRegion = actor.scope.regionCodes.includes(row.regionCode);
  if (dispatcherRoles.includes(actor.role) && inRegion) parties.push('dispatcher');
  const own =
    actor.role === 'department_officer'
      ? departments.find((d) => d.isActive && d.departmentId === actor.scope.departmentId)
      : undefined;
  if (own?.role === 'lead') parties.push('lead');
  if (own?.role === 'co') parties.push('co');
  if (actor.role === 'county_dispatcher' && row.leadRegionCode === actor.scope.regionCode)
    parties.push('lead');
  if (hasPermission(actor.role, 'hazards.recheck') && inRegion) parties.push('inspector');
  const isRequester =
    (actor.userId !== null && actor.userId === row.requesterUserId) ||
    (actor.scope.enterpriseId !== null && actor.scope.enterpriseId === row.enterpriseId) ||
    (actor.scope.projectId !== null && actor.scope.projectId === row.projectId);
  if (isRequester) parties.push('requester');
  return parties;
}

/** The lead unit of a row: a county government or a department. */
export function leadUnitOf(row: CaseRow): UnitRef | null {
  if (row.leadRegionCode) return { type: 'region', code: row.leadRegionCode };
  return row.leadDepartmentId ? { type: 'department', id: row.leadDepartmentId } : null;
}

export function snapshotOf(row: CaseRow, departments: readonly CaseDepartmentRow[]): CaseSnapshot {
  const active = departments.filter((d) => d.isActive);
  const regionLead = row.leadRegionCode
    ? [{ unit: { type: 'region', code: row.leadRegionCode } as UnitRef, role: 'lead' as const, done: false }]
    : [];
  return {
    kind: row.kind as CaseSnapshot['kind'],
    number: row.number,
    title: row.title,
    category: row.category,
    priority: row.priority as CasePriority,
    state: row.state as CaseState,
    acceptDeadline: row.acceptDeadline,
    resolveDeadline: row.resolveDeadline,
    pendingExtension: row.pendingExtension as PendingExtension | null,
    kindFields: (row.kindFields ?? {}) as Record<string, unknown>,
    units: [
      ...regionLead,
      ...active.map((d) => ({
        unit: { type: 'department', id: d.departmentId } as UnitRef,
        role: d.role as 'lead' | 'co',
        done: d.doneAt !== null,
      })),
    ],
  };
}
