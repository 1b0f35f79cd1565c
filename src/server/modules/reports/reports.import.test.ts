import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as XLSX from 'xlsx';
import { multipartFile } from '../../testing/multipart';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

let t: TestApp;
let county: TestClient;
let firmId: number;

beforeAll(async () => {
  t = await buildTestApp({ now: '2020-03-08T10:00:00+08:00' });
  const enterprise = await t.createEnterprise({
    regionCode: '430482',
    name: '常宁报送测试铜业有限公司',
    activeFrom: '2020-01-01',
  });
  firmId = enterprise.id;
  await t.createUser('enterprise_user', { username: 'firm', enterpriseId: firmId });
  county = await t.signInAs('county_dispatcher');
});
afterAll(async () => {
  await t.close();
});

async function counts() {
  const result = await t.platform.db.execute(sql`select
    (select count(*)::int from reports) as reports,
    (select count(*)::int from report_revisions) as revisions,
    (select count(*)::int from audit_log where action like 'report.%') as audits`);
  return (result as unknown as { rows: { reports: number; revisions: number; audits: number }[] }).rows[0]!;
}

describe('bulk import by county dispatchers', () => {
  const header = [
    '类型',
    '信用代码或项目编号',
    '日期',
    '复工状态',
    '职工总数',
    '在岗人数',
    '产能利用率(%)',
    '在场施工人数',
    '本月完成投资(万元)',
    '防疫物资储备',
    '测温登记',
    '消毒',
    '返岗人员健康管理',
    '应急预案',
    '主要困难',
    '备注',
    '修改理由',
  ];

  it('is all-or-nothing with row errors, then commits', async () => {
    const a = await t.createEnterprise({ regionCode: '430482', activeFrom: '2020-01-01' });
    const b = await t.createEnterprise({ regionCode: '430482', activeFrom: '2020-01-01' });
    const elsewhere = await t.createEnterprise({ regionCode: '430481', activeFrom: '2020-01-01' });
    const sheet = (rows: unknown[][]) => {
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ...rows]), '日报');
      return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    };
    const good = [
      '企业',
      a.creditCode,
      '2020-03-08',
      '已复工',
      200,
      180,
      88,
      '',
      '',
      '是',
      '是',
      '是',
      '是',
      '是',
      '',
      '',
      '',
    ];
    const bad = [
      ['企业', b.creditCode, '2020-03-08', '开工', 200, 180, 88],
      ['企业', b.creditCode, '2020-03-08', '部分复工', 200, 300, 50],
      ['企业', elsewhere.creditCode, '2020-03-08', '已复工', 10, 5, 90],
      ['企业', b.creditCode, '2020-03-20', '已复工', 10, 5, 90],
    ];
    const before = await counts();
    const upload = (file: Buffer, mode: string) => {
      const { payload, headers } = multipartFile(file, '日报.xlsx');
      return county.request({ method: 'POST', url: `/api/reports/import?mode=${mode}`, payload, headers });
    };
    const rejected = await upload(sheet([good, ...bad]), 'commit');
    expect(rejected.statusCode).toBe(422);
    expect(
      rejected.json().errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`),
    ).toEqual(['3:复工状态', '4:在岗人数', '5:信用代码或项目编号', '6:日期']);
    expect(await counts()).toEqual(before);
    const accepted = await upload(sheet([good]), 'commit');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ rows: 1, created: 1 });
    const report = (
      await county.request({ method: 'GET', url: `/api/enterprises/${a.id}/reports/2020-03-08` })
    ).json().report;
    expect(report).toMatchObject({ status: 'resumed', onDuty: 180, isOnBehalf: true });
  });
});
