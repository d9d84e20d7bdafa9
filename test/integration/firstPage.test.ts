// Measured for bench/activation.ts (no timing assertion here): the Functions view's first page in code-server,
// from the moment the view opens until its first 50 functions are loaded, and the heap growth of the extension
// host with all 10,000 functions of the `scale` seed in the view. Written to .test-artifacts/first-page.json.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as v8 from 'v8';
import * as vm from 'vm';
import * as vscode from 'vscode';
import { connectedTo, getApi, ofKind } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

const RESULTS = path.join(
  path.dirname(process.env.TEST_RESULTS_FILE ?? path.resolve(__dirname, '../../../.test-artifacts/x.json')),
  'first-page.json',
);

/** A full collection, so that heapUsed counts what is still referenced. */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
}

describe('Functions view: first page after the view opens, and the heap for 10,000 functions', function () {
  this.timeout(240_000);
  const ctx = withEmulator('scale');

  it('shows the first page when the view opens and all 10,000 functions after "Load more…" (measured)', async () => {
    const api = await getApi();
    await connectedTo(api, ctx.emulator.endpoint);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(
      ofKind(api.view('functions').loaded ?? [], 'function'),
      [],
      'nothing loaded while the view is closed',
    );
    collect();
    const heapBefore = process.memoryUsage().heapUsed;

    const t0 = performance.now();
    await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
    await waitFor(() => ofKind(api.view('functions').loaded ?? [], 'function').length >= 50, {
      intervalMs: 5,
      timeoutMs: 30_000,
      message: 'the first page in the opened view',
    });
    const firstPageMs = performance.now() - t0;

    let children = await api.children('functions');
    while (children.at(-1)?.kind === 'loadMore') {
      await vscode.commands.executeCommand('lambdaExplorer.node.loadMore', children.at(-1)!.node);
      children = await api.children('functions');
    }
    assert.strictEqual(ofKind(children, 'function').length, 10_000);
    collect();
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(
      RESULTS,
      JSON.stringify({ firstPageMs, heapGrowthMb, functions: 10_000, at: new Date().toISOString() }),
    );
    console.log(
      `first page ${firstPageMs.toFixed(0)} ms; heap +${heapGrowthMb.toFixed(1)} MB for 10,000 functions`,
    );
  });
});
