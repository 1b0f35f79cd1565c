import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildXlsx } from './xlsx-writer';

async function bytesOf(blob: Blob): Promise<Buffer> {
  return Buffer.from(await blob.arrayBuffer());
}

const spec = {
  sheetName: '错误清单',
  preamble: ['企业导入 错误清单 & <说明>'],
  columns: [{ title: '行号' }, { title: '列' }, { title: '内容' }, { title: '问题' }],
  rows: [
    [5, '统一社会信用代码', '=HYPERLINK("x")', '第 18 位校验码不正确'],
    [6, '所属区县', '火星区\u0001', '未知的区县：火星区'],
    [7, '地址', '', '不能为空'],
  ],
};

describe('buildXlsx (the browser-side error list workbook)', () => {
  it('is read back by ExcelJS with the header below the preamble and every value as text or number', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await buildXlsx(spec).arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('错误清单');
    expect(sheet.getRow(1).getCell(1).value).toBe('企业导入 错误清单 & <说明>');
    expect(sheet.getRow(2).values).toEqual([undefined, '行号', '列', '内容', '问题']);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      5,
      '统一社会信用代码',
      '=HYPERLINK("x")',
      '第 18 位校验码不正确',
    ]);
    // Control characters XML cannot carry are dropped; an empty cell stays empty.
    expect(sheet.getRow(4).getCell(3).value).toBe('火星区');
    expect(sheet.getRow(5).getCell(3).value).toBeNull();
    // Formula-like text is a string cell, never a formula.
    expect(sheet.getRow(3).getCell(3).type).toBe(ExcelJS.ValueType.String);
  });

  it('is read back by SheetJS', async () => {
    const workbook = XLSX.read(await bytesOf(buildXlsx(spec)), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['错误清单']!, { header: 1, defval: '' });
    expect(rows[1]).toEqual(['行号', '列', '内容', '问题']);
    expect(rows.slice(2).map((r) => r[0])).toEqual([5, 6, 7]);
  });
});
