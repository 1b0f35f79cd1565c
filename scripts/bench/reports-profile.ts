// Reads a V8 .cpuprofile (the server run with --cpu-prof) and sums self time by library and by function.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function categoryOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(program)') return 'V8 / native (program)';
    return 'native built-ins';
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) {
    if (pkg.startsWith('pg')) return 'node-postgres (pg, pg-protocol, pg-pool)';
    if (pkg === 'drizzle-orm') return 'Drizzle ORM';
    if (['fastify', 'find-my-way', 'avvio', 'light-my-request', 'fast-json-stringify'].includes(pkg))
      return 'Fastify';
    if (pkg.startsWith('@fastify/')) return 'Fastify plugins (cookie, helmet, …)';
    if (pkg === 'zod' || pkg === 'fastify-type-provider-zod') return 'Zod (validation, serialisation)';
    if (pkg.startsWith('pino') || pkg === 'sonic-boom' || pkg === 'thread-stream') return 'pino (logging)';
    return `other package: ${pkg}`;
  }
  if (url.startsWith('node:')) return 'Node core (http, net, streams, crypto)';
  if (url.includes('/src/server/')) return 'Kuaijin server code';
  if (url.includes('/src/')) return 'Kuaijin domain/contracts';
  return 'other';
}

export interface ProfileSummary {
  busyMs: number;
  categories: { name: string; ms: number; share: number }[];
  functions: { name: string; ms: number; share: number }[];
}

/**
 * Self time by library and the top functions, counting only samples taken between `fromMs` and `toMs` after
 * the profile started (the process start), so that start-up does not count.
 */
export function summarizeProfile(file: string, fromMs = 0, toMs = Infinity): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    at += delta;
    if (at >= fromMs && at <= toMs) selfMs.set(id, (selfMs.get(id) ?? 0) + delta);
  });
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let busyMs = 0;
  for (const [id, time] of selfMs) {
    const frame = byId.get(id)!.callFrame;
    const category = categoryOf(frame);
    if (category === 'idle') continue;
    busyMs += time;
    categories.set(category, (categories.get(category) ?? 0) + time);
    const where = frame.url
      ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/')}:${frame.lineNumber + 1}`
      : '';
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + time);
  }
  const sorted = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([name, time]) => ({ name, ms: time, share: time / busyMs }));
  return { busyMs, categories: sorted(categories), functions: sorted(functions).slice(0, 15) };
}
