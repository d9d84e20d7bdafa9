// The artifact bucket set in the workspace folder's own settings file (.vscode/settings.json), read by the real
// settings edge: the user is asked about it by name, and declining uploads nothing.
import * as assert from 'assert';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { createBucket, objectKeys } from '../unit/commands/publishSupport';
import { connectedTo, getApi } from './support/extensionApi';
import { useTestWindow } from './support/testWindow';
import { withEmulator } from './support/withEmulator';

const calls = (e: { calls: { operation: string }[] }, op: string) =>
  e.calls.filter((c) => c.operation === op).length;

describe('An artifact bucket from the folder settings file', function () {
  this.timeout(120_000);
  const ctx = withEmulator('sample');
  const ui = useTestWindow();
  let work: string;
  let settingsFile: string | undefined;
  let hadSettingsFile = false;

  before(async () => {
    await connectedTo(await getApi(), ctx.emulator.endpoint);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'bucket-trust-it-'));
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests run in a workspace folder');
    settingsFile = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
    hadSettingsFile = fs.existsSync(settingsFile);
  });
  after(async () => {
    await vscode.workspace
      .getConfiguration('lambdaExplorer')
      .update('artifactBucket', undefined, vscode.ConfigurationTarget.Workspace);
    if (settingsFile && !hadSettingsFile)
      fs.rmSync(path.dirname(settingsFile), { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('is named in a question before the upload; declined, nothing is uploaded or published', async () => {
    await createBucket(ctx.emulator, 'folder-chosen-bucket');
    await vscode.workspace
      .getConfiguration('lambdaExplorer')
      .update('artifactBucket', 'folder-chosen-bucket', vscode.ConfigurationTarget.Workspace);
    assert.match(
      fs.readFileSync(settingsFile!, 'utf8'),
      /folder-chosen-bucket/,
      'written to the folder settings file',
    );
    const folder = path.join(work, 'large');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'model.bin'), randomBytes(52 * 1024 * 1024));
    ctx.emulator.resetCalls();
    ui().script([
      'New layer…',
      'it-folder-bucket',
      'Keep paths (no prefix)',
      [],
      ['x86_64'],
      '',
      '',
      'Publish',
      false, // "This workspace's settings send archives over 50 MB to the S3 bucket: folder-chosen-bucket"
    ]);
    const out = await vscode.commands.executeCommand(
      'lambdaExplorer.folder.publishLayer',
      vscode.Uri.file(folder),
    );
    assert.strictEqual(out, undefined);
    assert.ok(
      ui().asked.some((q) => q.endsWith('to the S3 bucket: folder-chosen-bucket')),
      `asked by name: ${JSON.stringify(ui().asked)}`,
    );
    for (const op of ['PutObject', 'CreateMultipartUpload', 'UploadPart', 'PublishLayerVersion'])
      assert.strictEqual(calls(ctx.emulator, op), 0, op);
    assert.deepStrictEqual(objectKeys(ctx.emulator, 'folder-chosen-bucket'), []);
  });
});
