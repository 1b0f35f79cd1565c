// Makes sure Debian's Chromium is at /usr/bin/chromium for the browser journeys; installs it with apt-get
// when missing and running as root. Never downloads a browser any other way.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const howToFix = [
  '  解决办法 (how to fix): 以 root 身份安装 Debian 的 Chromium：',
  '    sudo apt-get update && sudo apt-get install -y chromium',
  '  或设置 CHROMIUM_PATH 指向一个已安装的 Chromium (or set CHROMIUM_PATH to an installed Chromium).',
].join('\n');

function aptGet(args: string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return !result.error && result.status === 0;
}

/** Returns the Chromium path, installing it with apt-get when possible; throws with a message otherwise. */
export function ensureChromium(): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || chromiumPath !== '/usr/bin/chromium') {
    throw new Error(
      `✗ 浏览器测试无法运行：找不到 ${chromiumPath}，且无法自动安装（需要 root 权限）。\n` +
        `  The browser journeys need Chromium at ${chromiumPath}; it is missing and cannot be installed ` +
        'automatically (that needs root and the default path).\n' +
        howToFix,
    );
  }
  console.log(`找不到 ${chromiumPath}，正在用 apt-get 安装 chromium (installing chromium with apt-get) …`);
  aptGet(['update']);
  aptGet(['install', '-y', 'chromium']);
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `✗ 浏览器测试无法运行：apt-get 安装 chromium 后仍然找不到 ${chromiumPath}。\n` +
        '  Installing chromium with apt-get did not provide it; see the apt-get output above.\n' +
        howToFix,
    );
  }
  return chromiumPath;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
