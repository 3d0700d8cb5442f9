import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/csp.ts';

// Test files run on every core (vitest's default leaves one idle for itself, which on CI's two
// cores meant one file at a time). The browser tests run after the rest, two files at a time at
// most: each holds one Chromium, and the page's main thread leaves the other core mostly free.
const CORES = availableParallelism();
const E2E = ['tests/e2e/**/*.test.ts'];
// Timing tests (frames while a file is read, no long task during a layout) run alone, last.
const E2E_ALONE = ['tests/e2e/opening.test.ts', 'tests/e2e/layout-long-tasks.test.ts'];

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Four projects: plain Node tests and Svelte runes and components under jsdom with Svelte's
    // browser build, side by side; then real-browser e2e tests, whose globalSetup builds and
    // serves the app once for both e2e projects (it runs only when an e2e test is queued):
    // `e2e` two files at a time, then `e2e-alone` one file at a time with nothing beside it.
    // `--project 'e2e*'` runs both.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/components/**', 'tests/**/*.svelte.test.ts'],
          environment: 'node',
          maxWorkers: CORES,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'dom',
          include: ['tests/components/**/*.test.ts', 'tests/**/*.svelte.test.ts'],
          environment: 'jsdom',
          maxWorkers: CORES,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          exclude: E2E_ALONE,
          environment: 'node',
          globalSetup: ['tests/e2e/harness.ts'],
          maxWorkers: Math.min(2, CORES),
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-alone',
          include: E2E_ALONE,
          environment: 'node',
          globalSetup: ['tests/e2e/harness.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
