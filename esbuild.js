// The bundles: the extension (Node, CommonJS, `vscode` external), the S3 side it loads on the first large upload
// (dist/s3.js), the deflate worker, and the webview app (browser, IIFE).
//   node esbuild.js [--production] [--watch]
// Activation loads dist/extension.js only: the S3 and STS clients are not needed for the first page, so
// src/aws/sdkArtifacts.ts is its own bundle, required from dist/extension.js when first used (esbuild cannot
// split CommonJS output into chunks). `mainFields: module, main` picks the SDK's smaller ESM builds (measured:
// 915 KB → 695 KB with both clients inlined; 471 KB with S3/STS and the SDK's credential clients split off).
// The Node bundles target Node 22: engines.vscode is ^1.101.0, the first VS Code whose extension host runs
// Node 22 (Electron 35), as AWS SDK releases after January 2027 require.
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');

// The SDK's own clients for credentials (STS for assume-role, SSO, SSO-OIDC, sign-in), which its credential
// providers import only when a profile needs them: each its own file too, shared by both bundles.
const NESTED = ['sts', 'sso', 'sso-oidc', 'signin'];

/**
 * Lazily loaded bundles: `import('./sdkArtifacts')` in src/aws/sdkClientFactory.ts becomes `require('./s3.js')`,
 * `@aws-sdk/nested-clients/X` becomes `require('./aws-X.js')`.
 */
const lazyFiles = (withS3) => ({
  name: 'lazy-files',
  setup(build) {
    if (withS3)
      build.onResolve({ filter: /^\.\/sdkArtifacts$/ }, () => ({ path: './s3.js', external: true }));
    build.onResolve({ filter: /^@aws-sdk\/nested-clients\/[a-z-]+$/ }, (a) => {
      if (a.kind === 'entry-point') return undefined;
      const name = a.path.split('/').pop();
      return NESTED.includes(name) ? { path: `./aws-${name}.js`, external: true } : undefined;
    });
  },
});
const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  mainFields: ['module', 'main'],
  // import() of a lazily loaded file becomes require(): the file is CommonJS, next to dist/extension.js.
  supported: { 'dynamic-import': false },
};
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...node,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [lazyFiles(true)],
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  },
  {
    // The S3 and STS clients behind the artifact store: loaded from the folder of dist/extension.js on first use.
    ...node,
    entryPoints: ['src/aws/sdkArtifacts.ts'],
    outfile: 'dist/s3.js',
    plugins: [lazyFiles(false)],
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  },
  ...NESTED.map((name) => ({
    ...node,
    entryPoints: [`@aws-sdk/nested-clients/${name}`],
    outfile: `dist/aws-${name}.js`,
    plugins: [lazyFiles(false)],
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  })),
  {
    // The deflate pool's worker: loaded from the folder of dist/extension.js at run time.
    ...node,
    entryPoints: ['src/layers/zip/deflateWorker.ts'],
    outfile: 'dist/deflateWorker.js',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  },
  {
    entryPoints: ['src/webviews/app/main.ts'],
    outfile: 'dist/webview.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  },
];

async function main() {
  const present = builds.filter((b) => b.entryPoints[0].startsWith('@') || fs.existsSync(b.entryPoints[0]));
  if (watch) {
    for (const b of present) {
      const ctx = await esbuild.context(b);
      await ctx.watch();
    }
    console.log('[esbuild] watching…');
    return;
  }
  await Promise.all(present.map((b) => esbuild.build(b)));
}

// `require('./esbuild.js')` (bench/activation.ts) gets the build options without building.
module.exports = { builds };
if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
