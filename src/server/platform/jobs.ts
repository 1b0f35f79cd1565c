import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './db/client';

export interface Job {
  name: string;
  /** A fixed number per job for pg_try_advisory_xact_lock: only one process runs it at a time. */
  lockKey: number;
  everyMillis: number;
  run(tx: Db): Promise<unknown>;
}

/**
 * Runs scheduled jobs in every server process; each run takes its job's advisory lock inside a transaction,
 * so with several processes on one PostgreSQL exactly one does the work and the others skip.
 */
export function startJobs(
  db: Db,
  jobs: readonly Job[],
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
): () => void {
  const timers = jobs.map((job) =>
    setInterval(() => {
      void runOnce(db, job).then(
        (result) => result.ran && log.info({ job: job.name, result: result.value }, 'job ran'),
        (error) => log.error({ err: error, job: job.name }, 'job failed'),
      );
    }, job.everyMillis),
  );
  for (const timer of timers) timer.unref();
  return () => timers.forEach(clearInterval);
}

/** One run if this process gets the lock; `ran` is false when another process holds it. */
export async function runOnce(db: Db, job: Job): Promise<{ ran: boolean; value?: unknown }> {
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${job.lockKey}) as locked`);
    const locked = (result as unknown as { rows: { locked: boolean }[] }).rows[0]?.locked;
    if (!locked) return { ran: false };
    return { ran: true, value: await job.run(tx) };
  });
}
