import { describe, expect, it } from 'vitest';
import { allowedActions, caseNumber, checkAction, nextState, type CaseFacts } from './case-workflow';

const facts = (state: CaseFacts['state'], extra: Partial<CaseFacts> = {}): CaseFacts => ({
  state,
  openParts: 0,
  hasPendingExtension: false,
  ...extra,
});

describe('case state machine', () => {
  it('walks the happy path: submitted → assigned → accepted → resolved → closed', () => {
    let state = facts('submitted').state;
    for (const [action, party] of [
      ['assign', 'dispatcher'],
      ['accept', 'lead'],
      ['resolve', 'lead'],
      ['confirm', 'requester'],
    ] as const) {
      expect(checkAction(action, facts(state), [party])).toBeNull();
      state = nextState(action, state, { satisfied: true });
    }
    expect(state).toBe('closed');
  });

  it('an unsatisfied requester reopens; a return goes back to the dispatcher for reassignment', () => {
    expect(nextState('confirm', 'resolved', { satisfied: false })).toBe('reopened');
    expect(checkAction('accept', facts('reopened'), ['lead'])).toBeNull();
    expect(nextState('return', 'accepted')).toBe('returned');
    expect(checkAction('assign', facts('returned'), ['dispatcher'])).toBeNull();
  });

  it('refuses an action in the wrong state (409) or by the wrong party (403)', () => {
    expect(checkAction('resolve', facts('assigned'), ['lead'])?.code).toBe('invalid_state');
    expect(checkAction('accept', facts('assigned'), ['requester'])?.code).toBe('not_party');
    expect(checkAction('assign', facts('closed'), ['dispatcher'])?.code).toBe('invalid_state');
  });

  it('the lead cannot resolve while a co-department’s part is open', () => {
    expect(checkAction('resolve', facts('accepted', { openParts: 1 }), ['lead'])).toMatchObject({
      code: 'blocked',
      message: expect.stringContaining('协办'),
    });
    expect(checkAction('resolve', facts('accepted', { openParts: 0 }), ['lead'])).toBeNull();
  });

  it('extensions: one pending request at a time, decided by the dispatcher', () => {
    expect(
      checkAction('request-extension', facts('accepted', { hasPendingExtension: true }), ['lead'])?.code,
    ).toBe('blocked');
    expect(checkAction('decide-extension', facts('accepted'), ['dispatcher'])?.code).toBe('blocked');
    expect(
      checkAction('decide-extension', facts('accepted', { hasPendingExtension: true }), ['dispatcher']),
    ).toBeNull();
  });

  it('offers only the allowed actions', () => {
    expect(allowedActions(facts('assigned'), ['lead'])).toEqual(['accept', 'return', 'comment']);
    expect(allowedActions(facts('submitted'), ['dispatcher'])).toEqual(['assign', 'close-as', 'comment']);
    expect(allowedActions(facts('resolved'), ['requester'])).toEqual(['confirm', 'reopen', 'comment']);
    expect(allowedActions(facts('closed'), ['viewer'])).toEqual(['comment']);
  });

  it('numbers cases per kind and day', () => {
    expect(caseNumber('problem', '2020-03-08', 1)).toBe('WT-20200308-0001');
    expect(caseNumber('hazard', '2020-05-20', 12)).toBe('YH-20200520-0012');
  });
});

describe('every allowed and every forbidden transition per party', () => {
  // The expected table, written out by hand: state → party → the actions offered (comment is always allowed).
  const expected: Record<string, Record<string, string[]>> = {
    submitted: { dispatcher: ['assign', 'close-as'], lead: [], co: [], requester: [], viewer: [] },
    assigned: { dispatcher: ['close-as'], lead: ['accept', 'return'], co: [], requester: [], viewer: [] },
    accepted: {
      dispatcher: [],
      lead: ['progress', 'resolve', 'return', 'request-extension'],
      co: ['progress', 'complete-part'],
      requester: [],
      viewer: [],
    },
    resolved: {
      dispatcher: ['confirm', 'reopen'],
      lead: [],
      co: [],
      requester: ['confirm', 'reopen'],
      viewer: [],
    },
    closed: { dispatcher: ['reopen'], lead: [], co: [], requester: ['reopen'], viewer: [] },
    returned: { dispatcher: ['assign', 'close-as'], lead: [], co: [], requester: [], viewer: [] },
    reopened: { dispatcher: [], lead: ['accept', 'return'], co: [], requester: [], viewer: [] },
  };
  for (const [state, byParty] of Object.entries(expected)) {
    for (const [party, actions] of Object.entries(byParty)) {
      it(`${state} × ${party}`, () => {
        const offered = allowedActions(facts(state as CaseFacts['state']), [party as never]).filter(
          (a) => a !== 'comment',
        );
        expect(offered).toEqual(actions);
        for (const action of [
          'assign',
          'accept',
          'progress',
          'complete-part',
          'resolve',
          'return',
          'request-extension',
          'confirm',
          'reopen',
          'close-as',
        ] as const) {
          const refusal = checkAction(action, facts(state as CaseFacts['state']), [party as never]);
          expect(refusal === null, `${action}`).toBe(actions.includes(action));
        }
      });
    }
  }
});
