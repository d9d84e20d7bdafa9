import * as assert from 'assert';
import * as vscode from 'vscode';
import { getApi, getExtension, readManifest } from './support/extensionApi';
import { withEmulator } from './support/withEmulator';

describe('Activation', () => {
  withEmulator('sample');

  it('activates', async () => {
    await getApi();
    assert.strictEqual(getExtension().isActive, true);
  });

  it('registers every command that package.json contributes', async () => {
    await getApi();
    const contributed = (readManifest().contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('shows the Lambda Explorer view container and each of its views', async () => {
    await getApi();
    await vscode.commands.executeCommand('workbench.view.extension.lambdaExplorer');
    const views = readManifest().contributes?.views?.lambdaExplorer ?? [];
    assert.ok(views.length > 0, 'package.json contributes no views to the lambdaExplorer container');
    for (const view of views) {
      // `<viewId>.focus` exists only for a registered view; it reveals and focuses it.
      await vscode.commands.executeCommand(`${view.id}.focus`);
    }
  });
});
