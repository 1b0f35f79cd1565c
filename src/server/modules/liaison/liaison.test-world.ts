import { expect } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

/**
 * The liaison tests' world: 常宁 (430482) with four firms (one closed on 2020-03-01) and a project, a firm in
 * 耒阳, and two officers: 陈志强 of 常宁 and 王磊 of the city. The clock stands at Sunday 2020-03-08 18:00.
 */
export interface LiaisonWorld {
  t: TestApp;
  city: TestClient; // 市调度员
  county: TestClient; // 常宁市 区县调度员
  leiyang: TestClient; // 耒阳市 区县调度员
  firmA: number;
  firmB: number;
  firmClosed: number;
  firmLeiyang: number;
  site: number; // 常宁 project
  chen: { id: number; mobile: string };
  wang: { id: number };
}

export const officerPassword = 'Liaison@2020x';

export function createOfficer(client: TestClient, overrides: Record<string, unknown> = {}) {
  return client.request({
    method: 'POST',
    url: '/api/liaison/officers',
    payload: {
      name: '陈志强',
      mobile: '13907340001',
      unitRegionCode: '430482',
      post: '科长',
      regionCode: '430482',
      activeFrom: '2020-02-01',
      password: officerPassword,
      ...overrides,
    },
  });
}

export function assign(client: TestClient, payload: Record<string, unknown>) {
  return client.request({ method: 'POST', url: '/api/liaison/assignments', payload });
}

export async function buildLiaisonWorld(): Promise<LiaisonWorld> {
  const t = await buildTestApp();
  const city = await t.signInAs('dispatcher');
  const county = await t.signInAs('county_dispatcher');
  const leiyang = await t.signInAs('county_dispatcher', { username: 'leiyang', regionCode: '430481' });
  const firm = async (name: string, regionCode = '430482') =>
    (await t.createEnterprise({ name, regionCode, activeFrom: '2020-01-01' })).id;
  const firmA = await firm('常宁联络测试铜业有限公司');
  const firmB = await firm('常宁联络测试纺织有限公司');
  const firmClosed = await firm('常宁已关闭有限公司');
  const firmLeiyang = await firm('耒阳联络测试水泥有限公司', '430481');
  const site = (
    await t.createProject({
      regionCode: '430482',
      name: '湘南纺织产业基地联络测试',
      activeFrom: '2020-01-01',
    })
  ).id;
  const closed = await county.request({
    method: 'POST',
    url: `/api/enterprises/${firmClosed}/close`,
    headers: { 'if-match': '1' },
    payload: { closedAt: '2020-03-01', reason: '测试关停' },
  });
  expect(closed.statusCode, closed.body).toBe(200);
  const created = await createOfficer(county);
  expect(created.statusCode, created.body).toBe(201);
  const second = await createOfficer(city, {
    name: '王磊',
    mobile: '13907340002',
    unitRegionCode: null,
    unitDepartmentId: (await t.services.regions.departmentsIn(['430400'])).find(
      (d) => d.code === '430400-gxj',
    )!.id,
    regionCode: '430400',
  });
  expect(second.statusCode, second.body).toBe(201);
  return {
    t,
    city,
    county,
    leiyang,
    firmA,
    firmB,
    firmClosed,
    firmLeiyang,
    site,
    chen: { id: created.json().id, mobile: '13907340001' },
    wang: { id: second.json().id },
  };
}

/**
 * The assignments the assignment tests end with: 王磊 primary on firm A (陈志强 assisting), 陈志强 primary on
 * firm B and the project.
 */
export async function assignAsUsual(w: LiaisonWorld): Promise<void> {
  for (const [client, payload] of [
    [w.county, { officerId: w.chen.id, subjects: [{ kind: 'project', id: w.site }], isPrimary: true }],
    [w.city, { officerId: w.wang.id, subjects: [{ kind: 'enterprise', id: w.firmA }], isPrimary: true }],
    [w.county, { officerId: w.chen.id, subjects: [{ kind: 'enterprise', id: w.firmA }], isPrimary: false }],
    [w.county, { officerId: w.chen.id, subjects: [{ kind: 'enterprise', id: w.firmB }], isPrimary: true }],
  ] as const) {
    const response = await assign(client, payload);
    expect(response.statusCode, response.body).toBe(201);
  }
}
