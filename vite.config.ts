import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/csp.ts';

// How many test files run at once. By default, vitest's own choice for unit and component tests
// (cores - 1) and one browser test file at a time. ISMS_TEST_WORKERS and ISMS_E2E_WORKERS raise
// them on a quiet machine: measured on the shared 2-core machine under load 9-12 from other
// sessions, 2 and 2 took the vitest run from 22.9 to 19.3 min but pushed five tests past their
// timeouts (axe, the 3,000-node graph, the bundled lineage), so they stay opt-in.
const workers = (name: string) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};
const UNIT_WORKERS = workers('ISMS_TEST_WORKERS');
const E2E_WORKERS = workers('ISMS_E2E_WORKERS') ?? 1;
const E2E = {
  environment: 'node',
  globalSetup: ['tests/e2e/harness.ts'],
  testTimeout: 60_000,
};
// With browser tests in parallel, the timing tests (frames while a file is read, no long task
// during a layout) run in a project of their own, last, with nothing beside them.
const E2E_ALONE = ['tests/e2e/opening.test.ts', 'tests/e2e/layout-long-tasks.test.ts'];
const e2eProjects: TestProjectInlineConfiguration[] =
  E2E_WORKERS === 1
    ? [
        {
          extends: true,
          // One Chromium at a time: the machine has two cores.
          test: {
            ...E2E,
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            fileParallelism: false,
          },
        },
      ]
    : [
        {
          extends: true,
          test: {
            ...E2E,
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            exclude: E2E_ALONE,
            maxWorkers: E2E_WORKERS,
            sequence: { groupOrder: 1 },
          },
        },
        {
          extends: true,
          test: { ...E2E, name: 'e2e-alone', include: E2E_ALONE, fileParallelism: false },
        },
      ];

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Three projects: plain Node tests and Svelte runes and components under jsdom with Svelte's
    // browser build, side by side; then real-browser e2e tests, whose globalSetup builds and
    // serves the app once (it runs only when an e2e test is queued). With ISMS_E2E_WORKERS > 1
    // the e2e tests split in two (`e2e`, then `e2e-alone`; `--project 'e2e*'` runs both).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/components/**', 'tests/**/*.svelte.test.ts'],
          environment: 'node',
          maxWorkers: UNIT_WORKERS,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'dom',
          include: ['tests/components/**/*.test.ts', 'tests/**/*.svelte.test.ts'],
          environment: 'jsdom',
          maxWorkers: UNIT_WORKERS,
        },
      },
      ...e2eProjects,
    ],
  },
});
