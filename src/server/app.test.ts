import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as XLSX from 'xlsx';
import { hasPermission, type Permission } from '../domain/permissions';
import { roles } from '../domain/roles';
import { buildTestApp, type TestApp, type TestClient } from './testing/test-app';

let t: TestApp;
const clients = new Map<string, TestClient>();
beforeAll(async () => {
  t = await buildTestApp();
  for (const role of roles) clients.set(role, await t.signInAs(role));
});
afterAll(async () => {
  await t.close();
});

function concreteUrl(url: string): string {
  return url.replace(/:(\w+)/g, (_, name: string) => (name === 'id' ? '1' : '2020-03-08'));
}

describe('every registered route', () => {
  it('declares a permission, and the API has routes to walk', () => {
    const apiRoutes = t.app.routeRecords.filter((r) => r.url.startsWith('/api'));
    expect(apiRoutes.length).toBeGreaterThan(15);
    const undeclared = apiRoutes.filter((r) => r.access === undefined);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    const guarded = t.app.routeRecords.filter(
      (r) => r.url.startsWith('/api') && r.access !== 'public' && r.method !== 'HEAD',
    );
    for (const route of guarded) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concreteUrl(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers 403 to every role that lacks the route’s permission, and audits the denial', async () => {
    const guarded = t.app.routeRecords.filter(
      (r) => r.url.startsWith('/api') && r.access !== 'public' && r.method !== 'HEAD',
    );
    let denials = 0;
    for (const route of guarded) {
      for (const role of roles) {
        if (hasPermission(role, route.access as Permission)) continue;
        const response = await clients.get(role)!.request({
          method: route.method as 'GET',
          url: concreteUrl(route.url),
          payload: route.method === 'GET' ? undefined : {},
        });
        expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
        denials++;
      }
    }
    expect(denials).toBeGreaterThan(50);
    const audited = await t.platform.db.execute(
      sql`select count(*)::int as n from audit_log where action = 'access.denied'`,
    );
    expect((audited as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(denials);
  });
});

describe('HTTP conventions', () => {
  it('health and readiness', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).json().status).toBe('ok');
    expect((await t.app.inject({ method: 'GET', url: '/api/ready' })).json()).toMatchObject({
      status: 'ready',
    });
  });

  it('malformed JSON is a Chinese 400 problem, never 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 400,
      title: '请求参数有误',
      detail: '请求体不是合法的 JSON',
    });
  });

  it('an oversized body is 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', password: 'y'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toContain('大小');
  });

  it('a wrong type names the field in Chinese', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 12, password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'username', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    ]);
  });

  it('an unknown API path is a 404 problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });

  it('sends a request id, security headers and a CSP', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'req-12345678' },
    });
    expect(response.headers['x-request-id']).toBe('req-12345678');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('publishes OpenAPI 3.1 generated from the contracts, with docs', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/admin/users', '/api/regions']),
    );
    const loginBody = spec.paths['/api/auth/login'].post.requestBody.content['application/json'].schema;
    expect(loginBody.required).toEqual(['username', 'password']);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

describe('audit log', () => {
  it('is append-only in the database', async () => {
    await expect(t.platform.db.execute(sql`update audit_log set summary = 'x'`)).rejects.toThrow();
    await expect(t.platform.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.platform.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const n = await t.platform.db.execute(sql`select count(*)::int as n from audit_log`);
    expect((n as unknown as { rows: { n: number }[] }).rows[0]!.n).toBeGreaterThan(0);
  });

  it('is searched by user, action and date, and exported to Excel that another library reads', async () => {
    const admin = clients.get('admin')!;
    const search = await admin.request({
      method: 'GET',
      url: '/api/admin/audit?username=t_leader&action=auth.login&from=2020-03-08&to=2020-03-08',
    });
    expect(search.statusCode).toBe(200);
    expect(search.json().total).toBe(1);
    expect(search.json().items[0]).toMatchObject({
      username: 't_leader',
      action: 'auth.login',
      role: 'leader',
    });
    const none = await admin.request({
      method: 'GET',
      url: '/api/admin/audit?username=t_leader&from=2020-03-09',
    });
    expect(none.json().total).toBe(0);

    const exported = await admin.request({ method: 'GET', url: '/api/admin/audit/export?action=auth.login' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    expect(String(exported.headers['content-disposition'])).toContain('.xlsx');
    const workbook = XLSX.read(exported.rawPayload, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[workbook.SheetNames[0]!]!, { header: 1 });
    expect(rows[0]).toEqual(['审计日志']);
    expect(rows[3]).toEqual([
      '时间',
      '用户',
      '角色',
      'IP',
      '操作',
      '对象类型',
      '对象编号',
      '内容摘要',
      '请求编号',
    ]);
    const dataRows = rows.slice(4);
    expect(dataRows).toHaveLength(roles.length);
    expect(dataRows.every((r) => r[4] === 'auth.login')).toBe(true);
    const after = await admin.request({ method: 'GET', url: '/api/admin/audit?action=audit.exported' });
    expect(after.json().total).toBe(1);
  });

  it('neutralises text that a spreadsheet would run as a formula', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '=HYPERLINK("x")', password: 'Wrong@pass1' },
    });
    const exported = await clients
      .get('admin')!
      .request({ method: 'GET', url: '/api/admin/audit/export?action=auth.login_failed' });
    const workbook = XLSX.read(exported.rawPayload, { type: 'buffer' });
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    const cells = Object.values(sheet).filter(
      (c): c is XLSX.CellObject => typeof c === 'object' && c !== null && 'v' in c,
    );
    expect(cells.some((c) => c.v === `'=HYPERLINK("x")`)).toBe(true);
    expect(cells.every((c) => !c.f)).toBe(true);
  });
});
