import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLiaisonWorld, assignAsUsual, officerPassword, type LiaisonWorld } from './liaison.test-world';

// The clock stands at Sunday 2020-03-08 18:00 (+08:00) unless a test moves it.
let t: LiaisonWorld['t'];
let city: LiaisonWorld['city'];
let county: LiaisonWorld['county'];
let leiyang: LiaisonWorld['leiyang'];
let firmA: LiaisonWorld['firmA'];
let firmB: LiaisonWorld['firmB'];
let chen: LiaisonWorld['chen'];
let wang: LiaisonWorld['wang'];

beforeAll(async () => {
  const world = await buildLiaisonWorld();
  ({ t, city, county, leiyang, firmA, firmB, chen, wang } = world);
  await assignAsUsual(world);
  // A firm nobody covers, as the officer-scope tests leave it.
  await t.createEnterprise({ name: '常宁未分配有限公司', activeFrom: '2020-01-01' });
});
afterAll(async () => {
  await t.close();
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
    const officer = await t.signIn(chen.mobile, officerPassword);
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
