import { PassThrough } from 'node:stream';
import './exceljs-utf8-fix';
import ExcelJS from 'exceljs';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | Date | null | undefined;
}

export interface SheetSpec<T> {
  sheetName: string;
  /** Lines above the header (title, generated-at, filters); the header row follows them. */
  preamble?: string[];
  columns: SheetColumn<T>[];
  rows: Iterable<T> | AsyncIterable<T>;
}

// A spreadsheet treats text starting with these as a formula (CSV/formula injection, OWASP).
const formulaStart = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe-like quote character. */
export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Writes one sheet with ExcelJS's streaming writer, so memory stays flat for large exports. */
export function writeWorkbook<T>(spec: SheetSpec<T>): Promise<Buffer> {
  return writeWorkbookSheets([sheetOf(spec)]);
}

/** A typed sheet for `writeWorkbookSheets` (each sheet has its own row type). */
export function sheetOf<T>(spec: SheetSpec<T>): SheetSpec<unknown> {
  return spec as unknown as SheetSpec<unknown>;
}

/** Several sheets in one workbook (a coverage report: uncovered, overdue, workload), streamed one by one. */
export async function writeWorkbookSheets(specs: readonly SheetSpec<unknown>[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const spec of specs) {
    const sheet = workbook.addWorksheet(spec.sheetName, {
      views: [{ state: 'frozen', ySplit: (spec.preamble?.length ?? 0) + 1 }],
    });
    sheet.columns = spec.columns.map((c) => ({ width: c.width ?? 16 }));
    for (const line of spec.preamble ?? []) {
      const row = sheet.addRow([neutraliseFormula(line)]);
      row.font = { bold: line === spec.preamble?.[0], size: line === spec.preamble?.[0] ? 14 : 10 };
      row.commit();
    }
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FA' } };
    header.commit();
    for await (const item of spec.rows) {
      const values = spec.columns.map((c) => {
        const v = c.value(item);
        return typeof v === 'string' ? neutraliseFormula(v) : (v ?? null);
      });
      sheet.addRow(values).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** "2020-03-08 18:00:00" in Asia/Shanghai, for generated-at lines and cells. */
export function formatShanghaiTime(at: Date): string {
  return at.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
