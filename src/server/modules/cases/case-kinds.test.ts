import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { caseActions } from '../../../domain/cases/workflow';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

let t: TestApp;
let dispatcher: TestClient;

beforeAll(async () => {
  t = await buildTestApp({ now: '2020-03-06T10:00:00+08:00' });
  dispatcher = await t.signInAs('dispatcher');
  const inspector = await t.signInAs('inspector');
  const firm = await t.createEnterprise({ regionCode: '430482', activeFrom: '2020-01-01' });
  const common = { description: '说明', priority: 'normal', regionCode: '430482' };
  const raised = await Promise.all([
    dispatcher.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        ...common,
        kind: 'problem',
        title: '缺工',
        category: '用工',
        source: 'dispatcher',
        regionCode: null,
        enterpriseId: firm.id,
      },
    }),
    dispatcher.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        ...common,
        kind: 'directive',
        title: '督办项目开工',
        category: '项目建设',
        source: 'meeting',
      },
    }),
    inspector.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        ...common,
        kind: 'hazard',
        title: '堤防管涌',
        category: '在建水利工程',
        source: 'inspection',
        kindFields: { grade: 'general', rectifyBy: '2020-04-15' },
      },
    }),
  ]);
  for (const r of raised) expect(r.statusCode, r.body).toBe(201);
});
afterAll(async () => {
  await t.close();
});

describe('kinds as configuration', () => {
  it('GET /api/case-kinds describes three kinds with their categories, states, actions and bodies', async () => {
    const kinds = (await dispatcher.request({ method: 'GET', url: '/api/case-kinds' })).json();
    expect(kinds.map((k: { kind: string; prefix: string }) => `${k.kind}:${k.prefix}`)).toEqual([
      'problem:WT',
      'directive:DB',
      'hazard:YH',
    ]);
    const hazard = kinds.find((k: { kind: string }) => k.kind === 'hazard');
    expect(hazard.categories.map((c: { code: string }) => c.code)).toContain('病险水库');
    expect(hazard.states).toContainEqual({ state: 'resolved', label: '待复查' });
    const recheck = hazard.actions.find((a: { action: string }) => a.action === 'recheck');
    expect(recheck).toMatchObject({ label: '复查', parties: ['inspector'] });
    expect(recheck.body.required).toEqual(['passed']);
    expect(hazard.fields.properties.grade.enum).toEqual(['general', 'major']);
    const directive = kinds.find((k: { kind: string }) => k.kind === 'directive');
    expect(directive.actions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['feedback', 'verify']),
    );
    expect(directive.actions.map((a: { action: string }) => a.action)).not.toContain('confirm');
    expect(directive.timeLimits.reminderDays).toBe(3);
  });

  it('OpenAPI documents a request body for every action path', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const action of caseActions) {
      const operation = spec.paths[`/api/cases/{id}/actions/${action}`]?.post;
      expect(operation, action).toBeDefined();
      const schema = operation.requestBody.content['application/json'].schema;
      expect(Object.keys(schema.properties ?? {}).length, action).toBeGreaterThan(0);
    }
    const create = spec.paths['/api/cases'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(create)).toContain('directive');
  });

  it('filters the list, the ledger and the statistics by kind', async () => {
    const list = async (kind: string) =>
      (await dispatcher.request({ method: 'GET', url: `/api/cases?kind=${kind}` })).json();
    for (const kind of ['problem', 'directive', 'hazard']) {
      const page = await list(kind);
      expect(page.total, kind).toBe(1);
      expect(page.items[0].kind).toBe(kind);
    }
    expect((await dispatcher.request({ method: 'GET', url: '/api/cases' })).json().total).toBe(3);

    const ledger = await dispatcher.request({ method: 'GET', url: '/api/cases/export?kind=hazard' });
    expect(ledger.statusCode).toBe(200);
    const book = XLSX.read(ledger.rawPayload, { type: 'buffer' });
    expect(book.SheetNames[0]).toBe('隐患台账');
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    expect(rows.slice(4).map((r) => r[1])).toEqual(['堤防管涌']);

    const stats = async (kind: string) =>
      (await dispatcher.request({ method: 'GET', url: `/api/cases/stats?by=category&kind=${kind}` })).json();
    expect((await stats('hazard')).rows.map((r: { key: string }) => r.key)).toEqual(['在建水利工程']);
    expect((await stats('problem')).rows.map((r: { key: string }) => r.key)).toEqual(['用工']);
    // Without a kind, statistics are the problems'.
    const plain = await dispatcher.request({ method: 'GET', url: '/api/cases/stats?by=category' });
    expect(plain.json().rows.map((r: { key: string }) => r.key)).toEqual(['用工']);
  });

  it('keeps routing rules per kind; the problem paths still work', async () => {
    const problem = (await dispatcher.request({ method: 'GET', url: '/api/cases/routing' })).json();
    expect(problem.every((r: { kind: string }) => r.kind === 'problem')).toBe(true);
    const hazards = (
      await dispatcher.request({ method: 'GET', url: '/api/cases/routing?kind=hazard' })
    ).json();
    expect(hazards.map((r: { category: string }) => r.category)).toContain('病险水库');
    const admin = await t.signInAs('admin');
    const rule = hazards.find((r: { category: string }) => r.category === '病险水库');
    const patched = await admin.request({
      method: 'PATCH',
      url: `/api/cases/routing/hazard/${encodeURIComponent('病险水库')}`,
      headers: { 'if-match': String(rule.version) },
      payload: { resolveDaysNormal: 20 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ kind: 'hazard', resolveDaysNormal: 20 });
    const old = (await dispatcher.request({ method: 'GET', url: '/api/cases/routing' })).json();
    const labour = old.find((r: { category: string }) => r.category === '用工');
    const legacy = await admin.request({
      method: 'PATCH',
      url: `/api/cases/routing/${encodeURIComponent('用工')}`,
      headers: { 'if-match': String(labour.version) },
      payload: { acceptDays: 2 },
    });
    expect(legacy.json()).toMatchObject({ kind: 'problem', acceptDays: 2 });
  });
});
