// Import cycles, checked by `npm run lint` (depcruise). A cycle through `import type` counts too:
// two modules that know each other's types still cannot be understood, or moved, one at a time.
// ESLint's import plugins skip type-only imports, and this also reads .svelte components.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Imports point one way: split the shared part into a module both can import.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.svelte.ts', '.js', '.svelte', '.json'],
    },
    cache: false,
  },
};
