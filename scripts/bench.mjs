// Runs every compiled bench (out/bench/*.js) in sequence with node, passing its output through.
// Exits non-zero if any bench fails. Usage: npm run bench [-- nameFilter]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE24_BIN } from './codeServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'out', 'bench');
const filter = process.argv[2];
if (!existsSync(dir)) {
  console.error(`No compiled benches: ${dir} (run npm run build:tests first)`);
  process.exit(1);
}
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.js') && !f.endsWith('Support.js') && (!filter || f.includes(filter)))
  .sort();
if (benches.length === 0) {
  console.error(`No benches matched: ${filter ?? '*'}`);
  process.exit(1);
}
// Benches measure the extension on the Node it runs on: VS Code 1.101+ (engines.vscode) runs extensions on Node 22
// or later (code-server 4.139 on Node 24). On an older system Node, they run on the Node 24 that
// prepare-vscode.sh installs for code-server (the unit tier does the same).
let node = process.execPath;
if (Number(process.versions.node.split('.')[0]) < 22) {
  node = join(NODE24_BIN, 'node');
  if (!existsSync(node)) {
    const prep = spawnSync('bash', [join(root, 'scripts', 'prepare-vscode.sh')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (prep.status !== 0 || !existsSync(node)) {
      console.error(`Node 22 or later is needed for the benches, and ${node} could not be installed`);
      process.exit(1);
    }
  }
}
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`Benches run on Node ${nodeVersion} (${node})`);
const failed = [];
for (const file of benches) {
  console.log(`\n=== bench: ${file} ===`);
  const started = Date.now();
  const result = spawnSync(node, ['--expose-gc', join(dir, file)], {
    cwd: root,
    stdio: 'inherit',
  });
  const status = result.status ?? 1;
  console.log(
    `=== ${file}: ${status === 0 ? 'ok' : `failed (exit ${result.status ?? result.signal})`} in ${Date.now() - started} ms ===`,
  );
  if (status !== 0) failed.push(file);
  // What a bench wrote (the packaging bench writes ~2 GB of archives) is flushed before the next one starts, so
  // that the next one does not measure the kernel writing it back.
  spawnSync('sync');
}
if (failed.length > 0) {
  console.error(`\nBenches failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nAll ${benches.length} benches passed.`);
