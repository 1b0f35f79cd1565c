import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { shiftedClock, systemClock } from './platform/clock';
import { readConfig } from './platform/config';
import { openDatabase } from './platform/db/client';
import { startJobs } from './platform/jobs';
import { migrate } from './platform/db/migrate';
import { createPlatform } from './platform/platform';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Reads config, opens the database, migrates, loads first-start data, listens, and closes gracefully. */
export async function main() {
  const started = Date.now();
  const config = readConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { url: config.databaseUrl, searchPath: config.databaseSchema }
      : { dataDir: path.join(config.dataDir, 'pglite') },
  );
  await migrate(database);
  const clock = config.clockStart ? shiftedClock(config.clockStart) : systemClock;
  const platform = createPlatform(config, database, clock);
  const logger = {
    level: config.logLevel,
    ...(process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }
      : {}),
  };
  const { app, services } = await buildApp(platform, { logger, webDir: path.join(rootDir, 'dist/web') });
  await bootstrap(platform, services, app.log);
  const stopJobs = startJobs(
    database.db,
    [
      {
        name: 'case-escalation',
        lockKey: 7_246_010,
        everyMillis: 5 * 60_000,
        run: (tx) => services.escalation.run(tx),
      },
    ],
    app.log,
  );
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      ms: Date.now() - started,
      database: database.kind,
      demo: config.isDemo,
      clock: clock.now().toISOString(),
    },
    `快进已就绪：http://localhost:${config.port}`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, '正在关闭');
    stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
