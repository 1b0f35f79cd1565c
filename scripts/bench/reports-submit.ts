// Part A and B of `npm run bench:reports`: report submission over HTTP with an API token (8 concurrent
// clients) on the demo database, then pgbench's one-row upsert into the same `reports` table as the ceiling.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/server/platform/db/client';
import { createSummariesRepository } from '../../src/server/modules/reports/summaries.repository';
import { summarizeProfile, type ProfileSummary } from './reports-profile';
import {
  connect,
  createDatabase,
  HttpClient,
  int,
  log,
  machineCpuSeconds,
  ms,
  percentile,
  postgresCpuSeconds,
  signIn,
  spread,
  startServer,
  waitForQuiet,
} from './reports-support';

const clients = 8;
const warmUpSeconds = Number(process.env.BENCH_WARMUP_S ?? 3);
const measureSeconds = Number(process.env.BENCH_SUBMIT_S ?? 20);
const pgbenchSeconds = Number(process.env.BENCH_PGBENCH_S ?? 15);
const reportDate = '2020-03-08'; // the demo's "today"; its clock starts at 2020-03-08 18:00 +08:00
const prevention = {
  supplies: true,
  temperatureChecks: true,
  disinfection: true,
  staffHealth: true,
  emergencyPlan: true,
};

export interface SubmitResult {
  rows: [string, string][];
  /** CPU milliseconds per report in the measured window. */
  serverCpuMs: number;
  /** Cores the server process used in the window (one event loop tops out near 1). */
  serverCores: number;
  postgresCpuMs: number;
  lockWaitSessions: number;
  /** Busy cores of other work on the machine just before the measured window. */
  background: number;
  /** …and during it (machine busy minus server, load generator and PostgreSQL). */
  otherDuring: number;
  activity: [string, string][];
  cpu: [string, string][];
  profile: ProfileSummary | null;
  reportsPerSecond: number;
  p95: number;
  pgbenchTps: number;
  errors: number;
}

function findPgbench(): string {
  if (process.env.BENCH_PGBENCH) return process.env.BENCH_PGBENCH;
  const which = spawnSync('which', ['pgbench'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  for (const version of ['17', '16', '15']) {
    const candidate = `/usr/lib/postgresql/${version}/bin/pgbench`;
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('pgbench not found (apt-get install postgresql-client-15, or set BENCH_PGBENCH)');
}

/** Samples pg_stat_activity for the server's connections: where the database sessions spend their time. */
async function sampleActivity(url: string, database: string) {
  const client = await connect(url);
  const totals = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ what: string; n: number }>(
        `select case
           when state = 'active' and wait_event_type is null then 'executing a statement (CPU)'
           when state = 'active' and wait_event_type = 'Lock' then 'waiting for a lock (' || wait_event || ')'
           when state = 'active' and wait_event_type in ('IO', 'LWLock') then 'WAL / IO (' || wait_event || ')'
           when state = 'active' then 'active, ' || wait_event_type || ' (' || wait_event || ')'
           when state = 'idle in transaction' then 'idle in transaction (waiting for Node''s next statement)'
           when state = 'idle' then 'idle (outside a transaction)'
           else coalesce(state, 'unknown') end as what, count(*)::int as n
         from pg_stat_activity
         where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid()
         group by 1`,
        [database],
      );
      samples++;
      for (const row of rows) totals.set(row.what, (totals.get(row.what) ?? 0) + row.n);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await client.end();
    return { samples, totals };
  };
}

async function summariesExact(url: string): Promise<string> {
  const database = await openDatabase({ url, poolSize: 2 });
  try {
    const summaries = createSummariesRepository(database.db);
    const [expected, actual] = await Promise.all([summaries.recompute(), summaries.readAll()]);
    const key = (r: (typeof actual)[number]) => `${r.summaryDate}|${r.regionCode}|${r.category}`;
    const actualByKey = new Map(actual.map((r) => [key(r), JSON.stringify(r)]));
    const differing = expected.filter((r) => actualByKey.get(key(r)) !== JSON.stringify(r)).length;
    const missing = actual.length - expected.length;
    return differing === 0 && missing === 0
      ? `yes (${int(actual.length)} summary rows equal a rebuild from the reports)`
      : `**no**: ${differing} of ${expected.length} rows differ, row count off by ${missing}`;
  } finally {
    await database.close();
  }
}

function runPgbench(url: string, database: string): { tps: number; latency: number; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kj-pgbench-'));
  try {
    const script = path.join(dir, 'upsert.sql');
    writeFileSync(
      script,
      [
        '\\set sid random(1, 1049)',
        '\\set duty random(0, 500)',
        `INSERT INTO reports (subject_kind, subject_id, report_date, region_code, category, is_continuous, status, workforce, on_duty, capacity_pct, prevention, is_late, revision, filed_by_name, filed_by_role, is_on_behalf, filed_at, first_filed_at) VALUES ('enterprise', :sid, '2020-03-09', '430482', 'enterprise', false, 'resumed', 500, :duty, 80, '${JSON.stringify(prevention)}', false, 1, 'pgbench', 'dispatcher', true, now(), now()) ON CONFLICT (subject_kind, subject_id, report_date) DO UPDATE SET on_duty = EXCLUDED.on_duty, revision = reports.revision + 1;`,
        '',
      ].join('\n'),
    );
    const u = new URL(url);
    const args = [
      '-h',
      u.hostname,
      '-p',
      u.port || '5432',
      '-U',
      decodeURIComponent(u.username || 'postgres'),
    ];
    args.push('-c', String(clients), '-j', '2', '-T', String(pgbenchSeconds), '-n', '-f', script, database);
    const result = spawnSync(findPgbench(), args, {
      encoding: 'utf8',
      env: { ...process.env, ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}) },
    });
    const output = `${result.stdout}${result.stderr}`;
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1];
    const latency = /latency average = ([\d.]+) ms/.exec(output)?.[1];
    if (result.status !== 0 || !tps) throw new Error(`pgbench failed (${result.status}):\n${output}`);
    return { tps: Number(tps), latency: Number(latency), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchSubmission(): Promise<SubmitResult> {
  const db = await createDatabase('submit');
  const profileDir = process.env.BENCH_PROFILE ? mkdtempSync(path.join(tmpdir(), 'kj-prof-')) : null;
  try {
    log('A. starting the server with the demo scenario (first start loads it into PostgreSQL)…');
    const first = await startServer({ databaseUrl: db.url, env: { KUAIJIN_DEMO: '1' } });
    log(`   demo loaded, ready in ${(first.readyMs / 1000).toFixed(1)} s; restarting it for a clean process`);
    await first.stop();
    const server = await startServer({
      databaseUrl: db.url,
      env: { KUAIJIN_DEMO: '1' },
      nodeArgs: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
    });
    log(`   later start ready in ${(server.readyMs / 1000).toFixed(1)} s`);

    const base = HttpClient.create(server.port, clients + 2);
    const admin = await signIn(base, 'admin', 'Demo@2020');
    const { token } = await admin.json<{ token: string }>('POST', '/api/admin/api-tokens', {
      name: 'bench',
      role: 'dispatcher',
      regionCode: '430400',
    });
    const api = base.with({ authorization: `Bearer ${token}` });
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const { items } = await api.json<{
        items: { id: number; activeFrom: string; closedAt: string | null }[];
      }>('GET', `/api/enterprises?pageSize=200&page=${page}`);
      for (const e of items)
        if (e.activeFrom <= reportDate && (e.closedAt === null || e.closedAt > reportDate)) ids.push(e.id);
      if (items.length < 200) break;
    }
    const before = await connect(db.url);
    const {
      rows: [existingRow],
    } = await before.query<{ n: number }>(
      `select count(*)::int as n from reports where subject_kind = 'enterprise' and report_date = $1`,
      [reportDate],
    );
    await before.end();
    log(
      `   ${ids.length} enterprises open on ${reportDate}, ${existingRow!.n} of them already reported that day; ` +
        `${clients} clients: ${warmUpSeconds} s warm-up, ${measureSeconds} s measured…`,
    );

    const background = await waitForQuiet();
    const latencies: number[] = [];
    const outcomes = new Map<number, number>();
    let errors = 0;
    let requests = 0;
    let firstError: string | null = null;
    const t0 = performance.now();
    const measureFrom = t0 + warmUpSeconds * 1000;
    const endAt = measureFrom + measureSeconds * 1000;
    let lastEnd = measureFrom;
    const measured: {
      cpuServer: number;
      cpuPostgres: number;
      cpuClient: NodeJS.CpuUsage;
      machine: { busy: number; total: number };
      stopSampler: Awaited<ReturnType<typeof sampleActivity>>;
    }[] = [];
    const windowStarted = new Promise<void>((resolve, reject) =>
      setTimeout(
        () =>
          void (async () => {
            const start = {
              cpuServer: server.cpuSeconds(),
              cpuPostgres: postgresCpuSeconds(),
              cpuClient: process.cpuUsage(),
              machine: machineCpuSeconds(),
            };
            measured.push({ ...start, stopSampler: await sampleActivity(db.url, db.name) });
          })().then(resolve, reject),
        measureFrom - performance.now(),
      ),
    );

    await Promise.all(
      Array.from({ length: clients }, async (_, w) => {
        const mine = ids.filter((_, i) => i % clients === w);
        let k = w * 61;
        for (let i = 0; ; i++) {
          const started = performance.now();
          if (started >= endAt) break;
          const id = mine[i % mine.length]!;
          k++;
          const result = await api.request('PUT', `/api/enterprises/${id}/reports/${reportDate}`, {
            status: 'resumed',
            workforce: 500,
            onDuty: k % 501,
            capacityPct: 80,
            prevention,
          });
          requests++;
          if (result.status < 200 || result.status >= 300) {
            errors++;
            firstError ??= `HTTP ${result.status} on PUT /api/enterprises/${id}/reports/${reportDate}: ${result.body.slice(0, 500)}`;
          } else if (started >= measureFrom) {
            latencies.push(result.ms);
            outcomes.set(result.status, (outcomes.get(result.status) ?? 0) + 1);
            lastEnd = Math.max(lastEnd, performance.now());
          }
        }
      }),
    );
    await windowStarted;
    const elapsed = (lastEnd - measureFrom) / 1000;
    const w = measured[0]!;
    const cpuServer = server.cpuSeconds() - w.cpuServer;
    const cpuPostgres = postgresCpuSeconds() - w.cpuPostgres;
    const clientUsage = process.cpuUsage(w.cpuClient);
    const cpuClient = (clientUsage.user + clientUsage.system) / 1e6;
    const machine = machineCpuSeconds();
    const busy = machine.busy - w.machine.busy;
    const wall = (machine.total - w.machine.total) / cpus().length;
    const activity = await w.stopSampler();
    const reportsPerSecond = latencies.length / elapsed;
    log(
      `   ${int(latencies.length)} reports in ${elapsed.toFixed(1)} s = ${reportsPerSecond.toFixed(0)} reports/s, ` +
        `p50/p95/p99 ${spread(latencies)}, errors ${errors}`,
    );
    if (firstError) console.error(`   first error: ${firstError}`);

    log('   checking that the summary rows still equal a rebuild from the reports…');
    const exact = await summariesExact(db.url);
    log(`   ${exact}`);
    base.close();
    await server.stop();

    let profile: ProfileSummary | null = null;
    if (profileDir) {
      const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
      if (file)
        profile = summarizeProfile(
          path.join(profileDir, file),
          measureFrom - server.spawnedAt,
          endAt - server.spawnedAt,
        );
    }

    log(
      `B. pgbench: ${clients} clients, ${pgbenchSeconds} s, one-row upsert into reports (report_date 2020-03-09)…`,
    );
    const bench = runPgbench(db.url, db.name);
    log(`   pgbench ${bench.tps.toFixed(0)} tps, latency average ${bench.latency.toFixed(2)} ms`);

    const cores = (seconds: number) =>
      `${(seconds / elapsed).toFixed(2)} cores (${((seconds / busy) * 100).toFixed(0)} %)`;
    const cpu: [string, string][] = [
      ['Other work on the machine just before the window (3 s sample)', `${background.toFixed(2)} cores`],
      [
        `Machine busy (of ${cpus().length} cores)`,
        `${(busy / elapsed).toFixed(2)} cores (${((busy / wall / cpus().length) * 100).toFixed(0)} % of capacity)`,
      ],
      [
        'Kuaijin server (one Node process)',
        `${cores(cpuServer)}; ${ms((cpuServer / latencies.length) * 1000)} CPU per report`,
      ],
      ['Load generator (this process, 8 clients)', cores(cpuClient)],
      [
        'PostgreSQL (all postgres processes)',
        `${cores(cpuPostgres)}; ${ms((cpuPostgres / latencies.length) * 1000)} CPU per report`,
      ],
      [
        'Everything else (kernel, other processes; by difference)',
        cores(busy - cpuServer - cpuClient - cpuPostgres),
      ],
    ];
    const activityRows: [string, string][] = [...activity.totals]
      .sort((a, b) => b[1] - a[1])
      .map(([what, n]) => [what, (n / activity.samples).toFixed(2)]);
    const created = outcomes.get(201) ?? 0;
    const revised = outcomes.get(200) ?? 0;
    const rows: [string, string][] = [
      [
        'Data',
        `demo scenario: ${int(ids.length)} enterprises (the token's dispatcher scope), 32k historical reports; PUTs for ${reportDate}, round-robin, each a changed body`,
      ],
      [
        `HTTP PUT /api/enterprises/:id/reports/:date, ${clients} concurrent clients, API token`,
        `**${reportsPerSecond.toFixed(0)} reports/s** (${int(latencies.length)} in ${elapsed.toFixed(1)} s after a ${warmUpSeconds} s warm-up)`,
      ],
      ['Latency p50 / p95 / p99', `${spread(latencies)} (max ${ms(Math.max(...latencies))})`],
      ['Outcomes (measured window)', `${int(created)} created (201), ${int(revised)} new revisions (200)`],
      [
        'Errors (non-2xx, whole run incl. warm-up)',
        errors === 0 ? `0 of ${int(requests)}` : `**${errors}** of ${int(requests)}: ${firstError}`,
      ],
      ['Summary rows exact after the run', exact],
      [
        `pgbench ceiling: ${clients} clients (-j 2), ${pgbenchSeconds} s, one-row upsert into \`reports\``,
        `${bench.tps.toFixed(0)} tps, latency average ${bench.latency.toFixed(2)} ms`,
      ],
      ['Ratio HTTP reports/s ÷ pgbench tps', `${((reportsPerSecond / bench.tps) * 100).toFixed(1)} %`],
    ];
    return {
      rows,
      activity: activityRows,
      cpu,
      profile,
      reportsPerSecond,
      background,
      otherDuring: Math.max(0, (busy - cpuServer - cpuClient - cpuPostgres) / elapsed),
      serverCpuMs: (cpuServer / latencies.length) * 1000,
      serverCores: cpuServer / elapsed,
      postgresCpuMs: (cpuPostgres / latencies.length) * 1000,
      lockWaitSessions:
        [...activity.totals]
          .filter(([what]) => what.startsWith('waiting for a lock'))
          .reduce((a, [, n]) => a + n, 0) / activity.samples,
      p95: percentile(latencies, 95),
      pgbenchTps: bench.tps,
      errors,
    };
  } finally {
    await db.drop();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}
