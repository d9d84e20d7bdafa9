// Two connections that list the same ARN (the same account and Region through two profiles, or here two endpoints):
// a panel opened from one root reads from, and acts on, that root's connection, and the other root gets a panel of
// its own. Before, both opened one panel, on whichever connection listed the ARN first.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { startEmulator } from '../emulator/emulator';
import type { RunningEmulator } from '../emulator/emulator';
import { getApi, ofKind } from './support/extensionApi';
import type { LambdaExplorerApi, ShownNode } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

const reads = (e: RunningEmulator) =>
  e.calls.filter((c) => c.operation === 'GetFunction' || c.operation === 'GetFunctionConfiguration').length;

describe('Panels of two connections that list the same ARN', function () {
  this.timeout(120_000);
  const ctx = withEmulator('sample');
  let twin: RunningEmulator;
  let api: LambdaExplorerApi;
  const config = () => vscode.workspace.getConfiguration('lambdaExplorer');

  before(async () => {
    api = await getApi();
    twin = await startEmulator({ seed: 'sample' });
    await config().update(
      'connections',
      [{ profile: 'emulator', region: 'us-east-1', endpoint: twin.endpoint }],
      vscode.ConfigurationTarget.Global,
    );
    await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('connections', undefined, vscode.ConfigurationTarget.Global);
    await twin.stop();
  });

  const ordersApi = async (root: ShownNode): Promise<ShownNode> =>
    ofKind(await api.children('functions', root), 'function').find((n) => n.label === 'orders-api')!;

  it('opens one panel per connection, each reading from its own', async () => {
    const [first, second] = await waitFor(
      async () => {
        const top = await api.children('functions');
        return top.length === 2 && top.every((n) => n.kind === 'connection') ? top : undefined;
      },
      { message: 'two connection roots' },
    );
    const mine = await ordersApi(second!);
    const theirs = await ordersApi(first!);
    assert.strictEqual(mine.resource!.arn, theirs.resource!.arn, 'the same ARN under both roots');

    ctx.emulator.resetCalls();
    twin.resetCalls();
    await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', mine.node);
    await waitFor(() => reads(twin) > 0, { message: "the panel reads from the second root's connection" });
    assert.strictEqual(reads(ctx.emulator), 0, 'nothing read through the first connection');

    await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', theirs.node);
    await waitFor(() => reads(ctx.emulator) > 0, {
      message: "the first root's panel reads from its connection",
    });
    assert.deepStrictEqual(api.openPanels(), [mine.resource!.arn, theirs.resource!.arn], 'two panels');
    // Their tabs say which connection each is on: the same profile and Region here, so the endpoint too.
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs.map((t) => t.label))
      .filter((t) => t.startsWith('orders-api'));
    assert.strictEqual(tabs.length, 2);
    assert.notStrictEqual(tabs[0], tabs[1]);
    assert.ok(
      tabs.some((t) => t.startsWith('orders-api · emulator @ us-east-1') && t.includes(twin.endpoint)),
      tabs.join(' | '),
    );
    // One closed: the other is the name alone again.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(
      () =>
        vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).includes('orders-api') ||
        undefined,
      { message: 'the remaining panel titled by the name alone' },
    );
  });
});
