// Builds the web app (vite build → dist/web) only when its sources are newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Everything the web bundle is built from: a change to any of these makes the build stale. */
const webInputs = ['src/web', 'src/contracts', 'src/domain', 'vite.config.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Why the web app needs a build, or null when dist/web is current. */
export function webBuildReason(root: string = rootDir): string | null {
  const indexHtml = path.join(root, 'dist/web/index.html');
  if (!existsSync(indexHtml)) return '尚未构建 (dist/web/index.html missing)';
  const builtAt = statSync(indexHtml).mtimeMs;
  for (const input of webInputs) {
    if (newestMtime(path.join(root, input)) > builtAt) return `${input} 有更新 (${input} changed)`;
  }
  return null;
}

/**
 * Runs `vite build` when dist/web is missing or older than its sources; returns whether it built.
 * Throws when the build fails.
 */
export function buildWebIfNeeded(options: { root?: string; force?: boolean } = {}): boolean {
  const root = options.root ?? rootDir;
  const reason = options.force ? '强制构建 (forced)' : webBuildReason(root);
  if (!reason) {
    console.log('前端已是最新构建，跳过构建 (web build is current: dist/web)');
    return false;
  }
  console.log(`正在构建前端：${reason} …`);
  const started = Date.now();
  const vite = path.join(root, 'node_modules/.bin/vite');
  if (!existsSync(vite)) throw new Error(`找不到 ${vite}：请先运行 npm ci (vite is not installed)`);
  const result = spawnSync(vite, ['build'], { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`前端构建失败 (vite build exited with ${result.status ?? result.signal})`);
  }
  console.log(`前端构建完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildWebIfNeeded({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
