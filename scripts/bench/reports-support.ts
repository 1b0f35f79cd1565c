// Shared pieces of `npm run bench:reports`: throw-away PostgreSQL databases, the server as a child process,
// a keep-alive HTTP client, percentiles and CPU accounting.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const root = path.resolve(import.meta.dirname, '../..');

/** The maintenance connection (the `test` database); benchmark databases are created and dropped through it. */
export const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function log(message: string): void {
  console.log(`[bench:reports ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Work to undo when the run stops early (Ctrl-C) as well as when it ends: child processes, databases. */
const cleanups = new Set<() => Promise<void>>();
export function onCleanup(fn: () => Promise<void>): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}
export async function cleanupAll(): Promise<void> {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn);
    await fn().catch((error) => console.error('cleanup failed:', error));
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanupAll().finally(() => process.exit(130));
  });
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
}

/** Creates `kj_bench_<label>_<timestamp>`; it is dropped by `cleanupAll` unless dropped before. */
export async function createDatabase(
  label: string,
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `kj_bench_${label}_${Date.now()}`;
  await withAdmin((c) => c.query(`create database ${name}`));
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await dropDatabase(name);
    log(`dropped database ${name}`);
  };
  onCleanup(drop);
  log(`created database ${name}`);
  return { name, url: databaseUrl(name), drop };
}

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

export async function freePort(): Promise<number> {
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

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  readyMs: number;
  /** performance.now() when the process was spawned (to place profile samples). */
  spawnedAt: number;
  /** CPU seconds (user + system) the server process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Seconds of CPU of a process, from /proc (Linux); NaN elsewhere. */
export function processCpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (CLK_TCK = 100)
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU seconds of every `postgres` process on this machine (Linux /proc): the live ones' own time plus, through
 * the postmaster's cutime/cstime, the time of backends that have already exited.
 */
export function postgresCpuSeconds(): number {
  let ticks = 0;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      } catch {
        // the process ended while we looked
      }
    }
  } catch {
    return Number.NaN;
  }
  return ticks / 100;
}

/** Busy and total CPU seconds of the whole machine, from /proc/stat. */
export function machineCpuSeconds(): { busy: number; total: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const total = v.reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    return { busy: (total - idle) / 100, total: total / 100 };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

/**
 * Other work on the machine skews every figure here (the 2 cores are shared). Waits up to BENCH_QUIET_WAIT_S
 * (default 30 s) for a 3-second stretch in which the machine is nearly idle, and returns the busy cores seen
 * in the last stretch, to print beside the figures.
 */
export async function waitForQuiet(): Promise<number> {
  const maxWait = Number(process.env.BENCH_QUIET_WAIT_S ?? 30) * 1000;
  const started = performance.now();
  for (;;) {
    const a = machineCpuSeconds();
    await new Promise((r) => setTimeout(r, 3000));
    const b = machineCpuSeconds();
    const busyCores = ((b.busy - a.busy) / (b.total - a.total)) * cpus().length;
    if (!(busyCores > 0.3)) return busyCores;
    if (performance.now() - started > maxWait) {
      log(`   the machine is busy with other work (${busyCores.toFixed(2)} cores); going ahead anyway`);
      return busyCores;
    }
    log(`   waiting for the machine to be quiet (other work: ${busyCores.toFixed(2)} cores)…`);
  }
}

/** Starts `node --import tsx src/server/main.ts` on a PostgreSQL database and waits for /api/ready. */
export async function startServer(options: {
  databaseUrl: string;
  env: Record<string, string>;
  nodeArgs?: string[];
}): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith('KUAIJIN_') || ['DATABASE_SCHEMA', 'DATA_DIR', 'TEST_DB'].includes(key))
      delete env[key];
  Object.assign(env, {
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...options.env,
  });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/server/main.ts'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const unregister = onCleanup(stop);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 180_000) throw new Error('server not ready after 180 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    port,
    readyMs: performance.now() - started,
    spawnedAt: started,
    cpuSeconds: () => processCpuSeconds(child.pid),
    stop: async () => {
      unregister();
      await stop();
    },
  };
}

export interface HttpResult {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
  ms: number;
}

/**
 * A small HTTP/1.1 client over node:http with keep-alive sockets (`undici` is not a dependency here, and the
 * built-in fetch costs the load generator more CPU, which it shares with the server on this machine).
 */
export class HttpClient {
  constructor(
    readonly port: number,
    readonly agent: http.Agent,
    private readonly headers: Record<string, string> = {},
  ) {}

  static create(port: number, maxSockets: number): HttpClient {
    return new HttpClient(port, new http.Agent({ keepAlive: true, maxSockets }));
  }

  /** The same sockets, with more headers on every request. */
  with(headers: Record<string, string>): HttpClient {
    return new HttpClient(this.port, this.agent, { ...this.headers, ...headers });
  }

  request(method: string, url: string, body?: unknown): Promise<HttpResult> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path: url,
          agent: this.agent,
          headers: {
            ...this.headers,
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: res.headers,
              ms: performance.now() - started,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async json<T>(method: string, url: string, body?: unknown): Promise<T> {
    const result = await this.request(method, url, body);
    if (result.status < 200 || result.status >= 300)
      throw new Error(`${method} ${url} → HTTP ${result.status}: ${result.body.slice(0, 500)}`);
    return JSON.parse(result.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Signs in with a password; returns a client that sends the session cookie and the CSRF header. */
export async function signIn(client: HttpClient, username: string, password: string): Promise<HttpClient> {
  const result = await client.request('POST', '/api/auth/login', { username, password });
  if (result.status !== 200)
    throw new Error(`sign-in failed: HTTP ${result.status} ${result.body.slice(0, 300)}`);
  const cookie = [result.headers['set-cookie'] ?? []]
    .flat()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('kj_session='));
  if (!cookie) throw new Error('sign-in returned no kj_session cookie');
  const { csrfToken } = JSON.parse(result.body) as { csrfToken: string };
  return client.with({ cookie, 'x-csrf-token': csrfToken });
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

/** "p50 / p95 / p99" of a list of milliseconds. */
export function spread(values: readonly number[]): string {
  return `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))} / ${ms(percentile(values, 99))}`;
}

export function int(value: number): string {
  return Math.round(value).toLocaleString('en');
}
