// Every server module in eslint.config.js's moduleOrder is one slice through the layers: its folder with an
// index.ts, its contract in src/contracts and its web feature. The next modules copy what exists, so a module
// that lacks one of them says why here. Run by `npm run lint`.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
// eslint.config.js is plain JavaScript without types: the two lists are read as what they are.
const { moduleOrder, plannedModules } = (await import(
  pathToFileURL(join(root, 'eslint.config.js')).href
)) as {
  moduleOrder: string[];
  plannedModules: string[];
};

interface Exception {
  /** The contract file it uses instead of src/contracts/<module>.ts, or null when it has none. */
  contract?: string | null;
  /** The web feature it uses instead of src/web/features/<module>, or null when it has none. */
  feature?: string | null;
  why: string;
}

const exceptions: Record<string, Exception> = {
  regions: {
    contract: 'reference.ts',
    feature: null,
    why: 'reference data (regions, departments, industries) served by /api/reference; the pages pick from it, no screen of its own',
  },
};

const problems: string[] = [];
const serverModules = readdirSync(join(root, 'src/server/modules'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

for (const name of moduleOrder) {
  const exception = exceptions[name];
  if (!existsSync(join(root, 'src/server/modules', name, 'index.ts')))
    problems.push(`${name}: src/server/modules/${name}/index.ts is missing`);
  const contract = exception?.contract === undefined ? `${name}.ts` : exception.contract;
  if (contract !== null && !existsSync(join(root, 'src/contracts', contract)))
    problems.push(`${name}: its contract src/contracts/${contract} is missing`);
  const feature = exception?.feature === undefined ? name : exception.feature;
  if (feature !== null && !existsSync(join(root, 'src/web/features', feature)))
    problems.push(`${name}: its web feature src/web/features/${feature} is missing`);
}

for (const name of serverModules) {
  if (plannedModules.includes(name))
    problems.push(
      `${name}: the folder exists, so move it from plannedModules into moduleOrder (eslint.config.js)`,
    );
  else if (!moduleOrder.includes(name))
    problems.push(`${name}: add it to moduleOrder in eslint.config.js, or the import rules do not cover it`);
}

for (const name of Object.keys(exceptions)) {
  if (!moduleOrder.includes(name)) problems.push(`${name}: an exception for a module not in moduleOrder`);
}

if (problems.length > 0) {
  console.error(`Module structure check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `Module structure: ${moduleOrder.length} modules have their folder, contract and web feature (exceptions: ${Object.keys(exceptions).join(', ')}).`,
);
