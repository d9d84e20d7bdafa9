// Attach, detach, reorder, upgrade, attach from a layer version, bulk upgrade of 60 functions and publish, run
// as VS Code commands on real tree nodes against the emulator; the prompts are scripted (the extension's
// prompter port is swapped), and each test checks the emulator's state afterwards.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { LambdaExplorerApi } from '../../src/extension';
import type { BulkReport } from '../../src/layers/bulkUpgrade';
import type { AttachedLayerNode, FunctionNode } from '../../src/tree/nodes/functionNodes';
import type { LayerNode, LayerVersionNode, UsedByNode } from '../../src/tree/nodes/layerNodes';
import type { TreeNode } from '../../src/tree/treeNode';
import type { Prompter } from '../../src/ui/prompter';
import type { SeedFile } from '../emulator/seeds';
import { serviceFor } from '../unit/support/emulatorService';
import { ScriptedPrompter } from '../unit/support/recorders';
import { getApi } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

const L = (name: string, v: number) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${v}`;
const BULK = Array.from({ length: 60 }, (_, i) => `bulk-${String(i).padStart(2, '0')}`);

function writeSeed(): string {
  const seed: SeedFile = {
    layers: [
      {
        name: 'lib',
        versions: [
          { compatibleRuntimes: ['nodejs22.x'] },
          { compatibleRuntimes: ['nodejs22.x'] },
          { compatibleRuntimes: ['nodejs22.x'] },
        ],
      },
      { name: 'other', versions: [{}, {}] },
      { name: 'tools', versions: [{}] },
    ],
    functions: [
      { name: 'app', runtime: 'nodejs22.x', layers: ['other:1'] },
      { name: 'a-reorder', runtime: 'nodejs22.x', layers: ['other:1', 'tools:1', 'lib:2'] },
      ...BULK.map((name) => ({ name, runtime: 'nodejs22.x', layers: ['other:2', 'lib:1'] })),
    ],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attach-it-'));
  const file = path.join(dir, 'seed.json');
  fs.writeFileSync(file, JSON.stringify(seed));
  return file;
}

describe('Attach, detach, reorder and upgrade layers (VS Code commands on tree nodes)', function () {
  this.timeout(120_000);
  const ctx = withEmulator(writeSeed());
  let api: LambdaExplorerApi;
  let realPrompter: Prompter;
  const layersOf = (name: string) => ctx.emulator.state.functions.get(name)?.latest.layers;

  before(async () => {
    api = await getApi<LambdaExplorerApi>();
    realPrompter = api.deps.prompter;
    await waitFor(
      () =>
        api.connection.active?.connection.endpoint === ctx.emulator.endpoint && api.explorer.functionsRoot,
      {
        message: 'connection to the emulator',
      },
    );
  });
  afterEach(() => {
    api.deps.prompter = realPrompter;
    ctx.emulator.setFaults([]);
    ctx.emulator.setRateLimit(undefined);
  });
  const script = (answers: unknown[]) => {
    api.deps.prompter = new ScriptedPrompter(answers);
  };

  // The extension runs from its bundle (dist/extension.js): its node classes are not the ones this file
  // imports, so nodes are recognised by their context value (what menus see), not by instanceof.
  const kind = (view: 'functions' | 'layers', n: TreeNode | undefined) =>
    n ? String(api.providers[view].getTreeItem(n).contextValue) : '';
  async function functionNode(name: string): Promise<FunctionNode> {
    const fns = await api.providers.functions.getChildren();
    const node = fns.find((n) => kind('functions', n) === 'function' && (n as FunctionNode).fn.name === name);
    assert.ok(node, `function ${name} in the tree`);
    return node as FunctionNode;
  }
  async function attachedNodes(name: string): Promise<AttachedLayerNode[]> {
    const fn = await functionNode(name);
    const [layers] = await api.providers.functions.getChildren(fn);
    assert.strictEqual(kind('functions', layers), 'functionLayers');
    return (await api.providers.functions.getChildren(layers)).filter((n) =>
      kind('functions', n).startsWith('attachedLayer'),
    ) as AttachedLayerNode[];
  }
  async function layerVersionNode(name: string, version: number): Promise<LayerVersionNode> {
    const layers = await api.providers.layers.getChildren();
    const layer = layers.find((n) => kind('layers', n) === 'layer' && (n as LayerNode).layer.name === name);
    assert.ok(layer, `layer ${name}`);
    const versions = await api.providers.layers.getChildren(layer);
    const v = versions.find(
      (n) => kind('layers', n) === 'layerVersion' && (n as LayerVersionNode).version.version === version,
    );
    assert.ok(v, `${name}:${version}`);
    return v as LayerVersionNode;
  }
  const labels = (nodes: TreeNode[]) =>
    nodes.map((n) => {
      const label = api.providers.functions.getTreeItem(n).label;
      return typeof label === 'string' ? label : (label?.label ?? '');
    });

  it('attaches a layer from the function node: the emulator has it, and so does the tree', async () => {
    script([['lib'], 'Version 3']);
    await vscode.commands.executeCommand('lambdaExplorer.function.attachLayers', await functionNode('app'));
    assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('lib', 3)]);
    await waitFor(async () => labels(await attachedNodes('app')).join() === 'other:1,lib:3', {
      message: 'the tree shows lib:3 under app',
    });
  });

  it('moves a layer up and down in merge order', async () => {
    const [, tools] = await attachedNodes('a-reorder');
    await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.moveUp', tools);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('tools', 1), L('other', 1), L('lib', 2)]);
    await waitFor(async () => labels(await attachedNodes('a-reorder'))[0] === 'tools:1', {
      message: 'tree reordered',
    });
    const [first] = await attachedNodes('a-reorder');
    await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.moveDown', first);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('tools', 1), L('lib', 2)]);
  });

  it('upgrades an outdated attached layer (context "attachedLayer outdated") to the latest version', async () => {
    await waitFor(async () => labels(await attachedNodes('a-reorder'))[1] === 'tools:1', {
      message: 'tree caught up',
    });
    const lib = (await attachedNodes('a-reorder'))[2]!;
    assert.strictEqual(api.providers.functions.getTreeItem(lib).contextValue, 'attachedLayer outdated');
    await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.upgrade', lib);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('tools', 1), L('lib', 3)]);
  });

  it('detaches a layer after a confirmation', async () => {
    await waitFor(async () => labels(await attachedNodes('a-reorder'))[2] === 'lib:3', {
      message: 'tree caught up',
    });
    const tools = (await attachedNodes('a-reorder'))[1]!;
    script([true]);
    await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.detach', tools);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('lib', 3)]);
  });

  it('attaches a layer version to functions picked from the layer version node', async () => {
    const v1 = await layerVersionNode('tools', 1);
    script([['app', 'a-reorder']]);
    await vscode.commands.executeCommand('lambdaExplorer.layerVersion.attachToFunctions', v1);
    assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('lib', 3), L('tools', 1)]);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('lib', 3), L('tools', 1)]);
  });

  it('bulk-updates 60 functions under 15 req/s with injected 409s and 412s: nothing lost, nothing half-applied', async () => {
    const emu = ctx.emulator;
    const v1 = await layerVersionNode('lib', 1);
    const [first] = await api.providers.layers.getChildren(v1);
    assert.strictEqual(kind('layers', first), 'usedBy');
    const usedBy = first as UsedByNode;
    await api.providers.layers.getChildren(usedBy); // scans "used by"
    assert.strictEqual(usedBy.users?.length, 60);

    emu.setRateLimit(15);
    // 409: five functions have an update in progress when the run starts.
    for (const name of BULK.slice(0, 5)) emu.state.functions.get(name)!.latest.updatedAt = Date.now() + 2500;
    // 412: a colleague changes five others once the run has listed them (before their turn).
    const colleague = serviceFor(emu, 4);
    emu.resetCalls();
    const changed = (async () => {
      await waitFor(() => emu.calls.some((c) => c.operation === 'UpdateFunctionConfiguration'), {
        timeoutMs: 30_000,
        message: 'the run started',
      });
      for (const name of BULK.slice(50, 55))
        await colleague.updateFunctionConfiguration(name, {
          layers: [L('tools', 1), L('other', 2), L('lib', 1)],
        });
    })();
    script(['Version 3', BULK]);
    const report = await vscode.commands.executeCommand<BulkReport>(
      'lambdaExplorer.usedBy.updateFunctions',
      usedBy,
    );
    await changed;
    assert.ok(report, 'the command returned its report');
    assert.deepStrictEqual(
      report.counts,
      { updated: 60, alreadyCurrent: 0, skipped: 0, failed: 0 },
      JSON.stringify(report.outcomes.filter((o) => o.status !== 'updated')),
    );
    for (const name of BULK) {
      const expected = BULK.slice(50, 55).includes(name)
        ? [L('tools', 1), L('other', 2), L('lib', 3)]
        : [L('other', 2), L('lib', 3)];
      assert.deepStrictEqual(layersOf(name), expected, name);
      assert.strictEqual(emu.state.functionConfiguration(name)?.LastUpdateStatus, 'Successful', name);
    }
    assert.ok(
      emu.calls.some((c) => c.status === 409),
      'the run met 409s',
    );
    assert.ok(
      emu.calls.some((c) => c.status === 412),
      'the run met 412s',
    );
    assert.match(
      report.outcomes.find((o) => o.functionName === 'bulk-52')?.reason ?? '',
      /changed by someone else \(added tools:1\): re-applied on top/,
    );
  });

  it('publishes a version of a function; it appears under Versions', async () => {
    script(['integration release']);
    await vscode.commands.executeCommand('lambdaExplorer.function.publishVersion', await functionNode('app'));
    const versions = ctx.emulator.state.functions.get('app')?.versions ?? [];
    assert.strictEqual(versions.length, 1);
    assert.deepStrictEqual(versions[0]?.layers, [L('other', 1), L('lib', 3), L('tools', 1)]);
    await waitFor(
      async () => {
        const fn = await functionNode('app');
        const [, versionsNode] = await api.providers.functions.getChildren(fn);
        const children = await api.providers.functions.getChildren(versionsNode);
        return labels(children).includes('Version 1');
      },
      { message: 'Version 1 under app' },
    );
  });
});
