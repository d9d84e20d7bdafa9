// Runs every compiled bench (out/bench/*.js) in sequence with node, passing its output through.
// Exits non-zero if any bench fails. Usage: npm run bench [-- nameFilter]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

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
const failed = [];
for (const file of benches) {
  console.log(`\n=== bench: ${file} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--expose-gc', join(dir, file)], {
    cwd: root,
    stdio: 'inherit',
  });
  const status = result.status ?? 1;
  console.log(
    `=== ${file}: ${status === 0 ? 'ok' : `failed (exit ${result.status ?? result.signal})`} in ${Date.now() - started} ms ===`,
  );
  if (status !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`\nBenches failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nAll ${benches.length} benches passed.`);
