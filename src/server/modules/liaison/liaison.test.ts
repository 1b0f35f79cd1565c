import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

// The clock stands at Sunday 2020-03-08 18:00 (+08:00) unless a test moves it.
let t: TestApp;
let city: TestClient; // 市调度员
let county: TestClient; // 常宁市 区县调度员
let leiyang: TestClient; // 耒阳市 区县调度员
let firmA: number; // 常宁
let firmB: number; // 常宁
let firmClosed: number; // 常宁, closed
let firmLeiyang: number; // 耒阳
let site: number; // 常宁 project
const password = 'Liaison@2020x';

async function count(table: string): Promise<number> {
  const result = (await t.platform.db.execute(
    sql.raw(`select count(*)::int as n from ${table}`),
  )) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
}

async function createOfficer(client: TestClient, overrides: Record<string, unknown> = {}) {
  const response = await client.request({
    method: 'POST',
    url: '/api/liaison/officers',
    payload: {
      name: '陈志强',
      mobile: '13907340001',
      unitRegionCode: '430482',
      post: '科长',
      regionCode: '430482',
      activeFrom: '2020-02-01',
      password,
      ...overrides,
    },
  });
  return response;
}

function assign(client: TestClient, payload: Record<string, unknown>) {
  return client.request({ method: 'POST', url: '/api/liaison/assignments', payload });
}

let chen: { id: number; mobile: string };
let wang: { id: number };

beforeAll(async () => {
  t = await buildTestApp();
  city = await t.signInAs('dispatcher');
  county = await t.signInAs('county_dispatcher');
  leiyang = await t.signInAs('county_dispatcher', { username: 'leiyang', regionCode: '430481' });
  firmA = (await t.createEnterprise({ name: '常宁联络测试铜业有限公司', activeFrom: '2020-01-01' })).id;
  firmB = (await t.createEnterprise({ name: '常宁联络测试纺织有限公司', activeFrom: '2020-01-01' })).id;
  firmClosed = (await t.createEnterprise({ name: '常宁已关闭有限公司', activeFrom: '2020-01-01' })).id;
  firmLeiyang = (
    await t.createEnterprise({
      regionCode: '430481',
      name: '耒阳联络测试水泥有限公司',
      activeFrom: '2020-01-01',
    })
  ).id;
  site = (
    await t.createProject({
      regionCode: '430482',
      name: '湘南纺织产业基地联络测试',
      activeFrom: '2020-01-01',
    })
  ).id;
  await t.platform.db.execute(sql`update enterprises set closed_at = '2020-03-01' where id = ${firmClosed}`);
  const created = await createOfficer(county);
  expect(created.statusCode, created.body).toBe(201);
  chen = { id: created.json().id, mobile: '13907340001' };
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
  wang = { id: second.json().id };
});
afterAll(async () => {
  await t.close();
});

describe('the roster', () => {
  it('creates an officer who signs in with the liaison role by mobile, listed with a masked mobile', async () => {
    const officer = await t.signIn(chen.mobile, password);
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

describe('assignments', () => {
  it('assigns one primary per subject, refuses a second and reassigns with history on request', async () => {
    const first = await assign(county, {
      officerId: chen.id,
      subjects: [
        { kind: 'enterprise', id: firmA },
        { kind: 'project', id: site },
      ],
      isPrimary: true,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().items).toHaveLength(2);

    const before = await count('liaison_assignments');
    const second = await assign(city, {
      officerId: wang.id,
      subjects: [
        { kind: 'enterprise', id: firmB },
        { kind: 'enterprise', id: firmA },
      ],
      isPrimary: true,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().errors[0]).toMatchObject({ path: 'subjects[1]' });
    expect(second.json().detail).toContain('陈志强');
    expect(await count('liaison_assignments')).toBe(before); // firmB was not assigned either

    const replaced = await assign(city, {
      officerId: wang.id,
      subjects: [{ kind: 'enterprise', id: firmA }],
      isPrimary: true,
      replacePrimary: true,
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    const history = await county.request({
      method: 'GET',
      url: `/api/liaison/subjects/enterprise/${firmA}/assignments`,
    });
    const items = history.json().items as {
      officerName: string;
      isPrimary: boolean;
      endedOn: string | null;
      endReason: string | null;
    }[];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ officerName: '王磊', isPrimary: true, endedOn: null });
    expect(items[1]).toMatchObject({
      officerName: '陈志强',
      endedOn: '2020-03-08',
      endReason: '改派给 王磊',
    });

    // 陈志强 assists on firmA from now on, and is primary on firmB.
    expect(
      (
        await assign(county, {
          officerId: chen.id,
          subjects: [{ kind: 'enterprise', id: firmA }],
          isPrimary: false,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await assign(county, {
          officerId: chen.id,
          subjects: [{ kind: 'enterprise', id: firmB }],
          isPrimary: true,
        })
      ).statusCode,
    ).toBe(201);
    const subjects = await county.request({
      method: 'GET',
      url: `/api/liaison/subjects?kind=enterprise&q=联络测试`,
    });
    const a = subjects.json().items.find((s: { id: number }) => s.id === firmA);
    expect(a.officers.map((o: { name: string; isPrimary: boolean }) => [o.name, o.isPrimary])).toEqual([
      ['王磊', true],
      ['陈志强', false],
    ]);
  });

  it('refuses a closed subject, a non-officer, a subject outside the officer’s region and a repeat, writing nothing', async () => {
    const before = await count('liaison_assignments');
    const closed = await assign(county, {
      officerId: chen.id,
      subjects: [{ kind: 'enterprise', id: firmClosed }],
      isPrimary: true,
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().detail).toContain('已关闭');
    const notOfficer = await assign(county, {
      officerId: 99999,
      subjects: [{ kind: 'enterprise', id: firmB }],
      isPrimary: false,
    });
    expect(notOfficer.statusCode).toBe(400);
    expect(notOfficer.json().errors[0].path).toBe('officerId');
    const away = await assign(city, {
      officerId: chen.id,
      subjects: [{ kind: 'enterprise', id: firmLeiyang }],
      isPrimary: true,
    });
    expect(away.statusCode).toBe(400);
    expect(away.json().errors[0]).toMatchObject({ path: 'subjects[0]' });
    const repeat = await assign(county, {
      officerId: chen.id,
      subjects: [{ kind: 'enterprise', id: firmB }],
      isPrimary: true,
    });
    expect(repeat.statusCode).toBe(409);
    const foreign = await assign(leiyang, {
      officerId: chen.id,
      subjects: [{ kind: 'enterprise', id: firmB }],
      isPrimary: false,
    });
    expect(foreign.statusCode).toBe(400); // 陈志强 is not visible to 耒阳
    expect(await count('liaison_assignments')).toBe(before);
  });

  it('ends an assignment with a reason and keeps it as history', async () => {
    const extra = await assign(city, {
      officerId: wang.id,
      subjects: [{ kind: 'enterprise', id: firmB }],
      isPrimary: false,
    });
    const id = extra.json().items[0].id as number;
    const forbidden = await leiyang.request({
      method: 'POST',
      url: `/api/liaison/assignments/${id}/end`,
      payload: { reason: '调岗' },
    });
    expect(forbidden.statusCode).toBe(404);
    const ended = await county.request({
      method: 'POST',
      url: `/api/liaison/assignments/${id}/end`,
      payload: { reason: '工作调整' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({
      endedOn: '2020-03-08',
      endReason: '工作调整',
      endedBy: '测试county_dispatcher',
    });
    const again = await county.request({
      method: 'POST',
      url: `/api/liaison/assignments/${id}/end`,
      payload: { reason: '再次' },
    });
    expect(again.statusCode).toBe(409);
    const history = await city.request({
      method: 'GET',
      url: `/api/liaison/officers/${wang.id}/assignments`,
    });
    expect(
      history
        .json()
        .items.some((a: { id: number; endReason: string }) => a.id === id && a.endReason === '工作调整'),
    ).toBe(true);
  });
});

describe('an officer’s scope', () => {
  it('sees and acts only on assigned subjects; reports filed for them are marked as on behalf', async () => {
    const officer = await t.signIn(chen.mobile, password);
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
    await t.signIn(chen.mobile, password);
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
    const officer = await t.signIn(chen.mobile, password);
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

describe('coverage and the contact rule', () => {
  it('lists uncovered subjects, overdue contacts and workloads per county, and moves with the dates', async () => {
    // On 2020-03-08 nobody has visited: every subject is overdue (due 2020-02-16); 耒阳's firm is uncovered.
    const coverage = await city.request({ method: 'GET', url: '/api/liaison/coverage' });
    expect(coverage.statusCode, coverage.body).toBe(200);
    const body = coverage.json();
    const uncovered = body.uncovered.map((s: { name: string }) => s.name);
    expect(uncovered).toContain('耒阳联络测试水泥有限公司');
    expect(uncovered).not.toContain('常宁联络测试铜业有限公司');
    expect(uncovered).not.toContain('常宁已关闭有限公司'); // closed subjects are not counted at all
    const changning = body.byRegion.find((r: { regionCode: string }) => r.regionCode === '430482');
    expect(changning).toMatchObject({
      covered: 3,
      uncovered: changning.subjects - 3,
      overdue: changning.subjects,
    });
    expect(
      body.overdueContact.find(
        (s: { id: number; kind: string }) => s.kind === 'enterprise' && s.id === firmB,
      ),
    ).toMatchObject({
      dueDate: '2020-02-16',
      daysOverdue: 21,
      primaryOfficer: '陈志强',
    });
    const chenLoad = body.officers.find((o: { id: number }) => o.id === chen.id);
    expect(chenLoad).toMatchObject({
      subjects: 3,
      primarySubjects: 2,
      visitsThisWeek: 0,
      overdueSubjects: 2,
    });

    // The county sees its own units only; 耒阳 does not see 常宁's figures.
    const mine = await county.request({ method: 'GET', url: '/api/liaison/coverage' });
    expect(mine.json().byRegion.every((r: { regionCode: string }) => r.regionCode.startsWith('4304'))).toBe(
      true,
    );
    expect(mine.json().uncovered.map((s: { name: string }) => s.name)).not.toContain(
      '耒阳联络测试水泥有限公司',
    );
    expect(
      (await leiyang.request({ method: 'GET', url: '/api/liaison/coverage?region=430482' })).statusCode,
    ).toBe(404);

    // Seen on 2020-02-14 the first window has not closed yet.
    const early = await city.request({ method: 'GET', url: '/api/liaison/coverage?date=2020-02-14' });
    expect(early.json().overdueContact).toHaveLength(0);
  });

  it('counts a visit under the rule, and a changed rule changes who is overdue', async () => {
    const officer = await t.signIn(chen.mobile, password);
    const { multipartParts } = await import('../../testing/multipart');
    const visit = (date: string, mode: string) =>
      officer.request({
        method: 'POST',
        url: '/api/liaison/visits',
        ...multipartParts([
          {
            name: 'visit',
            value: JSON.stringify({
              subjectKind: 'enterprise',
              subjectId: firmB,
              visitDate: date,
              mode,
              peopleMet: '厂长 李建',
              prevention: {
                supplies: true,
                temperatureChecks: true,
                disinfection: true,
                staffHealth: true,
                emergencyPlan: true,
              },
              observations: '已复工，在岗 90 人。',
            }),
          },
        ]),
      });
    expect((await visit('2020-03-03', 'phone')).statusCode).toBe(201);
    const overdue = async (date?: string) =>
      (await city.request({ method: 'GET', url: `/api/liaison/coverage${date ? `?date=${date}` : ''}` }))
        .json()
        .overdueContact.some((s: { id: number; kind: string }) => s.kind === 'enterprise' && s.id === firmB);
    expect(await overdue()).toBe(true); // a phone call does not count as an on-site visit
    expect((await visit('2020-03-02', 'on_site')).statusCode).toBe(201);
    expect(await overdue()).toBe(false); // due 2020-03-09
    expect(await overdue('2020-03-01')).toBe(true); // before that visit
    const rule = await city.request({
      method: 'PUT',
      url: '/api/liaison/contact-rule',
      payload: {
        everyDays: 5,
        minVisits: 1,
        modes: ['on_site'],
        campaignFrom: '2020-02-10',
        campaignTo: null,
      },
    });
    expect(rule.statusCode, rule.body).toBe(200);
    expect(await overdue()).toBe(true); // 03-02 + 5 = 03-07 < 03-08
    const phoneCounts = await city.request({
      method: 'PUT',
      url: '/api/liaison/contact-rule',
      payload: {
        everyDays: 5,
        minVisits: 1,
        modes: ['on_site', 'phone'],
        campaignFrom: '2020-02-10',
        campaignTo: null,
      },
    });
    expect(phoneCounts.statusCode).toBe(200);
    expect(await overdue()).toBe(false); // the phone call of 03-03 counts: due 03-08
    const workload = (await city.request({ method: 'GET', url: '/api/liaison/coverage' }))
      .json()
      .officers.find((o: { id: number }) => o.id === chen.id);
    expect(workload).toMatchObject({ visitsThisWeek: 2, onSiteThisWeek: 1 });
    const bad = await city.request({
      method: 'PUT',
      url: '/api/liaison/contact-rule',
      payload: {
        everyDays: 0,
        minVisits: 1,
        modes: [],
        campaignFrom: '2020-02-10',
        campaignTo: '2020-01-01',
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['campaignTo', 'everyDays', 'modes']);
    expect((await county.request({ method: 'GET', url: '/api/liaison/contact-rule' })).json().everyDays).toBe(
      5,
    );
    const byCounty = await county.request({
      method: 'PUT',
      url: '/api/liaison/contact-rule',
      payload: {
        everyDays: 3,
        minVisits: 1,
        modes: ['on_site'],
        campaignFrom: '2020-02-10',
        campaignTo: null,
      },
    });
    expect(byCounty.statusCode).toBe(403);
    expect((await county.request({ method: 'GET', url: '/api/liaison/contact-rule' })).json().everyDays).toBe(
      5,
    );
    const restore = await city.request({
      method: 'PUT',
      url: '/api/liaison/contact-rule',
      payload: {
        everyDays: 7,
        minVisits: 1,
        modes: ['on_site'],
        campaignFrom: '2020-02-10',
        campaignTo: null,
      },
    });
    expect(restore.statusCode).toBe(200);
  });

  it('names the primary officer, mobile masked, in the missing-report list', async () => {
    const missing = await county.request({
      method: 'GET',
      url: '/api/dashboard/resumption/missing?date=2020-03-08',
    });
    expect(missing.statusCode, missing.body).toBe(200);
    const a = missing
      .json()
      .items.find((i: { kind: string; id: number }) => i.kind === 'enterprise' && i.id === firmA);
    expect(a).toMatchObject({
      liaisonOfficerId: wang.id,
      liaisonOfficer: '王磊',
      liaisonPhone: '139****0002',
    });
    const uncovered = missing.json().items.find((i: { name: string }) => i.name === '常宁未分配有限公司');
    expect(uncovered).toMatchObject({ liaisonOfficer: null, liaisonPhone: null });
  });

  it('exports the coverage as a workbook with its four sheets', async () => {
    const XLSX = await import('xlsx');
    const response = await county.request({ method: 'GET', url: '/api/liaison/coverage/export' });
    expect(response.statusCode).toBe(200);
    const book = XLSX.read(response.rawPayload);
    expect(book.SheetNames).toEqual(['覆盖情况', '未覆盖对象', '逾期未联系', '联络员工作量']);
    const workload = XLSX.utils.sheet_to_json<string[]>(book.Sheets['联络员工作量']!, { header: 1 });
    expect(workload.some((row) => row[0] === '陈志强')).toBe(true);
  });
});
