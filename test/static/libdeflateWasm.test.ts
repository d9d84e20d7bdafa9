// src/layers/zip/libdeflateWasm.ts is generated from the pinned `libdeflate` package: it must be exactly what the
// generator writes from the installed package, so the module we ship is the package's and a package update is a
// visible change in review, not a silent one.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..'); // out/test/static -> the repository

describe('libdeflate module (static tier)', function () {
  this.timeout(30_000);

  it('is what scripts/libdeflate-wasm.mjs writes from the installed package', function () {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/libdeflate-wasm.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  });
});
