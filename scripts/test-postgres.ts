// npm run test:pg: the whole Vitest suite against the test PostgreSQL (TEST_DATABASE_URL).
// It never skips: an unreachable server fails the run with a message saying why and how to fix it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { defaultTestDatabaseUrl } from '../src/server/testing/test-database';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Test schemas are named kj_t_<base36 ms timestamp>_<random> (src/server/testing/test-database.ts). */
export function schemaCreatedAt(schema: string): number | null {
  const match = /^kj_t_([0-9a-z]+)_/.exec(schema);
  if (!match) return null;
  const ms = parseInt(match[1]!, 36);
  return Number.isFinite(ms) ? ms : null;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/** Drops test schemas left behind by runs that were killed (older than a day, so never a running one). */
async function dropLeftoverSchemas(client: pg.Client, maxAgeMs = 24 * 60 * 60 * 1000): Promise<number> {
  const { rows } = await client.query<{ nspname: string }>(
    "select nspname from pg_namespace where nspname like 'kj\\_t\\_%'",
  );
  let dropped = 0;
  for (const { nspname } of rows) {
    const createdAt = schemaCreatedAt(nspname);
    if (createdAt === null || Date.now() - createdAt < maxAgeMs) continue;
    if (!/^[a-z0-9_]+$/.test(nspname)) continue;
    await client.query(`drop schema if exists "${nspname}" cascade`);
    dropped++;
  }
  return dropped;
}

async function run(): Promise<number> {
  const url = process.env.TEST_DATABASE_URL || defaultTestDatabaseUrl;
  let client: pg.Client;
  try {
    client = await connect(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      [
        '',
        `✗ PostgreSQL 测试无法运行：连不上测试数据库 ${redact(url)}`,
        `  原因 (reason): ${reason}`,
        '  The PostgreSQL suite cannot run: the test database is unreachable. It is not skipped.',
        '',
        '  解决办法 (how to fix):',
        '  - 启动本机 PostgreSQL，并创建数据库 test：createdb -U postgres test',
        '    Start the local PostgreSQL server and create a database named "test".',
        '  - 或者设置 TEST_DATABASE_URL 指向一个可用的 PostgreSQL 数据库（需要建 schema 的权限）：',
        '    Or set TEST_DATABASE_URL to a reachable database where the user may create schemas, e.g.',
        '    TEST_DATABASE_URL=postgres://user:password@host:5432/test npm run test:pg',
        '',
      ].join('\n'),
    );
    return 1;
  }
  try {
    const dropped = await dropLeftoverSchemas(client);
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    console.log(
      `PostgreSQL ${rows[0]?.server_version ?? '?'} 可用：${redact(url)}` +
        (dropped ? `；已清理 ${dropped} 个一天前遗留的测试 schema` : ''),
    );
  } finally {
    await client.end();
  }

  const vitest = path.join(rootDir, 'node_modules/.bin/vitest');
  if (!existsSync(vitest)) {
    console.error(`找不到 ${vitest}：请先运行 npm ci (vitest is not installed)`);
    return 1;
  }
  const result = spawnSync(vitest, ['run', ...process.argv.slice(2)], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, TEST_DB: 'postgres', TEST_DATABASE_URL: url },
  });
  if (result.error) {
    console.error(`无法启动 vitest：${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
