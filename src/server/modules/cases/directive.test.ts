import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

// Friday 2020-03-06. A leader's directive goes to 常宁市人民政府 (a county government as the lead unit).
let t: TestApp;
let leader: TestClient;
let dispatcher: TestClient;
let changning: TestClient; // 常宁市 county dispatcher: acts for the county government
let gxj: TestClient;
let gxjId: number;

beforeAll(async () => {
  t = await buildTestApp({ now: '2020-03-06T10:00:00+08:00' });
  leader = await t.signInAs('leader');
  dispatcher = await t.signInAs('dispatcher');
  changning = await t.signInAs('county_dispatcher');
  gxj = await t.signInAs('department_officer');
  gxjId = (await t.services.regions.departmentsIn(['430400'])).find((d) => d.code === '430400-gxj')!.id;
});
afterAll(async () => {
  await t.close();
});

const directive = {
  kind: 'directive',
  title: '常宁水口山铅锌项目复工用电协调',
  description: '市长走访水口山项目时要求一周内解决临时用电增容。',
  category: '项目建设',
  source: 'leader_visit',
  regionCode: '430400',
  priority: 'urgent',
  kindFields: { feedbackEvery: 2, leaderName: '市长' },
};

function act(client: TestClient, id: number, action: string, version: number, payload: object = {}) {
  return client.request({
    method: 'POST',
    url: `/api/cases/${id}/actions/${action}`,
    headers: { 'if-match': String(version) },
    payload,
  });
}
/** Moves the clock; sessions expire when idle, so everyone signs in again. */
async function at(iso: string) {
  t.clock.set(iso);
  leader = await t.signIn('t_leader');
  dispatcher = await t.signIn('t_dispatcher');
  changning = await t.signIn('t_county_dispatcher');
  gxj = await t.signIn('t_department_officer');
}
const get = async (client: TestClient, id: number) =>
  (await client.request({ method: 'GET', url: `/api/cases/${id}` })).json();

describe('a directive from a leader to a county government', () => {
  it('only a role that may issue directives issues one', async () => {
    const officer = await gxj.request({ method: 'POST', url: '/api/cases', payload: directive });
    expect(officer.statusCode).toBe(403);
    const bad = await leader.request({
      method: 'POST',
      url: '/api/cases',
      payload: { ...directive, kindFields: { feedbackEvery: 0 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('feedbackEvery');
  });

  it('goes assign → accept → feedback → report → verify (sent back) → report → verify → closed', async () => {
    const created = await leader.request({ method: 'POST', url: '/api/cases', payload: directive });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({
      kind: 'directive',
      kindLabel: '督办事项',
      number: 'DB-20200306-0001',
      stateLabel: '待交办',
      sourceLabel: '领导走访',
      kindFields: { feedbackEvery: 2, leaderName: '市长' },
    });
    const notes = (await dispatcher.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(notes.items.some((n: { title: string }) => n.title.startsWith('新督办事项待交办'))).toBe(true);
    expect((await get(dispatcher, c.id)).allowedActions).toEqual(['assign', 'comment']);

    const assigned = await act(dispatcher, c.id, 'assign', 1, {
      leadRegionCode: '430482',
      coDepartments: [{ departmentId: gxjId, part: '协调电力公司增容' }],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({
      state: 'assigned',
      leadUnit: { type: 'region', code: '430482', name: '常宁市人民政府' },
      leadDepartmentName: '常宁市人民政府',
      acceptLight: 'green',
    });
    // Urgent directive: 5 working days from Friday 03-06 → end of Friday 03-13.
    expect(assigned.json().resolveDeadline).toBe('2020-03-13T16:00:00.000Z');
    const box = (
      await changning.request({ method: 'GET', url: '/api/cases?box=todo&kind=directive' })
    ).json();
    expect(box.items.map((i: { id: number }) => i.id)).toContain(c.id);
    expect((await get(changning, c.id)).allowedActions).toEqual(['accept', 'return', 'comment']);

    expect((await act(changning, c.id, 'accept', 2)).json()).toMatchObject({
      state: 'accepted',
      feedbackDue: '2020-03-10',
      feedbackLight: 'green',
    });
    // No 办结报告 while the co-department's part is open.
    expect((await get(changning, c.id)).allowedActions).toEqual([
      'progress',
      'feedback',
      'return',
      'request-extension',
      'comment',
    ]);
    try {
      await at('2020-03-10T09:00:00+08:00');
      expect((await get(changning, c.id)).feedbackLight).toBe('yellow');
      await at('2020-03-11T09:00:00+08:00');
      expect((await get(changning, c.id)).feedbackLight).toBe('red');
      const fed = await act(changning, c.id, 'feedback', 3, { text: '已与国网常宁供电公司对接，方案已定' });
      expect(fed.json()).toMatchObject({ feedbackLight: 'green', feedbackDue: '2020-03-13' });
      expect(fed.json().kindFields.lastFeedbackOn).toBe('2020-03-11');

      const blocked = await act(changning, c.id, 'resolve', 4, { resolution: '已增容' });
      expect(blocked.statusCode).toBe(409);
      expect((await act(gxj, c.id, 'complete-part', 4, { text: '增容 800 kVA 已送电' })).statusCode).toBe(
        200,
      );
      const reported = await act(changning, c.id, 'resolve', 5, {
        resolution: '临时用电增容 800 kVA，已送电',
      });
      expect(reported.json()).toMatchObject({ state: 'resolved', stateLabel: '待审核' });
      expect((await get(dispatcher, c.id)).allowedActions).toEqual(['verify', 'comment']);
      expect((await get(leader, c.id)).allowedActions).toEqual(['comment']);

      expect((await act(gxj, c.id, 'verify', 6, { passed: true })).statusCode).toBe(403);
      expect((await act(dispatcher, c.id, 'confirm', 6, { satisfied: true })).statusCode).toBe(409);
      const noComment = await act(dispatcher, c.id, 'verify', 6, { passed: false });
      expect(noComment.statusCode).toBe(400);
      expect(noComment.json().errors[0].path).toBe('comment');
      const back = await act(dispatcher, c.id, 'verify', 6, { passed: false, comment: '缺供电公司验收单' });
      expect(back.json()).toMatchObject({ state: 'accepted' });
      expect(back.json().events.at(-1)).toMatchObject({
        actionLabel: '审核',
        text: '审核未通过，退回重办：缺供电公司验收单',
      });
      expect((await act(dispatcher, c.id, 'verify', 7, { passed: true })).statusCode).toBe(409);
      await act(changning, c.id, 'resolve', 7, { resolution: '已补验收单' });
      expect((await act(dispatcher, c.id, 'verify', 7, { passed: true })).statusCode).toBe(412);
      const closed = await act(dispatcher, c.id, 'verify', 8, { passed: true });
      expect(closed.json()).toMatchObject({
        state: 'closed',
        closedAs: 'verified',
        closedAsLabel: '办结报告审核通过，已销号',
        feedbackLight: null,
        resolveLight: null,
      });
      expect(closed.json().events.map((e: { action: string }) => e.action)).toEqual([
        'create',
        'assign',
        'accept',
        'feedback',
        'complete-part',
        'resolve',
        'verify',
        'resolve',
        'verify',
      ]);
    } finally {
      await at('2020-03-06T10:00:00+08:00');
    }
  });
});
