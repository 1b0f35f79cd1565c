import type { z } from 'zod';
import type { ImportResult, ImportRowError } from '../../../contracts/registry';
import type { AuditContext } from '../../platform/audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import type { ColumnSpec, SheetRecord } from '../../platform/excel-reader';
import type { Platform } from '../../platform/platform';

/** The most row errors one response lists; beyond that the count says how many more. */
export const maxReportedErrors = 1000;

export interface ParsedRow<T> {
  row: number;
  key: string;
  value: T;
}

/** What differs between the enterprise and the project import. */
export interface ImportSpec<K extends string, T, Existing> {
  entityType: string;
  label: string;
  columns: readonly ColumnSpec<K>[];
  keyColumn: K;
  /** Cells → a value, or the row's errors (already carrying row and column). */
  parseRow(record: SheetRecord<K>): { value: T; key: string } | { errors: ImportRowError[] };
  /** Rows already stored, by key, looked up in batches. */
  loadExisting(db: Db, keys: string[]): Promise<Map<string, Existing>>;
  /** A row error when an existing record may not be changed by this caller (outside their scope). */
  checkExisting(existing: Existing, parsed: ParsedRow<T>): ImportRowError | null;
  isUnchanged(existing: Existing, value: T): boolean;
  insertMany(db: Db, values: T[]): Promise<void>;
  update(db: Db, existing: Existing, value: T): Promise<void>;
}

export interface ImportSource<K extends string> {
  records: AsyncIterable<SheetRecord<K>> | Iterable<SheetRecord<K>>;
  fileName: string;
}

function addError(errors: ImportRowError[], error: ImportRowError, counter: { total: number }) {
  counter.total++;
  if (errors.length < maxReportedErrors) errors.push(error);
}

/**
 * Validate or commit a sheet: every row is parsed and checked first; any error means nothing is written
 * (422 with the row errors). A commit upserts by key in one transaction and writes one audit record.
 */
export async function runImport<K extends string, T, Existing>(
  platform: Platform,
  spec: ImportSpec<K, T, Existing>,
  source: ImportSource<K>,
  mode: 'validate' | 'commit',
  context: AuditContext,
): Promise<ImportResult> {
  const errors: ImportRowError[] = [];
  const counter = { total: 0 };
  const parsed: ParsedRow<T>[] = [];
  const firstRowOfKey = new Map<string, number>();
  const keyHeader = spec.columns.find((c) => c.key === spec.keyColumn)!.header;

  for await (const record of source.records) {
    const result = spec.parseRow(record);
    if ('errors' in result) {
      for (const error of result.errors) addError(errors, error, counter);
      continue;
    }
    const earlier = firstRowOfKey.get(result.key);
    if (earlier !== undefined) {
      addError(
        errors,
        { row: record.row, column: keyHeader, value: result.key, message: `与第 ${earlier} 行重复` },
        counter,
      );
      continue;
    }
    firstRowOfKey.set(result.key, record.row);
    parsed.push({ row: record.row, key: result.key, value: result.value });
  }
  const rows = parsed.length + new Set(errors.map((e) => e.row)).size;
  if (rows === 0 && counter.total === 0) {
    throw new AppError('unprocessable', '文件中没有数据行', {
      errors: [{ path: 'file', message: '没有数据行' }],
    });
  }

  const existing = new Map<string, Existing>();
  for (let i = 0; i < parsed.length; i += 1000) {
    const batch = await spec.loadExisting(
      platform.db,
      parsed.slice(i, i + 1000).map((p) => p.key),
    );
    for (const [key, value] of batch) existing.set(key, value);
  }
  const toInsert: T[] = [];
  const toUpdate: [Existing, T][] = [];
  let unchanged = 0;
  for (const item of parsed) {
    const current = existing.get(item.key);
    if (!current) {
      toInsert.push(item.value);
      continue;
    }
    const denied = spec.checkExisting(current, item);
    if (denied) addError(errors, denied, counter);
    else if (spec.isUnchanged(current, item.value)) unchanged++;
    else toUpdate.push([current, item.value]);
  }
  errors.sort((a, b) => a.row - b.row);
  const result: ImportResult = {
    mode,
    rows,
    created: toInsert.length,
    updated: toUpdate.length,
    unchanged,
    errors,
  };
  if (counter.total > 0) {
    const more = counter.total > errors.length ? `（仅列出前 ${errors.length} 条）` : '';
    throw new AppError(
      'unprocessable',
      `${source.fileName}：共 ${counter.total} 处错误${more}，未写入任何数据，请修正后重新导入`,
      {
        extra: { ...result, errorCount: counter.total },
      },
    );
  }
  if (mode === 'commit') {
    await platform.db.transaction(async (tx) => {
      for (let i = 0; i < toInsert.length; i += 500) await spec.insertMany(tx, toInsert.slice(i, i + 500));
      for (const [current, value] of toUpdate) await spec.update(tx, current, value);
      await platform.audit.record(tx, context, {
        action: `${spec.entityType}.imported`,
        entityType: spec.entityType,
        summary: `导入${spec.label}「${source.fileName}」：${rows} 行，新增 ${toInsert.length}，更新 ${toUpdate.length}，未变 ${unchanged}`,
      });
    });
  }
  return result;
}

/** Maps a Zod failure of one row to row errors named by the sheet's column headers. */
export function zodRowErrors<K extends string>(
  error: z.ZodError,
  record: SheetRecord<K>,
  columns: readonly ColumnSpec<K>[],
  fieldToColumn: Partial<Record<string, K>>,
): ImportRowError[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const key = fieldToColumn[field] ?? (field as K);
    const column = columns.find((c) => c.key === key);
    return {
      row: record.row,
      column: column?.header ?? field,
      value: column ? record.cells[column.key] : '',
      message: issue.message,
    };
  });
}
