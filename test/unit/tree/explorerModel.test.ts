// Loads belong to the nodes that started them: a new connection, a refreshed node or a new layer filter aborts
// the page loads still in flight below the nodes that went away (nothing waits on, or fills, a dead node).
import * as assert from 'assert';
import { LayerCatalog } from '../../../src/aws/layerCatalog';
import type { LambdaService } from '../../../src/aws/lambdaService';
import { UsedByIndex } from '../../../src/aws/usedByIndex';
import { ExplorerModel } from '../../../src/tree/explorerModel';
import type { FunctionVersionsNode } from '../../../src/tree/nodes/functionNodes';
import { FunctionNode } from '../../../src/tree/nodes/functionNodes';
import { LayerNode } from '../../../src/tree/nodes/layerNodes';
import { ErrorNode } from '../../../src/tree/nodes/pagedNode';
import type { TreeNode } from '../../../src/tree/treeNode';
import { startEmulator } from '../../emulator/emulator';
import type { RunningEmulator } from '../../emulator/emulator';
import { serviceFor } from '../support/emulatorService';

const signal = new AbortController().signal;
const SLOW_MS = 8000;

function connectionFor(lambda: LambdaService) {
  return { lambda, usedBy: new UsedByIndex(lambda), catalog: new LayerCatalog(lambda) };
}

/** Awaits a load and says how long it took. */
async function timed<T>(p: Promise<T>): Promise<{ value: T; ms: number; started: number }> {
  const started = Date.now();
  const value = await p;
  return { value, ms: Date.now() - started, started };
}

describe('ExplorerModel aborts loads of nodes that go away', function () {
  this.timeout(30_000);
  let emulator: RunningEmulator;
  let lambda: LambdaService;
  let m: ExplorerModel;
  before(async () => {
    emulator = await startEmulator({ seed: 'sample' });
    lambda = serviceFor(emulator, 1);
  });
  after(() => emulator.stop());
  beforeEach(() => {
    emulator.setFaults([]);
    m = new ExplorerModel(
      () => undefined,
      (e) => (e instanceof Error ? e.message : String(e)),
    );
    m.setConnection(connectionFor(lambda));
  });
  afterEach(() => {
    emulator.setFaults([]);
    m.setConnection(undefined);
  });

  async function layer(name: string): Promise<LayerNode> {
    const layers = await m.layersRoot!.children({ signal });
    return layers.find((n): n is LayerNode => n instanceof LayerNode && n.layer.name === name)!;
  }

  /** Starts a slow load of `node`'s children, runs `goAway` while it is in flight, and times the load. */
  async function interrupted(node: TreeNode, operation: string, goAway: () => void) {
    emulator.setFaults([{ operation, kind: 'latency', latencyMs: SLOW_MS }]);
    const load = timed(node.children!({ signal }));
    await new Promise((r) => setTimeout(r, 200));
    goAway();
    return load;
  }

  it('a new connection aborts a page load in flight under the old Layers root', async () => {
    const shared = await layer('shared-utils');
    const { value, ms } = await interrupted(shared, 'ListLayerVersions', () =>
      m.setConnection(connectionFor(lambda)),
    );
    assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
    assert.ok(value.at(-1) instanceof ErrorNode);
    assert.strictEqual(shared.pager.isLoading, false);
  });

  it('no connection aborts it too', async () => {
    const shared = await layer('shared-utils');
    const { ms } = await interrupted(shared, 'ListLayerVersions', () => m.setConnection(undefined));
    assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
  });

  it('refreshing the Layers root aborts the version loads of its layers', async () => {
    const shared = await layer('shared-utils');
    const { ms } = await interrupted(shared, 'ListLayerVersions', () => m.layersRoot!.refresh());
    assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
  });

  it('a new layer filter aborts the version loads under the old Layers root', async () => {
    const shared = await layer('shared-utils');
    const { ms } = await interrupted(shared, 'ListLayerVersions', () =>
      m.setLayerListFilter({ runtime: 'python3.13' }),
    );
    assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
  });

  it('refreshing a function aborts the load of its published versions', async () => {
    const fns = await m.functionsRoot!.children({ signal });
    const orders = fns.find(
      (n): n is FunctionNode => n instanceof FunctionNode && n.fn.name === 'orders-api',
    )!;
    const [, versions] = await orders.children();
    const { ms } = await interrupted(versions as FunctionVersionsNode, 'ListVersionsByFunction', () =>
      orders.refresh(),
    );
    assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
  });
});
