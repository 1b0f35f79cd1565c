import { describe, expect, it } from 'vitest';
import type { ActionContext, CaseSnapshot, UnitRef } from './case-kind';
import { applyCaseAction, type CaseActionOutcome } from './apply-action';
import { caseKindDefinitions, kindOf } from './kinds';
import { caseActions, caseParties, caseStates, type CaseParty } from './workflow';

const rsj: UnitRef = { type: 'department', id: 1 };
const gxj: UnitRef = { type: 'department', id: 2 };
const changning: UnitRef = { type: 'region', code: '430482' };
const names: Record<string, string> = {
  'department:1': '市人社局',
  'department:2': '市工信局',
  'region:430482': '常宁市人民政府',
};

function snapshot(kind: string, extra: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    kind: kind as CaseSnapshot['kind'],
    number: 'X-20200306-0001',
    title: '事项',
    category: '其他',
    priority: 'normal',
    state: 'submitted',
    acceptDeadline: null,
    resolveDeadline: new Date('2020-03-20T16:00:00Z'),
    pendingExtension: null,
    kindFields: kind === 'hazard' ? { grade: 'general', rectifyBy: '2020-04-30', passedRechecks: 0 } : {},
    units: [{ unit: rsj, role: 'lead', done: false }],
    ...extra,
  };
}
function context(parties: CaseParty[], extra: Partial<ActionContext['actor']> = {}): ActionContext {
  return {
    now: new Date('2020-03-06T10:00:00+08:00'),
    today: '2020-03-06',
    limits: { acceptDays: 1, resolveDays: 10 },
    parties,
    actor: { name: '张三', unit: rsj, isSuperior: false, ...extra },
    unitName: (u) => names[u.type === 'department' ? `department:${u.id}` : `region:${u.code}`],
  };
}
const ok = (outcome: CaseActionOutcome) => {
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return outcome.effect;
};

describe('applyCaseAction: a problem', () => {
  it('assigns to a lead and co-departments with working-day deadlines and notifies the units', () => {
    const effect = ok(
      applyCaseAction(
        kindOf('problem'),
        snapshot('problem'),
        'assign',
        {
          leadDepartmentId: 1,
          coDepartments: [{ departmentId: 2, part: '对接用工' }],
        },
        context(['dispatcher']),
      ),
    );
    expect(effect).toMatchObject({ from: 'submitted', to: 'assigned', notice: { to: ['units'] } });
    expect(effect.changes.acceptDeadline?.toISOString()).toBe('2020-03-09T16:00:00.000Z');
    expect(effect.changes.resolveDeadline?.toISOString()).toBe('2020-03-20T16:00:00.000Z');
    expect(effect.units).toMatchObject({ type: 'assign', lead: rsj, co: [{ unit: gxj }] });
    expect(effect.text).toBe('交办市人社局牵头办理，1 个单位协办，2020-03-20 前办结');
  });

  it('may assign a county government as the lead', () => {
    const effect = ok(
      applyCaseAction(
        kindOf('problem'),
        snapshot('problem'),
        'assign',
        { leadRegionCode: '430482' },
        context(['dispatcher']),
      ),
    );
    expect(effect.changes.leadUnit).toEqual(changning);
    expect(effect.text).toContain('常宁市人民政府');
  });

  it('names the field when the body breaks a rule', () => {
    const refusal = (
      action: string,
      body: object,
      parties: CaseParty[],
      extra: Partial<CaseSnapshot> = {},
    ) => {
      const o = applyCaseAction(
        kindOf('problem'),
        snapshot('problem', extra),
        action,
        body,
        context(parties),
      );
      return o.ok ? null : o.refusal;
    };
    expect(refusal('assign', {}, ['dispatcher'])).toMatchObject({ field: 'leadDepartmentId' });
    expect(refusal('assign', { leadDepartmentId: 9 }, ['dispatcher'])).toMatchObject({
      field: 'leadDepartmentId',
    });
    expect(refusal('assign', { leadDepartmentId: 1, deadline: '2020-03-06' }, ['dispatcher'])).toMatchObject({
      field: 'deadline',
    });
    expect(refusal('confirm', { satisfied: false }, ['requester'], { state: 'resolved' })).toMatchObject({
      field: 'comment',
    });
    expect(refusal('close-as', { as: 'duplicate' }, ['dispatcher'])).toMatchObject({ field: 'reason' });
  });

  it('says how a case was closed in plain Chinese', () => {
    const dup = ok(
      applyCaseAction(
        kindOf('problem'),
        snapshot('problem'),
        'close-as',
        { as: 'duplicate', reason: '与 WT-1 重复' },
        context(['dispatcher']),
      ),
    );
    expect(dup.text).toBe('重复事项：与 WT-1 重复');
    const closed = ok(
      applyCaseAction(
        kindOf('problem'),
        snapshot('problem', { state: 'resolved' }),
        'confirm',
        { satisfied: true, rating: 5 },
        context(['requester']),
      ),
    );
    expect(closed).toMatchObject({ to: 'closed', changes: { closedAs: 'satisfied', rating: 5 } });
    expect(closed.text).toBe('满意，销号（评价 5 星）');
    expect(kindOf('problem').closedAsLabels.satisfied).not.toContain('satisfied');
  });
});

describe('applyCaseAction: a directive', () => {
  const def = kindOf('directive');
  it('records feedback dates, and verification closes or sends back with a comment', () => {
    const fb = ok(
      applyCaseAction(
        def,
        snapshot('directive', { state: 'accepted', kindFields: { feedbackEvery: 5 } }),
        'feedback',
        { text: '已完成征地 80%' },
        context(['lead']),
      ),
    );
    expect(fb.changes.kindFields).toEqual({ feedbackEvery: 5, lastFeedbackOn: '2020-03-06' });
    const resolved = snapshot('directive', { state: 'resolved' });
    expect(
      applyCaseAction(def, resolved, 'verify', { passed: false }, context(['dispatcher'])),
    ).toMatchObject({
      ok: false,
      refusal: { field: 'comment' },
    });
    expect(
      ok(
        applyCaseAction(
          def,
          resolved,
          'verify',
          { passed: false, comment: '数据不实' },
          context(['dispatcher']),
        ),
      ),
    ).toMatchObject({
      to: 'accepted',
      text: '审核未通过，退回重办：数据不实',
    });
    expect(
      ok(applyCaseAction(def, resolved, 'verify', { passed: true }, context(['dispatcher']))),
    ).toMatchObject({
      to: 'closed',
      changes: { closedAs: 'verified' },
    });
  });
});

describe('applyCaseAction: a hazard', () => {
  const def = kindOf('hazard');
  const resolved = (grade: string, passedRechecks = 0) =>
    snapshot('hazard', { state: 'resolved', kindFields: { grade, rectifyBy: '2020-04-30', passedRechecks } });
  it('assigns with the rectify-by date as the default deadline', () => {
    const effect = ok(
      applyCaseAction(def, snapshot('hazard'), 'assign', { leadDepartmentId: 1 }, context(['dispatcher'])),
    );
    expect(effect.changes.resolveDeadline?.toISOString()).toBe('2020-04-30T16:00:00.000Z');
  });
  it('a general hazard closes after one passed re-check', () => {
    expect(
      ok(applyCaseAction(def, resolved('general'), 'recheck', { passed: true }, context(['inspector']))),
    ).toMatchObject({
      to: 'closed',
      changes: { closedAs: 'rechecked', kindFields: { passedRechecks: 1 } },
    });
  });
  it('a major hazard needs the superior department first, then a second re-check', () => {
    const local = applyCaseAction(
      def,
      resolved('major'),
      'recheck',
      { passed: true },
      context(['inspector']),
    );
    expect(local).toMatchObject({ ok: false, refusal: { code: 'blocked' } });
    const first = ok(
      applyCaseAction(
        def,
        resolved('major'),
        'recheck',
        { passed: true },
        context(['inspector'], { isSuperior: true }),
      ),
    );
    expect(first).toMatchObject({ to: 'resolved', changes: { kindFields: { passedRechecks: 1 } } });
    const second = ok(
      applyCaseAction(def, resolved('major', 1), 'recheck', { passed: true }, context(['inspector'])),
    );
    expect(second).toMatchObject({ to: 'closed' });
  });
  it('a failed re-check goes back to rectification and starts the count again', () => {
    const failed = ok(
      applyCaseAction(
        def,
        resolved('major', 1),
        'recheck',
        { passed: false, comment: '溢洪道仍有堵塞' },
        context(['inspector']),
      ),
    );
    expect(failed).toMatchObject({ to: 'accepted', changes: { kindFields: { passedRechecks: 0 } } });
  });
  it('records an interim measure with its own date', () => {
    const effect = ok(
      applyCaseAction(
        def,
        snapshot('hazard', { state: 'accepted' }),
        'interim-measure',
        { measure: '限制运行，空库度汛', until: '2020-09-30' },
        context(['lead']),
      ),
    );
    expect(effect.changes.kindFields).toMatchObject({
      interimMeasure: { measure: '限制运行，空库度汛', until: '2020-09-30' },
    });
    expect(effect.notice?.to).toEqual(['inspectors', 'dispatchers']);
  });
});

/** A valid body for each action, so that only the rules (not the schema) decide. */
const bodies: Record<string, object> = {
  assign: { leadDepartmentId: 1 },
  accept: {},
  progress: { text: '进展' },
  feedback: { text: '进展' },
  'complete-part': { text: '完成' },
  'interim-measure': { measure: '措施', until: '2020-06-30' },
  resolve: { resolution: '已办结' },
  return: { reason: '不属本单位' },
  'request-extension': { until: '2020-04-30', reason: '需审批' },
  'decide-extension': { approve: true },
  confirm: { satisfied: true },
  verify: { passed: true },
  recheck: { passed: true },
  reopen: { reason: '未解决' },
  'close-as': { as: 'duplicate', reason: '重复' },
  comment: { text: '留言' },
};

describe('every (kind, action, state, party) either refuses or leads to a state of the kind', () => {
  for (const def of Object.values(caseKindDefinitions))
    it(def.kind, () => {
      const states = def.states.map((s) => s.state);
      let allowed = 0;
      for (const action of caseActions)
        for (const state of caseStates)
          for (const party of caseParties)
            for (const extension of [null, { until: '2020-04-01', reason: 'x', requestedBy: 'y' }]) {
              const outcome = applyCaseAction(
                def,
                snapshot(def.kind, { state, pendingExtension: extension }),
                action,
                bodies[action],
                context([party], { isSuperior: true }),
              );
              if (!outcome.ok) {
                expect(['unknown_action', 'invalid_state', 'not_party', 'blocked']).toContain(
                  outcome.refusal.code,
                );
                continue;
              }
              allowed++;
              if (states.includes(state)) expect(states).toContain(outcome.effect.to);
              expect(outcome.effect.text === null || !/[a-z_]{4,}/.test(outcome.effect.text)).toBe(true);
            }
      expect(allowed).toBeGreaterThan(10);
    });
});
