// npm run admin:create -- --username X --password Y
// Creates an administrator in the configured database (DATABASE_URL, else PGlite in ${DATA_DIR}/pglite).
// The username and password may also come from KUAIJIN_ADMIN_USER / KUAIJIN_ADMIN_PASSWORD, or are asked
// for on a terminal.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createServices } from '../src/server/app';
import { createFirstAdmin } from '../src/server/bootstrap';
import { shiftedClock, systemClock } from '../src/server/platform/clock';
import { readConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db/client';
import { migrate } from '../src/server/platform/db/migrate';
import { AppError } from '../src/server/platform/errors';
import { createPlatform } from '../src/server/platform/platform';

const usage = `用法 (usage): npm run admin:create -- --username <用户名> --password <密码>
  也可以使用环境变量 KUAIJIN_ADMIN_USER / KUAIJIN_ADMIN_PASSWORD，或在终端中按提示输入。
  数据库：DATABASE_URL（PostgreSQL），未设置时使用 \${DATA_DIR:-./data}/pglite（内置 PGlite）。`;

class CliError extends Error {}

/** Asks one question on the terminal; `hidden` does not echo what is typed (passwords). */
async function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stdout.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(question, (answer) => resolve(answer));
      muted = hidden;
    });
  } finally {
    rl.close();
    if (hidden) process.stdout.write('\n');
  }
}

async function readCredentials(): Promise<{ username: string; password: string }> {
  let values: { username?: string; password?: string; help?: boolean };
  try {
    values = parseArgs({
      options: {
        username: { type: 'string', short: 'u' },
        password: { type: 'string', short: 'p' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new CliError(`参数有误 (${error instanceof Error ? error.message : error})\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  let username = values.username ?? process.env.KUAIJIN_ADMIN_USER ?? '';
  let password = values.password ?? process.env.KUAIJIN_ADMIN_PASSWORD ?? '';
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (!username && interactive) username = (await ask('管理员用户名：')).trim();
  if (!password && interactive) {
    password = await ask('密码（至少 8 位，包含大写字母、小写字母、数字、符号中的 3 类）：', true);
    const again = await ask('再次输入密码：', true);
    if (again !== password) throw new CliError('两次输入的密码不一致');
  }
  if (!username || !password) throw new CliError(`缺少用户名或密码。\n${usage}`);
  return { username: username.trim(), password };
}

const fieldLabels: Record<string, string> = { username: '用户名', password: '密码', name: '姓名' };

function describe(error: unknown): string {
  if (error instanceof AppError) {
    if (!error.errors?.length) return error.detail;
    return error.errors
      .map((e) => {
        const label = fieldLabels[e.path] ?? e.path;
        return e.message.startsWith(label) ? e.message : `${label}：${e.message}`;
      })
      .join('；');
  }
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

async function run(): Promise<void> {
  const { username, password } = await readCredentials();
  const config = readConfig();
  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite ${path.join(config.dataDir, 'pglite')}`;
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
  );
  try {
    await migrate(database);
    const clock = config.clockStart ? shiftedClock(config.clockStart) : systemClock;
    const platform = createPlatform(config, database, clock);
    const services = createServices(platform);
    await services.regions.seedReferenceData();
    const user = await createFirstAdmin(platform, services, username, password);
    console.log(`已创建管理员 ${user.username}（数据库：${where}）`);
  } finally {
    await database.close();
  }
}

run().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`创建管理员失败：${describe(error)}`);
    if (!(error instanceof AppError) && !(error instanceof CliError) && error instanceof Error) {
      console.error(error.stack);
    }
    process.exit(1);
  },
);
