import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { cellText, normaliseHeader, readSheet } from './excel-reader';
import { neutraliseFormula } from './excel';

const dir = mkdtempSync(path.join(tmpdir(), 'kj-excel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('streaming sheet reader', () => {
  it('keeps multi-byte Chinese text intact across chunk boundaries', async () => {
    const names = Array.from(
      { length: 3000 },
      (_, i) => `湖南衡阳高新技术产业园区第${i}号企业（测试）有限公司`,
    );
    const sheet = XLSX.utils.aoa_to_sheet([['编号', '名称'], ...names.map((n, i) => [i, n])]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '名录');
    const file = path.join(dir, 'chinese.xlsx');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const read: string[] = [];
    for await (const record of readSheet(file, [
      { key: 'id', header: '编号', required: true },
      { key: 'name', header: '名称', required: true },
    ])) {
      read.push(record.cells.name);
    }
    expect(read).toEqual(names);
  });

  it('normalises headers and cell values as people type them', () => {
    expect(normaliseHeader(' 年产值（万元） ')).toBe('年产值(万元)');
    expect(cellText({ richText: [{ text: '隆源' }, { text: '铜业' }] })).toBe('隆源铜业');
    expect(cellText(new Date(Date.UTC(2020, 2, 8)))).toBe('2020-03-08');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
  });

  it('neutralises formula-like text', () => {
    for (const text of ['=1+1', '+86', '-5', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(neutraliseFormula('衡阳')).toBe('衡阳');
  });
});
