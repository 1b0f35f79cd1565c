import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../platform/db/client';
import { migrate } from '../platform/db/migrate';

export const defaultTestDatabaseUrl = 'postgres://postgres@127.0.0.1:5432/test';

/** Which database the suite runs on: PGlite by default, PostgreSQL when TEST_DB=postgres (npm run test:pg). */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/**
 * A fresh, migrated database: in-memory PGlite, or a new schema on the test PostgreSQL that is dropped on
 * close, so that parallel files and concurrent runs never see each other's rows.
 */
export interface TestDatabase extends Database {
  /**
   * A second connection to the same data, as another server process would have (PostgreSQL); PGlite has a
   * single connection, so there it is the same database.
   */
  sibling(): Promise<Database>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const database = await openDatabase({});
    await migrate(database);
    return { ...database, sibling: async () => ({ ...database, close: async () => {} }) };
  }
  const url = process.env.TEST_DATABASE_URL || defaultTestDatabaseUrl;
  const schema = `kj_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url, searchPath: schema, poolSize: 5 });
  await migrate(database);
  return {
    ...database,
    sibling: () => openDatabase({ url, searchPath: schema, poolSize: 2 }),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      try {
        await dropper.query(`drop schema ${schema} cascade`);
      } finally {
        await dropper.end();
      }
    },
  };
}
