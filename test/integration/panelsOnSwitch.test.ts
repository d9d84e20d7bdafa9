// Panels belong to the connection they were opened under: switching the Region closes them (they showed, and
// their buttons would act on, a Region the explorer no longer shows).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { connectedTo, getApi } from './support/extensionApi';
import type { LambdaExplorerApi } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

describe('Panels after a connection switch', function () {
  this.timeout(60_000);
  const ctx = withEmulator('sample');
  let api: LambdaExplorerApi;
  const config = () => vscode.workspace.getConfiguration('lambdaExplorer');

  before(async () => {
    api = await getApi();
    await connectedTo(api, ctx.emulator.endpoint);
  });
  after(async () => {
    await config().update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
    await waitFor(() => api.connection().state === 'ready' && api.connection().viewsConnected, {
      message: 'ready again',
    });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('closes the panels of the previous Region', async () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:orders-api';
    await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', {
      kind: 'function',
      arn,
      name: 'orders-api',
    });
    assert.deepStrictEqual(api.openPanels(), [arn]);
    await config().update('region', 'eu-west-1', vscode.ConfigurationTarget.Global);
    await waitFor(() => api.openPanels().length === 0, { message: 'the us-east-1 panel closed' });
  });
});
