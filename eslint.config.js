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
              group: ['**/cytoscape/**', '**/state/**', '**/components/**'],
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
  {
    // Components reach the Cytoscape adapter only through its public modules: the facade and
    // its types (index.ts), the snapshot contract, and the plain data modules listed here;
    // never its internals (cy, renderer, the layouts' engines, the export drawing code).
    files: ['src/components/**/*.ts', 'src/components/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '/lib/cytoscape/(?!(index|snapshot|elements|encoding|layouts/types|export/(file-name|picture|frame|text))$)',
              message:
                'Components use the adapter through src/lib/cytoscape/index.ts (GraphView, graphCanvas, snapshot types) and its public data modules, not its internals.',
            },
          ],
        },
      ],
    },
  },
);
