import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInput } from '../../testing/factories';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

let t: TestApp;
let dispatcher: TestClient;
let county: TestClient;
beforeAll(async () => {
  t = await buildTestApp();
  dispatcher = await t.signInAs('dispatcher');
  county = await t.signInAs('county_dispatcher'); // 常宁市
});
afterAll(async () => {
  await t.close();
});

describe('projects', () => {
  it('registers, validates dates and levels, and scopes like enterprises', async () => {
    const created = await dispatcher.request({
      method: 'POST',
      url: '/api/projects',
      payload: projectInput({ code: 'hy2020-x01' }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'HY2020-X01',
      level: 'municipal',
      regionName: '常宁市',
      totalInvestment: '120000.00',
    });
    const dup = await dispatcher.request({
      method: 'POST',
      url: '/api/projects',
      payload: projectInput({ code: 'HY2020-X01' }),
    });
    expect(dup.statusCode).toBe(409);
    const backwards = await dispatcher.request({
      method: 'POST',
      url: '/api/projects',
      payload: projectInput({ plannedStart: '2021-01-01', plannedEnd: '2020-01-01' }),
    });
    expect(backwards.json().errors[0].path).toBe('plannedEnd');
    const badLevel = await dispatcher.request({
      method: 'POST',
      url: '/api/projects',
      payload: { ...projectInput(), level: 'national' },
    });
    expect(badLevel.json().errors[0].path).toBe('level');
    const badDate = await dispatcher.request({
      method: 'POST',
      url: '/api/projects',
      payload: { ...projectInput(), plannedStart: '2020-13-01' },
    });
    expect(badDate.statusCode).toBe(400);
    const elsewhere = await t.createProject({ regionCode: '430426' });
    expect((await county.request({ method: 'GET', url: `/api/projects/${elsewhere.id}` })).statusCode).toBe(
      404,
    );
    const list = (await county.request({ method: 'GET', url: '/api/projects?pageSize=200' })).json();
    expect(list.items.every((p: { regionCode: string }) => p.regionCode === '430482')).toBe(true);
    const filtered = (
      await dispatcher.request({
        method: 'GET',
        url: '/api/projects?level=municipal&stage=continuing&q=HY2020-X01',
      })
    ).json();
    expect(filtered.total).toBe(1);
  });
});

describe('partial updates', () => {
  it('a one-field PATCH leaves every other field as it was', async () => {
    const created = await t.createEnterprise({
      address: '宜阳街道8号',
      contactName: '李四',
      contactPhone: '0734-7221234',
      isContinuousProcess: true,
    });
    const patched = await dispatcher.request({
      method: 'PATCH',
      url: `/api/enterprises/${created.id}`,
      headers: { 'if-match': '1' },
      payload: { workforce: 87 },
    });
    expect(patched.json()).toMatchObject({
      workforce: 87,
      address: '宜阳街道8号',
      contactName: '李四',
      contactPhone: '0734-7221234',
      isContinuousProcess: true,
    });
  });
});
