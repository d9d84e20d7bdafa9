// "Publish to Regions…" as a VS Code command on a real layer version node, against the `multi` emulator: three
// Regions picked, one of them already has the same archive (skipped), the others get the version; the report
// names each Region.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { createLambdaService } from '../../src/aws/sdkClientFactory';
import { connectedTo, getApi, layerVersionNode } from './support/extensionApi';
import type { LambdaExplorerApi } from './support/extensionApi';
import { useTestWindow } from './support/testWindow';
import { withEmulator } from './support/withEmulator';

const ARN = (region: string, v: number) => `arn:aws:lambda:${region}:123456789012:layer:shared-utils:${v}`;

describe('Publish to Regions (VS Code command, multi emulator)', function () {
  this.timeout(120_000);
  const ctx = withEmulator('multi');
  const ui = useTestWindow();
  let api: LambdaExplorerApi;

  before(async () => {
    api = await getApi();
    await connectedTo(api, ctx.emulator.endpoint);
  });

  it('publishes to three Regions, skipping the one already current, and reports each', async () => {
    // eu-west-1 already has shared-utils with the same archive as version 8 of us-east-1.
    const source = ctx.emulator.state.layerVersion('shared-utils', 8)!;
    const eu = createLambdaService(
      { region: 'eu-west-1', endpoint: ctx.emulator.endpoint },
      { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, env: {}, maxAttempts: 1 },
    ).service;
    await eu.publishLayerVersion({
      layerName: 'shared-utils',
      content: { zipFile: ctx.emulator.state.blobs.get(source.codeId)!.data },
    });
    ui().script([
      ['eu-west-1', 'ap-southeast-2', 'us-west-2'],
      "Don't copy grants",
      "Keep each Region's numbering",
    ]);
    await vscode.commands.executeCommand(
      'lambdaExplorer.layerVersion.publishToRegions',
      (await layerVersionNode(api, 'shared-utils', 8)).node,
    );
    const world = ctx.emulator.world;
    for (const region of ['ap-southeast-2', 'us-west-2']) {
      const v = world.state('123456789012', region).layerVersion('shared-utils', 1);
      assert.strictEqual(v?.codeSha256, source.codeSha256, region);
      assert.strictEqual(v?.description, source.description);
    }
    assert.strictEqual(world.state('123456789012', 'eu-west-1').layers.get('shared-utils')?.nextVersion, 2);
    const report = ui().notifications.find((n) => /published, .* already current/.test(n.message));
    assert.ok(report, JSON.stringify(ui().notifications));
    assert.match(report.message, /2 published, 1 already current, 0 failed/);
    assert.ok(report.message.includes(`ap-southeast-2: published ${ARN('ap-southeast-2', 1)}`));
    assert.ok(report.message.includes(`eu-west-1: skipped`));
  });
});
