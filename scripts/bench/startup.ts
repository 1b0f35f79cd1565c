/**
 * `npm run bench:startup`: measures start-up (first start with the demo scenario, later start) and sign-in and
 * session-check latency on embedded PGlite, prints the figures and rewrites docs/performance.md.
 * A benchmark, not a test: nothing here passes or fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { machineLine, table, writeSection } from './report';

const root = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function startServer(dataDir: string, port: number): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), KUAIJIN_DEMO: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/ready`);
      if (response.ok) return { child, ms: performance.now() - started };
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error('server not ready after 120 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeRequests(n: number, send: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const response = await send();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    times.push(performance.now() - t0);
  }
  return times;
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kj-bench-'));
  const port = await freePort();
  const rows: [string, string][] = [];
  try {
    const first = await startServer(dataDir, port);
    rows.push([
      'First start on PGlite, demo scenario loaded (spawn → /api/ready)',
      `${(first.ms / 1000).toFixed(1)} s`,
    ]);
    await stop(first.child);
    const later = await startServer(dataDir, port);
    rows.push(['Later start on the same data directory', `${(later.ms / 1000).toFixed(1)} s`]);

    const base = `http://127.0.0.1:${port}`;
    const login = () =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.1' },
        body: JSON.stringify({ username: 'dispatcher', password: 'Demo@2020' }),
      });
    const loginTimes = await timeRequests(15, login);
    rows.push([
      'Sign-in, PBKDF2-HMAC-SM3 120,000 iterations (median / p95 of 15)',
      `${percentile(loginTimes, 50).toFixed(0)} ms / ${percentile(loginTimes, 95).toFixed(0)} ms`,
    ]);
    const session = (await login()).headers.get('set-cookie')!.split(';')[0]!;
    const meTimes = await timeRequests(300, () =>
      fetch(`${base}/api/auth/me`, { headers: { cookie: session } }),
    );
    rows.push([
      'Session check `GET /api/auth/me` (median / p95 of 300, sequential)',
      `${percentile(meTimes, 50).toFixed(1)} ms / ${percentile(meTimes, 95).toFixed(1)} ms`,
    ]);
    await stop(later.child);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  writeSection(
    'startup',
    `## Start-up and sign-in (PGlite)\n\nMachine: ${machineLine()}.\n\n${table(rows)}\n\nTargets (issue 2): a later start ready in under 5 s; a first start that loads the demo scenario under 60 s as\nthe scenario grows. Sign-in is deliberately slow (key stretching).`,
  );
  console.log(table(rows));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
