// "Used by" under a layer version: one ListFunctions pass per expand or retry, never a loop of failing scans.
import * as assert from 'assert';
import { LayerCatalog } from '../../../../src/aws/layerCatalog';
import type { LambdaService } from '../../../../src/aws/lambdaService';
import { UsedByIndex } from '../../../../src/aws/usedByIndex';
import { ExplorerModel } from '../../../../src/tree/explorerModel';
import type { LayerVersionNode } from '../../../../src/tree/nodes/layerNodes';
import { LayerNode, UsedByFunctionNode, UsedByNode } from '../../../../src/tree/nodes/layerNodes';
import { ErrorNode } from '../../../../src/tree/nodes/pagedNode';
import type { TreeNode } from '../../../../src/tree/treeNode';
import { callsOf, useSampleEmulator } from '../../support/emulatorService';

const signal = new AbortController().signal;

/**
 * The explorer model wired to a stand-in for the view: like VS Code, it asks a node for its children again
 * whenever the node reports a change (bounded, so that a loop shows up as a count instead of a hang).
 */
function viewOf(lambda: LambdaService) {
  const asked: TreeNode[] = [];
  const m = new ExplorerModel(
    (_view, node) => {
      if (node) asked.push(node);
    },
    (e) => (e instanceof Error ? e.message : String(e)),
  );
  m.setConnection({ lambda, usedBy: new UsedByIndex(lambda), catalog: new LayerCatalog(lambda) });
  /** Renders `node` once, then re-renders whatever it reported as changed, as the view would. */
  const render = async (node: TreeNode): Promise<TreeNode[]> => {
    const first = await node.children!({ signal });
    for (let round = 0; round < 5 && asked.length > 0; round++) {
      const again = asked.splice(0);
      for (const n of again) await n.children?.({ signal });
    }
    return first;
  };
  return { m, render };
}

describe('UsedByNode', function () {
  this.timeout(30_000);
  // One emulator for the suite; one attempt per call, so a request counted is a call made.
  const sample = useSampleEmulator();

  async function usedByOf(m: ExplorerModel, layerName: string, version: number): Promise<UsedByNode> {
    const layer = (await m.layersRoot!.children({ signal })).find(
      (n): n is LayerNode => n instanceof LayerNode && n.layer.name === layerName,
    )!;
    const v = (await layer.children({ signal })).find(
      (n) => (n as LayerVersionNode).version?.version === version,
    ) as LayerVersionNode;
    const [usedBy] = await v.children();
    assert.ok(usedBy instanceof UsedByNode);
    return usedBy;
  }

  it('a failed scan shows an error node and does not start another pass by itself; a retry makes one more', async () => {
    const { m, render } = viewOf(sample.lambda);
    const usedBy = await usedByOf(m, 'shared-utils', 7);
    sample.emulator.resetCalls();
    sample.emulator.setFaults([{ operation: 'ListFunctions', kind: 'throttle', retryAfterSeconds: 0 }]);

    const children = await render(usedBy);
    assert.strictEqual(children.length, 1);
    assert.ok(children[0] instanceof ErrorNode, 'an error node with a retry');
    assert.strictEqual(children[0].view().command?.id, 'lambdaExplorer.node.retry');
    assert.strictEqual(callsOf(sample.emulator, 'ListFunctions'), 1, 'exactly one pass');
    // Asking again (the view re-renders for other reasons) shows the error without scanning.
    assert.ok((await usedBy.children({ signal }))[0] instanceof ErrorNode);
    assert.strictEqual(callsOf(sample.emulator, 'ListFunctions'), 1, 'still one pass');

    // A retry that fails again: one more pass, and the error stays.
    await assert.rejects(usedBy.retry(signal));
    assert.ok((await render(usedBy))[0] instanceof ErrorNode);
    assert.strictEqual(callsOf(sample.emulator, 'ListFunctions'), 2, 'the retry made one more pass');

    // A retry once the account answers: the users show.
    sample.emulator.setFaults([]);
    await usedBy.retry(signal);
    const users = await render(usedBy);
    assert.ok(users.length > 0 && users.every((u) => u instanceof UsedByFunctionNode));
    assert.strictEqual(callsOf(sample.emulator, 'ListFunctions'), 3);
  });

  it('a load the view gave up on is not kept as a failure: the next render scans', async () => {
    const { m } = viewOf(sample.lambda);
    const usedBy = await usedByOf(m, 'shared-utils', 7);
    sample.emulator.setFaults([{ operation: 'ListFunctions', kind: 'latency', latencyMs: 5000 }]);
    const gaveUp = new AbortController();
    const load = usedBy.children({ signal: gaveUp.signal });
    await new Promise((r) => setTimeout(r, 100));
    gaveUp.abort();
    await assert.rejects(load);
    assert.strictEqual(usedBy.loadError, undefined);
    sample.emulator.setFaults([]);
    const users = await usedBy.children({ signal });
    assert.ok(users.length > 0 && users.every((u) => u instanceof UsedByFunctionNode));
  });

  it('marks a version only published versions use (usedBy noLatest): "Update Functions…" is not offered', async () => {
    const { m, render } = viewOf(sample.lambda);
    const onlyPublished = await usedByOf(m, 'shared-utils', 6);
    await render(onlyPublished);
    assert.deepStrictEqual(
      onlyPublished.users?.map((u) => u.version),
      ['1'],
      'the sample seed: orders-api version 1 alone uses shared-utils:6',
    );
    assert.strictEqual(onlyPublished.view().contextValue, 'usedBy noLatest');
    const live = await usedByOf(m, 'shared-utils', 8);
    await render(live);
    assert.strictEqual(live.view().contextValue, 'usedBy');
  });
});
