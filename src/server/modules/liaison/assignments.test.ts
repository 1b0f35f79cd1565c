import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLiaisonWorld, assign, type LiaisonWorld } from './liaison.test-world';

// The clock stands at Sunday 2020-03-08 18:00 (+08:00) unless a test moves it.
let t: LiaisonWorld['t'];
let city: LiaisonWorld['city'];
let county: LiaisonWorld['county'];
let leiyang: LiaisonWorld['leiyang'];
let firmA: LiaisonWorld['firmA'];
let firmB: LiaisonWorld['firmB'];
let firmClosed: LiaisonWorld['firmClosed'];
let firmLeiyang: LiaisonWorld['firmLeiyang'];
let site: LiaisonWorld['site'];
let chen: LiaisonWorld['chen'];
let wang: LiaisonWorld['wang'];

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
  ({ t, city, county, leiyang, firmA, firmB, firmClosed, firmLeiyang, site, chen, wang } = world);
});
afterAll(async () => {
  await t.close();
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
