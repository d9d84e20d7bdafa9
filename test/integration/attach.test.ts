// Attach, detach, reorder, upgrade, attach from a layer version, bulk upgrade of 60 functions and publish, run
// as VS Code commands on real tree nodes against the emulator; the prompts are answered from a script by the
// test window (support/testWindow.ts), and each test checks the emulator's state afterwards.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { BulkReport } from '../../src/layers/bulkUpgrade';
import type { SeedFile } from '../emulator/seeds';
import { serviceFor } from '../unit/support/emulatorService';
import { connectedTo, functionNode, getApi, layerVersionNode, ofKind } from './support/extensionApi';
import type { LambdaExplorerApi, ShownNode } from './support/extensionApi';
import { useTestWindow } from './support/testWindow';
import type { Answer } from './support/testWindow';
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
  const layersOf = (name: string) => ctx.emulator.state.functions.get(name)?.latest.layers;
  const ui = useTestWindow();

  before(async () => {
    api = await getApi();
    await connectedTo(api, ctx.emulator.endpoint);
  });
  afterEach(() => {
    ctx.emulator.setFaults([]);
    ctx.emulator.setRateLimit(undefined);
  });
  /** The answers to the prompts of the next command, in order (see support/testWindow.ts). */
  const script = (answers: Answer[]) => ui().script(answers);

  async function attachedNodes(name: string): Promise<ShownNode[]> {
    const fn = await functionNode(api, name);
    const [layers] = await api.children('functions', fn);
    assert.strictEqual(layers?.kind, 'functionLayers');
    return (await api.children('functions', layers)).filter((n) => n.kind === 'attachedLayer');
  }
  const labels = (nodes: ShownNode[]) => nodes.map((n) => n.label);

  it('attaches a layer from the function node: the emulator has it, and so does the tree', async () => {
    script([['lib'], 'Version 3']);
    await vscode.commands.executeCommand(
      'lambdaExplorer.function.attachLayers',
      (await functionNode(api, 'app')).node,
    );
    assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('lib', 3)]);
    await waitFor(async () => labels(await attachedNodes('app')).join() === 'other:1,lib:3', {
      message: 'the tree shows lib:3 under app',
    });
  });

  it('moves a layer up and down in merge order', async () => {
    const [, tools] = await attachedNodes('a-reorder');
    await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.moveUp', tools!.node);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('tools', 1), L('other', 1), L('lib', 2)]);
    await waitFor(async () => labels(await attachedNodes('a-reorder'))[0] === 'tools:1', {
      message: 'tree reordered',
    });
    const [first] = await attachedNodes('a-reorder');
    await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.moveDown', first!.node);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('tools', 1), L('lib', 2)]);
  });

  it('upgrades an outdated attached layer (context "attachedLayer outdated") to the latest version', async () => {
    await waitFor(async () => labels(await attachedNodes('a-reorder'))[1] === 'tools:1', {
      message: 'tree caught up',
    });
    const lib = (await attachedNodes('a-reorder'))[2]!;
    assert.strictEqual(lib.contextValue, 'attachedLayer outdated last', 'outdated, and last: no Move Down');
    await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.upgrade', lib.node);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('tools', 1), L('lib', 3)]);
  });

  it('detaches a layer after a confirmation', async () => {
    await waitFor(async () => labels(await attachedNodes('a-reorder'))[2] === 'lib:3', {
      message: 'tree caught up',
    });
    const tools = (await attachedNodes('a-reorder'))[1]!;
    script([true]);
    await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.detach', tools.node);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('lib', 3)]);
  });

  it('attaches a layer version to functions picked from the layer version node', async () => {
    const v1 = await layerVersionNode(api, 'tools', 1);
    script([['app', 'a-reorder']]);
    await vscode.commands.executeCommand('lambdaExplorer.layerVersion.attachToFunctions', v1.node);
    assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('lib', 3), L('tools', 1)]);
    assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('lib', 3), L('tools', 1)]);
  });

  it('bulk-updates 60 functions under 15 req/s with injected 409s and 412s: nothing lost, nothing half-applied', async () => {
    const emu = ctx.emulator;
    const v1 = await layerVersionNode(api, 'lib', 1);
    const [usedBy] = await api.children('layers', v1);
    assert.strictEqual(usedBy?.kind, 'usedBy');
    const users = await api.children('layers', usedBy); // scans "used by"
    assert.strictEqual(ofKind(users, 'usedByFunction').length, 60);

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
      usedBy.node,
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
    await vscode.commands.executeCommand(
      'lambdaExplorer.function.publishVersion',
      (await functionNode(api, 'app')).node,
    );
    const versions = ctx.emulator.state.functions.get('app')?.versions ?? [];
    assert.strictEqual(versions.length, 1);
    assert.deepStrictEqual(versions[0]?.layers, [L('other', 1), L('lib', 3), L('tools', 1)]);
    await waitFor(
      async () => {
        const fn = await functionNode(api, 'app');
        const [, versionsNode] = await api.children('functions', fn);
        const children = await api.children('functions', versionsNode);
        return labels(children).includes('Version 1');
      },
      { message: 'Version 1 under app' },
    );
  });
});
