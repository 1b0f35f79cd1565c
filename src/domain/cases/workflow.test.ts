import { describe, expect, it } from 'vitest';
import { directiveKind } from './directive';
import { hazardKind } from './hazard';
import { caseKindDefinitions, kindOf } from './kinds';
import { problemKind } from './problem';
import { allowedActions, caseNumber, checkAction, nextState, type CaseFacts } from './workflow';

const facts = (state: CaseFacts['state'], extra: Partial<CaseFacts> = {}): CaseFacts => ({
  state,
  openParts: 0,
  hasPendingExtension: false,
  kindFields: {},
  ...extra,
});

describe('the problem state machine', () => {
  it('walks the happy path: submitted → assigned → accepted → resolved → closed', () => {
    let state = facts('submitted').state;
    for (const [action, party] of [
      ['assign', 'dispatcher'],
      ['accept', 'lead'],
      ['resolve', 'lead'],
      ['confirm', 'requester'],
    ] as const) {
      expect(checkAction(problemKind, action, facts(state), [party])).toBeNull();
      state = nextState(problemKind, action, facts(state), { satisfied: true });
    }
    expect(state).toBe('closed');
  });

  it('refuses an action in the wrong state (409), by the wrong party (403) or unknown to the kind (404)', () => {
    expect(checkAction(problemKind, 'resolve', facts('assigned'), ['lead'])?.code).toBe('invalid_state');
    expect(checkAction(problemKind, 'accept', facts('assigned'), ['requester'])?.code).toBe('not_party');
    expect(checkAction(problemKind, 'recheck', facts('resolved'), ['inspector'])?.code).toBe(
      'unknown_action',
    );
    expect(checkAction(problemKind, 'teleport', facts('resolved'), ['inspector'])?.code).toBe(
      'unknown_action',
    );
  });

  it('never reopens a closed case, and never refuses (不予受理) one already assigned', () => {
    expect(checkAction(problemKind, 'reopen', facts('closed'), ['requester', 'dispatcher'])?.code).toBe(
      'invalid_state',
    );
    expect(checkAction(problemKind, 'close-as', facts('assigned'), ['dispatcher'])?.code).toBe(
      'invalid_state',
    );
    expect(checkAction(problemKind, 'close-as', facts('returned'), ['dispatcher'])).toBeNull();
  });

  it('blocks resolving while a co-unit part is open, and a second extension request', () => {
    expect(checkAction(problemKind, 'resolve', facts('accepted', { openParts: 1 }), ['lead'])).toMatchObject({
      code: 'blocked',
      message: expect.stringContaining('协办'),
    });
    expect(
      checkAction(problemKind, 'request-extension', facts('accepted', { hasPendingExtension: true }), [
        'lead',
      ])?.code,
    ).toBe('blocked');
  });

  it('numbers cases per kind and day', () => {
    expect(caseNumber(problemKind, '2020-03-08', 1)).toBe('WT-20200308-0001');
    expect(caseNumber(kindOf('hazard'), '2020-05-20', 12)).toBe('YH-20200520-0012');
    expect(caseNumber(kindOf('directive'), '2020-03-02', 3)).toBe('DB-20200302-0003');
  });
});

describe('every offered action per state and party, written out by hand', () => {
  const expected: Record<string, Record<string, Record<string, string[]>>> = {
    problem: {
      submitted: { dispatcher: ['assign', 'close-as'], lead: [], requester: [] },
      assigned: { dispatcher: [], lead: ['accept', 'return'], requester: [] },
      accepted: {
        lead: ['progress', 'resolve', 'return', 'request-extension'],
        co: ['progress', 'complete-part'],
      },
      resolved: { dispatcher: ['confirm', 'reopen'], requester: ['confirm', 'reopen'], lead: [] },
      closed: { dispatcher: [], requester: [], lead: [] },
      returned: { dispatcher: ['assign', 'close-as'] },
      reopened: { lead: ['accept', 'return'], dispatcher: [] },
    },
    directive: {
      submitted: { dispatcher: ['assign'], requester: [] },
      accepted: {
        lead: ['progress', 'feedback', 'resolve', 'return', 'request-extension'],
        co: ['progress', 'complete-part'],
        dispatcher: [],
      },
      resolved: { dispatcher: ['verify'], requester: [], lead: [] },
      closed: { dispatcher: [], lead: [] },
    },
    hazard: {
      submitted: { dispatcher: ['assign', 'close-as'], inspector: [] },
      accepted: {
        lead: ['progress', 'interim-measure', 'resolve', 'return', 'request-extension'],
        inspector: [],
      },
      resolved: { inspector: ['recheck'], dispatcher: [], requester: [] },
      closed: { inspector: [], dispatcher: [] },
    },
  };
  for (const [kind, byState] of Object.entries(expected))
    for (const [state, byParty] of Object.entries(byState))
      for (const [party, actions] of Object.entries(byParty))
        it(`${kind}: ${state} × ${party}`, () => {
          const offered = allowedActions(
            kindOf(kind),
            facts(state as CaseFacts['state'], { kindFields: { grade: 'general' } }),
            [party as never],
          ).filter((a) => a !== 'comment');
          expect(offered).toEqual(actions);
        });

  it('every kind declares the states its actions lead to', () => {
    for (const def of Object.values(caseKindDefinitions))
      for (const rule of Object.values(def.actions))
        if (typeof rule.to === 'string') expect(def.states.map((s) => s.state)).toContain(rule.to);
    expect(directiveKind.states.find((s) => s.state === 'resolved')?.label).toBe('待审核');
    expect(hazardKind.states.find((s) => s.state === 'resolved')?.label).toBe('待复查');
  });
});
