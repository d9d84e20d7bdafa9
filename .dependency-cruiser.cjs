// Import cycles in src/ fail the static tier (`npm run lint` runs `depcruise src`).
// Type-only imports count too (tsPreCompilationDeps): they are erased from the bundle, but a type cycle is
// still a layering cycle (a domain file in aws/ that names a tree type depends on the tree), and
// ESLint's import/no-cycle rules cannot count them (they skip `import type` with no option to keep it).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module must not reach itself through its imports (type-only imports included).',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
