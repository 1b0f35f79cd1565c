import { createAuditLog } from './audit';
import type { AuditLog } from './audit';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Database, Db } from './db/client';

/** The cross-cutting services every module receives from the composition root. */
export interface Platform {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  audit: AuditLog;
}

export function createPlatform(config: Config, database: Database, clock: Clock): Platform {
  return { config, database, db: database.db, clock, audit: createAuditLog(clock) };
}
