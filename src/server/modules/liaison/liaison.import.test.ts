import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { multipartParts } from '../../testing/multipart';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

// Workbooks here are written by SheetJS; the server reads them with ExcelJS: two independent libraries.
let t: TestApp;
let county: TestClient;
let city: TestClient;
let firmCode: string;
let firmId: number;
const initialPassword = 'Chushi@2020x';
const rosterHeader = ['姓名', '手机号', '派出单位', '职务', '工作区域', '在岗起始日期', '在岗结束日期'];

function workbook(header: string[], rows: unknown[][], title = true): Buffer {
  const data = title ? [['联络员名册'], header, ...rows] : [header, ...rows];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

function upload(client: TestClient, url: string, file: Buffer, password?: string) {
  return client.request({
    method: 'POST',
    url,
    ...multipartParts([
      ...(password ? [{ name: 'initialPassword', value: password }] : []),
      { name: 'file', fileName: '名册.xlsx', content: file },
    ]),
  });
}

async function count(table: string): Promise<number> {
  const result = (await t.platform.db.execute(
    sql.raw(`select count(*)::int as n from ${table}`),
  )) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
}

beforeAll(async () => {
  t = await buildTestApp();
  county = await t.signInAs('county_dispatcher');
  city = await t.signInAs('dispatcher');
  const firm = await t.createEnterprise({ name: '常宁导入联络测试有限公司', activeFrom: '2020-01-01' });
  firmCode = firm.creditCode;
  firmId = firm.id;
});
afterAll(async () => {
  await t.close();
});

describe('roster import', () => {
  it('offers a template whose header the import reads', async () => {
    const response = await county.request({ method: 'GET', url: '/api/liaison/officers/import-template' });
    expect(response.statusCode).toBe(200);
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(response.rawPayload).Sheets['联络员名册']!, {
      header: 1,
    });
    expect(rows[2]).toEqual(rosterHeader);
  });

  it('names every bad row and cell, and writes nothing', async () => {
    const before = { officers: await count('liaison_officers'), users: await count('users') };
    const file = workbook(rosterHeader, [
      ['周平', '13907342001', '常宁市', '科员', '常宁市', '2020-02-03', ''],
      ['', '1390734', '火星局', '', '火星', '2020-02-30', ''],
      ['吴芳', '13907342001', '常宁市', '', '常宁市', '2020-02-03', ''],
      ['郑伟', '13907342003', '常宁市', '', '耒阳市', '2020-02-03', '2020-01-01'],
    ]);
    const response = await upload(county, '/api/liaison/officers/import?mode=commit', file, initialPassword);
    expect(response.statusCode, response.body).toBe(422);
    const errors = response.json().errors as { row: number; column: string; message: string }[];
    const at = (row: number) => errors.filter((e) => e.row === row).map((e) => e.column);
    expect(at(4)).toEqual(expect.arrayContaining(['姓名', '手机号', '派出单位', '工作区域', '在岗起始日期']));
    // A row is read by the create request's contract: its messages, one per cell.
    expect(errors.find((e) => e.row === 4 && e.column === '姓名')!.message).toBe('不能为空');
    expect(errors.find((e) => e.row === 4 && e.column === '手机号')!.message).toBe('请输入 11 位手机号');
    expect(errors.find((e) => e.row === 4 && e.column === '在岗起始日期')!.message).toBe('日期不存在');
    expect(new Set(at(4)).size).toBe(at(4).length);
    expect(errors.find((e) => e.row === 5)).toMatchObject({ column: '手机号', message: '与第 3 行重复' });
    expect(at(6)).toEqual(expect.arrayContaining(['工作区域', '在岗结束日期']));
    expect(errors.find((e) => e.row === 6 && e.column === '工作区域')!.message).toContain('超出');
    expect(await count('liaison_officers')).toBe(before.officers);
    expect(await count('users')).toBe(before.users);
  });

  it('validates, needs an initial password for new officers, commits, and then finds them unchanged', async () => {
    const departments = await t.services.regions.departmentsIn(['430400']);
    const fgw = departments.find((d) => d.code === '430400-fgw')!;
    const file = workbook(rosterHeader, [
      ['周平', '13907342001', '常宁市', '科员', '常宁市', '2020-02-03', ''],
      ['吴芳', '139 0734 2002', fgw.name, '副主任', '430482', '2020/2/5', ''],
    ]);
    const validated = await upload(county, '/api/liaison/officers/import?mode=validate', file);
    expect(validated.statusCode, validated.body).toBe(200);
    expect(validated.json()).toMatchObject({ rows: 2, created: 2 });
    expect(await count('liaison_officers')).toBe(0);
    const noPassword = await upload(county, '/api/liaison/officers/import?mode=commit', file);
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().errors[0].path).toBe('initialPassword');
    const weak = await upload(county, '/api/liaison/officers/import?mode=commit', file, '123456');
    expect(weak.statusCode).toBe(400);
    expect(await count('liaison_officers')).toBe(0);
    const committed = await upload(county, '/api/liaison/officers/import?mode=commit', file, initialPassword);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ created: 2, updated: 0 });
    const list = await county.request({ method: 'GET', url: '/api/liaison/officers?q=吴芳' });
    expect(list.json().items[0]).toMatchObject({
      unitName: fgw.name,
      post: '副主任',
      activeFrom: '2020-02-05',
    });
    // The new officers sign in with the initial password and must change it.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '13907342002', password: initialPassword },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'liaison_officer', mustChangePassword: true });
    const again = await upload(county, '/api/liaison/officers/import?mode=commit', file);
    expect(again.json()).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('exports the roster so that it imports back unchanged; full mobiles only for those who may see them', async () => {
    const exported = await county.request({ method: 'GET', url: '/api/liaison/officers/export' });
    expect(exported.statusCode).toBe(200);
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(exported.rawPayload).Sheets['联络员名册']!, {
      header: 1,
    });
    expect(
      rows
        .slice(3)
        .map((r) => r[1])
        .sort(),
    ).toEqual(['13907342001', '13907342002']);
    const back = await upload(
      county,
      '/api/liaison/officers/import?mode=commit',
      Buffer.from(exported.rawPayload),
    );
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const leader = await t.signInAs('leader');
    const masked = await leader.request({ method: 'GET', url: '/api/liaison/officers/export' });
    const maskedRows = XLSX.utils.sheet_to_json<string[]>(
      XLSX.read(masked.rawPayload).Sheets['联络员名册']!,
      {
        header: 1,
      },
    );
    expect(maskedRows.slice(3).map((r) => r[1])).toContain('139****2001');
  });

  it('keeps a county inside the county: a city officer cannot be changed from there', async () => {
    const created = await city.request({
      method: 'POST',
      url: '/api/liaison/officers',
      payload: {
        name: '市里的人',
        mobile: '13907342009',
        unitRegionCode: '430400',
        post: '',
        regionCode: '430400',
        activeFrom: '2020-02-01',
        password: initialPassword,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const file = workbook(rosterHeader, [
      ['市里的人', '13907342009', '常宁市', '', '常宁市', '2020-02-01', ''],
    ]);
    const response = await upload(county, '/api/liaison/officers/import?mode=validate', file);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ row: 3, column: '手机号' });
  });
});

describe('assignment import', () => {
  const header = ['联络员手机号', '对象类型', '统一社会信用代码或项目编号', '主责'];

  it('names bad rows, refuses a second primary, writes nothing; then assigns and exports back', async () => {
    const bad = workbook(header, [
      ['13900000000', '企业', firmCode, '是'],
      ['13907342001', '工厂', firmCode, '是'],
      ['13907342001', '企业', '91430482MA4XXXXXX0', '是'],
      ['13907342001', '企业', firmCode, '是'],
      ['13907342002', '企业', firmCode, '是'],
    ]);
    const refused = await upload(county, '/api/liaison/assignments/import?mode=commit', bad);
    expect(refused.statusCode, refused.body).toBe(422);
    const errors = refused.json().errors as { row: number; column: string; message: string }[];
    expect(errors.find((e) => e.row === 3)).toMatchObject({ column: '联络员手机号' });
    expect(errors.find((e) => e.row === 4)).toMatchObject({ column: '对象类型' });
    expect(errors.find((e) => e.row === 5)).toMatchObject({ column: '统一社会信用代码或项目编号' });
    expect(errors.find((e) => e.row === 7)).toMatchObject({
      column: '主责',
      message: '与第 6 行重复设置了主责联络员',
    });
    expect(await count('liaison_assignments')).toBe(0);

    const good = workbook(header, [
      ['13907342001', '企业', firmCode, '是'],
      ['13907342002', '企业', firmCode, '否'],
    ]);
    const done = await upload(county, '/api/liaison/assignments/import?mode=commit', good);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ created: 2 });
    const subjects = await county.request({
      method: 'GET',
      url: `/api/liaison/subjects?q=${encodeURIComponent('导入联络')}`,
    });
    const item = subjects.json().items.find((s: { id: number }) => s.id === firmId);
    expect(item.officers.map((o: { name: string; isPrimary: boolean }) => [o.name, o.isPrimary])).toEqual([
      ['周平', true],
      ['吴芳', false],
    ]);
    const exported = await county.request({ method: 'GET', url: '/api/liaison/assignments/export' });
    const back = await upload(
      county,
      '/api/liaison/assignments/import?mode=commit',
      Buffer.from(exported.rawPayload),
    );
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('refuses an officer whose active period has not started, as the assignment screen does', async () => {
    const created = await county.request({
      method: 'POST',
      url: '/api/liaison/officers',
      payload: {
        name: '下月到岗',
        mobile: '13907342010',
        unitRegionCode: '430482',
        post: '',
        regionCode: '430482',
        activeFrom: '2020-04-01',
        password: initialPassword,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const before = await count('liaison_assignments');
    const file = workbook(header, [['13907342010', '企业', firmCode, '否']]);
    const response = await upload(county, '/api/liaison/assignments/import?mode=commit', file);
    expect(response.statusCode, response.body).toBe(422);
    const [error, ...others] = response.json().errors as { row: number; column: string; message: string }[];
    expect(others).toEqual([]);
    expect(error).toMatchObject({ row: 3, column: '联络员手机号' });
    expect(error!.message).toContain('2020-04-01 起才在岗');
    expect(await count('liaison_assignments')).toBe(before);
    // The screen refuses the same officer with the same rule.
    const screen = await county.request({
      method: 'POST',
      url: '/api/liaison/assignments',
      payload: { officerId: created.json().id, subjects: [{ kind: 'enterprise', id: firmId }] },
    });
    expect(screen.statusCode).toBe(400);
    expect(screen.json().errors[0]).toMatchObject({ path: 'officerId', message: error!.message });
  });
});
