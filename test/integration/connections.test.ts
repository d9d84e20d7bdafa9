// Several connections side by side in a real extension host: the default one (the emulator in us-east-1), a second
// emulator in eu-west-1 added through lambdaExplorer.connections, and a connection to a closed port. Each view
// lists one root per connection; the closed port fails under its own root only; a command run on a node works on
// that node's connection; removing a root closes it and the views go back to one connection's flat tree.
import * as assert from 'assert';
import * as net from 'net';
import * as vscode from 'vscode';
import { startEmulator } from '../emulator/emulator';
import type { RunningEmulator } from '../emulator/emulator';
import { getApi, ofKind } from './support/extensionApi';
import type { LambdaExplorerApi, ShownNode } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

const calls = (e: RunningEmulator, op: string) => e.calls.filter((c) => c.operation === op).length;

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

describe('Several connections side by side', function () {
  this.timeout(120_000);
  const ctx = withEmulator('sample');
  let west: RunningEmulator;
  let closed: string;
  let api: LambdaExplorerApi;
  const config = () => vscode.workspace.getConfiguration('lambdaExplorer');

  before(async () => {
    api = await getApi();
    west = await startEmulator({ seed: 'sample', region: 'eu-west-1' });
    closed = `http://127.0.0.1:${await closedPort()}`;
    await config().update(
      'connections',
      [
        { profile: 'emulator', region: 'eu-west-1', endpoint: west.endpoint },
        { profile: 'emulator', region: 'eu-north-1', endpoint: closed },
      ],
      vscode.ConfigurationTarget.Global,
    );
    await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
  });
  after(async () => {
    await config().update('connections', undefined, vscode.ConfigurationTarget.Global);
    await west.stop();
  });

  const roots = async (): Promise<ShownNode[]> =>
    waitFor(
      async () => {
        const top = await api.children('functions');
        return top.length === 3 && top.every((n) => n.kind === 'connection') ? top : undefined;
      },
      { message: 'three connection roots' },
    );

  it('lists one root per connection, each with its own functions, and the closed port fails under its root only', async () => {
    const [east, eu, down] = await roots();
    assert.deepStrictEqual(
      [east, eu, down].map((n) => n!.label),
      ['emulator @ us-east-1', 'emulator @ eu-west-1', 'emulator @ eu-north-1'],
    );
    const eastFns = ofKind(await api.children('functions', east), 'function');
    const westFns = ofKind(await api.children('functions', eu), 'function');
    assert.ok(eastFns.length > 0 && eastFns.every((n) => n.resource!.arn.includes(':us-east-1:')));
    assert.ok(westFns.length > 0 && westFns.every((n) => n.resource!.arn.includes(':eu-west-1:')));

    const failed = await api.children('functions', down);
    assert.deepStrictEqual(
      failed.map((n) => [n.kind, n.command]),
      [['error', 'lambdaExplorer.node.retry']],
    );
    // Its retry fails again (the port is still closed) and leaves the other roots as they were.
    await vscode.commands.executeCommand('lambdaExplorer.node.retry', failed[0]!.node);
    assert.strictEqual((await api.children('functions', down))[0]!.kind, 'error');
    const eastAgain = ofKind(await api.children('functions', east), 'function');
    assert.deepStrictEqual(
      eastAgain.map((n) => n.id),
      eastFns.map((n) => n.id),
    );
    assert.ok(!(await api.children('functions', eu)).some((n) => n.kind === 'error'));
  });

  it("a command run on a node works on that node's connection, not the active one", async () => {
    const [east, eu] = await roots();
    const westFn = ofKind(await api.children('functions', eu), 'function')[0]!;
    ctx.emulator.resetCalls();
    west.resetCalls();
    await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', westFn.node);
    await waitFor(() => calls(west, 'GetFunction') + calls(west, 'GetFunctionConfiguration') > 0, {
      message: 'the panel reads the function from the eu-west-1 connection',
    });
    assert.strictEqual(
      calls(ctx.emulator, 'GetFunction') + calls(ctx.emulator, 'GetFunctionConfiguration'),
      0,
    );
    assert.ok(api.openPanels().includes(westFn.resource!.arn));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.ok(east);
  });

  it('"Remove Connection" on a root removes it; with one left the views are flat again', async () => {
    const [, , down] = await roots();
    await vscode.commands.executeCommand('lambdaExplorer.connection.remove', down!.node);
    assert.deepStrictEqual(config().get('connections'), [
      { profile: 'emulator', region: 'eu-west-1', endpoint: west.endpoint },
    ]);
    const top = await waitFor(
      async () => {
        const t = await api.children('functions');
        return t.length === 2 ? t : undefined;
      },
      { message: 'two roots' },
    );
    assert.deepStrictEqual(
      top.map((n) => n.label),
      ['emulator @ us-east-1', 'emulator @ eu-west-1'],
    );
    await config().update('connections', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(async () => (await api.children('functions')).some((n) => n.kind === 'function'), {
      message: 'the flat tree of the default connection',
    });
  });
});
