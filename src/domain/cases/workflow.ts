import type { CaseActionDefinition, CaseKindDefinition } from './case-kind';

/**
 * The case engine's state machine, generic over the kind: every kind uses these states (or some of them) and
 * declares its own actions in its definition (problem.ts, directive.ts, hazard.ts). Shared by server and web,
 * so the UI offers only what the server accepts.
 */
export const caseStates = [
  'submitted',
  'assigned',
  'accepted',
  'resolved',
  'closed',
  'returned',
  'reopened',
] as const;
export type CaseState = (typeof caseStates)[number];
/** The default labels; a kind may name a state its own way (a hazard's resolved is 待复查). */
export const caseStateLabels: Record<CaseState, string> = {
  submitted: '待交办',
  assigned: '待签收',
  accepted: '办理中',
  resolved: '待确认',
  closed: '已销号',
  returned: '已退回',
  reopened: '重新办理',
};
export const openCaseStates: readonly CaseState[] = [
  'submitted',
  'assigned',
  'accepted',
  'returned',
  'reopened',
];

/** Every action name any kind uses; a kind offers the subset its definition lists. */
export const caseActions = [
  'assign',
  'accept',
  'progress',
  'feedback',
  'complete-part',
  'interim-measure',
  'resolve',
  'return',
  'request-extension',
  'decide-extension',
  'confirm',
  'verify',
  'recheck',
  'reopen',
  'close-as',
  'comment',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** The actions' general names (the audit log's); a kind may name an action its own way (整改完成). */
export const caseActionLabels: Record<CaseAction, string> = {
  assign: '交办',
  accept: '签收',
  progress: '报告进展',
  feedback: '进展反馈',
  'complete-part': '协办完成',
  'interim-measure': '应急措施',
  resolve: '办结',
  return: '退回',
  'request-extension': '申请延期',
  'decide-extension': '审批延期',
  confirm: '确认结果',
  verify: '审核',
  recheck: '复查',
  reopen: '重新办理',
  'close-as': '不予受理',
  comment: '留言',
};

export function isCaseAction(value: string): value is CaseAction {
  return (caseActions as readonly string[]).includes(value);
}

/** How a user stands to a case: several may hold at once (a dispatcher who also raised it). */
export const caseParties = ['dispatcher', 'lead', 'co', 'requester', 'inspector', 'viewer'] as const;
export type CaseParty = (typeof caseParties)[number];
export const casePartyLabels: Record<CaseParty, string> = {
  dispatcher: '调度员',
  lead: '牵头单位',
  co: '协办单位',
  requester: '提出人',
  inspector: '督查组成员',
  viewer: '可查看的用户',
};

export const casePriorities = ['normal', 'urgent'] as const;
export type CasePriority = (typeof casePriorities)[number];
export const casePriorityLabels: Record<CasePriority, string> = { normal: '一般', urgent: '紧急' };

/** What the rules need to know about a case and the user acting on it. */
export interface CaseFacts {
  state: CaseState;
  /** Co-units' parts still open (the lead cannot resolve while any is). */
  openParts: number;
  /** An extension request awaiting the dispatcher. */
  hasPendingExtension: boolean;
  /** This user's own co-unit part is already done. */
  ownPartDone?: boolean;
  /** The kind's own fields (a hazard's grade and passed re-checks). */
  kindFields?: Record<string, unknown>;
  /** The user works at a level above the case's region (a major hazard's first re-check). */
  actorIsSuperior?: boolean;
}

export type Refusal =
  | { code: 'unknown_action' | 'invalid_state' | 'not_party' | 'blocked'; message: string }
  | { code: 'invalid_field'; field: string; message: string };

function stateLabel(def: CaseKindDefinition, state: CaseState): string {
  return def.states.find((s) => s.state === state)?.label ?? caseStateLabels[state];
}

/** Null when the action is allowed for these parties on these facts; otherwise why not (404, 403 or 409). */
export function checkAction(
  def: CaseKindDefinition,
  action: string,
  facts: CaseFacts,
  parties: readonly CaseParty[],
): Refusal | null {
  const rule: CaseActionDefinition | undefined = isCaseAction(action) ? def.actions[action] : undefined;
  if (!rule) return { code: 'unknown_action', message: `${def.label}没有“${action}”这项操作` };
  if (!rule.parties.some((p) => parties.includes(p)))
    return { code: 'not_party', message: `您不能对此${def.label}执行“${rule.label}”` };
  if (rule.from !== 'any' && !rule.from.includes(facts.state))
    return {
      code: 'invalid_state',
      message: `${def.label}${stateLabel(def, facts.state)}，不能${rule.label}`,
    };
  const blocked = rule.guard?.(facts) ?? null;
  return blocked ? { code: 'blocked', message: blocked } : null;
}

/** The actions to offer in the UI, in the kind's order. */
export function allowedActions(
  def: CaseKindDefinition,
  facts: CaseFacts,
  parties: readonly CaseParty[],
): CaseAction[] {
  return caseActions.filter((a) => def.actions[a] && checkAction(def, a, facts, parties) === null);
}

/** Where an action leads: fixed, unchanged, or decided by the body and facts (confirm, verify, recheck). */
export function nextState(
  def: CaseKindDefinition,
  action: CaseAction,
  facts: CaseFacts,
  body: unknown,
): CaseState {
  const to = def.actions[action]?.to;
  if (to === undefined) return facts.state;
  return typeof to === 'function' ? to(body, facts) : to;
}

/** WT-20200308-0001: kind prefix, the Shanghai date, a serial per kind and day. */
export function caseNumber(
  def: Pick<CaseKindDefinition, 'prefix'>,
  shanghaiDate: string,
  serial: number,
): string {
  return `${def.prefix}-${shanghaiDate.replaceAll('-', '')}-${String(serial).padStart(4, '0')}`;
}
