// The layer catalog is one ListLayers load shared by every caller (tree nodes, panels): one caller giving up
// does not cancel it for the others, and dispose (the connection goes away) aborts it.
import * as assert from 'assert';
import { LayerCatalog } from '../../../src/aws/layerCatalog';
import { callsOf, useSampleEmulator } from '../support/emulatorService';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SHARED_V5 = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:5';

describe('LayerCatalog', function () {
  this.timeout(30_000);
  // One emulator for the suite; one attempt per call, so a request counted is a call made.
  const sample = useSampleEmulator();
  beforeEach(() => {
    sample.emulator.resetCalls();
    sample.emulator.setFaults([{ operation: 'ListLayers', kind: 'latency', latencyMs: 1000 }]);
  });

  it('one caller cancelling does not cancel the load for another; both share one pass', async () => {
    const catalog = new LayerCatalog(sample.lambda);
    const gaveUp = new AbortController();
    const first = catalog.ensure(gaveUp.signal);
    const second = catalog.ensure(new AbortController().signal);
    await sleep(100);
    gaveUp.abort();
    await assert.rejects(first);
    await second;
    assert.ok(catalog.isLoaded);
    assert.strictEqual(catalog.newerThan(SHARED_V5)?.version, 8);
    assert.strictEqual(callsOf(sample.emulator, 'ListLayers'), 1);
  });

  it('dispose aborts the load', async () => {
    const catalog = new LayerCatalog(sample.lambda);
    const started = Date.now();
    const load = catalog.ensure();
    await sleep(100);
    catalog.dispose();
    await assert.rejects(load);
    assert.ok(Date.now() - started < 900, 'aborted, not awaited');
    assert.strictEqual(catalog.isLoaded, false);
  });
});
