// Lint keeps the architecture's arrows (docs/architecture.md) and forbids import cycles.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Server modules, lowest first: a module may import only lower modules, and only through their index.ts.
// Each has src/server/modules/<m>, src/contracts/<m>.ts and src/web/features/<m> (checked by
// scripts/check-modules.ts, with its exceptions there).
export const moduleOrder = [
  'regions',
  'users',
  'notifications',
  'audit',
  'registry',
  'reports',
  'cases',
  'liaison',
  'dashboard',
];

// Modules the issues plan next, in the order they will take (after liaison, below dashboard): the zones
// already keep their arrows, and each moves into moduleOrder when its folder lands.
export const plannedModules = ['inspections', 'supervision', 'incentives', 'subsidies', 'funding', 'energy'];

const dashboardAt = moduleOrder.indexOf('dashboard');
const layeredModules = [
  ...moduleOrder.slice(0, dashboardAt),
  ...plannedModules,
  ...moduleOrder.slice(dashboardAt),
];

const webFeatures = ['auth', 'home', 'users', 'audit', 'api-tokens', ...layeredModules];

const moduleZones = layeredModules.flatMap((name, index) => [
  // Lower modules must not import this one or anything above it.
  ...layeredModules.slice(0, index).map((lower) => ({
    target: `./src/server/modules/${lower}`,
    from: `./src/server/modules/${name}`,
    message: `模块 ${lower} 位于 ${name} 之下，不能依赖它（见 docs/architecture.md 的模块顺序）`,
  })),
  // Higher modules import this one only through its index.ts.
  ...layeredModules.slice(index + 1).map((higher) => ({
    target: `./src/server/modules/${higher}`,
    from: `./src/server/modules/${name}`,
    except: ['./index.ts', './index'],
    message: `只能通过 modules/${name}/index.ts 引用该模块`,
  })),
]);

const featureZones = webFeatures.map((name) => ({
  target: `./src/web/features/${name}`,
  from: './src/web/features',
  except: [`./${name}`],
  message: '前端功能模块之间不能互相引用；共用部分放到 src/web/components 或 src/web/lib',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'drizzle/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/contracts', './src/server', './src/web'],
              message: 'domain 不依赖任何层',
            },
            {
              target: './src/contracts',
              from: ['./src/server', './src/web'],
              message: 'contracts 只依赖 domain',
            },
            { target: './src/web', from: './src/server', message: '前端不能引用服务端代码' },
            {
              target: ['./src/web/components', './src/web/lib'],
              from: './src/web/features',
              message: 'components 与 lib 是各功能共用的底层，不能引用 features；共用部分下移到这里',
            },
            { target: './src/server', from: './src/web', message: '服务端不能引用前端代码' },
            {
              target: './src/server/platform',
              from: [
                './src/server/modules',
                './src/server/app.ts',
                './src/server/demo',
                './src/server/bootstrap.ts',
              ],
              message: 'platform 是横切层，不能依赖业务模块',
            },
            ...moduleZones,
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    // Drizzle stays in repositories, tables, platform/ and tests (STYLE.md rule 3), everywhere in src/server:
    // the composition root, the demo loader and the test helpers too.
    files: ['src/server/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.table.ts', '**/*.test.ts', 'src/server/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*'],
              message: '只有 repository、table 文件与 platform 可以使用 Drizzle',
            },
          ],
        },
      ],
    },
  },
);
