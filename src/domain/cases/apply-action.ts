import type { ActionContext, CaseEffect, CaseKindDefinition, CaseSnapshot } from './case-kind';
import { sameUnit } from './case-kind';
import { checkAction, nextState, type CaseFacts, type Refusal } from './workflow';

/** The facts the rules read, from a case and the user acting on it. */
export function factsOf(
  snapshot: CaseSnapshot,
  actor: Pick<ActionContext['actor'], 'unit' | 'isSuperior'>,
): CaseFacts {
  const co = snapshot.units.filter((u) => u.role === 'co');
  return {
    state: snapshot.state,
    openParts: co.filter((u) => !u.done).length,
    hasPendingExtension: snapshot.pendingExtension !== null,
    ownPartDone: co.some((u) => u.done && sameUnit(u.unit, actor.unit)),
    kindFields: snapshot.kindFields,
    actorIsSuperior: actor.isSuperior,
  };
}

export type CaseActionOutcome = { ok: true; effect: CaseEffect } | { ok: false; refusal: Refusal };

/**
 * What one action does to one case, decided without I/O: the party and state check, the body's own rules
 * (a reason when unsatisfied, a deadline after today), the next state, the fields and units it changes, the
 * timeline text and the notice with its symbolic recipients. The server writes the outcome; the demo
 * generator replays histories through it.
 */
export function applyCaseAction(
  def: CaseKindDefinition,
  snapshot: CaseSnapshot,
  action: string,
  body: unknown,
  context: ActionContext,
): CaseActionOutcome {
  const facts = factsOf(snapshot, context.actor);
  const refusal = checkAction(def, action, facts, context.parties);
  if (refusal) return { ok: false, refusal };
  const rule = def.actions[action as keyof typeof def.actions]!;
  const parsed = rule.body.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      refusal: { code: 'invalid_field', field: issue.path.join('.') || '(根)', message: issue.message },
    };
  }
  const to = nextState(def, action as never, facts, parsed.data);
  const draft = rule.effect({ def, snapshot, body: parsed.data, context, to });
  if ('code' in draft) return { ok: false, refusal: draft };
  return { ok: true, effect: { from: snapshot.state, to, ...draft } };
}
