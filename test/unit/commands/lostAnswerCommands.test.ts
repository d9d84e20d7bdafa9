// "Publish Folder as Lambda Layer…" when AWS's answer is lost: one version, and the user is told which one
// (not "try again"); "Deploy" when it is lost: no conflict with our own update. With the production retry settings.
import * as assert from 'assert';
import { DEFAULT_MAX_ATTEMPTS } from '../../../src/aws/sdkClientFactory';
import { deployFolder } from '../../../src/commands/deployFunction';
import { publishLayerFromFolder } from '../../../src/commands/publishLayer';
import { scanFolder } from '../../../src/layers/zip/folderScan';
import { callsOf, serviceFor } from '../support/emulatorService';
import { copyFixture, makeHarness, TEAM_UTILS_ANSWERS, usePublishFixture } from './publishSupport';

describe('publish a layer whose answer is lost (scripted prompts, emulator)', function () {
  this.timeout(60_000);
  const fx = usePublishFixture('lost-answer-test-');

  it('publishes one version and says which; the log says the answer was lost', async () => {
    const lambda = serviceFor(fx.emu, DEFAULT_MAX_ATTEMPTS);
    fx.emu.setFaults([{ operation: 'PublishLayerVersion', kind: 'lost' }]);
    const folder = copyFixture('layers/shared-utils', fx.work);
    const h = makeHarness(fx.emu, lambda, [...TEAM_UTILS_ANSWERS]);
    const out = await publishLayerFromFolder(h.deps, folder);
    assert.strictEqual(out.status, 'published');
    assert.strictEqual(out.version?.version, 1);
    assert.deepStrictEqual([...fx.emu.state.layers.get('team-utils')!.versions.keys()], [1]);
    assert.strictEqual(callsOf(fx.emu, 'PublishLayerVersion'), 1);
    assert.ok(
      h.log.lines.some((l) =>
        /^warn PublishLayerVersion of team-utils: AWS did not answer in time, but the call went through: published as version 1 \(not sent again\)\.$/.test(
          l,
        ),
      ),
      h.log.lines.join('\n'),
    );
    assert.ok(
      h.notifier.shown.some((m) => /team-utils/.test(m.message) && /\b1\b/.test(m.message)),
      h.notifier.shown.map((m) => m.message).join('\n'),
    );
  });

  it('deploys once when the answer to UpdateFunctionCode is lost: the 412 of its retry is not a conflict', async () => {
    const lambda = serviceFor(fx.emu, DEFAULT_MAX_ATTEMPTS);
    const folder = copyFixture('functions/orders-api', fx.work);
    // No answers scripted: a "the function changed since it was read" question fails the test.
    const h = makeHarness(fx.emu, lambda, []);
    const before = await lambda.getFunctionConfiguration('orders-api');
    fx.emu.setFaults([{ operation: 'UpdateFunctionCode', kind: 'lost', times: 1 }]);
    const out = await deployFolder(
      h.deps,
      lambda,
      { folder, before, publish: false },
      await scanFolder(folder),
    );
    assert.strictEqual(out.status, 'deployed');
    assert.deepStrictEqual(h.prompter.asked, []);
    assert.strictEqual(callsOf(fx.emu, 'UpdateFunctionCode'), 2, 'the SDK retried once and AWS answered 412');
    const now = await lambda.getFunctionConfiguration('orders-api');
    assert.notStrictEqual(now.codeSha256, before.codeSha256);
    assert.ok(
      h.log.lines.some((l) =>
        l.startsWith(
          `warn UpdateFunctionCode of orders-api: AWS did not answer in time, but the update went through (the function runs this code, CodeSha256 ${now.codeSha256}).`,
        ),
      ),
      h.log.lines.join('\n'),
    );
  });
});
