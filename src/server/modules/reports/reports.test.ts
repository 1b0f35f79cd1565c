import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { createSummariesRepository, type SummaryRow } from './summaries.repository';

let t: TestApp;
let county: TestClient;
let firm: TestClient;
let firmId: number;

/** Sessions end when the test clock jumps past their lifetime: sign in again. */
async function signInAgain() {
  firm = await t.signIn('firm');
  county = await t.signIn('t_county_dispatcher');
}

beforeAll(async () => {
  t = await buildTestApp({ now: '2020-03-08T10:00:00+08:00' });
  const enterprise = await t.createEnterprise({
    regionCode: '430482',
    name: '常宁报送测试铜业有限公司',
    activeFrom: '2020-01-01',
  });
  firmId = enterprise.id;
  await t.createUser('enterprise_user', { username: 'firm', enterpriseId: firmId });
  firm = await t.signIn('firm');
  county = await t.signInAs('county_dispatcher');
});
afterAll(async () => {
  await t.close();
});

const body = (overrides: Record<string, unknown> = {}) => ({
  status: 'partial',
  workforce: 500,
  onDuty: 320,
  capacityPct: 60,
  prevention: {
    supplies: true,
    temperatureChecks: true,
    disinfection: true,
    staffHealth: true,
    emergencyPlan: false,
  },
  difficulty: '外地员工返岗需隔离14天',
  ...overrides,
});

async function counts() {
  const result = await t.platform.db.execute(sql`select
    (select count(*)::int from reports) as reports,
    (select count(*)::int from report_revisions) as revisions,
    (select count(*)::int from audit_log where action like 'report.%') as audits`);
  return (result as unknown as { rows: { reports: number; revisions: number; audits: number }[] }).rows[0]!;
}

function put(
  client: TestClient,
  date: string,
  payload: unknown,
  headers: Record<string, string> = {},
  id = firmId,
  kind = 'enterprises',
) {
  return client.request({
    method: 'PUT',
    url: `/api/${kind}/${id}/reports/${date}`,
    payload: payload as object,
    headers,
  });
}

describe('filing a daily report', () => {
  it('creates (201), then the same body is one report and one audit record (200)', async () => {
    const before = await counts();
    const first = await put(firm, '2020-03-08', body());
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      date: '2020-03-08',
      status: 'partial',
      revision: 1,
      isLate: false,
      isOnBehalf: false,
      subjectName: '常宁报送测试铜业有限公司',
    });
    const again = await put(firm, '2020-03-08', body());
    expect(again.statusCode).toBe(200);
    expect(again.json().revision).toBe(1);
    expect(await counts()).toEqual({
      reports: before.reports + 1,
      revisions: before.revisions + 1,
      audits: before.audits + 1,
    });
  });

  it('a changed body is a new revision; If-Match guards against stale edits (412)', async () => {
    const changed = await put(firm, '2020-03-08', body({ onDuty: 400 }), { 'if-match': '1' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ revision: 2, onDuty: 400 });
    const before = await counts();
    const stale = await put(firm, '2020-03-08', body({ onDuty: 10 }), { 'if-match': '1' });
    expect(stale.statusCode).toBe(412);
    const notNew = await put(firm, '2020-03-08', body({ onDuty: 10 }), { 'if-match': '0' });
    expect(notNew.statusCode).toBe(412);
    expect(await counts()).toEqual(before);
    const history = (
      await firm.request({ method: 'GET', url: `/api/enterprises/${firmId}/reports/2020-03-08` })
    ).json();
    expect(
      history.revisions.map((r: { revision: number; onDuty: number }) => [r.revision, r.onDuty]),
    ).toEqual([
      [2, 400],
      [1, 320],
    ]);
  });

  it('after the deadline an edit needs a reason; a first filing is accepted and marked late', async () => {
    t.clock.set('2020-03-09T12:00:01+08:00');
    await signInAgain();
    try {
      const noReason = await put(
        firm,
        '2020-03-08',
        body({ status: 'resumed', onDuty: 480, capacityPct: 85 }),
      );
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0].path).toBe('reason');
      const withReason = await put(
        firm,
        '2020-03-08',
        body({ status: 'resumed', onDuty: 480, capacityPct: 85, reason: '补录夜班到岗人数' }),
      );
      expect(withReason.statusCode).toBe(200);
      expect(withReason.json()).toMatchObject({ revision: 3, isLate: false });
      const history = (
        await firm.request({ method: 'GET', url: `/api/enterprises/${firmId}/reports/2020-03-08` })
      ).json();
      expect(history.revisions[0].reason).toBe('补录夜班到岗人数');
      const late = await put(firm, '2020-03-07', body());
      expect(late.statusCode).toBe(201);
      expect(late.json().isLate).toBe(true);
    } finally {
      t.clock.set('2020-03-08T10:00:00+08:00');
      await signInAgain();
    }
  });

  it('locks days older than 7 days except for dispatchers, who file on behalf', async () => {
    const locked = await put(firm, '2020-02-29', body());
    expect(locked.statusCode).toBe(403);
    const byCounty = await put(county, '2020-02-29', body({ reason: '补报' }));
    expect(byCounty.statusCode).toBe(201);
    expect(byCounty.json()).toMatchObject({ isOnBehalf: true, isLate: true, filedByRole: '区县调度员' });
  });

  const bad: [string, string, Record<string, unknown>, number, string][] = [
    ['an unknown status', '2020-03-06', body({ status: 'working' }), 400, 'status'],
    ['on duty above workforce', '2020-03-06', body({ onDuty: 501 }), 400, 'onDuty'],
    ['a negative number', '2020-03-06', body({ workforce: -1 }), 400, 'workforce'],
    ['capacity above 100', '2020-03-06', body({ capacityPct: 101 }), 400, 'capacityPct'],
    [
      'no capacity for a partly resumed enterprise',
      '2020-03-06',
      body({ capacityPct: null }),
      400,
      'capacityPct',
    ],
    ['a project field on an enterprise', '2020-03-06', body({ workersOnSite: 30 }), 400, 'workersOnSite'],
    ['a future date', '2020-03-09', body(), 400, 'date'],
    ['a malformed date', '2020-02-30', body(), 400, 'date'],
    [
      'a missing prevention item',
      '2020-03-06',
      body({ prevention: { supplies: true } }),
      400,
      'prevention.temperatureChecks',
    ],
    ['an unknown field', '2020-03-06', body({ mood: 'good' }), 400, 'mood'],
  ];
  for (const [label, date, payload, status, path] of bad) {
    it(`rejects ${label} (${status}, ${path}) and writes nothing`, async () => {
      const before = await counts();
      const response = await put(firm, date, payload);
      expect(response.statusCode).toBe(status);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await counts()).toEqual(before);
    });
  }

  it('keeps callers to their scope: other enterprises are 404', async () => {
    const other = await t.createEnterprise({ regionCode: '430482', activeFrom: '2020-01-01' });
    const elsewhere = await t.createEnterprise({ regionCode: '430481', activeFrom: '2020-01-01' });
    const before = await counts();
    expect((await put(firm, '2020-03-08', body(), {}, other.id)).statusCode).toBe(404);
    expect((await put(county, '2020-03-08', body(), {}, elsewhere.id)).statusCode).toBe(404);
    expect(
      (await firm.request({ method: 'GET', url: `/api/enterprises/${other.id}/reports` })).statusCode,
    ).toBe(404);
    expect(
      (
        await (
          await t.signInAs('leader')
        ).request({ method: 'PUT', url: `/api/enterprises/${firmId}/reports/2020-03-08`, payload: body() })
      ).statusCode,
    ).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('refuses dates before the subject joined and after it closed', async () => {
    const young = await t.createEnterprise({ regionCode: '430482', activeFrom: '2020-03-05' });
    const early = await put(county, '2020-03-04', body(), {}, young.id);
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('date');
  });

  it('two first filings at once end as one report', async () => {
    const other = await t.createEnterprise({ regionCode: '430482', activeFrom: '2020-01-01' });
    const [a, b] = await Promise.all([
      put(county, '2020-03-08', body(), {}, other.id),
      put(county, '2020-03-08', body(), {}, other.id),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    const history = (
      await county.request({ method: 'GET', url: `/api/enterprises/${other.id}/reports/2020-03-08` })
    ).json();
    expect(history.revisions).toHaveLength(1);
  });

  it('projects take site workers and investment, not capacity', async () => {
    const project = await t.createProject({
      regionCode: '430482',
      level: 'provincial',
      activeFrom: '2020-01-01',
    });
    const response = await put(
      county,
      '2020-03-08',
      { ...body({ capacityPct: undefined }), workersOnSite: 120, investmentThisMonth: '3500.5' },
      {},
      project.id,
      'projects',
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      workersOnSite: 120,
      investmentThisMonth: '3500.50',
      capacityPct: null,
    });
    const wrong = await put(county, '2020-03-07', body(), {}, project.id, 'projects');
    expect(wrong.json().errors[0].path).toBe('capacityPct');
  });

  it('lists what an enterprise user has to file today, prefilled from the last report', async () => {
    const mine = (await firm.request({ method: 'GET', url: '/api/reports/mine' })).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ subjectId: firmId, date: '2020-03-08', isOverdue: false });
    expect(mine[0].report.revision).toBe(3);
    expect(mine[0].previous.date).toBe('2020-03-07');
  });
});

describe('summaries kept in step with every write', () => {
  function nonZero(rows: SummaryRow[]) {
    return rows
      .filter((r) =>
        Object.entries(r).some(([k, v]) => typeof v === 'number' && v !== 0 && k !== 'summaryDate'),
      )
      .map((r) => JSON.stringify(r))
      .sort();
  }

  it('equal the figures recomputed from the reports after backfills, edits and replacements', async () => {
    const subjects = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        t.createEnterprise({
          regionCode: i % 2 ? '430482' : '430481',
          activeFrom: '2020-01-01',
          isContinuousProcess: i === 4,
        }),
      ),
    );
    const city = await t.signInAs('dispatcher');
    const statuses = ['resumed', 'partial', 'not_resumed', 'suspended'] as const;
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 40; i++) {
      const subject = subjects[next() % subjects.length]!;
      const day = String(1 + (next() % 8)).padStart(2, '0');
      const status = statuses[next() % 4]!;
      const workforce = 100 + (next() % 50);
      const response = await put(
        city,
        `2020-03-0${day.slice(1)}`,
        body({
          status,
          workforce,
          onDuty: next() % workforce,
          capacityPct: status === 'resumed' || status === 'partial' ? next() % 101 : null,
          reason: '核对',
        }),
        {},
        subject.id,
      );
      expect([200, 201]).toContain(response.statusCode);
    }
    const repo = createSummariesRepository(t.platform.db);
    expect(nonZero(await repo.readAll())).toEqual(nonZero(await repo.recompute()));
  });
});

describe('the day’s list', () => {
  it('lists reports of a date within the caller’s scope, filtered by region, kind and status', async () => {
    const city = await t.signInAs('dispatcher');
    const all = (
      await city.request({ method: 'GET', url: '/api/reports?date=2020-03-08&pageSize=200' })
    ).json();
    expect(all.total).toBeGreaterThan(2);
    expect(all.items.every((r: { date: string }) => r.date === '2020-03-08')).toBe(true);
    expect(all.items.some((r: { subjectName: string }) => r.subjectName === '常宁报送测试铜业有限公司')).toBe(
      true,
    );
    const projects = (
      await city.request({ method: 'GET', url: '/api/reports?date=2020-03-08&kind=project' })
    ).json();
    expect(projects.items.every((r: { subjectKind: string }) => r.subjectKind === 'project')).toBe(true);
    const ownOnly = (await firm.request({ method: 'GET', url: '/api/reports?date=2020-03-08' })).json();
    expect(ownOnly.items.map((r: { subjectId: number }) => r.subjectId)).toEqual([firmId]);
    const outside = (
      await county.request({ method: 'GET', url: '/api/reports?date=2020-03-08&region=430481' })
    ).json();
    expect(outside.total).toBe(0);
  });
});
