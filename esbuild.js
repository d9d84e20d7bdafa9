// Two bundles: the extension (Node, CommonJS, `vscode` external) and the webview app (browser, IIFE).
//   node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  },
  {
    // The deflate pool's worker: loaded from the folder of dist/extension.js at run time.
    entryPoints: ['src/layers/zip/deflateWorker.ts'],
    outfile: 'dist/deflateWorker.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
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
  const present = builds.filter((b) => fs.existsSync(b.entryPoints[0]));
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

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
