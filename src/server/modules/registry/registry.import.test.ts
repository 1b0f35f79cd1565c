import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as XLSX from 'xlsx';
import { nextCreditCode } from '../../testing/factories';
import { multipartFile } from '../../testing/multipart';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

// Workbooks here are written by SheetJS; the server reads them with ExcelJS: two independent libraries.
let t: TestApp;
let dispatcher: TestClient;
let county: TestClient;
beforeAll(async () => {
  t = await buildTestApp({ config: { importMaxBytes: 256 * 1024 } });
  dispatcher = await t.signInAs('dispatcher');
  county = await t.signInAs('county_dispatcher');
});
afterAll(async () => {
  await t.close();
});

const header = [
  '统一社会信用代码',
  '企业名称',
  '所属区县',
  '行业代码',
  '从业人员数',
  '年产值(万元)',
  '地址',
  '联系人',
  '联系电话',
  '连续生产型',
  '纳入统计日期',
];

function row(
  overrides: Partial<Record<(typeof header)[number], unknown>> = {},
  code = nextCreditCode('430482'),
): unknown[] {
  const base: Record<string, unknown> = {
    统一社会信用代码: code,
    企业名称: `导入测试${code.slice(-6)}有限公司`,
    所属区县: '常宁市',
    行业代码: 'C3251',
    从业人员数: 150,
    '年产值(万元)': 8800.5,
    地址: '宜阳街道1号',
    联系人: '李四',
    联系电话: '13912345678',
    连续生产型: '否',
    ...overrides,
  };
  return header.map((h) => base[h]);
}

function workbook(rows: unknown[][], options: { merges?: XLSX.Range[] } = {}): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  if (options.merges) sheet['!merges'] = options.merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '企业');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function upload(
  client: TestClient,
  content: Buffer,
  mode: 'validate' | 'commit',
  url = '/api/enterprises/import',
  fileName = '企业.xlsx',
) {
  const { payload, headers } = multipartFile(content, fileName);
  return client.request({ method: 'POST', url: `${url}?mode=${mode}`, payload, headers });
}

async function countEnterprises() {
  const result = await t.platform.db.execute(sql`select count(*)::int as n from enterprises`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

describe('enterprise import', () => {
  it('offers a template whose header row another library reads', async () => {
    const response = await dispatcher.request({ method: 'GET', url: '/api/enterprises/import-template' });
    expect(response.statusCode).toBe(200);
    const book = XLSX.read(response.rawPayload, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    expect(rows[2]).toEqual(header);
  });

  it('validates without writing, commits all, then finds them unchanged', async () => {
    const file = workbook([header, row(), row(), row()]);
    const before = await countEnterprises();
    const validated = await upload(dispatcher, file, 'validate');
    expect(validated.statusCode).toBe(200);
    expect(validated.json()).toMatchObject({
      mode: 'validate',
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await countEnterprises()).toBe(before);
    const committed = await upload(dispatcher, file, 'commit');
    expect(committed.json()).toMatchObject({ mode: 'commit', rows: 3, created: 3 });
    expect(await countEnterprises()).toBe(before + 3);
    const again = await upload(dispatcher, file, 'commit');
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const audit = (
      await (
        await t.signInAs('admin')
      ).request({ method: 'GET', url: '/api/admin/audit?action=enterprise.imported' })
    ).json();
    expect(audit.total).toBe(2);
  });

  it('reports every bad row with the sheet’s row number and column, and writes nothing', async () => {
    const good = nextCreditCode('430482');
    const file = workbook([
      ['2020 年规上工业企业名录'],
      header,
      row({}, good),
      row({ 统一社会信用代码: '91350100M000100Y44' }),
      row({ 所属区县: '火星区' }),
      row({ 行业代码: 'Z9999' }),
      row({ 从业人员数: '一百' }),
      row({ '年产值(万元)': '-5' }),
      row({ 联系电话: '12345' }),
      row({ 连续生产型: '也许' }),
      row({ 企业名称: '' }),
      row({}, good),
    ]);
    const before = await countEnterprises();
    const response = await upload(dispatcher, file, 'commit');
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.detail).toContain('未写入任何数据');
    const found = body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(found).toEqual([
      '4:统一社会信用代码',
      '5:所属区县',
      '6:行业代码',
      '7:从业人员数',
      '8:年产值(万元)',
      '9:联系电话',
      '10:连续生产型',
      '11:企业名称',
      '12:统一社会信用代码',
    ]);
    expect(body.errors[0]).toMatchObject({ value: '91350100M000100Y44', message: '第 18 位校验码不正确' });
    expect(body.errors.at(-1).message).toBe('与第 3 行重复');
    expect(await countEnterprises()).toBe(before);
  });

  it('accepts what real spreadsheets contain', async () => {
    const fullWidthCode = nextCreditCode('430481').replace(/[0-9A-Z]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );
    const file = workbook(
      [
        ['衡阳市规模以上工业企业名录（2020 年 3 月）', null, null, null],
        ['填报单位：耒阳市工信局'],
        header.map((h) => ` ${h.replace('(', '（').replace(')', '）')}  `),
        row({
          统一社会信用代码: fullWidthCode,
          所属区县: '耒阳市',
          从业人员数: '１，２００',
          '年产值(万元)': '12,345.60',
          连续生产型: '是',
        }),
        row({ 所属区县: '430482', 从业人员数: 80 }),
        [],
        [null, null, ''],
      ],
      { merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 9 } }] },
    );
    const response = await upload(dispatcher, file, 'commit');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 2, created: 2 });
    const list = (
      await dispatcher.request({ method: 'GET', url: '/api/enterprises?region=430481&pageSize=200' })
    ).json();
    const imported = list.items.find((e: { workforce: number }) => e.workforce === 1200);
    expect(imported).toMatchObject({
      annualOutput: '12345.60',
      isContinuousProcess: true,
      regionName: '耒阳市',
    });
  });

  it('rejects files that are not usable workbooks, each with a clear message', async () => {
    const before = await countEnterprises();
    const text = await upload(
      dispatcher,
      Buffer.from('统一社会信用代码,企业名称\n'),
      'validate',
      '/api/enterprises/import',
      '名录.xlsx',
    );
    expect(text.statusCode).toBe(415);
    expect(text.json().detail).toContain('不是 Excel');
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    const encrypted = await upload(dispatcher, ole, 'validate');
    expect(encrypted.statusCode).toBe(422);
    expect(encrypted.json().detail).toContain('加密');
    const corrupt = await upload(
      dispatcher,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]),
      'validate',
    );
    expect(corrupt.statusCode).toBe(422);
    expect(corrupt.json().detail).toContain('损坏');
    const missing = await upload(dispatcher, workbook([header.slice(0, 3), ['x', 'y', 'z']]), 'validate');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().detail).toContain('缺少表头：行业代码、从业人员数、年产值(万元)');
    const empty = await upload(dispatcher, Buffer.alloc(0), 'validate');
    expect(empty.statusCode).toBe(422);
    const big = await upload(dispatcher, Buffer.alloc(300 * 1024, 1), 'validate');
    expect(big.statusCode).toBe(413);
    const noRows = await upload(dispatcher, workbook([header]), 'validate');
    expect(noRows.statusCode).toBe(422);
    expect(noRows.json().detail).toContain('没有数据行');
    const json = await dispatcher.request({
      method: 'POST',
      url: '/api/enterprises/import?mode=commit',
      payload: { a: 1 },
    });
    expect(json.statusCode).toBe(415);
    const badMode = await upload(dispatcher, workbook([header, row()]), 'delete' as 'commit');
    expect(badMode.statusCode).toBe(400);
    expect(await countEnterprises()).toBe(before);
  });

  it('keeps a county dispatcher inside the county', async () => {
    const elsewhere = await t.createEnterprise({ regionCode: '430481' });
    const file = workbook([header, row({ 所属区县: '耒阳市' }), row({}, elsewhere.creditCode)]);
    const response = await upload(county, file, 'validate');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { message: string }) => e.message)).toEqual([
      '耒阳市超出您的管理范围',
      '该信用代码已登记在您管理范围以外的区县，不能修改',
    ]);
    expect((await upload(await t.signInAs('leader'), file, 'validate')).statusCode).toBe(403);
  });

  it('exports the filtered list so that it imports back unchanged, neutralising formulas', async () => {
    await t.createEnterprise({ regionCode: '430424', name: '=HYPERLINK("http://x","点我")有限公司' });
    await t.createEnterprise({
      regionCode: '430424',
      name: '衡东往返测试有限公司',
      contactPhone: '0734-5221234',
      isContinuousProcess: true,
    });
    const exported = await dispatcher.request({
      method: 'GET',
      url: '/api/enterprises/export?region=430424',
    });
    expect(exported.statusCode).toBe(200);
    const book = XLSX.read(exported.rawPayload, { type: 'buffer', cellFormula: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 });
    expect(rows[0]).toEqual(['规模以上工业企业名录']);
    expect(String(rows[1])).toContain('导出时间：2020-03-08');
    expect(String(rows[2])).toContain('区划=430424');
    expect(rows[3]).toEqual(header);
    expect(rows.slice(4)).toHaveLength(2);
    expect(rows.slice(4).some((r) => r[1] === `'=HYPERLINK("http://x","点我")有限公司`)).toBe(true);
    expect(Object.values(sheet).some((c) => typeof c === 'object' && c !== null && 'f' in c && c.f)).toBe(
      false,
    );
    const back = await upload(dispatcher, exported.rawPayload, 'commit');
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2 });
  });
});

describe('project import', () => {
  const projectHeader = [
    '项目编号',
    '项目名称',
    '项目级别',
    '所属区县',
    '建设单位',
    '项目类别',
    '总投资(万元)',
    '年度计划投资(万元)',
    '计划开工',
    '计划竣工',
    '建设阶段',
    '纳入统计日期',
  ];

  it('imports, reports bad levels and dates, and round-trips through export', async () => {
    const bad = workbook([
      projectHeader,
      [
        'XM-001',
        '常宁测试产业园',
        '市级',
        '常宁市',
        '常宁城投',
        '产业项目',
        50000,
        12000,
        '2019/6/1',
        '2021-12-31',
        '续建',
      ],
      [
        'XM-002',
        '常宁测试道路',
        '国家级',
        '常宁市',
        '常宁城投',
        '基础设施',
        8000,
        3000,
        '2020-02-30',
        '2021-12-31',
        '新开工',
      ],
    ]);
    const rejected = await upload(dispatcher, bad, 'commit', '/api/projects/import', '项目.xlsx');
    expect(rejected.statusCode).toBe(422);
    expect(
      rejected.json().errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`),
    ).toEqual(['3:项目级别', '3:计划开工']);
    const good = workbook([
      projectHeader,
      [
        'XM-001',
        '常宁测试产业园',
        '市级',
        '常宁市',
        '常宁城投',
        '产业项目',
        50000,
        12000,
        '2019/6/1',
        '2021-12-31',
        '续建',
      ],
    ]);
    const accepted = await upload(dispatcher, good, 'commit', '/api/projects/import', '项目.xlsx');
    expect(accepted.json()).toMatchObject({ created: 1 });
    const project = (await dispatcher.request({ method: 'GET', url: '/api/projects?q=XM-001' })).json()
      .items[0];
    expect(project).toMatchObject({
      plannedStart: '2019-06-01',
      stage: 'continuing',
      level: 'municipal',
      totalInvestment: '50000.00',
    });
    const exported = await dispatcher.request({ method: 'GET', url: '/api/projects/export?q=XM-001' });
    const back = await upload(dispatcher, exported.rawPayload, 'commit', '/api/projects/import', '项目.xlsx');
    expect(back.json()).toMatchObject({ rows: 1, unchanged: 1 });
  });
});
