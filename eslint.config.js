// Lint config. The `no-restricted-imports` blocks hold the layer boundaries of ../shared/STYLE.md:
// domain code stays pure (no DOM framework, no Cytoscape, no Node built-ins) so that the CLI,
// the tests and the browser all run the very same modules.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/', '.scratch/', '.tmp-*/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  // Cytoscape (and its extensions) only under src/lib/cytoscape, the adapter that owns `cy`.
  // A rule name of its own, so that the layer blocks' `no-restricted-imports` (flat config keeps
  // the last block's options for a rule) do not switch it off for their files.
  {
    files: ['**/*.ts', '**/*.js', '**/*.svelte'],
    ignores: [
      'src/lib/cytoscape/**',
      // The bench's floor page: bare cytoscape + cytoscape-dagre, the baseline the app is
      // measured against, so it must not go through the adapter.
      'bench/floor.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The packages only: a gitignore-style group would match src/lib/cytoscape too.
              regex: '^cytoscape(-[^/]+)?(/.*)?$',
              message:
                'Only src/lib/cytoscape imports Cytoscape: go through its GraphView facade or its helpers.',
            },
          ],
        },
      ],
    },
  },
  // The Explorer's state is written through its methods only (intents such as select,
  // reportProblems, setSystemDark): a field assigned from outside skips the URL sync and the
  // invariants those methods keep. Reading its fields is fine.
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/lib/state/explorer.svelte.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "AssignmentExpression[left.object.name='explorer']",
          "AssignmentExpression[left.object.object.name='explorer']",
          "UpdateExpression[argument.object.name='explorer']",
        ].map((selector) => ({
          selector,
          message: "Change the Explorer's state through its methods, not by assigning its fields.",
        })),
      ],
    },
  },
  {
    files: ['src/lib/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'Domain code runs in the browser too: no Node built-ins.',
            },
            {
              group: ['cytoscape', 'cytoscape-*', 'svelte', 'svelte/*'],
              message:
                'Domain code is framework-free: rendering lives in src/lib/cytoscape, UI in src/components.',
            },
            {
              group: ['**/cytoscape/**', '**/state/**', '**/components/**', '**/scripts/**'],
              message: 'Imports point downward only (STYLE.md layers).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/cytoscape/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/state/**', '**/components/**', 'svelte', 'svelte/*'],
              message: 'The Cytoscape adapter knows nothing of app state or components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/components/**'], message: 'State never imports components.' }] },
      ],
    },
  },
);
