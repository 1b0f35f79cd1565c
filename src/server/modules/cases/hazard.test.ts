import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

// Friday 2020-03-06. A city inspector records a major hazard at a reservoir in 常宁市; 市水利局 rectifies it.
let t: TestApp;
let inspector: TestClient; // city level: the superior department for a county's hazard
let countyInspector: TestClient;
let dispatcher: TestClient;
let slj: TestClient;
let sljId: number;

beforeAll(async () => {
  t = await buildTestApp({ now: '2020-03-06T10:00:00+08:00' });
  inspector = await t.signInAs('inspector');
  await t.createUser('inspector', { username: 'cn.inspector', regionCode: '430482' });
  countyInspector = await t.signIn('cn.inspector');
  dispatcher = await t.signInAs('dispatcher');
  await t.createUser('department_officer', { username: 'slj', departmentCode: '430400-slj' });
  slj = await t.signIn('slj');
  sljId = (await t.services.regions.departmentsIn(['430400'])).find((d) => d.code === '430400-slj')!.id;
});
afterAll(async () => {
  await t.close();
});

const hazard = (grade: 'general' | 'major') => ({
  kind: 'hazard',
  title: '石门水库溢洪道堵塞，主汛期前须清淤',
  description: '汛前检查发现溢洪道淤积约 300 立方米。',
  category: '病险水库',
  source: 'inspection',
  regionCode: '430482',
  priority: 'normal',
  kindFields: { grade, rectifyBy: '2020-04-30', facilityId: 12 },
});

function act(client: TestClient, id: number, action: string, version: number, payload: object = {}) {
  return client.request({
    method: 'POST',
    url: `/api/cases/${id}/actions/${action}`,
    headers: { 'if-match': String(version) },
    payload,
  });
}
async function report(grade: 'general' | 'major') {
  const response = await inspector.request({ method: 'POST', url: '/api/cases', payload: hazard(grade) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
async function rectified(grade: 'general' | 'major') {
  const c = await report(grade);
  await act(dispatcher, c.id, 'assign', 1, { leadDepartmentId: sljId });
  await act(slj, c.id, 'accept', 2);
  const done = await act(slj, c.id, 'resolve', 3, { resolution: '清淤 300 立方米，附照片' });
  expect(done.json()).toMatchObject({ state: 'resolved', stateLabel: '待复查' });
  return c.id as number;
}

describe('a hazard from an inspection to closing', () => {
  it('is recorded only by those who may, with its grade and rectify-by date', async () => {
    expect(
      (await dispatcher.request({ method: 'POST', url: '/api/cases', payload: hazard('general') }))
        .statusCode,
    ).toBe(403);
    const noGrade = await inspector.request({
      method: 'POST',
      url: '/api/cases',
      payload: { ...hazard('general'), kindFields: { rectifyBy: '2020-04-30' } },
    });
    expect(noGrade.statusCode).toBe(400);
    expect(noGrade.json().errors[0].path).toContain('grade');
    const past = await inspector.request({
      method: 'POST',
      url: '/api/cases',
      payload: { ...hazard('general'), kindFields: { grade: 'general', rectifyBy: '2020-03-01' } },
    });
    expect(past.json().errors[0].path).toBe('kindFields.rectifyBy');
  });

  it('a major hazard: interim measure, failed re-check, the superior re-check first, then a second one', async () => {
    const c = await report('major');
    expect(c).toMatchObject({ number: expect.stringMatching(/^YH-20200306-\d{4}$/), stateLabel: '待交办' });
    const assigned = await act(dispatcher, c.id, 'assign', 1, { leadDepartmentId: sljId });
    expect(assigned.json().resolveDeadline).toBe('2020-04-30T16:00:00.000Z'); // the rectify-by date
    expect((await act(slj, c.id, 'accept', 2)).json().stateLabel).toBe('整改中');
    const measure = await act(slj, c.id, 'interim-measure', 3, {
      measure: '限制运行，空库度汛',
      until: '2020-09-30',
    });
    expect(measure.json().kindFields.interimMeasure).toEqual({
      measure: '限制运行，空库度汛',
      until: '2020-09-30',
      on: '2020-03-06',
    });
    const notes = (await inspector.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(notes.items.some((n: { title: string }) => n.title.startsWith('隐患应急措施'))).toBe(true);
    expect((await act(inspector, c.id, 'recheck', 4, { passed: true })).statusCode).toBe(409); // not rectified yet
    await act(slj, c.id, 'resolve', 4, { resolution: '清淤完成' });

    expect((await act(slj, c.id, 'recheck', 5, { passed: true })).statusCode).toBe(403);
    const local = await act(countyInspector, c.id, 'recheck', 5, { passed: true });
    expect(local.statusCode).toBe(409);
    expect(local.json().detail).toContain('上级');
    expect((await act(inspector, c.id, 'recheck', 5, { passed: false })).json().errors[0].path).toBe(
      'comment',
    );
    const failed = await act(inspector, c.id, 'recheck', 5, { passed: false, comment: '下游仍有堆土' });
    expect(failed.json()).toMatchObject({ state: 'accepted', kindFields: { passedRechecks: 0 } });
    await act(slj, c.id, 'resolve', 6, { resolution: '堆土已清' });
    const first = await act(inspector, c.id, 'recheck', 7, { passed: true });
    expect(first.json()).toMatchObject({ state: 'resolved', kindFields: { passedRechecks: 1 } });
    expect((await act(inspector, c.id, 'recheck', 7, { passed: true, comment: 'x' })).statusCode).toBe(412);
    const closed = await act(countyInspector, c.id, 'recheck', 8, { passed: true, comment: '复查合格' });
    expect(closed.json()).toMatchObject({
      state: 'closed',
      closedAs: 'rechecked',
      closedAsLabel: '复查合格，已销号',
      kindFields: { passedRechecks: 2 },
    });
    expect(closed.json().events.map((e: { actionLabel: string }) => e.actionLabel)).toEqual([
      '提出',
      '交办',
      '签收',
      '应急措施',
      '整改完成',
      '复查',
      '整改完成',
      '复查',
      '复查',
    ]);
    expect((await act(dispatcher, c.id, 'reopen', 9, { reason: 'x' })).statusCode).toBe(409);
  });

  it('a general hazard closes after one passed re-check, by a county inspector', async () => {
    const id = await rectified('general');
    const closed = await act(countyInspector, id, 'recheck', 4, { passed: true });
    expect(closed.json()).toMatchObject({ state: 'closed', kindFields: { passedRechecks: 1 } });
  });

  it('hazards are not counted as an enterprise’s open problems', async () => {
    const firm = await t.createEnterprise({ regionCode: '430482', activeFrom: '2020-01-01' });
    const onFirm = await inspector.request({
      method: 'POST',
      url: '/api/cases',
      payload: { ...hazard('general'), regionCode: null, enterpriseId: firm.id },
    });
    expect(onFirm.statusCode, onFirm.body).toBe(201);
    const counts = await t.services.cases.openCountsOf([{ kind: 'enterprise', id: firm.id }]);
    expect(counts.get(`enterprise:${firm.id}`) ?? 0).toBe(0);
  });
});
