import type { z } from 'zod';
import type { Permission } from '../permissions';
import type { CaseAction, CaseFacts, CaseParty, CasePriority, CaseState, Refusal } from './workflow';

export type CaseKind = 'problem' | 'directive' | 'hazard';

/** A unit a case goes to: a department, or a county-level government (its dispatchers act for it). */
export type UnitRef = { type: 'department'; id: number } | { type: 'region'; code: string };
export function unitKey(unit: UnitRef): string {
  return unit.type === 'department' ? `department:${unit.id}` : `region:${unit.code}`;
}
export function sameUnit(a: UnitRef | null | undefined, b: UnitRef | null | undefined): boolean {
  return !!a && !!b && unitKey(a) === unitKey(b);
}

export interface PendingExtension {
  until: string;
  reason: string;
  requestedBy: string;
}

/** A case as the rules see it: what an action reads. */
export interface CaseSnapshot {
  kind: CaseKind;
  number: string;
  title: string;
  category: string;
  priority: CasePriority;
  state: CaseState;
  acceptDeadline: Date | null;
  resolveDeadline: Date | null;
  pendingExtension: PendingExtension | null;
  kindFields: Record<string, unknown>;
  /** The active lead and co units. */
  units: readonly { unit: UnitRef; role: 'lead' | 'co'; done: boolean }[];
}

/** Everything an action needs besides the case: no clock, no database. */
export interface ActionContext {
  now: Date;
  /** The Shanghai date of `now`. */
  today: string;
  /** The working-day limits for this case's kind, category and priority (routing table or the kind's default). */
  limits: { acceptDays: number; resolveDays: number };
  parties: readonly CaseParty[];
  actor: { name: string; unit: UnitRef | null; isSuperior: boolean };
  /** The name of a unit, or undefined when it does not exist. */
  unitName: (unit: UnitRef) => string | undefined;
}

/** Who a notice goes to, resolved to users by the server. */
export type NoticeRecipient = 'requester' | 'dispatchers' | 'lead' | 'units' | 'inspectors';

/** The columns an action may change. */
export interface CaseChanges {
  leadUnit?: UnitRef | null;
  assignedAt?: Date;
  timerStartedAt?: Date;
  acceptDeadline?: Date | null;
  resolveDeadline?: Date | null;
  acceptedAt?: Date;
  resolvedAt?: Date | null;
  closedAt?: Date | null;
  closedAs?: string | null;
  resolution?: string;
  satisfied?: boolean;
  rating?: number | null;
  pendingExtension?: PendingExtension | null;
  kindFields?: Record<string, unknown>;
}

export type UnitOperation =
  | { type: 'assign'; lead: UnitRef; co: { unit: UnitRef; part: string }[]; deadline: Date }
  | { type: 'part-done'; unit: UnitRef };

/** What one action changes, as `applyCaseAction` returns it. */
export interface CaseEffect {
  from: CaseState;
  to: CaseState;
  changes: CaseChanges;
  units: UnitOperation | null;
  /** The timeline's text, in plain Chinese. */
  text: string | null;
  notice: { to: NoticeRecipient[]; title: string; body: string } | null;
}

/** An action's own part of the effect (the state is the workflow's). */
export type EffectDraft = Omit<CaseEffect, 'from' | 'to'>;

export interface CaseActionDefinition<B extends z.ZodType = z.ZodType> {
  label: string;
  /** What the action does, for the API description. */
  description: string;
  from: readonly CaseState[] | 'any';
  parties: readonly CaseParty[];
  /** Fixed, or decided by the body and facts; absent = the state does not change. */
  to?: CaseState | ((body: z.infer<B>, facts: CaseFacts) => CaseState);
  body: B;
  /** A permission the actor needs beyond `cases.act` (a hazard's re-check). */
  permission?: Permission;
  /** Why the action is blocked on these facts although state and party allow it. */
  guard?(facts: CaseFacts): string | null;
  effect(input: {
    def: CaseKindDefinition;
    snapshot: CaseSnapshot;
    body: z.infer<B>;
    context: ActionContext;
    to: CaseState;
  }): EffectDraft | Refusal;
}

export interface CaseKindDefinition {
  kind: CaseKind;
  prefix: string;
  label: string;
  categories: readonly { code: string; label: string }[];
  sources: readonly { code: string; label: string }[];
  /** The states this kind uses, with its own labels. */
  states: readonly { state: CaseState; label: string }[];
  actions: Partial<Record<CaseAction, CaseActionDefinition>>;
  timeLimits: {
    acceptDays: number;
    resolveDays: Record<CasePriority, number>;
    /** Yellow when this many working days or fewer are left (and one has passed). */
    reminderDays: number;
  };
  /** The kind's own fields (`kindFields`) as stored, including those the engine fills in. */
  fields: z.ZodObject;
  /** What a create request gives of them (the create request's `kindFields`). */
  createFields: z.ZodObject;
  /** The permission needed to raise a case of this kind (besides `cases.create`). */
  createPermission: Permission;
  notices: { created: string };
  /** How a closed case was closed, in plain Chinese (`closedAs` → label). */
  closedAsLabels: Readonly<Record<string, string>>;
  /** A default resolve-by date from the case itself (a hazard's rectify-by date). */
  defaultDeadline?(snapshot: CaseSnapshot): string | null;
}
