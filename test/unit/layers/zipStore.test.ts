// What the writer does not try to deflate: already-compressed formats by name, and big files whose first block
// does not shrink. Both are stored, so their CPU goes to nothing; the archive stays valid.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scanFolder } from '../../../src/layers/zip/folderScan';
import { toZipEntries } from '../../../src/layers/zip/layerLayout';
import { writeZip } from '../../../src/layers/zip/zipWriter';

/** name → method as `unzip -v` lists it ("Stored" or "Defl:N"). */
function methods(zip: string): Map<string, string> {
  const out = spawnSync('/usr/bin/unzip', ['-v', zip], { encoding: 'utf8' }).stdout;
  const m = new Map<string, string>();
  for (const line of out.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols.length === 8 && /^\d+$/.test(cols[0]!)) m.set(cols[7]!, cols[1]!);
  }
  return m;
}

describe('zipWriter: entries stored without deflating', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zipstore-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores already-compressed formats by name and files whose first block does not shrink (big ones part by part)', async () => {
    const root = path.join(dir, 'layer');
    fs.mkdirSync(root);
    const text = 'const value = require("module");\n'.repeat(3000);
    // Compressible content under compressed names: deflate would shrink them, but it is not tried.
    for (const name of ['icon.png', 'lib.jar', 'dep.whl', 'font.woff2', 'data.gz'])
      fs.writeFileSync(path.join(root, name), text);
    fs.writeFileSync(path.join(root, 'index.js'), text);
    // 1.5 MiB: a random first block, then text. Judged by its first 64 KiB, it is stored whole.
    fs.writeFileSync(
      path.join(root, 'model.bin'),
      Buffer.concat([randomBytes(64 * 1024), Buffer.alloc(1.5 * 1024 * 1024, text)]),
    );
    // From 2 MiB a file is deflated in 1 MiB parts, each judged by its own first 64 KiB: the random block's part
    // goes in as stored blocks, the text after it is deflated.
    const weights = Buffer.concat([randomBytes(64 * 1024), Buffer.alloc(3 * 1024 * 1024, text)]);
    fs.writeFileSync(path.join(root, 'weights.bin'), weights);
    const scan = await scanFolder(root, { prewarmWorkers: 0 });
    const out = path.join(dir, 'a.zip');
    await writeZip(toZipEntries(scan.files, ''), out);
    const m = methods(out);
    for (const name of ['icon.png', 'lib.jar', 'dep.whl', 'font.woff2', 'data.gz', 'model.bin'])
      assert.strictEqual(m.get(name), 'Stored', name);
    assert.strictEqual(m.get('index.js'), 'Defl:N');
    assert.strictEqual(m.get('weights.bin'), 'Defl:N');
    const listed = spawnSync('/usr/bin/unzip', ['-v', out], { encoding: 'utf8' }).stdout;
    const row = listed.split('\n').find((l) => l.endsWith('weights.bin'))!;
    const compressed = Number(row.trim().split(/\s+/)[2]);
    // The first part (1 MiB, opening with noise) is stored blocks; the 2+ MiB of text after it shrank to little.
    assert.ok(
      compressed >= 1024 * 1024 && compressed < 1024 * 1024 + 64 * 1024,
      `compressed size ${compressed}`,
    );
    assert.strictEqual(spawnSync('/usr/bin/unzip', ['-tq', out]).status, 0);
  });
});
