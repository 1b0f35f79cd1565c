import { applyCaseAction } from '../../../domain/cases/apply-action';
import type { CaseEffect, CaseSnapshot, PendingExtension } from '../../../domain/cases/case-kind';
import { problemKind } from '../../../domain/cases/problem';
import type { CaseAction, CaseParty, CasePriority, CaseState } from '../../../domain/cases/workflow';
import type { Directory, Person } from './people';
import type { Plan } from './plan';
import { dateOf } from './time';
import type { CaseCloseKind } from './types';

/** A case's columns as they stand after each step, in epoch milliseconds. */
export interface Fields {
  state: CaseState;
  leadDepartmentId: number | null;
  assignedAt: number | null;
  acceptDeadline: number | null;
  resolveDeadline: number | null;
  acceptedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  closedAs: CaseCloseKind | null;
  resolution: string | null;
  satisfied: boolean | null;
  rating: number | null;
  pendingExtension: PendingExtension | null;
  departments: {
    departmentId: number;
    role: 'lead' | 'co';
    part: string | null;
    deadline: number | null;
    doneAt: number | null;
  }[];
}

export function submitted(): Fields {
  return {
    state: 'submitted',
    leadDepartmentId: null,
    assignedAt: null,
    acceptDeadline: null,
    resolveDeadline: null,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    closedAs: null,
    resolution: null,
    satisfied: null,
    rating: null,
    pendingExtension: null,
    departments: [],
  };
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));
const ms = (value: Date | null | undefined) => (value ? value.getTime() : null);

function snapshotOf(plan: Plan, fields: Fields): CaseSnapshot {
  return {
    kind: 'problem',
    number: plan.number,
    title: plan.title,
    category: plan.category,
    priority: plan.priority,
    state: fields.state,
    acceptDeadline: date(fields.acceptDeadline),
    resolveDeadline: date(fields.resolveDeadline),
    pendingExtension: fields.pendingExtension,
    kindFields: {},
    units: fields.departments.map((d) => ({
      unit: { type: 'department', id: d.departmentId },
      role: d.role,
      done: d.doneAt !== null,
    })),
  };
}

/** How the person stands to the case, as the server would derive it from their account. */
function partiesOf(plan: Plan, fields: Fields, actor: Person, departmentId: number | null): CaseParty[] {
  const parties: CaseParty[] = [];
  if (actor.role === 'dispatcher' || actor.role === 'county_dispatcher') parties.push('dispatcher');
  if (actor === plan.requester) parties.push('requester');
  if (actor.role === 'department_officer' && departmentId !== null)
    parties.push(departmentId === fields.leadDepartmentId ? 'lead' : 'co');
  return parties;
}

/** Writes an effect into the fields the way the server writes it into the case and its departments. */
function write(fields: Fields, effect: CaseEffect, at: number): void {
  const { leadUnit, ...c } = effect.changes;
  fields.state = effect.to;
  if (leadUnit !== undefined) fields.leadDepartmentId = leadUnit?.type === 'department' ? leadUnit.id : null;
  if (c.assignedAt !== undefined) fields.assignedAt = ms(c.assignedAt);
  if (c.acceptDeadline !== undefined) fields.acceptDeadline = ms(c.acceptDeadline);
  if (c.resolveDeadline !== undefined) fields.resolveDeadline = ms(c.resolveDeadline);
  if (c.acceptedAt !== undefined) fields.acceptedAt = ms(c.acceptedAt);
  if (c.resolvedAt !== undefined) fields.resolvedAt = ms(c.resolvedAt);
  if (c.closedAt !== undefined) fields.closedAt = ms(c.closedAt);
  if (c.closedAs !== undefined) fields.closedAs = c.closedAs as CaseCloseKind | null;
  if (c.resolution !== undefined) fields.resolution = c.resolution;
  if (c.satisfied !== undefined) fields.satisfied = c.satisfied;
  if (c.rating !== undefined) fields.rating = c.rating;
  if (c.pendingExtension !== undefined) fields.pendingExtension = c.pendingExtension;
  const op = effect.units;
  if (op?.type === 'assign') {
    // A new assignment replaces the units (the server deactivates the old rows; history has no inactive ones).
    const deadline = op.deadline.getTime();
    fields.departments = [op.lead, ...op.co.map((c) => c.unit)].flatMap((unit, i) =>
      unit.type === 'department'
        ? [
            {
              departmentId: unit.id,
              role: i === 0 ? ('lead' as const) : ('co' as const),
              part: i === 0 ? null : op.co[i - 1]!.part,
              deadline,
              doneAt: null,
            },
          ]
        : [],
    );
  } else if (op?.type === 'part-done') {
    const unit = op.unit;
    const row = fields.departments.find((d) => unit.type === 'department' && d.departmentId === unit.id);
    if (row) row.doneAt = at;
  }
}

/**
 * One action on the case at `at`, decided by the engine's own `applyCaseAction` (state, fields, deadlines,
 * timeline text), so the demo's histories are what the server would have written. Returns the text; a
 * refusal is a bug in the scenario and throws.
 */
export function applyStep(
  plan: Plan,
  fields: Fields,
  directory: Directory,
  step: { at: number; action: CaseAction; actor: Person; departmentId: number | null; body: object },
): string | null {
  const { at, action, actor, departmentId, body } = step;
  const resolveDays = problemKind.timeLimits.resolveDays[plan.priority as CasePriority];
  const outcome = applyCaseAction(problemKind, snapshotOf(plan, fields), action, body, {
    now: new Date(at),
    today: dateOf(at),
    limits: { acceptDays: problemKind.timeLimits.acceptDays, resolveDays },
    parties: partiesOf(plan, fields, actor, departmentId),
    actor: {
      name: actor.name,
      unit:
        departmentId !== null && actor.role === 'department_officer'
          ? { type: 'department', id: departmentId }
          : null,
      isSuperior: false,
    },
    unitName: (unit) => (unit.type === 'department' ? directory.departmentName(unit.id) : undefined),
  });
  if (!outcome.ok)
    throw new Error(`demo ${plan.number}: ${action} by ${actor.name} refused: ${outcome.refusal.message}`);
  write(fields, outcome.effect, at);
  return outcome.effect.text;
}
