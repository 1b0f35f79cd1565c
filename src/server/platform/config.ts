import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema to use (search_path); unset = the server's default (public). */
  databaseSchema: string | undefined;
  isDemo: boolean;
  /** Virtual start of the clock; null = real time. The demo runs from 2020-03-08 18:00 +08:00. */
  clockStart: Date | null;
  adminUser: string | undefined;
  adminPassword: string | undefined;
  trustProxy: boolean;
  logLevel: string;
  bodyLimitBytes: number;
  importMaxBytes: number;
  /** Daily reports: due `reportDeadlineHour`:00 on D+`reportDeadlineDays`; locked after `reportLockDays`. */
  reportDeadlineDays: number;
  reportDeadlineHour: number;
  reportLockDays: number;
}

export const demoClockStart = new Date('2020-03-08T18:00:00+08:00');

function parseBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

/** Reads configuration from the environment; every key is listed in docs/operations.md. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const isDemo = parseBoolean(env.KUAIJIN_DEMO, true);
  const clock = env.KUAIJIN_CLOCK;
  let clockStart: Date | null = isDemo ? demoClockStart : null;
  if (clock === 'real') clockStart = null;
  else if (clock) {
    const parsed = new Date(clock);
    if (Number.isNaN(parsed.getTime())) throw new Error(`KUAIJIN_CLOCK 不是合法的时间：${clock}`);
    clockStart = parsed;
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 不合法：${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    isDemo,
    clockStart,
    adminUser: env.KUAIJIN_ADMIN_USER || undefined,
    adminPassword: env.KUAIJIN_ADMIN_PASSWORD || undefined,
    trustProxy: parseBoolean(env.TRUST_PROXY, false),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1024 * 1024),
    importMaxBytes: Number(env.IMPORT_MAX_BYTES ?? 20 * 1024 * 1024),
    reportDeadlineDays: Number(env.REPORT_DEADLINE_DAYS ?? 1),
    reportDeadlineHour: Number(env.REPORT_DEADLINE_HOUR ?? 12),
    reportLockDays: Number(env.REPORT_LOCK_DAYS ?? 7),
  };
}
