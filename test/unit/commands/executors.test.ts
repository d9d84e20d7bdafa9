// The executors on their own: each takes a plan (a plain value) and carries it out with progress, asking nothing
// (the scripted prompter has no answers, so any question fails the test), except the "unchanged?" question.
import * as assert from 'assert';
import { createFunction } from '../../../src/commands/createFunction';
import { deployFolder } from '../../../src/commands/deployFunction';
import { publishLayer } from '../../../src/commands/publishLayer';
import { scanFolder } from '../../../src/layers/zip/folderScan';
import { readZipSummary } from '../../emulator/zipArchive';
import { copyFixture, makeHarness, usePublishFixture } from './publishSupport';

describe('executors carry out a plan without asking', function () {
  this.timeout(60_000);
  const fx = usePublishFixture('executor-test-', 50);

  it('publishLayer: a new version with the plan’s layout, runtimes, architectures, description and license', async () => {
    const folder = copyFixture('layers/shared-utils', fx.work);
    const h = makeHarness(fx.emu, fx.lambda, []);
    const out = await publishLayer(
      h.deps,
      fx.lambda,
      {
        folder,
        layerName: 'shared-utils',
        prefix: 'nodejs/',
        compatibleRuntimes: ['nodejs22.x'],
        compatibleArchitectures: ['arm64'],
        description: 'from a plan',
        licenseInfo: 'MIT',
      },
      await scanFolder(folder),
    );
    assert.strictEqual(out.version?.version, 9);
    assert.strictEqual(out.previous, 8);
    const v = fx.emu.state.layerVersion('shared-utils', 9)!;
    assert.deepStrictEqual([v.compatibleRuntimes, v.compatibleArchitectures], [['nodejs22.x'], ['arm64']]);
    assert.deepStrictEqual([v.description, v.licenseInfo], ['from a plan', 'MIT']);
    assert.ok(readZipSummary(fx.emu.state.blobs.get(v.codeId)!.data).names.includes('nodejs/index.js'));
    assert.deepStrictEqual(h.prompter.asked, [], 'nothing asked');
  });

  it('createFunction: the function as planned, Active before it returns', async () => {
    const folder = copyFixture('functions/orders-api', fx.work);
    const h = makeHarness(fx.emu, fx.lambda, []);
    const out = await createFunction(
      h.deps,
      fx.lambda,
      {
        folder,
        name: 'planned-fn',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        role: 'arn:aws:iam::123456789012:role/lambda-basic',
        architecture: 'x86_64',
        memorySize: 256,
        timeout: 10,
        layers: [],
      },
      await scanFolder(folder),
    );
    assert.strictEqual(out.configuration.state, 'Active');
    const fn = fx.emu.state.functions.get('planned-fn')!.latest;
    assert.deepStrictEqual([fn.memorySize, fn.timeout, fn.handler], [256, 10, 'index.handler']);
    assert.deepStrictEqual(h.prompter.asked, []);
  });

  it('deployFolder: guarded by the RevisionId of the function the plan saw, then a published version', async () => {
    const folder = copyFixture('functions/orders-api', fx.work);
    const h = makeHarness(fx.emu, fx.lambda, []);
    const before = await fx.lambda.getFunctionConfiguration('orders-api');
    const versions = fx.emu.state.functions.get('orders-api')!.versions.length;
    const out = await deployFolder(
      h.deps,
      fx.lambda,
      { folder, before, publish: true },
      await scanFolder(folder),
    );
    assert.strictEqual(out.status, 'deployed');
    assert.strictEqual(fx.emu.state.functions.get('orders-api')!.versions.length, versions + 1);
    assert.deepStrictEqual(h.prompter.asked, []);
  });
});
