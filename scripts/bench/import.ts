/**
 * `npm run bench:import`: a 50,000-row enterprise workbook, validate then commit, on PostgreSQL (issue 3).
 * The import runs in a child process so that its peak memory (max RSS) is its own.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { completeCreditCode } from '../../src/domain/credit-code';
import { machineLine, table, writeSection } from './report';

const rows = Number(process.env.BENCH_ROWS ?? 50_000);
const areas = [
  ['430482', '常宁市'],
  ['430481', '耒阳市'],
  ['430422', '衡南县'],
  ['430426', '祁东县'],
  ['430472', '湖南衡阳高新技术产业园区'],
];

async function writeWorkbookFile(file: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(file),
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('企业名录');
  sheet.addRow(['规模以上工业企业名录（基准测试）']).commit();
  sheet
    .addRow([
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
    ])
    .commit();
  for (let i = 0; i < rows; i++) {
    const [code, name] = areas[i % areas.length]!;
    const creditCode = completeCreditCode(`91${code}${String(i).padStart(8, '0')}`);
    sheet
      .addRow([
        creditCode,
        `基准测试企业${i}有限公司`,
        name,
        'C3251',
        50 + (i % 900),
        `${2000 + (i % 50000)}.50`,
        `工业路${i}号`,
        '张三',
        '13812345678',
        i % 10 === 0 ? '是' : '否',
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kj-bench-import-'));
  const file = path.join(dir, 'enterprises.xlsx');
  try {
    await writeWorkbookFile(file);
    const sizeMb = statSync(file).size / 2 ** 20;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'import-worker.ts'), file],
      {
        env: { ...process.env, TEST_DB: 'postgres' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (child.status !== 0) throw new Error(`import worker failed (${child.status})`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
      validateMs: number;
      commitMs: number;
      maxRssMb: number;
      created: number;
    };
    const figures: [string, string][] = [
      ['Workbook', `${rows.toLocaleString('en')} rows, ${sizeMb.toFixed(1)} MB`],
      [
        'Validate (stream, parse, check every row, look up existing codes)',
        `${(result.validateMs / 1000).toFixed(1)} s`,
      ],
      [
        'Commit (parse, check and write in batches of 1,000 inside one transaction)',
        `${(result.commitMs / 1000).toFixed(1)} s (${result.created.toLocaleString('en')} created)`,
      ],
      ['Validate + commit', `${((result.validateMs + result.commitMs) / 1000).toFixed(1)} s`],
      ['Peak memory of the importing process (max RSS)', `${result.maxRssMb.toFixed(0)} MB`],
    ];
    console.log(table(figures));
    writeSection(
      'import',
      `## Enterprise import (PostgreSQL 15, local)\n\nMachine: ${machineLine()}.\n\n${table(figures)}\n\nGoal (issue 3): validate then commit of 50,000 rows under 30 s and under 400 MB peak memory.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
