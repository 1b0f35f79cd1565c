/**
 * The case engine's rules, shared by server and web so that the UI offers only the actions allowed.
 * One engine for problems now, leaders' directives (督办事项) and inspection hazards (隐患) later: those are
 * configuration in `caseKinds`, not copies.
 */

export const caseKinds = {
  problem: { prefix: 'WT', label: '问题' },
  directive: { prefix: 'DB', label: '督办事项' },
  hazard: { prefix: 'YH', label: '隐患' },
} as const;
export type CaseKind = keyof typeof caseKinds;

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
export const caseStateLabels: Record<CaseState, string> = {
  submitted: '待交办',
  assigned: '待签收',
  accepted: '办理中',
  resolved: '待确认',
  closed: '已销号',
  returned: '已退回',
  reopened: '重新办理',
};

export const caseActions = [
  'assign',
  'accept',
  'progress',
  'complete-part',
  'resolve',
  'return',
  'request-extension',
  'decide-extension',
  'confirm',
  'reopen',
  'close-as',
  'comment',
] as const;
export type CaseAction = (typeof caseActions)[number];
export const caseActionLabels: Record<CaseAction, string> = {
  assign: '交办',
  accept: '签收',
  progress: '报告进展',
  'complete-part': '协办完成',
  resolve: '办结',
  return: '退回',
  'request-extension': '申请延期',
  'decide-extension': '审批延期',
  confirm: '确认结果',
  reopen: '重新办理',
  'close-as': '不予受理',
  comment: '留言',
};

/** How a user stands to a case: several may hold at once (a dispatcher who also raised it). */
export type CaseParty = 'dispatcher' | 'lead' | 'co' | 'requester' | 'viewer';

interface Rule {
  from: readonly CaseState[] | 'any';
  parties: readonly CaseParty[];
  to?: CaseState;
}

/** Which party may take which action in which state, and where it leads (confirm and reopen decide by body). */
export const transitions: Record<CaseAction, Rule> = {
  assign: { from: ['submitted', 'returned'], parties: ['dispatcher'], to: 'assigned' },
  accept: { from: ['assigned', 'reopened'], parties: ['lead'], to: 'accepted' },
  progress: { from: ['accepted'], parties: ['lead', 'co'] },
  'complete-part': { from: ['accepted'], parties: ['co'] },
  resolve: { from: ['accepted'], parties: ['lead'], to: 'resolved' },
  return: { from: ['assigned', 'accepted', 'reopened'], parties: ['lead'], to: 'returned' },
  'request-extension': { from: ['accepted'], parties: ['lead'] },
  'decide-extension': { from: ['accepted'], parties: ['dispatcher'] },
  confirm: { from: ['resolved'], parties: ['requester', 'dispatcher'] },
  reopen: { from: ['resolved', 'closed'], parties: ['requester', 'dispatcher'], to: 'reopened' },
  'close-as': { from: ['submitted', 'returned', 'assigned'], parties: ['dispatcher'], to: 'closed' },
  comment: { from: 'any', parties: ['dispatcher', 'lead', 'co', 'requester', 'viewer'] },
};

export interface CaseFacts {
  state: CaseState;
  /** Co-departments' parts still open (the lead cannot resolve while any is). */
  openParts: number;
  /** An extension request awaiting the dispatcher. */
  hasPendingExtension: boolean;
  /** This user's own co-department part is already done. */
  ownPartDone?: boolean;
}

export type Refusal = { code: 'invalid_state' | 'not_party' | 'blocked'; message: string };

/** Null when the action is allowed for these parties on these facts; otherwise why not (409 or 403). */
export function checkAction(
  action: CaseAction,
  facts: CaseFacts,
  parties: readonly CaseParty[],
): Refusal | null {
  const rule = transitions[action];
  if (!rule.parties.some((p) => parties.includes(p))) {
    return { code: 'not_party', message: `您不能对此事项执行“${caseActionLabels[action]}”` };
  }
  if (rule.from !== 'any' && !rule.from.includes(facts.state)) {
    return {
      code: 'invalid_state',
      message: `事项${caseStateLabels[facts.state]}，不能${caseActionLabels[action]}`,
    };
  }
  if (action === 'resolve' && facts.openParts > 0) {
    return { code: 'blocked', message: `还有 ${facts.openParts} 个协办单位未完成，暂不能办结` };
  }
  if (action === 'request-extension' && facts.hasPendingExtension) {
    return { code: 'blocked', message: '已有延期申请待审批' };
  }
  if (action === 'decide-extension' && !facts.hasPendingExtension) {
    return { code: 'blocked', message: '没有待审批的延期申请' };
  }
  if (action === 'complete-part' && facts.ownPartDone) {
    return { code: 'blocked', message: '本单位协办部分已完成' };
  }
  return null;
}

/** The actions to offer in the UI. */
export function allowedActions(facts: CaseFacts, parties: readonly CaseParty[]): CaseAction[] {
  return caseActions.filter((a) => checkAction(a, facts, parties) === null);
}

/** Where an action leads: `confirm` closes when satisfied and reopens otherwise. */
export function nextState(
  action: CaseAction,
  state: CaseState,
  body: { satisfied?: boolean } = {},
): CaseState {
  if (action === 'confirm') return body.satisfied ? 'closed' : 'reopened';
  return transitions[action].to ?? state;
}

export const problemCategories = [
  '用工',
  '原材料供应',
  '物流运输',
  '资金融资',
  '防疫物资',
  '能源要素保障',
  '审批手续',
  '政策兑现',
  '其他',
] as const;
export type ProblemCategory = (typeof problemCategories)[number];

export const casePriorities = ['normal', 'urgent'] as const;
export type CasePriority = (typeof casePriorities)[number];
export const casePriorityLabels: Record<CasePriority, string> = { normal: '一般', urgent: '紧急' };

export const caseSources = [
  'enterprise',
  'liaison_visit',
  'hotline_12345',
  'dispatcher',
  'daily_report',
] as const;
export type CaseSource = (typeof caseSources)[number];
export const caseSourceLabels: Record<CaseSource, string> = {
  enterprise: '企业反映',
  liaison_visit: '联络员走访',
  hotline_12345: '12345 热线转办',
  dispatcher: '调度员发现',
  daily_report: '日报困难',
};

/** Default time limits in working days (DOMAIN.md): accept within 1; resolve within 3 (urgent) or 10. */
export const defaultTimeLimits = { acceptDays: 1, resolveDays: { urgent: 3, normal: 10 } } as const;

/** WT-20200308-0001: kind prefix, the Shanghai date, a serial per kind and day. */
export function caseNumber(kind: CaseKind, shanghaiDate: string, serial: number): string {
  return `${caseKinds[kind].prefix}-${shanghaiDate.replaceAll('-', '')}-${String(serial).padStart(4, '0')}`;
}
