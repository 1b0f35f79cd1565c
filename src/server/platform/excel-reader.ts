import './exceljs-utf8-fix';
import ExcelJS from 'exceljs';
import { AppError } from './errors';
import { readMagic } from './uploads';

export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  required: boolean;
}

export interface SheetRecord<K extends string> {
  /** The spreadsheet's own row number (1-based, as Excel shows it). */
  row: number;
  cells: Record<K, string>;
}

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Rejects what is not an .xlsx by its content: encrypted workbooks and old .xls are OLE files, .xlsx is a zip. */
export async function assertXlsx(filePath: string): Promise<void> {
  const magic = await readMagic(filePath, 8);
  if (magic.subarray(0, 8).equals(oleMagic)) {
    throw new AppError(
      'unprocessable',
      '文件已加密或是旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx 后再导入',
    );
  }
  if (!magic.subarray(0, 4).equals(zipMagic)) {
    throw new AppError('unsupported_media_type', '文件不是 Excel 工作簿（.xlsx），请使用下载的模板填写');
  }
}

/** Header text as people type it: no spaces (incl. full-width), full-width brackets folded. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/** A cell's value as the text a person sees: rich text joined, formulas by result, dates as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}

const headerSearchRows = 20;

/**
 * Streams the first worksheet of an .xlsx file row by row (ExcelJS's streaming reader: the file is never
 * loaded whole). Finds the header row among the first 20 rows (titles or merged cells may sit above it),
 * maps columns by header, and yields non-empty rows with the sheet's own row numbers.
 */
export async function* readSheet<K extends string>(
  filePath: string,
  columns: readonly ColumnSpec<K>[],
): AsyncGenerator<SheetRecord<K>> {
  await assertXlsx(filePath);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  // ExcelJS reads a worksheet that comes before xl/workbook.xml in the zip (as SheetJS and some WPS files
  // order them) with an undefined workbook model and throws; an empty model lets it read the rows.
  // Likewise a date cell there needs the workbook properties (1900 or 1904 dates): until workbook.xml is read,
  // assume 1900, Excel's default.
  const withModel = reader as unknown as { model?: unknown; properties?: unknown };
  withModel.model ??= { sheets: [] };
  withModel.properties ??= { model: { date1904: false } };
  let columnIndex: Map<K, number> | null = null;
  let bestMissing: string[] = columns.filter((c) => c.required).map((c) => c.header);
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]) ?? [];
        if (!columnIndex) {
          if (row.number > headerSearchRows) break;
          const texts = values.map((v) => normaliseHeader(cellText(v)));
          const found = new Map<K, number>();
          for (const column of columns) {
            const index = texts.indexOf(normaliseHeader(column.header));
            if (index >= 0) found.set(column.key, index);
          }
          const missing = columns.filter((c) => c.required && !found.has(c.key)).map((c) => c.header);
          if (missing.length === 0) columnIndex = found;
          else if (found.size > 0 && missing.length < bestMissing.length) bestMissing = missing;
          continue;
        }
        const cells = {} as Record<K, string>;
        let isEmpty = true;
        for (const column of columns) {
          const index = columnIndex.get(column.key);
          const text = index === undefined ? '' : cellText(values[index] ?? null);
          if (text !== '') isEmpty = false;
          cells[column.key] = text;
        }
        if (!isEmpty) yield { row: row.number, cells };
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unprocessable', '文件已损坏或不是有效的 .xlsx 工作簿，无法读取');
  }
  if (!columnIndex) {
    throw new AppError(
      'unprocessable',
      `缺少表头：${bestMissing.join('、')}。请使用下载的模板，表头须在前 ${headerSearchRows} 行内`,
      {
        errors: bestMissing.map((h) => ({ path: h, message: '缺少该列' })),
      },
    );
  }
}
