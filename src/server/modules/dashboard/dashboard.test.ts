import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import * as XLSX from 'xlsx';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

// A small city: in 常宁 three enterprises (resumed, not resumed, never reported), one continuous plant that
// never reported, one suspended, one closed; in 耒阳 one partly resumed; projects in 常宁.
let t: TestApp;
let dispatcher: TestClient;
let county: TestClient;
const ids: Record<string, number> = {};

const report = (status: string, extra: Record<string, unknown> = {}) => ({
  status,
  workforce: 100,
  onDuty: status === 'resumed' ? 90 : status === 'partial' ? 50 : 5,
  capacityPct: status === 'resumed' ? 85 : status === 'partial' ? 40 : null,
  prevention: {
    supplies: true,
    temperatureChecks: true,
    disinfection: true,
    staffHealth: true,
    emergencyPlan: true,
  },
  ...extra,
});

beforeAll(async () => {
  t = await buildTestApp({ now: '2020-03-08T18:00:00+08:00' });
  dispatcher = await t.signInAs('dispatcher');
  county = await t.signInAs('county_dispatcher');
  const make = async (key: string, regionCode: string, extra: Record<string, unknown> = {}) => {
    ids[key] = (
      await t.createEnterprise({
        regionCode,
        name: `${key}有限公司`,
        activeFrom: '2020-01-01',
        contactPhone: '13812345678',
        ...extra,
      })
    ).id;
  };
  await make('甲', '430482');
  await make('乙', '430482');
  await make('丙', '430482');
  await make('连续', '430482', { isContinuousProcess: true });
  await make('检修', '430482');
  await make('关停', '430482');
  await make('耒阳', '430481');
  ids.省项目 = (
    await t.createProject({ regionCode: '430482', level: 'provincial', activeFrom: '2020-01-01' })
  ).id;
  ids.市项目 = (
    await t.createProject({ regionCode: '430482', level: 'municipal', activeFrom: '2020-01-01' })
  ).id;
  const put = (key: string, date: string, body: object, kind = 'enterprises') =>
    dispatcher.request({ method: 'PUT', url: `/api/${kind}/${ids[key]}/reports/${date}`, payload: body });
  for (const r of [
    await put('甲', '2020-03-06', report('partial')),
    await put('甲', '2020-03-07', report('resumed')),
    await put('乙', '2020-03-08', report('not_resumed')),
    await put('检修', '2020-03-07', report('suspended')),
    await put('关停', '2020-03-05', report('resumed')),
    await put('耒阳', '2020-03-08', report('partial')),
    await put(
      '省项目',
      '2020-03-08',
      { ...report('resumed', { capacityPct: undefined }), workersOnSite: 80 },
      'projects',
    ),
    await put('市项目', '2020-03-08', { ...report('not_resumed', { capacityPct: undefined }) }, 'projects'),
  ]) {
    expect(r.statusCode, r.body).toBe(201);
  }
  const closed = await dispatcher.request({
    method: 'POST',
    url: `/api/enterprises/${ids.关停}/close`,
    headers: { 'if-match': '1' },
    payload: { closedAt: '2020-03-07', reason: '企业注销' },
  });
  expect(closed.statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
});

describe('resumption figures', () => {
  it('keep resumed, not resumed, not reported and not applicable apart, statuses carried forward', async () => {
    const response = await county.request({
      method: 'GET',
      url: '/api/dashboard/resumption?date=2020-03-08',
    });
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data).toMatchObject({ date: '2020-03-08', regionCode: '430482', regionName: '常宁市' });
    const enterprise = data.categories.find((c: { category: string }) => c.category === 'enterprise');
    // 甲 resumed (carried from 03-07), 连续 resumed (continuous, never reported), 乙 not resumed,
    // 丙 not reported, 检修 suspended, 关停 closed: applicable 4 = 6 − suspended − closed
    expect(enterprise).toMatchObject({
      total: 6,
      applicable: 4,
      resumed: 2,
      partial: 0,
      notResumed: 1,
      notReported: 1,
      notApplicable: 2,
    });
    expect(enterprise.resumptionRate).toBe(50);
    expect(enterprise).toMatchObject({ expected: 5, received: 1 });
    expect(enterprise.completenessRate).toBe(20);
    // workforce over subjects with a status: 甲 90 + 乙 5 + 检修 5 of 300
    expect(enterprise.workforceReturnRate).toBe(33.3);
    const municipal = data.categories.find((c: { category: string }) => c.category === 'municipal_project');
    expect(municipal).toMatchObject({ total: 1, notResumed: 1, resumptionRate: 0 });
  });

  it('on an earlier day the closed plant still counts and nothing of later days leaks in', async () => {
    const data = (
      await county.request({ method: 'GET', url: '/api/dashboard/resumption?date=2020-03-06' })
    ).json();
    const enterprise = data.categories.find((c: { category: string }) => c.category === 'enterprise');
    // 03-06: 甲 partial, 关停 resumed (closed only from 03-07), 连续 resumed; 乙, 丙, 检修 not reported
    expect(enterprise).toMatchObject({
      total: 6,
      applicable: 6,
      resumed: 2,
      partial: 1,
      notReported: 3,
      received: 1,
    });
    expect(enterprise.resumptionRate).toBe(50);
  });

  it('shows the city with one row per unit, and keeps a county to its own', async () => {
    const city = (
      await dispatcher.request({ method: 'GET', url: '/api/dashboard/resumption?date=2020-03-08' })
    ).json();
    expect(city.byRegion.map((r: { regionName: string }) => r.regionName)).toContain('常宁市');
    const leiyang = city.byRegion.find((r: { regionCode: string }) => r.regionCode === '430481')
      .categories[0];
    expect(leiyang).toMatchObject({ total: 1, partial: 1, resumptionRate: 100 });
    expect(city.categories[0].total).toBe(7);
    expect(
      (await county.request({ method: 'GET', url: '/api/dashboard/resumption?region=430481' })).statusCode,
    ).toBe(404);
    expect(
      (await county.request({ method: 'GET', url: '/api/dashboard/resumption?region=430400' })).statusCode,
    ).toBe(404);
    const firm = await t.signInAs('enterprise_user', { enterpriseId: ids.甲 });
    expect((await firm.request({ method: 'GET', url: '/api/dashboard/resumption' })).statusCode).toBe(403);
    expect(
      (await dispatcher.request({ method: 'GET', url: '/api/dashboard/resumption?date=2020-03-09' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await dispatcher.request({ method: 'GET', url: '/api/dashboard/resumption?date=2020-3-8' }))
        .statusCode,
    ).toBe(400);
  });

  it('defaults to the latest day with reports and gives a trend', async () => {
    expect((await dispatcher.request({ method: 'GET', url: '/api/dashboard/resumption' })).json().date).toBe(
      '2020-03-08',
    );
    const trend = (
      await county.request({
        method: 'GET',
        url: '/api/dashboard/resumption/trend?from=2020-03-04&to=2020-03-08',
      })
    ).json();
    expect(trend.points.map((p: { date: string }) => p.date)).toEqual([
      '2020-03-04',
      '2020-03-05',
      '2020-03-06',
      '2020-03-07',
      '2020-03-08',
    ]);
    const enterpriseOn = (d: string) =>
      trend.points.find((p: { date: string }) => p.date === d).categories[0];
    expect(enterpriseOn('2020-03-04')).toMatchObject({ resumed: 1, notReported: 5 });
    expect(enterpriseOn('2020-03-08').resumptionRate).toBe(50);
  });
});

describe('drill-down and the missing list', () => {
  it('lists each subject with its carried status', async () => {
    const { items } = (
      await county.request({
        method: 'GET',
        url: '/api/dashboard/resumption/subjects?date=2020-03-08&region=430482&category=enterprise',
      })
    ).json();
    const byName = Object.fromEntries(
      items.map((i: { name: string; status: string; reportDate: string | null }) => [
        i.name,
        [i.status, i.reportDate],
      ]),
    );
    expect(byName).toEqual({
      甲有限公司: ['resumed', '2020-03-07'],
      乙有限公司: ['not_resumed', '2020-03-08'],
      丙有限公司: ['not_reported', null],
      连续有限公司: ['resumed', null],
      检修有限公司: ['suspended', '2020-03-07'],
    });
  });

  it('lists who has not reported today, with contacts masked for roles that do not need them', async () => {
    const list = (
      await county.request({
        method: 'GET',
        url: '/api/dashboard/resumption/missing?date=2020-03-08&kind=enterprise',
      })
    ).json();
    expect(list.items.map((i: { name: string }) => i.name).sort()).toEqual(
      ['丙有限公司', '检修有限公司', '甲有限公司', '连续有限公司'].sort(),
    );
    expect(list.items.find((i: { name: string }) => i.name === '甲有限公司')).toMatchObject({
      lastReportDate: '2020-03-07',
      lastStatus: 'resumed',
      contactPhone: '13812345678',
    });
    const leader = await t.signInAs('leader');
    const masked = (
      await leader.request({
        method: 'GET',
        url: '/api/dashboard/resumption/missing?date=2020-03-08&region=430482&kind=enterprise',
      })
    ).json();
    expect(masked.items[0].contactPhone).toBe('138****5678');
    const exported = await county.request({
      method: 'GET',
      url: '/api/dashboard/resumption/missing/export?date=2020-03-08&kind=enterprise',
    });
    const book = XLSX.read(exported.rawPayload, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    expect(rows[0]![0]).toBe('常宁市未报送日报清单（2020-03-08）');
    expect(rows.slice(4)).toHaveLength(4);
  });
});

describe('exports', () => {
  it('the day’s figures in Excel', async () => {
    const response = await dispatcher.request({
      method: 'GET',
      url: '/api/dashboard/resumption/export?date=2020-03-08',
    });
    expect(response.statusCode).toBe(200);
    const book = XLSX.read(response.rawPayload, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[book.SheetNames[0]!]!, {
      header: 1,
    });
    expect(rows[3]![0]).toBe('区县');
    const changning = rows.find((r) => r[0] === '常宁市')!;
    expect(changning[1]).toBe(6);
    expect(changning[7]).toBe('50.0%');
  });

  it('the daily brief as a Word document another tool reads back', async () => {
    const response = await dispatcher.request({
      method: 'GET',
      url: '/api/dashboard/resumption/brief?date=2020-03-08',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const { value: text } = await mammoth.extractRawText({ buffer: response.rawPayload });
    expect(text).toContain('复工复产日报');
    expect(text).toContain('2020年3月8日');
    expect(text).toContain('常宁市');
    expect(text).toContain('乙有限公司');
    expect(text).toContain('丙有限公司');
    const audit = (
      await (
        await t.signInAs('admin')
      ).request({ method: 'GET', url: '/api/admin/audit?action=dashboard.brief_exported' })
    ).json();
    expect(audit.total).toBe(1);
  });
});
