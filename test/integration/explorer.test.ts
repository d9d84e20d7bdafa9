// The explorer inside a real VS Code extension host, against the emulator over loopback HTTP.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LambdaExplorerApi } from '../../src/extension';
import { FunctionNode } from '../../src/tree/nodes/functionNodes';
import { LayerNode, LayerVersionNode, UsedByNode } from '../../src/tree/nodes/layerNodes';
import { ErrorNode, LoadMoreNode } from '../../src/tree/nodes/pagedNode';
import type { TreeNode } from '../../src/tree/treeNode';
import { getApi } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

const calls = (e: { calls: { operation: string }[] }, op: string) =>
  e.calls.filter((c) => c.operation === op).length;
const label = (api: LambdaExplorerApi, view: 'functions' | 'layers', n: TreeNode) => n.view().label;

/** Waits until the extension has rebuilt its connection for the given endpoint. */
async function connectedTo(api: LambdaExplorerApi, endpoint: string): Promise<void> {
  await waitFor(() => api.connection.active?.connection.endpoint === endpoint && api.explorer.functionsRoot, {
    message: `connection to ${endpoint}`,
  });
}

describe('Explorer on 10,000 functions (scale seed)', function () {
  this.timeout(120_000);
  const ctx = withEmulator('scale');
  let api: LambdaExplorerApi;
  before(async () => {
    api = await getApi<LambdaExplorerApi>();
    await connectedTo(api, ctx.emulator.endpoint);
    await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
  });

  it('renders the first page of functions after exactly one ListFunctions call', async () => {
    await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
    ctx.emulator.resetCalls();
    const children = await api.providers.functions.getChildren();
    assert.strictEqual(calls(ctx.emulator, 'ListFunctions'), 1);
    assert.strictEqual(children.filter((c) => c instanceof FunctionNode).length, 50);
    const last = children.at(-1)!;
    assert.ok(last instanceof LoadMoreNode);
    const item = api.providers.functions.getTreeItem(last);
    assert.strictEqual(item.label, 'Load more…');
    assert.strictEqual(item.command?.command, 'lambdaExplorer.node.loadMore');
  });

  it('"Load more…" fetches page after page to the end, then disappears', async () => {
    await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
    ctx.emulator.resetCalls();
    let children = await api.providers.functions.getChildren();
    let rounds = 0;
    while (children.at(-1) instanceof LoadMoreNode) {
      await vscode.commands.executeCommand('lambdaExplorer.node.loadMore', children.at(-1));
      children = await api.providers.functions.getChildren();
      assert.ok(++rounds < 250, 'too many pages');
    }
    assert.strictEqual(children.filter((c) => c instanceof FunctionNode).length, 10_000);
    assert.strictEqual(calls(ctx.emulator, 'ListFunctions'), 200);
    assert.ok(!children.some((c) => c instanceof LoadMoreNode || c instanceof ErrorNode));
  });

  it('filters by name, fetching pages until a match, shown in the view description', async () => {
    await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
    const matches = await vscode.commands.executeCommand<number>(
      'lambdaExplorer.functions.filter',
      'media-sync-09999',
    );
    assert.strictEqual(matches, 1);
    const children = await api.providers.functions.getChildren();
    assert.deepStrictEqual(
      children.filter((c) => c instanceof FunctionNode).map((c) => label(api, 'functions', c)),
      ['media-sync-09999'],
    );
    assert.strictEqual(api.views.functions.description, 'name contains "media-sync-09999"');
    await vscode.commands.executeCommand('lambdaExplorer.functions.clearFilter');
    assert.strictEqual(api.views.functions.description, undefined);
    const all = await api.providers.functions.getChildren();
    assert.ok(all.filter((c) => c instanceof FunctionNode).length > 1);
  });
});

describe('Explorer on the sample account', function () {
  this.timeout(60_000);
  const ctx = withEmulator('sample');
  let api: LambdaExplorerApi;
  before(async () => {
    api = await getApi<LambdaExplorerApi>();
    await connectedTo(api, ctx.emulator.endpoint);
  });

  async function layerVersion(name: string, version: number): Promise<LayerVersionNode> {
    const layers = await api.providers.layers.getChildren();
    const layer = layers.find((l) => l instanceof LayerNode && l.layer.name === name);
    assert.ok(layer, `layer ${name}`);
    const versions = await api.providers.layers.getChildren(layer);
    const v = versions.find((n) => n instanceof LayerVersionNode && n.version.version === version);
    assert.ok(v instanceof LayerVersionNode, `${name}:${version}`);
    return v;
  }

  it('shows which functions and published versions use a layer version, with the count', async () => {
    const v7 = await layerVersion('shared-utils', 7);
    const [usedBy] = await api.providers.layers.getChildren(v7);
    assert.ok(usedBy instanceof UsedByNode);
    const users = await api.providers.layers.getChildren(usedBy);
    const names = users.map(
      (u) =>
        `${label(api, 'layers', u)} ${String(api.providers.layers.getTreeItem(u).description).split(' · ')[0]}`,
    );
    assert.ok(names.includes('auth-authorizer $LATEST'), names.join(', '));
    assert.ok(names.includes('orders-api version 2'), names.join(', '));
    assert.strictEqual(
      api.providers.layers.getTreeItem(usedBy).description,
      `${users.length} function${users.length === 1 ? '' : 's'}`,
    );
  });

  it('a failed load shows an error node with the reason; retry recovers', async () => {
    ctx.emulator.setFaults([{ operation: 'ListLayers', kind: 'error', times: 20 }]);
    try {
      await vscode.commands.executeCommand('lambdaExplorer.layers.refresh');
      const children = await api.providers.layers.getChildren();
      assert.strictEqual(children.length, 1);
      const error = children[0]!;
      assert.ok(error instanceof ErrorNode);
      const item = api.providers.layers.getTreeItem(error);
      assert.strictEqual(item.command?.command, 'lambdaExplorer.node.retry');
      assert.ok(String(item.description).length > 0, 'the reason is shown');
      ctx.emulator.setFaults([]);
      await vscode.commands.executeCommand('lambdaExplorer.node.retry', error);
      const after = await api.providers.layers.getChildren();
      assert.ok(after.some((n) => n instanceof LayerNode && n.layer.name === 'shared-utils'));
    } finally {
      ctx.emulator.setFaults([]);
    }
  });

  it('changing the Region setting rebuilds both trees', async () => {
    const before = api.explorer.functionsRoot;
    await api.providers.functions.getChildren();
    const config = vscode.workspace.getConfiguration('lambdaExplorer');
    await config.update('region', 'eu-west-1', vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => api.connection.active?.connection.region === 'eu-west-1', {
        message: 'region change',
      });
      assert.notStrictEqual(api.explorer.functionsRoot, before, 'a new Functions root');
      assert.strictEqual(
        api.explorer.functionsRoot!.pager.hasStarted,
        false,
        'nothing loaded from the old connection',
      );
    } finally {
      await config.update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
      await waitFor(() => api.connection.active?.connection.region === 'us-east-1', {
        message: 'region restored',
      });
    }
  });

  it('copy ARN puts the function ARN on the clipboard', async () => {
    const fns = await api.providers.functions.getChildren();
    const orders = fns.find((f) => f instanceof FunctionNode && f.fn.name === 'orders-api') as FunctionNode;
    await vscode.commands.executeCommand('lambdaExplorer.resource.copyArn', orders);
    assert.strictEqual(
      await vscode.env.clipboard.readText(),
      'arn:aws:lambda:us-east-1:123456789012:function:orders-api',
    );
  });
});
