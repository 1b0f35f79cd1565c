/**
 * `npm run bench:reports` (issue 4), on the local PostgreSQL, each part on a fresh database that is dropped at
 * the end (also on failure or Ctrl-C):
 *   A. report submission over HTTP with an API token, 8 concurrent clients, on the demo scenario;
 *   B. pgbench's one-row upsert into the same `reports` table: the raw ceiling, printed as a ratio;
 *   C. dashboard day figures and trend at province scale and at national scale.
 * Prints the figures and rewrites the `reports` section of docs/performance.md. A benchmark, not a test.
 * BENCH_ONLY=submit,province,national runs a subset (and leaves the doc alone); BENCH_PROFILE=1 also takes a
 * CPU profile of the server during A.
 */
import { benchDashboard, provincePrefixes, type DashboardResult, type Scale } from './reports-dashboard';
import { benchSubmission, type SubmitResult } from './reports-submit';
import { cleanupAll, log, ms } from './reports-support';
import { machineLine, table, writeSection } from './report';

const scales: Scale[] = [
  {
    label: 'province',
    title: 'province scale',
    root: { code: '430000', name: '基准省' },
    provinces: [],
    citiesPerProvince: 14,
    countiesPerCity: 11,
    enterprises: 20_000,
    provincialProjects: 500,
    municipalProjects: 4_500,
    days: 60,
    history: 'reports',
    goalP95: 50,
  },
  {
    label: 'national',
    title: 'national scale',
    root: { code: '100000', name: '基准全国' },
    provinces: provincePrefixes,
    citiesPerProvince: 10,
    countiesPerCity: 9,
    enterprises: 380_000,
    provincialProjects: 2_000,
    municipalProjects: 18_000,
    days: 30,
    history: 'summaries',
    goalP95: 200,
  },
];

function submitSection(r: SubmitResult): string {
  const rateOk = r.reportsPerSecond >= 1500;
  const p95Ok = r.p95 < 50;
  const verdict =
    rateOk && p95Ok
      ? `met (${r.reportsPerSecond.toFixed(0)} reports/s, p95 ${ms(r.p95)})`
      : `**missed**: ${r.reportsPerSecond.toFixed(0)} reports/s is ${((r.reportsPerSecond / 1500) * 100).toFixed(0)} % of 1,500` +
        `${rateOk ? '' : ` (${(1500 / r.reportsPerSecond).toFixed(1)}× short)`}; p95 ${ms(r.p95)}${p95Ok ? ' is within 50 ms' : ` is ${(r.p95 / 50).toFixed(1)}× the 50 ms goal`}`;
  const parts = [
    '### Report submission over HTTP (A) and the raw ceiling (B)',
    table(r.rows),
    `Goal (issue 4): ≥ 1,500 reports/s with p95 < 50 ms — ${verdict}.`,
    'The load generator (8 clients in one Node process, keep-alive HTTP/1.1), the Kuaijin server (one Node ' +
      'process, pool of 10 connections) and PostgreSQL share the same 2 cores, so every figure here is for all ' +
      'three together. Each PUT authenticates the token, reads the subject, makes sure the summary day exists ' +
      '(one short transaction), then in a second transaction locks the report, writes it, moves the old and new ' +
      'contribution in `resumption_daily`, appends a revision and an audit record: about 20 SQL statements, ' +
      "against pgbench's one.",
    'CPU during the measured window (from /proc):',
    table(r.cpu),
    "Where the server's PostgreSQL sessions were, on average (pg_stat_activity sampled every 25 ms during the window):",
    table(r.activity),
  ];
  if (r.profile) {
    parts.push(
      `CPU profile of the server process (\`--cpu-prof\`, whole process life incl. start-up; ${(r.profile.busyMs / 1000).toFixed(1)} s busy), self time by library:`,
      table(r.profile.categories.slice(0, 12).map((c) => [c.name, `${(c.share * 100).toFixed(1)} %`])),
    );
  }
  return parts.join('\n\n');
}

function dashboardSection(results: DashboardResult[]): string {
  const parts = [
    '### Dashboard at scale (C)',
    'Each scale on a fresh database: migrated by a first server start, filled in SQL (generate_series), ' +
      'VACUUM ANALYZE, then the server restarted with its clock at 2020-03-08 18:00 +08:00 and the root ' +
      'administrator signed in. Synthetic regions: one root, then (national) 31 provinces, cities and counties. ' +
      'Statuses rise over the period, 1 in 97 subjects is suspended, 3 % of days go unreported, 1 in 50 ' +
      'reports is late and 1 in 500 subjects closes during the period (the dashboard takes their carried reports ' +
      'out), so every branch of the figures has work to do.',
  ];
  for (const r of results) {
    const s = r.scale;
    parts.push(`#### ${s.title[0]!.toUpperCase()}${s.title.slice(1)} — goal p95 < ${s.goalP95} ms`);
    if (s.history === 'summaries')
      parts.push(
        'The dashboard never scans report history: it reads the summary rows of the day, the registry counts ' +
          'by region and the carried reports of closed subjects. The national data set therefore holds the ' +
          `registry (${(s.enterprises + s.provincialProjects + s.municipalProjects).toLocaleString('en')} subjects), ` +
          `${s.days} days of summary rows computed for them in SQL, and the reports of the last day only ` +
          "(plus each closed subject's last report).",
      );
    else
      parts.push(
        `Every subject reports every day for ${s.days} days (less the gaps); the summary rows are then rebuilt ` +
          "from the reports by the code's own definition (`recompute()` + `replaceAll()`).",
      );
    parts.push(table(r.rows));
    parts.push(
      'The same database calls the day figures make, timed directly through the repositories (median of 10, ' +
        'one at a time; the request makes them one after another):',
    );
    parts.push(table(r.phases));
  }
  return parts.join('\n\n');
}

async function main() {
  const only = new Set(
    (process.env.BENCH_ONLY ?? 'submit,province,national').split(',').map((s) => s.trim()),
  );
  const started = performance.now();
  let submit: SubmitResult | null = null;
  const dashboards: DashboardResult[] = [];
  try {
    if (only.has('submit')) submit = await benchSubmission();
    for (const scale of scales) if (only.has(scale.label)) dashboards.push(await benchDashboard(scale));
  } finally {
    await cleanupAll();
  }

  if (submit) {
    console.log(`\n${table(submit.rows)}\n\n${table(submit.cpu)}\n\n${table(submit.activity)}`);
    if (submit.profile) {
      console.log(
        `\n${table(submit.profile.categories.map((c) => [c.name, `${(c.share * 100).toFixed(1)} %`]))}`,
      );
      console.log(
        `\n${table(submit.profile.functions.map((f) => [f.name, `${(f.share * 100).toFixed(1)} %`]))}`,
      );
    }
  }
  for (const d of dashboards) {
    console.log(`\n${d.scale.title}\n${table(d.rows)}\n\n${table(d.phases)}`);
    if (d.profile) {
      console.log(`\n${table(d.profile.categories.map((c) => [c.name, `${(c.share * 100).toFixed(1)} %`]))}`);
      console.log(`\n${table(d.profile.functions.map((f) => [f.name, `${(f.share * 100).toFixed(1)} %`]))}`);
    }
  }
  const minutes = (performance.now() - started) / 60_000;
  if (submit && dashboards.length === scales.length) {
    writeSection(
      'reports',
      [
        '## Daily reports and the dashboard (PostgreSQL 15, local)',
        `Machine: ${machineLine()}. \`npm run bench:reports\`, ${minutes.toFixed(1)} min in all.`,
        submitSection(submit),
        dashboardSection(dashboards),
      ].join('\n\n'),
    );
    log('wrote the "reports" section of docs/performance.md');
  } else log('subset run (BENCH_ONLY): docs/performance.md left as it is');
  log(`done in ${minutes.toFixed(1)} min`);
  if (submit && submit.errors > 0) process.exitCode = 1;
}

main().catch(async (error) => {
  console.error(error);
  await cleanupAll();
  process.exit(1);
});
