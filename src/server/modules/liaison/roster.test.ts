import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLiaisonWorld, createOfficer, officerPassword, type LiaisonWorld } from './liaison.test-world';

// The clock stands at Sunday 2020-03-08 18:00 (+08:00) unless a test moves it.
let t: LiaisonWorld['t'];
let county: LiaisonWorld['county'];
let leiyang: LiaisonWorld['leiyang'];
let chen: LiaisonWorld['chen'];

async function count(table: string): Promise<number> {
  const result = (await t.platform.db.execute(
    sql.raw(`select count(*)::int as n from ${table}`),
  )) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
}

beforeAll(async () => {
  const world = await buildLiaisonWorld();
  ({ t, county, leiyang, chen } = world);
});
afterAll(async () => {
  await t.close();
});

describe('the roster', () => {
  it('creates an officer who signs in with the liaison role by mobile, listed with a masked mobile', async () => {
    const officer = await t.signIn(chen.mobile, officerPassword);
    const me = await officer.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().user).toMatchObject({ role: 'liaison_officer', regionCode: '430482' });
    const list = await county.request({ method: 'GET', url: '/api/liaison/officers' });
    expect(list.statusCode).toBe(200);
    const row = list.json().items.find((o: { id: number }) => o.id === chen.id);
    expect(row).toMatchObject({
      name: '陈志强',
      mobile: '139****0001',
      unitName: '常宁市人民政府',
      isActive: true,
    });
    expect(list.body).not.toContain('13907340001');
  });

  it('shows the full mobile only on request, and audits each viewing', async () => {
    const before = await count(`audit_log where action = 'liaison.mobile_viewed'`);
    const shown = await county.request({ method: 'GET', url: `/api/liaison/officers/${chen.id}/mobile` });
    expect(shown.json()).toEqual({ mobile: '13907340001' });
    expect(await count(`audit_log where action = 'liaison.mobile_viewed'`)).toBe(before + 1);
    const leader = await t.signInAs('leader');
    expect(
      (await leader.request({ method: 'GET', url: `/api/liaison/officers/${chen.id}/mobile` })).statusCode,
    ).toBe(403);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const officers = await count('liaison_officers');
    const users = await count('users');
    const duplicate = await createOfficer(county, { name: '重复' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].path).toBe('mobile');
    const both = await createOfficer(county, { mobile: '13907349999', unitDepartmentId: 1 });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toBe('unitDepartmentId');
    const outside = await createOfficer(county, { mobile: '13907349998', regionCode: '430481' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('regionCode');
    const badMobile = await createOfficer(county, { mobile: '1390734' });
    expect(badMobile.statusCode).toBe(400);
    expect(badMobile.json().detail).toContain('手机号');
    const weak = await createOfficer(county, { mobile: '13907349997', password: '123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('password');
    expect(await count('liaison_officers')).toBe(officers);
    expect(await count('users')).toBe(users);
  });

  it('is scoped: another county sees nothing and changes nothing; the county only reads city officers', async () => {
    const list = await leiyang.request({ method: 'GET', url: '/api/liaison/officers' });
    expect(list.json().total).toBe(0);
    expect(
      (await leiyang.request({ method: 'GET', url: `/api/liaison/officers/${chen.id}` })).statusCode,
    ).toBe(404);
    const patch = await leiyang.request({
      method: 'PATCH',
      url: `/api/liaison/officers/${chen.id}`,
      headers: { 'if-match': '1' },
      payload: { post: '副科长' },
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (await leiyang.request({ method: 'GET', url: `/api/liaison/officers/${chen.id}/mobile` })).statusCode,
    ).toBe(404);
  });

  it('edits under If-Match: a stale version changes nothing', async () => {
    const first = await county.request({
      method: 'PATCH',
      url: `/api/liaison/officers/${chen.id}`,
      headers: { 'if-match': '1' },
      payload: { post: '副科长' },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ post: '副科长', version: 2 });
    const stale = await county.request({
      method: 'PATCH',
      url: `/api/liaison/officers/${chen.id}`,
      headers: { 'if-match': '1' },
      payload: { post: '科员' },
    });
    expect(stale.statusCode).toBe(412);
    const back = await county.request({ method: 'GET', url: `/api/liaison/officers/${chen.id}` });
    expect(back.json().post).toBe('副科长');
  });
});
