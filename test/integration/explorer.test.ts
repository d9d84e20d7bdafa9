// The explorer inside a real VS Code extension host, against the emulator over loopback HTTP. The extension
// runs from its bundle; the tests read the views through its read-only API (what each view's tree data
// provider gives) and run commands on the nodes, as a menu would.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { connectedTo, getApi, layerVersionNode, ofKind } from './support/extensionApi';
import type { LambdaExplorerApi } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

const calls = (e: { calls: { operation: string }[] }, op: string) =>
  e.calls.filter((c) => c.operation === op).length;

describe('Explorer on 10,000 functions (scale seed)', function () {
  this.timeout(120_000);
  const ctx = withEmulator('scale');
  let api: LambdaExplorerApi;
  before(async () => {
    api = await getApi();
    await connectedTo(api, ctx.emulator.endpoint);
    await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
    // The previous suite's settings were put back one by one: the views went through welcome content (an
    // invalid connection has some) and back to the tree, which loads once more. Let that load land first.
    await api.children('functions');
    await new Promise((r) => setTimeout(r, 1_000));
  });

  it('renders the first page of functions after exactly one ListFunctions call', async () => {
    await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
    ctx.emulator.resetCalls();
    const children = await api.children('functions');
    assert.strictEqual(calls(ctx.emulator, 'ListFunctions'), 1);
    assert.strictEqual(ofKind(children, 'function').length, 50);
    const last = children.at(-1)!;
    assert.strictEqual(last.kind, 'loadMore');
    assert.strictEqual(last.label, 'Load more…');
    assert.strictEqual(last.command, 'lambdaExplorer.node.loadMore');
  });

  it('"Load more…" fetches page after page to the end, then disappears', async () => {
    await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
    ctx.emulator.resetCalls();
    let children = await api.children('functions');
    let rounds = 0;
    while (children.at(-1)?.kind === 'loadMore') {
      await vscode.commands.executeCommand('lambdaExplorer.node.loadMore', children.at(-1)!.node);
      children = await api.children('functions');
      assert.ok(++rounds < 250, 'too many pages');
    }
    assert.strictEqual(ofKind(children, 'function').length, 10_000);
    assert.strictEqual(calls(ctx.emulator, 'ListFunctions'), 200);
    assert.ok(!children.some((c) => c.kind === 'loadMore' || c.kind === 'error'));
  });

  it('filters by name, fetching pages until a match, shown in the view description', async () => {
    await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
    const matches = await vscode.commands.executeCommand<number>(
      'lambdaExplorer.functions.filter',
      'media-sync-09999',
    );
    assert.strictEqual(matches, 1);
    const children = await api.children('functions');
    assert.deepStrictEqual(
      ofKind(children, 'function').map((c) => c.label),
      ['media-sync-09999'],
    );
    assert.strictEqual(api.view('functions').description, 'name contains "media-sync-09999"');
    await vscode.commands.executeCommand('lambdaExplorer.functions.clearFilter');
    assert.strictEqual(api.view('functions').description, undefined);
    const all = await api.children('functions');
    assert.ok(ofKind(all, 'function').length > 1);
  });
});

describe('Explorer on the sample account', function () {
  this.timeout(60_000);
  const ctx = withEmulator('sample');
  let api: LambdaExplorerApi;
  before(async () => {
    api = await getApi();
    await connectedTo(api, ctx.emulator.endpoint);
  });

  it('shows which functions and published versions use a layer version, with the count', async () => {
    const v7 = await layerVersionNode(api, 'shared-utils', 7);
    const [usedBy] = await api.children('layers', v7);
    assert.strictEqual(usedBy?.kind, 'usedBy');
    const users = await api.children('layers', usedBy);
    const names = users.map((u) => `${u.label} ${String(u.description).split(' · ')[0]}`);
    assert.ok(names.includes('auth-authorizer $LATEST'), names.join(', '));
    assert.ok(names.includes('orders-api version 2'), names.join(', '));
    // read again: the count appears once the users are scanned
    const [counted] = await api.children('layers', v7);
    assert.strictEqual(counted?.description, `${users.length} function${users.length === 1 ? '' : 's'}`);
  });

  it('a failed load shows an error node with the reason; retry recovers', async () => {
    ctx.emulator.setFaults([{ operation: 'ListLayers', kind: 'error', times: 20 }]);
    try {
      await vscode.commands.executeCommand('lambdaExplorer.layers.refresh');
      const children = await api.children('layers');
      assert.strictEqual(children.length, 1);
      const error = children[0]!;
      assert.strictEqual(error.kind, 'error');
      assert.strictEqual(error.command, 'lambdaExplorer.node.retry');
      assert.ok(String(error.description).length > 0, 'the reason is shown');
      ctx.emulator.setFaults([]);
      await vscode.commands.executeCommand('lambdaExplorer.node.retry', error.node);
      const after = await api.children('layers');
      assert.ok(ofKind(after, 'layer').some((n) => n.resource?.name === 'shared-utils'));
    } finally {
      ctx.emulator.setFaults([]);
    }
  });

  it('changing the Region setting rebuilds both trees', async () => {
    await api.children('functions');
    assert.ok((api.view('functions').loaded?.length ?? 0) > 0, 'the Functions view has loaded');
    const config = vscode.workspace.getConfiguration('lambdaExplorer');
    await config.update('region', 'eu-west-1', vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => api.connection().region === 'eu-west-1', {
        message: 'region change',
      });
      assert.deepStrictEqual(
        api.view('functions').loaded,
        [],
        'a new Functions root: nothing loaded from the old connection',
      );
    } finally {
      await config.update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
      await waitFor(() => api.connection().region === 'us-east-1', {
        message: 'region restored',
      });
    }
  });

  it('copy ARN puts the function ARN on the clipboard', async () => {
    const fns = await api.children('functions');
    const orders = ofKind(fns, 'function').find((f) => f.resource?.name === 'orders-api');
    assert.ok(orders);
    await vscode.commands.executeCommand('lambdaExplorer.resource.copyArn', orders.node);
    assert.strictEqual(
      await vscode.env.clipboard.readText(),
      'arn:aws:lambda:us-east-1:123456789012:function:orders-api',
    );
  });
});
