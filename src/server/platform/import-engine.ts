import type { z } from 'zod';
import type { ImportResult, ImportRowError } from '../../contracts/common';
import type { AuditContext } from './audit';
import type { Db } from './db/client';
import { AppError } from './errors';
import type { ColumnSpec, SheetRecord } from './excel-reader';
import type { Platform } from './platform';

/** The most row errors one response lists; beyond that the count says how many more. */
export const maxReportedErrors = 1000;

export interface ParsedRow<T> {
  row: number;
  key: string;
  value: T;
}

export type ParseResult<T> = { value: T; key: string } | { errors: ImportRowError[] };

/** What differs between one import and another (enterprises, projects, reports). */
export interface ImportSpec<K extends string, T, Existing> {
  entityType: string;
  label: string;
  columns: readonly ColumnSpec<K>[];
  keyColumn: K;
  /**
   * Cells → a value, or the row's errors (already carrying row and column). Lookups go through `db`, the
   * import's transaction when committing (PGlite has one connection: a read outside it would wait forever).
   */
  parseRow(record: SheetRecord<K>, db: Db): ParseResult<T> | Promise<ParseResult<T>>;
  /** Rows already stored, by key, looked up in batches. */
  loadExisting(db: Db, keys: string[]): Promise<Map<string, Existing>>;
  /** A row error when an existing record may not be changed by this caller (outside their scope). */
  checkExisting(existing: Existing, parsed: ParsedRow<T>): ImportRowError | null;
  isUnchanged(existing: Existing, value: T): boolean;
  insertMany(db: Db, values: T[]): Promise<void>;
  update(db: Db, existing: Existing, value: T): Promise<void>;
  /** Work that must happen in its own transaction before the import's (reports create summary days). */
  beforeRun?(): Promise<void>;
}

export interface ImportSource<K extends string> {
  records: AsyncIterable<SheetRecord<K>> | Iterable<SheetRecord<K>>;
  fileName: string;
}

function addError(errors: ImportRowError[], error: ImportRowError, counter: { total: number }) {
  counter.total++;
  if (errors.length < maxReportedErrors) errors.push(error);
}

/** Rows are checked against the database and written in batches of this size, so memory stays flat. */
const batchSize = 1000;

/**
 * Validate or commit a sheet, streaming: rows are parsed and checked in batches; a commit writes each batch
 * inside one transaction that is rolled back if any row anywhere in the file has an error, so the file is
 * all-or-nothing while memory holds only one batch (and the set of keys seen, to find duplicates).
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
  const rowsWithErrors = new Set<number>();
  const firstRowOfKey = new Map<string, number>();
  const keyHeader = spec.columns.find((c) => c.key === spec.keyColumn)!.header;
  const counts = { rows: 0, created: 0, updated: 0, unchanged: 0 };
  const report = (error: ImportRowError) => {
    rowsWithErrors.add(error.row);
    addError(errors, error, counter);
  };

  async function flush(db: Db, batch: ParsedRow<T>[]) {
    if (batch.length === 0) return;
    const existing = await spec.loadExisting(
      db,
      batch.map((p) => p.key),
    );
    const toInsert: T[] = [];
    for (const item of batch) {
      const current = existing.get(item.key);
      if (!current) {
        toInsert.push(item.value);
        counts.created++;
        continue;
      }
      const denied = spec.checkExisting(current, item);
      if (denied) report(denied);
      else if (spec.isUnchanged(current, item.value)) counts.unchanged++;
      else {
        counts.updated++;
        if (mode === 'commit' && counter.total === 0) await spec.update(db, current, item.value);
      }
    }
    // Once any error is known the transaction will be rolled back, so further writes are pointless.
    if (mode === 'commit' && counter.total === 0) await spec.insertMany(db, toInsert);
  }

  async function run(db: Db) {
    let batch: ParsedRow<T>[] = [];
    for await (const record of source.records) {
      counts.rows++;
      const result = await spec.parseRow(record, db);
      if ('errors' in result) {
        for (const error of result.errors) report(error);
        continue;
      }
      const earlier = firstRowOfKey.get(result.key);
      if (earlier !== undefined) {
        report({ row: record.row, column: keyHeader, value: result.key, message: `与第 ${earlier} 行重复` });
        continue;
      }
      firstRowOfKey.set(result.key, record.row);
      batch.push({ row: record.row, key: result.key, value: result.value });
      if (batch.length >= batchSize) {
        await flush(db, batch);
        batch = [];
      }
    }
    await flush(db, batch);
    if (counts.rows === 0)
      throw new AppError('unprocessable', '文件中没有数据行', {
        errors: [{ path: 'file', message: '没有数据行' }],
      });
    if (counter.total > 0) {
      errors.sort((a, b) => a.row - b.row);
      const more = counter.total > errors.length ? `（仅列出前 ${errors.length} 条）` : '';
      throw new AppError(
        'unprocessable',
        `${source.fileName}：${rowsWithErrors.size} 行共 ${counter.total} 处错误${more}，未写入任何数据，请修正后重新导入`,
        {
          extra: { mode, ...counts, errors, errorCount: counter.total },
        },
      );
    }
    if (mode === 'commit') {
      await platform.audit.record(db, context, {
        action: `${spec.entityType}.imported`,
        entityType: spec.entityType,
        summary: `导入${spec.label}「${source.fileName}」：${counts.rows} 行，新增 ${counts.created}，更新 ${counts.updated}，未变 ${counts.unchanged}`,
      });
    }
  }

  await spec.beforeRun?.();
  if (mode === 'commit') await platform.db.transaction(run);
  else await run(platform.db);
  return { mode, ...counts, errors: [] };
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
