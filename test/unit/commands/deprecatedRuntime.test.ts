// A function on a runtime past AWS's block-update date: the extension says so, with what is still possible,
// before any question or write, instead of failing at the end with AWS's InvalidParameterValueException.
import * as assert from 'assert';
import { isLambdaError } from '../../../src/aws/errors';
import { toLambdaError } from '../../../src/aws/mapError';
import { attachLayers } from '../../../src/commands/attachLayers';
import { publishFunctionVersion } from '../../../src/commands/publishFunctionVersion';
import { bulkUpgrade } from '../../../src/layers/bulkUpgrade';
import { makeCommandHarness } from '../support/commandHarness';
import { useSampleEmulator } from '../support/emulatorService';

describe('deprecated runtimes in the extension', function () {
  this.timeout(20_000);
  const fx = useSampleEmulator();
  const STILL =
    /legacy-reports cannot be changed: Node\.js 16 is deprecated: AWS blocks creating and updating functions on it since 2026-03-09\. You can still invoke it, read it/;

  it('Attach Layers on such a function stops before any question or call, saying what is still possible', async () => {
    const h = makeCommandHarness(fx.emulator, fx.lambda, []);
    const fn = await fx.lambda.getFunctionConfiguration('legacy-reports');
    fx.emulator.resetCalls();
    await assert.rejects(attachLayers(h.deps, fn), STILL);
    assert.deepStrictEqual(h.prompter.shown, [], 'no question asked');
    assert.deepStrictEqual(fx.emulator.calls, [], 'no call made');
  });

  it('Publish Version on such a function stops before asking for a description', async () => {
    const h = makeCommandHarness(fx.emulator, fx.lambda, []);
    await assert.rejects(publishFunctionVersion(h.deps, 'legacy-reports'), STILL);
    assert.deepStrictEqual(h.prompter.shown, []);
    assert.strictEqual(fx.emulator.state.functions.get('legacy-reports')!.versions.length, 0);
  });

  it('the bulk upgrade skips it with the reason and without a call', async () => {
    const fn = await fx.lambda.getFunctionConfiguration('legacy-reports');
    const from = fn.layers[0]!.arn;
    fx.emulator.resetCalls();
    const report = await bulkUpgrade(fx.lambda, [fn], { from, to: from.replace(/:\d+$/, ':8') });
    assert.strictEqual(report.outcomes[0]!.status, 'skipped');
    assert.match(report.outcomes[0]!.reason ?? '', /AWS blocks creating and updating functions on it/);
    assert.strictEqual(report.calls, 0);
    assert.deepStrictEqual(fx.emulator.calls, []);
  });

  it("AWS's refusal, when it comes anyway, is explained", () => {
    const e = Object.assign(
      new Error(
        'The runtime parameter of nodejs16.x is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.',
      ),
      { name: 'InvalidParameterValueException', $fault: 'client', $metadata: { httpStatusCode: 400 } },
    );
    const mapped = toLambdaError(e);
    assert.ok(isLambdaError(mapped, 'InvalidParameter'));
    assert.match(mapped.message, /You can still invoke and read it; change its runtime to a supported one/);
  });
});
