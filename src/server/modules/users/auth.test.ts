import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, testPassword, type TestApp } from '../../testing/test-app';
import { authRules } from './auth.service';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

async function auditActions(username: string): Promise<string[]> {
  const result = await t.platform.db.execute(
    sql`select action from audit_log where username = ${username} order by id`,
  );
  return (result as unknown as { rows: { action: string }[] }).rows.map((r) => r.action);
}

function login(username: string, password: string, ip = '10.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
}

describe('sign-in', () => {
  it('signs in, sets an HttpOnly SameSite=Lax cookie, and returns the user with permissions', async () => {
    await t.createUser('dispatcher', { username: 'alice' });
    const response = await login('alice', testPassword);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({
      username: 'alice',
      role: 'dispatcher',
      regionCode: '430400',
      regionName: '衡阳市',
    });
    expect(body.user.permissions).toContain('reference.read');
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).not.toContain('Secure');
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'alice', password: testPassword },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.statusCode).toBe(200);
    // trustProxy is off by default, so the forwarded header alone does not make it Secure.
    expect(String(response.headers['set-cookie'])).not.toContain('Secure');
  });

  it('answers 401 in Chinese for a wrong password or unknown user, and audits both', async () => {
    const wrong = await login('alice', 'Wrong@pass1');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json().detail).toContain('用户名或密码错误');
    const unknown = await login('nobody', 'Wrong@pass1');
    expect(unknown.statusCode).toBe(401);
    expect(await auditActions('nobody')).toEqual(['auth.login_failed']);
    // a success resets the counter
    expect((await login('alice', testPassword)).statusCode).toBe(200);
  });

  it('locks the account after 5 consecutive failures for 15 minutes, and the audit log shows it', async () => {
    await t.createUser('county_dispatcher', { username: 'bob' });
    const statuses: number[] = [];
    for (let i = 0; i < authRules.lockAfterFailures; i++)
      statuses.push((await login('bob', `Wrong@pass${i}`, '10.0.0.2')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await login('bob', testPassword, '10.0.0.2');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().detail).toContain('锁定');
    const actions = await auditActions('bob');
    expect(actions.filter((a) => a === 'auth.login_failed')).toHaveLength(5);
    expect(actions).toContain('auth.locked');
    expect(actions.at(-1)).toBe('auth.login_locked');

    t.clock.advance(14 * 60_000);
    expect((await login('bob', testPassword, '10.0.0.2')).statusCode).toBe(423);
    t.clock.advance(61_000);
    expect((await login('bob', testPassword, '10.0.0.2')).statusCode).toBe(200);
  });

  it('limits failed sign-ins per IP across accounts (429)', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < authRules.ipFailureLimit; i++) await login(`ghost${i}`, 'Wrong@pass1', ip);
    const limited = await login('alice', testPassword, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().detail).toContain('频繁');
    // another IP is unaffected
    expect((await login('alice', testPassword, '10.0.0.3')).statusCode).toBe(200);
  });

  it('rejects a disabled account as a wrong password would', async () => {
    const id = await t.createUser('leader', { username: 'carol' });
    const admin = await t.signInAs('admin');
    const patched = await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${id}`,
      headers: { 'if-match': '1' },
      payload: { isDisabled: true },
    });
    expect(patched.statusCode).toBe(200);
    expect((await login('carol', testPassword)).statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('me returns the user; logout ends the session', async () => {
    const client = await t.signInAs('inspector');
    const me = await client.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.role).toBe('inspector');
    expect((await client.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('expires after 30 idle minutes', async () => {
    const client = await t.signInAs('leader', { username: 'idle' });
    t.clock.advance(29 * 60_000);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('expires 12 hours after sign-in however active', async () => {
    const client = await t.signInAs('leader', { username: 'busy' });
    // 28 × 25 min = 11 h 40 min of steady use: still inside the absolute limit
    for (let i = 0; i < 28; i++) {
      t.clock.advance(25 * 60_000);
      expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    }
    t.clock.advance(25 * 60_000); // 12 h 05 min
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const client = await t.signInAs('admin');
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { kj_session: client.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_failed');
    const wrong = await client.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': 'nope' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('changes one’s own password under the rule, keeping this session and ending others', async () => {
    await t.createUser('subsidy_officer', { username: 'dora' });
    const first = await t.signIn('dora');
    const second = await t.signIn('dora');
    const weak = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: testPassword, newPassword: 'weakpass' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ path: 'newPassword' });
    const badCurrent = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'x', newPassword: 'Better@2021' },
    });
    expect(badCurrent.statusCode).toBe(400);
    const ok = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: testPassword, newPassword: 'Better@2021' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await second.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await login('dora', 'Better@2021')).statusCode).toBe(200);
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, work without CSRF, and stop working when revoked', async () => {
    const admin = await t.signInAs('admin');
    const created = await admin.request({
      method: 'POST',
      url: '/api/admin/api-tokens',
      payload: { name: '省平台对接', role: 'leader', regionCode: '430400' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^kj_/);
    const stored = await t.platform.db.execute(sql`select token_hash from api_tokens where id = ${id}`);
    const hash = (stored as unknown as { rows: { token_hash: string }[] }).rows[0]!.token_hash;
    expect(hash).not.toContain(token);
    expect(hash).toHaveLength(64);

    const listed = await admin.request({ method: 'GET', url: '/api/admin/api-tokens' });
    expect(JSON.stringify(listed.json())).not.toContain(token);

    const asMachine = await t.app.inject({
      method: 'GET',
      url: '/api/regions',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(asMachine.statusCode).toBe(200);
    expect(asMachine.json()).toHaveLength(16);
    const forbidden = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(forbidden.statusCode).toBe(403);

    expect(
      (await admin.request({ method: 'POST', url: `/api/admin/api-tokens/${id}/revoke` })).statusCode,
    ).toBe(204);
    const revoked = await t.app.inject({
      method: 'GET',
      url: '/api/regions',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
    const bogus = await t.app.inject({
      method: 'GET',
      url: '/api/regions',
      headers: { authorization: 'Bearer kj_bogus' },
    });
    expect(bogus.statusCode).toBe(401);
  });
});
