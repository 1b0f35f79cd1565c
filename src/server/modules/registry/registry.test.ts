import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { enterpriseInput, nextCreditCode } from '../../testing/factories';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

let t: TestApp;
let dispatcher: TestClient;
let county: TestClient;
beforeAll(async () => {
  t = await buildTestApp();
  dispatcher = await t.signInAs('dispatcher');
  county = await t.signInAs('county_dispatcher'); // 常宁市
});
afterAll(async () => {
  await t.close();
});

async function countRows(table: 'enterprises' | 'projects') {
  const result = await t.platform.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

describe('enterprises', () => {
  it('registers an enterprise with a normalised credit code and reads it back', async () => {
    const code = nextCreditCode('430482');
    const fullWidth = code
      .replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .toLowerCase();
    const response = await dispatcher.request({
      method: 'POST',
      url: '/api/enterprises',
      payload: enterpriseInput({
        creditCode: ` ${fullWidth} `,
        name: '常宁市测试铜业有限公司',
        annualOutput: '1234.5',
      }),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      creditCode: code,
      regionName: '常宁市',
      industryName: '铜压延加工',
      annualOutput: '1234.50',
      version: 1,
      closedAt: null,
      activeFrom: '2020-03-08',
    });
    const read = await dispatcher.request({ method: 'GET', url: `/api/enterprises/${body.id}` });
    expect(read.json().name).toBe('常宁市测试铜业有限公司');
  });

  const bad: [string, Record<string, unknown>, number, string, RegExp][] = [
    ['a wrong check character', { creditCode: '91350100M000100Y44' }, 400, 'creditCode', /第 18 位校验码/],
    [
      'a wrong organisation-code check',
      { creditCode: '91350100M000100Y53' },
      400,
      'creditCode',
      /组织机构代码校验码/,
    ],
    ['a short code', { creditCode: '9135010' }, 400, 'creditCode', /18 位/],
    ['an unknown industry class', { industryCode: 'C9999' }, 400, 'industryCode', /行业代码/],
    ['a section outside B, C, D', { industryCode: 'F5111' }, 400, 'industryCode', /行业代码/],
    ['a negative workforce', { workforce: -1 }, 400, 'workforce', /负数/],
    ['a float amount with three decimals', { annualOutput: '12.345' }, 400, 'annualOutput', /两位小数/],
    ['a number as amount', { annualOutput: 12 }, 400, 'annualOutput', /./],
    ['a bad phone', { contactPhone: '123' }, 400, 'contactPhone', /手机号/],
    ['the city as region', { regionCode: '430400' }, 400, 'regionCode', /具体的区县/],
    ['an unknown field', { boss: '张' }, 400, 'boss', /./],
  ];
  for (const [label, overrides, status, path, message] of bad) {
    it(`rejects ${label}: ${status} naming ${path}, nothing written`, async () => {
      const before = await countRows('enterprises');
      const response = await dispatcher.request({
        method: 'POST',
        url: '/api/enterprises',
        payload: { ...enterpriseInput(), ...overrides },
      });
      expect(response.statusCode).toBe(status);
      const error = response.json().errors.find((e: { path: string }) => e.path === path);
      expect(error, JSON.stringify(response.json())).toBeDefined();
      expect(error.message).toMatch(message);
      expect(await countRows('enterprises')).toBe(before);
    });
  }

  it('refuses a duplicate credit code with 409', async () => {
    const input = enterpriseInput();
    expect(
      (await dispatcher.request({ method: 'POST', url: '/api/enterprises', payload: input })).statusCode,
    ).toBe(201);
    const again = await dispatcher.request({
      method: 'POST',
      url: '/api/enterprises',
      payload: { ...input, name: '另一家' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('creditCode');
  });

  it('lets an administrator accept one failing code with a reason, audited', async () => {
    const failing = '91430482MA4PILOT0X'.replace('I', '1').replace('O', '0');
    const refused = await dispatcher.request({
      method: 'POST',
      url: '/api/enterprises',
      payload: enterpriseInput({ creditCode: failing }),
    });
    expect(refused.statusCode).toBe(400);
    const admin = await t.signInAs('admin');
    const noReason = await admin.request({
      method: 'POST',
      url: '/api/enterprises/credit-code-exceptions',
      payload: { creditCode: failing },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const denied = await dispatcher.request({
      method: 'POST',
      url: '/api/enterprises/credit-code-exceptions',
      payload: { creditCode: failing, reason: '试点期' },
    });
    expect(denied.statusCode).toBe(403);
    const accepted = await admin.request({
      method: 'POST',
      url: '/api/enterprises/credit-code-exceptions',
      payload: { creditCode: failing, reason: '2015 年试点期间赋码，工商登记原件已核' },
    });
    expect(accepted.statusCode).toBe(204);
    const created = await dispatcher.request({
      method: 'POST',
      url: '/api/enterprises',
      payload: enterpriseInput({ creditCode: failing }),
    });
    expect(created.statusCode).toBe(201);
    const audit = (
      await admin.request({ method: 'GET', url: '/api/admin/audit?action=enterprise.credit_code_exception' })
    ).json();
    expect(audit.items[0].summary).toContain('试点期间赋码');
  });

  it('updates with If-Match and closes and reopens with a reason instead of deleting', async () => {
    const created = (
      await dispatcher.request({ method: 'POST', url: '/api/enterprises', payload: enterpriseInput() })
    ).json();
    const patched = await dispatcher.request({
      method: 'PATCH',
      url: `/api/enterprises/${created.id}`,
      headers: { 'if-match': '1' },
      payload: { workforce: 300 },
    });
    expect(patched.json()).toMatchObject({ workforce: 300, version: 2 });
    const stale = await dispatcher.request({
      method: 'PATCH',
      url: `/api/enterprises/${created.id}`,
      headers: { 'if-match': '1' },
      payload: { workforce: 5 },
    });
    expect(stale.statusCode).toBe(412);
    const noReason = await dispatcher.request({
      method: 'POST',
      url: `/api/enterprises/${created.id}/close`,
      headers: { 'if-match': '2' },
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    const closed = await dispatcher.request({
      method: 'POST',
      url: `/api/enterprises/${created.id}/close`,
      headers: { 'if-match': '2' },
      payload: { reason: '停产搬迁' },
    });
    expect(closed.json()).toMatchObject({ closedAt: '2020-03-08', version: 3 });
    const twice = await dispatcher.request({
      method: 'POST',
      url: `/api/enterprises/${created.id}/close`,
      headers: { 'if-match': '3' },
      payload: { reason: '再次' },
    });
    expect(twice.statusCode).toBe(409);
    const list = await dispatcher.request({
      method: 'GET',
      url: `/api/enterprises?status=closed&q=${encodeURIComponent(created.name)}`,
    });
    expect(list.json().total).toBe(1);
    const reopened = await dispatcher.request({
      method: 'POST',
      url: `/api/enterprises/${created.id}/reopen`,
      headers: { 'if-match': '3' },
      payload: { reason: '恢复生产' },
    });
    expect(reopened.json().closedAt).toBeNull();
  });

  it('masks contact phones for roles that do not need them', async () => {
    const created = (
      await dispatcher.request({
        method: 'POST',
        url: '/api/enterprises',
        payload: enterpriseInput({ contactPhone: '13812345678' }),
      })
    ).json();
    expect(created.contactPhone).toBe('13812345678');
    const leader = await t.signInAs('leader');
    expect(
      (await leader.request({ method: 'GET', url: `/api/enterprises/${created.id}` })).json().contactPhone,
    ).toBe('138****5678');
  });

  it('filters, searches, sorts and pages', async () => {
    await t.createEnterprise({
      name: '衡东排序甲有限公司',
      regionCode: '430424',
      industryCode: 'C1711',
      workforce: 10,
    });
    await t.createEnterprise({
      name: '衡东排序乙有限公司',
      regionCode: '430424',
      industryCode: 'C1711',
      workforce: 900,
    });
    const list = await dispatcher.request({
      method: 'GET',
      url: '/api/enterprises?region=430424&industry=C17&sort=workforce&order=desc&pageSize=1',
    });
    expect(list.json().total).toBe(2);
    expect(list.json().items[0].name).toBe('衡东排序乙有限公司');
    const page2 = await dispatcher.request({
      method: 'GET',
      url: '/api/enterprises?region=430424&industry=C17&sort=workforce&order=desc&pageSize=1&page=2',
    });
    expect(page2.json().items[0].name).toBe('衡东排序甲有限公司');
    const bad = await dispatcher.request({ method: 'GET', url: '/api/enterprises?sort=password' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('scope', () => {
  it('a county dispatcher sees and changes only the county', async () => {
    const inCounty = await t.createEnterprise({ regionCode: '430482' });
    const elsewhere = await t.createEnterprise({ regionCode: '430481' });
    const list = (await county.request({ method: 'GET', url: '/api/enterprises?pageSize=200' })).json();
    expect(list.items.every((e: { regionCode: string }) => e.regionCode === '430482')).toBe(true);
    expect(list.items.some((e: { id: number }) => e.id === inCounty.id)).toBe(true);
    expect(
      (await county.request({ method: 'GET', url: `/api/enterprises/${elsewhere.id}` })).statusCode,
    ).toBe(404);
    const patch = await county.request({
      method: 'PATCH',
      url: `/api/enterprises/${elsewhere.id}`,
      headers: { 'if-match': '1' },
      payload: { workforce: 1 },
    });
    expect(patch.statusCode).toBe(404);
    const close = await county.request({
      method: 'POST',
      url: `/api/enterprises/${elsewhere.id}/close`,
      headers: { 'if-match': '1' },
      payload: { reason: 'x' },
    });
    expect(close.statusCode).toBe(404);
    const create = await county.request({
      method: 'POST',
      url: '/api/enterprises',
      payload: enterpriseInput({ regionCode: '430481' }),
    });
    expect(create.statusCode).toBe(400);
    expect(create.json().errors[0]).toMatchObject({
      path: 'regionCode',
      message: expect.stringContaining('管理范围'),
    });
    const move = await county.request({
      method: 'PATCH',
      url: `/api/enterprises/${inCounty.id}`,
      headers: { 'if-match': '1' },
      payload: { regionCode: '430481' },
    });
    expect(move.statusCode).toBe(400);
    const regionFilter = (
      await county.request({ method: 'GET', url: '/api/enterprises?region=430481' })
    ).json();
    expect(regionFilter.total).toBe(0);
  });

  it('an enterprise user sees only their enterprise and changes only its contact fields', async () => {
    const own = await t.createEnterprise({ regionCode: '430482' });
    const other = await t.createEnterprise({ regionCode: '430482' });
    await t.createUser('enterprise_user', { username: 'firm.user', enterpriseId: own.id });
    const firm = await t.signIn('firm.user');
    const list = (await firm.request({ method: 'GET', url: '/api/enterprises' })).json();
    expect(list.items.map((e: { id: number }) => e.id)).toEqual([own.id]);
    expect((await firm.request({ method: 'GET', url: `/api/enterprises/${other.id}` })).statusCode).toBe(404);
    expect((await firm.request({ method: 'GET', url: '/api/projects' })).json().total).toBe(0);
    const contact = await firm.request({
      method: 'PATCH',
      url: `/api/enterprises/${own.id}`,
      headers: { 'if-match': '1' },
      payload: { contactPhone: '0734-7221234' },
    });
    expect(contact.statusCode).toBe(200);
    const rename = await firm.request({
      method: 'PATCH',
      url: `/api/enterprises/${own.id}`,
      headers: { 'if-match': '2' },
      payload: { name: '改名' },
    });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().errors[0].path).toBe('name');
    expect(
      (await firm.request({ method: 'POST', url: '/api/enterprises', payload: enterpriseInput() }))
        .statusCode,
    ).toBe(403);
    expect((await firm.request({ method: 'GET', url: '/api/enterprises/export' })).statusCode).toBe(403);
  });

  it('binding a user to a missing or out-of-region enterprise is refused', async () => {
    const admin = await t.signInAs('admin');
    const base = {
      username: 'firm.x',
      name: '企业用户',
      password: 'Start@2020',
      role: 'enterprise_user',
      regionCode: '430482',
    };
    const none = await admin.request({ method: 'POST', url: '/api/admin/users', payload: base });
    expect(none.json().errors[0].path).toBe('enterpriseId');
    const missing = await admin.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: { ...base, enterpriseId: 999999 },
    });
    expect(missing.json().errors[0]).toMatchObject({ path: 'enterpriseId', message: '企业不存在' });
    const elsewhere = await t.createEnterprise({ regionCode: '430481' });
    const outside = await admin.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: { ...base, enterpriseId: elsewhere.id },
    });
    expect(outside.json().errors[0].message).toContain('不在所属区划');
  });
});
