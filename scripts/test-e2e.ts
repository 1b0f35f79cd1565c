// npm run test:e2e: the browser journeys (e2e/*.spec.ts) in headless Chromium against a real server on a
// fresh embedded database with the demo scenario. Also measures a first start (demo load) and a later start
// on the same data directory, written to test-results/start-times.json (see docs/performance.md).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildWebIfNeeded, rootDir } from './build-web-if-needed';
import { ensureChromium } from './ensure-chromium';

// A first start loads the demo scenario; on a small machine busy with other work that can take minutes.
const readyTimeoutMs = Number(process.env.E2E_READY_TIMEOUT_MS) || 240_000;
const resultsDir = path.join(rootDir, 'test-results');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

interface RunningServer {
  child: ChildProcess;
  /** Milliseconds from spawning the process until /api/ready answered 200. */
  readyMs: number;
}

class ServerLog {
  private lines: string[] = [];
  private partial = '';
  constructor(private readonly file: ReturnType<typeof createWriteStream>) {}
  write(label: string, chunk: Buffer) {
    this.file.write(chunk);
    const text = this.partial + chunk.toString('utf8');
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.lines.push(`[${label}] ${line}`);
    if (this.lines.length > 400) this.lines.splice(0, this.lines.length - 200);
  }
  tail(count = 40): string {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].slice(-count).join('\n');
  }
}

async function startServer(env: NodeJS.ProcessEnv, port: number, log: ServerLog, label: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: rootDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => log.write(label, chunk));
  child.stderr!.on('data', (chunk: Buffer) => log.write(label, chunk));
  let exited: string | null = null;
  child.on('exit', (code, signal) => {
    exited = `退出码 ${code ?? signal}`;
  });

  const url = `http://127.0.0.1:${port}/api/ready`;
  while (performance.now() - started < readyTimeoutMs) {
    if (exited) break;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { child, readyMs: Math.round(performance.now() - started) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const why = exited
    ? `服务进程提前退出（${exited}） (the server exited before it was ready)`
    : `${readyTimeoutMs / 1000} 秒内未就绪 (not ready within ${readyTimeoutMs / 1000} s)`;
  await stopServer({ child, readyMs: 0 });
  throw new Error(
    `✗ 浏览器测试无法运行：服务启动失败，${why}。\n服务日志末尾 (server log tail):\n${log.tail()}`,
  );
}

async function stopServer(server: RunningServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function run(): Promise<number> {
  let chromium: string;
  try {
    chromium = ensureChromium();
    buildWebIfNeeded();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }

  mkdirSync(resultsDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kuaijin-e2e-'));
  const logFile = createWriteStream(path.join(resultsDir, 'e2e-server.log'));
  const log = new ServerLog(logFile);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    KUAIJIN_DEMO: '1',
  };
  delete env.DATABASE_URL;
  delete env.KUAIJIN_CLOCK;

  let server: RunningServer | null = null;
  try {
    // First start: migrations and the demo scenario on an empty data directory.
    server = await startServer(env, port, log, 'first');
    const firstStartMs = server.readyMs;
    console.log(`首次启动（含演示场景加载）就绪用时 ${(firstStartMs / 1000).toFixed(2)} 秒`);
    await stopServer(server);
    server = null;
    // A later start on the same data: what an operator sees after a restart.
    server = await startServer(env, port, log, 'second');
    const laterStartMs = server.readyMs;
    console.log(`再次启动就绪用时 ${(laterStartMs / 1000).toFixed(2)} 秒`);
    writeFileSync(
      path.join(resultsDir, 'start-times.json'),
      JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          database: 'pglite',
          demo: true,
          node: process.version,
          cpus: os.cpus().length,
          firstStartMs,
          laterStartMs,
          note: 'process spawn (node --import tsx src/server/main.ts) until GET /api/ready answers 200',
        },
        null,
        2,
      ) + '\n',
    );

    const vitest = path.join(rootDir, 'node_modules/.bin/vitest');
    if (!existsSync(vitest)) {
      console.error(`找不到 ${vitest}：请先运行 npm ci (vitest is not installed)`);
      return 1;
    }
    const result = spawnSync(vitest, ['run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
      cwd: rootDir,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}`, CHROMIUM_PATH: chromium },
    });
    if (result.error) {
      console.error(`无法启动 vitest：${result.error.message}`);
      return 1;
    }
    if (result.status !== 0) {
      console.error(`浏览器测试失败；截图在 test-results/，服务日志在 test-results/e2e-server.log`);
    }
    return result.status ?? 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    if (server) await stopServer(server);
    logFile.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
