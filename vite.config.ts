import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/csp.ts';

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Three projects: plain Node tests; Svelte runes and components under jsdom with Svelte's
    // browser build; real-browser e2e tests, whose globalSetup builds and serves the app once
    // (it runs only when an e2e test is queued).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/components/**', 'tests/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'dom',
          include: ['tests/components/**/*.test.ts', 'tests/**/*.svelte.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/harness.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
