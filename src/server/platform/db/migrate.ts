import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './client';

export const migrationsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../drizzle',
);

// A fixed key for pg_advisory_xact_lock so that only one process migrates at a time.
const migrationLockKey = 7_246_001;

/**
 * Applies the committed drizzle-kit migrations in order. Our own runner instead of drizzle's so that the
 * bookkeeping table lives in the current schema (tests run each suite in a fresh schema) and several
 * processes starting at once serialise on an advisory lock.
 */
export async function migrate(database: Database): Promise<string[]> {
  const files = readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${migrationLockKey})`);
    await tx.execute(
      sql`create table if not exists kj_migrations (name text primary key, applied_at timestamptz not null default now())`,
    );
    const done = await tx.execute(sql`select name from kj_migrations`);
    const doneNames = new Set((done as { rows: { name: string }[] }).rows.map((r) => r.name));
    for (const file of files) {
      if (doneNames.has(file)) continue;
      const text = readFileSync(path.join(migrationsDir, file), 'utf8');
      // drizzle-kit qualifies references with "public"; dropping it lets the same SQL run in any schema.
      const statements = text
        .replaceAll('"public".', '')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      for (const statement of statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into kj_migrations (name) values (${file})`);
      applied.push(file);
    }
  });
  return applied;
}
