import { defineConfig } from 'vitest/config';

// Browser journeys (npm run test:e2e starts the server and sets E2E_BASE_URL). One file at a time: they
// share one server and one Chromium budget on small machines.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    // A journey is a few minutes of clicks on a busy two-core machine; each step has its own 15 s limit.
    testTimeout: 240_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
