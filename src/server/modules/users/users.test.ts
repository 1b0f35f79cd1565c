import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signInAs('admin');
});
afterAll(async () => {
  await t.close();
});

async function counts() {
  const result = await t.platform.db.execute(
    sql`select (select count(*) from users)::int as users, (select count(*) from audit_log where action like 'user.%')::int as audits`,
  );
  return (result as unknown as { rows: { users: number; audits: number }[] }).rows[0]!;
}

const valid = {
  username: 'wang.fang',
  name: '王芳',
  password: 'Start@2020',
  role: 'county_dispatcher',
  regionCode: '430482',
};

describe('user administration', () => {
  it('creates a user (201), audits it, and the user must change the initial password', async () => {
    const response = await admin.request({ method: 'POST', url: '/api/admin/users', payload: valid });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      username: 'wang.fang',
      regionName: '常宁市',
      version: 1,
      isDisabled: false,
    });
    const me = await (
      await t.signIn('wang.fang', 'Start@2020')
    ).request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().user.mustChangePassword).toBe(true);
    const audit = await admin.request({
      method: 'GET',
      url: '/api/admin/audit?action=user.created&entityType=user',
    });
    expect(audit.json().items.some((e: { summary: string }) => e.summary.includes('wang.fang'))).toBe(true);
  });

  const badInputs: [string, Record<string, unknown>, number, string][] = [
    ['a weak password', { ...valid, username: 'user1', password: 'password1' }, 400, 'password'],
    ['a duplicate username', { ...valid }, 409, 'username'],
    ['an unknown field', { ...valid, username: 'user2', isAdmin: true }, 400, 'isAdmin'],
    ['a wrong type', { ...valid, username: 'user3', role: 7 }, 400, 'role'],
    ['an unknown role', { ...valid, username: 'user4', role: 'mayor' }, 400, 'role'],
    ['an over-long name', { ...valid, username: 'user5', name: '张'.repeat(51) }, 400, 'name'],
    ['control characters in the name', { ...valid, username: 'user6', name: '王\u0007芳' }, 400, 'name'],
    ['a malformed region code', { ...valid, username: 'user7', regionCode: '4304' }, 400, 'regionCode'],
    ['an unknown region', { ...valid, username: 'user8', regionCode: '110101' }, 400, 'regionCode'],
    [
      'a department officer without department',
      { ...valid, username: 'user9', role: 'department_officer' },
      400,
      'departmentId',
    ],
    ['a bad phone', { ...valid, username: 'user10', phone: '12345' }, 400, 'phone'],
    ['an illegal username', { ...valid, username: '王 芳' }, 400, 'username'],
  ];
  for (const [label, payload, status, path] of badInputs) {
    it(`rejects ${label} with ${status} naming ${path}, writing nothing`, async () => {
      const before = await counts();
      const response = await admin.request({ method: 'POST', url: '/api/admin/users', payload });
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const body = response.json();
      expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(body.detail).toMatch(/[\u4e00-\u9fa5]/);
      expect(await counts()).toEqual(before);
    });
  }

  it('updates with If-Match; a stale version gets 412 and changes nothing', async () => {
    const created = (
      await admin.request({
        method: 'POST',
        url: '/api/admin/users',
        payload: { ...valid, username: 'li.lei', name: '李雷' },
      })
    ).json();
    const first = await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${created.id}`,
      headers: { 'if-match': '1' },
      payload: { name: '李蕾' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: '李蕾', version: 2 });
    const stale = await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${created.id}`,
      headers: { 'if-match': '1' },
      payload: { name: '别人' },
    });
    expect(stale.statusCode).toBe(412);
    const missing = await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${created.id}`,
      payload: { name: '别人' },
    });
    expect(missing.statusCode).toBe(428);
    expect((await admin.request({ method: 'GET', url: `/api/admin/users/${created.id}` })).json().name).toBe(
      '李蕾',
    );
    const audit = (
      await admin.request({
        method: 'GET',
        url: `/api/admin/audit?entityType=user&entityId=${created.id}&action=user.updated`,
      })
    ).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0].summary).toContain('李雷 → 李蕾');
  });

  it('disabling a user ends their sessions; reset password forces a change and unlocks', async () => {
    const created = (
      await admin.request({
        method: 'POST',
        url: '/api/admin/users',
        payload: { ...valid, username: 'han.mei', name: '韩梅' },
      })
    ).json();
    const session = await t.signIn('han.mei', 'Start@2020');
    await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${created.id}`,
      headers: { 'if-match': '1' },
      payload: { isDisabled: true },
    });
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${created.id}`,
      headers: { 'if-match': '2' },
      payload: { isDisabled: false },
    });
    const reset = await admin.request({
      method: 'POST',
      url: `/api/admin/users/${created.id}/reset-password`,
      payload: { password: 'Reset@2020' },
    });
    expect(reset.statusCode).toBe(204);
    const again = await t.signIn('han.mei', 'Reset@2020');
    expect((await again.request({ method: 'GET', url: '/api/auth/me' })).json().user.mustChangePassword).toBe(
      true,
    );
  });

  it('an administrator cannot disable themself', async () => {
    const me = (await admin.request({ method: 'GET', url: '/api/auth/me' })).json().user;
    const response = await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${me.id}`,
      headers: { 'if-match': '1' },
      payload: { isDisabled: true },
    });
    expect(response.statusCode).toBe(409);
  });

  it('filters the list by role, region and keyword', async () => {
    const list = await admin.request({
      method: 'GET',
      url: '/api/admin/users?role=county_dispatcher&region=430482&q=wang',
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((u: { username: string }) => u.username)).toEqual(['wang.fang']);
    const tooBig = await admin.request({ method: 'GET', url: '/api/admin/users?pageSize=500' });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().errors[0].path).toBe('pageSize');
  });
});

describe('scope of a county administrator', () => {
  it('sees and changes only users of the county; others are 404; cannot create outside', async () => {
    await t.createUser('admin', { username: 'county.admin', regionCode: '430482' });
    const countyAdmin = await t.signIn('county.admin');
    const cityUser = (
      await admin.request({
        method: 'POST',
        url: '/api/admin/users',
        payload: { ...valid, username: 'city.user', regionCode: '430400', role: 'leader' },
      })
    ).json();
    const list = (await countyAdmin.request({ method: 'GET', url: '/api/admin/users?pageSize=200' })).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((u: { regionCode: string }) => u.regionCode === '430482')).toBe(true);
    expect(
      (await countyAdmin.request({ method: 'GET', url: `/api/admin/users/${cityUser.id}` })).statusCode,
    ).toBe(404);
    const patch = await countyAdmin.request({
      method: 'PATCH',
      url: `/api/admin/users/${cityUser.id}`,
      headers: { 'if-match': '1' },
      payload: { isDisabled: true },
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (
        await countyAdmin.request({
          method: 'POST',
          url: `/api/admin/users/${cityUser.id}/reset-password`,
          payload: { password: 'Reset@2020' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await countyAdmin.request({ method: 'POST', url: `/api/admin/users/${cityUser.id}/unlock` }))
        .statusCode,
    ).toBe(404);
    const outside = await countyAdmin.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: { ...valid, username: 'sneaky', regionCode: '430481' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('regionCode');
    const regions = (await countyAdmin.request({ method: 'GET', url: '/api/regions' })).json();
    expect(regions.map((r: { code: string }) => r.code)).toEqual(['430482']);
    const tokenOutside = await countyAdmin.request({
      method: 'POST',
      url: '/api/admin/api-tokens',
      payload: { name: 'x', role: 'leader', regionCode: '430400' },
    });
    expect(tokenOutside.statusCode).toBe(400);
  });
});

describe('the user list', () => {
  it('lists role accounts first in role order and by name, and the liaison officers after them', async () => {
    const accounts = [
      ['order.officer.b', '联络员B', 'liaison_officer'],
      ['order.officer.a', '联络员A', 'liaison_officer'],
      ['order.dispatcher.b', '调度员B', 'dispatcher'],
      ['order.inspector.a', '督查A', 'inspector'],
      ['order.dispatcher.a', '调度员A', 'dispatcher'],
    ];
    for (const [username, name, role] of accounts) {
      const created = await admin.request({
        method: 'POST',
        url: '/api/admin/users',
        payload: { username, name, role, password: 'Start@2020', regionCode: '430400' },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const mine = await admin.request({ method: 'GET', url: '/api/admin/users?q=order.' });
    expect(mine.json().items.map((u: { username: string }) => u.username)).toEqual([
      'order.dispatcher.a',
      'order.dispatcher.b',
      'order.inspector.a',
      'order.officer.a',
      'order.officer.b',
    ]);
    const all: { role: string }[] = (
      await admin.request({ method: 'GET', url: '/api/admin/users?pageSize=200' })
    ).json().items;
    const firstOfficer = all.findIndex((u) => u.role === 'liaison_officer');
    expect(firstOfficer).toBeGreaterThan(0);
    expect(all.slice(firstOfficer).every((u) => u.role === 'liaison_officer')).toBe(true);
  });
});
