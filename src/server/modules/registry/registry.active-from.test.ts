import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { nextCreditCode } from '../../testing/factories';
import { multipartFile } from '../../testing/multipart';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { enterpriseColumns } from './enterprises.import';
import { projectColumns } from './projects.import';

// 纳入统计日期 lets a city that loads its registry late report for the days before the import.
let t: TestApp;
let dispatcher: TestClient;
beforeAll(async () => {
  t = await buildTestApp();
  dispatcher = await t.signInAs('dispatcher');
});
afterAll(async () => {
  await t.close();
});

const enterpriseHeader = enterpriseColumns.map((c) => c.header);
const projectHeader = projectColumns.map((c) => c.header);

function enterpriseRow(code: string, activeFrom: unknown): unknown[] {
  return [
    code,
    `纳入测试${code.slice(-6)}有限公司`,
    '常宁市',
    'C3251',
    150,
    8800,
    '',
    '',
    '',
    '否',
    activeFrom,
  ];
}

function workbook(rows: unknown[][]): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '名录');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function upload(content: Buffer, url: string) {
  const { payload, headers } = multipartFile(content, '名录.xlsx');
  return dispatcher.request({ method: 'POST', url: `${url}?mode=commit`, payload, headers });
}

async function enterpriseByCode(code: string) {
  return (await dispatcher.request({ method: 'GET', url: `/api/enterprises?q=${code}` })).json().items[0];
}

function fileReport(id: number, date: string) {
  return dispatcher.request({
    method: 'PUT',
    url: `/api/enterprises/${id}/reports/${date}`,
    payload: {
      status: 'resumed',
      workforce: 150,
      onDuty: 140,
      capacityPct: 90,
      prevention: {
        supplies: true,
        temperatureChecks: true,
        disinfection: true,
        staffHealth: true,
        emergencyPlan: true,
      },
    },
  });
}

describe('纳入统计日期 in the registry sheets', () => {
  it('is the last column of both templates, after API.md’s headers', async () => {
    for (const [url, last] of [
      ['/api/enterprises/import-template', '连续生产型'],
      ['/api/projects/import-template', '建设阶段'],
    ] as const) {
      const response = await dispatcher.request({ method: 'GET', url });
      const book = XLSX.read(response.rawPayload, { type: 'buffer' });
      const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
      expect(rows[2]!.slice(-2)).toEqual([last, '纳入统计日期']);
    }
  });

  it('takes a typed date or an Excel date, defaults to today, and lets reports be filed from that day', async () => {
    const [typed, excelDate, blank] = [1, 2, 3].map(() => nextCreditCode('430482'));
    const result = await upload(
      workbook([
        enterpriseHeader,
        enterpriseRow(typed!, '2020/3/2'),
        enterpriseRow(excelDate!, new Date(Date.UTC(2020, 2, 4))),
        enterpriseRow(blank!, ''),
      ]),
      '/api/enterprises/import',
    );
    expect(result.statusCode, result.body).toBe(200);
    expect((await enterpriseByCode(typed!)).activeFrom).toBe('2020-03-02');
    expect((await enterpriseByCode(excelDate!)).activeFrom).toBe('2020-03-04');
    const blankOne = await enterpriseByCode(blank!);
    expect(blankOne.activeFrom).toBe('2020-03-08');

    const pastDay = await fileReport((await enterpriseByCode(typed!)).id, '2020-03-05');
    expect(pastDay.statusCode, pastDay.body).toBe(201);
    const beforeImport = await fileReport(blankOne.id, '2020-03-05');
    expect(beforeImport.statusCode).toBe(400);
    expect(beforeImport.json().detail).toContain('2020-03-08 起纳入统计');
  });

  it('keeps an existing date when the cell is blank, changes it when filled, and round-trips the export', async () => {
    const code = nextCreditCode('430482');
    await upload(workbook([enterpriseHeader, enterpriseRow(code, '2020-03-01')]), '/api/enterprises/import');
    const blankAgain = await upload(
      workbook([enterpriseHeader, enterpriseRow(code, '')]),
      '/api/enterprises/import',
    );
    expect(blankAgain.json()).toMatchObject({ unchanged: 1, updated: 0 });
    const moved = await upload(
      workbook([enterpriseHeader, enterpriseRow(code, '2020-02-20')]),
      '/api/enterprises/import',
    );
    expect(moved.json()).toMatchObject({ updated: 1 });
    expect((await enterpriseByCode(code)).activeFrom).toBe('2020-02-20');

    const exported = await dispatcher.request({ method: 'GET', url: `/api/enterprises/export?q=${code}` });
    const rows = XLSX.utils.sheet_to_json<string[]>(
      XLSX.read(exported.rawPayload, { type: 'buffer' }).Sheets['企业名录']!,
      { header: 1 },
    );
    expect(rows[3]).toEqual(enterpriseHeader);
    expect(rows[4]!.at(-1)).toBe('2020-02-20');
    const back = await upload(exported.rawPayload, '/api/enterprises/import');
    expect(back.json()).toMatchObject({ rows: 1, unchanged: 1 });
  });

  it('names the column of a bad date and writes nothing', async () => {
    const [first, second] = [nextCreditCode('430482'), nextCreditCode('430482')];
    const result = await upload(
      workbook([enterpriseHeader, enterpriseRow(first, '2020-02-30'), enterpriseRow(second, '三月一日')]),
      '/api/enterprises/import',
    );
    expect(result.statusCode).toBe(422);
    expect(result.json().errors).toEqual([
      { row: 2, column: '纳入统计日期', value: '2020-02-30', message: '日期不存在' },
      { row: 3, column: '纳入统计日期', value: '三月一日', message: '日期格式应为 YYYY-MM-DD' },
    ]);
    expect(await enterpriseByCode(first)).toBeUndefined();
  });

  it('does the same for projects, and refuses a date after the project closed', async () => {
    const projectRow = (activeFrom: string) => [
      'XM-NR-01',
      '常宁纳入测试项目',
      '市级',
      '常宁市',
      '常宁城投',
      '产业项目',
      50000,
      12000,
      '2019-06-01',
      '2021-12-31',
      '续建',
      activeFrom,
    ];
    const created = await upload(workbook([projectHeader, projectRow('2020-03-01')]), '/api/projects/import');
    expect(created.json()).toMatchObject({ created: 1 });
    const project = (await dispatcher.request({ method: 'GET', url: '/api/projects?q=XM-NR-01' })).json()
      .items[0];
    expect(project.activeFrom).toBe('2020-03-01');
    const closed = await dispatcher.request({
      method: 'POST',
      url: `/api/projects/${project.id}/close`,
      headers: { 'if-match': String(project.version) },
      payload: { closedAt: '2020-03-05', reason: '项目终止' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const late = await upload(workbook([projectHeader, projectRow('2020-03-06')]), '/api/projects/import');
    expect(late.statusCode).toBe(422);
    expect(late.json().errors).toEqual([
      {
        row: 2,
        column: '纳入统计日期',
        value: '2020-03-06',
        message: '纳入统计日期不能晚于关停日期 2020-03-05',
      },
    ]);
  });
});
