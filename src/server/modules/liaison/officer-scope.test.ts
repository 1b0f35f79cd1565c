import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLiaisonWorld, assignAsUsual, officerPassword, type LiaisonWorld } from './liaison.test-world';

// The clock stands at Sunday 2020-03-08 18:00 (+08:00) unless a test moves it.
let t: LiaisonWorld['t'];
let county: LiaisonWorld['county'];
let firmA: LiaisonWorld['firmA'];
let firmB: LiaisonWorld['firmB'];
let firmClosed: LiaisonWorld['firmClosed'];
let chen: LiaisonWorld['chen'];

beforeAll(async () => {
  const world = await buildLiaisonWorld();
  ({ t, county, firmA, firmB, firmClosed, chen } = world);
  await assignAsUsual(world);
});
afterAll(async () => {
  await t.close();
});

describe('an officer’s scope', () => {
  it('sees and acts only on assigned subjects; reports filed for them are marked as on behalf', async () => {
    const officer = await t.signIn(chen.mobile, officerPassword);
    const enterprises = await officer.request({ method: 'GET', url: '/api/enterprises?pageSize=100' });
    const ids = enterprises
      .json()
      .items.map((e: { id: number }) => e.id)
      .sort();
    expect(ids).toEqual([firmA, firmB].sort());
    expect((await officer.request({ method: 'GET', url: `/api/enterprises/${firmClosed}` })).statusCode).toBe(
      404,
    );
    const report = {
      status: 'resumed',
      workforce: 100,
      onDuty: 90,
      capacityPct: 85,
      prevention: {
        supplies: true,
        temperatureChecks: true,
        disinfection: true,
        staffHealth: true,
        emergencyPlan: true,
      },
    };
    const other = await t.createEnterprise({ name: '常宁未分配有限公司', activeFrom: '2020-01-01' });
    const refused = await officer.request({
      method: 'PUT',
      url: `/api/enterprises/${other.id}/reports/2020-03-08`,
      payload: report,
    });
    expect(refused.statusCode).toBe(404);
    const filed = await officer.request({
      method: 'PUT',
      url: `/api/enterprises/${firmB}/reports/2020-03-08`,
      payload: report,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ isOnBehalf: true });
    const raised = await officer.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        kind: 'problem',
        title: '未分配企业的问题',
        description: '测试',
        category: '用工',
        enterpriseId: other.id,
        source: 'liaison_visit',
      },
    });
    expect(raised.statusCode).toBe(404);
    const home = await officer.request({ method: 'GET', url: '/api/liaison/me' });
    expect(home.statusCode, home.body).toBe(200);
    const names = home.json().subjects.map((s: { name: string }) => s.name);
    expect(names.sort()).toEqual(
      ['常宁联络测试纺织有限公司', '常宁联络测试铜业有限公司', '湘南纺织产业基地联络测试'].sort(),
    );
    const b = home
      .json()
      .subjects.find((s: { id: number; kind: string }) => s.kind === 'enterprise' && s.id === firmB);
    expect(b).toMatchObject({ isPrimary: true, reportStatus: 'resumed', reportFiledOnBehalf: true });
    expect(home.json().officer.mobile).toBe(chen.mobile);
  });

  it('loses the subjects when the assignment ends or the officer leaves', async () => {
    await t.signIn(chen.mobile, officerPassword);
    const patched = await county.request({
      method: 'PATCH',
      url: `/api/liaison/officers/${chen.id}`,
      headers: {
        'if-match': String(
          (await county.request({ method: 'GET', url: `/api/liaison/officers/${chen.id}` })).json().version,
        ),
      },
      payload: { activeTo: '2020-03-07' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const officer = await t.signIn(chen.mobile, officerPassword);
    const enterprises = await officer.request({ method: 'GET', url: '/api/enterprises' });
    expect(enterprises.json().total).toBe(0);
    const version = patched.json().version as number;
    const restored = await county.request({
      method: 'PATCH',
      url: `/api/liaison/officers/${chen.id}`,
      headers: { 'if-match': String(version) },
      payload: { activeTo: null },
    });
    expect(restored.statusCode).toBe(200);
    expect((await officer.request({ method: 'GET', url: '/api/enterprises' })).json().total).toBe(2);
  });
});
