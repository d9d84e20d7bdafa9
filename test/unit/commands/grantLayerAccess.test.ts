// "Grant Access…" from the palette or a layer version's menu: guided input (who → id → statement id) with
// Back, then the guarded AddLayerVersionPermission; a policy changed meanwhile is offered to be applied on top.
import * as assert from 'assert';
import type { LambdaService } from '../../../src/aws/lambdaService';
import { grantLayerAccess } from '../../../src/commands/grantLayerAccess';
import type { RunningEmulator } from '../../emulator/emulator';
import { startEmulator } from '../../emulator/emulator';
import { makeCommandHarness } from '../support/commandHarness';
import { serviceFor } from '../support/emulatorService';
import { BACK } from '../support/recorders';
import { Cancelled, confirmButtons } from '../../../src/ui/prompter';

const LV = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:8';

describe('grant layer version access (guided input, emulator)', function () {
  this.timeout(30_000);
  let emu: RunningEmulator;
  let lambda: LambdaService;
  beforeEach(async () => {
    emu = await startEmulator({ seed: 'sample' });
    lambda = serviceFor(emu);
  });
  afterEach(async () => emu.stop());

  const sids = () => emu.state.layerVersion('shared-utils', 8)!.policy.statements.map((s) => s.Sid);

  it('three numbered steps with Back; the id typed before is shown again', async () => {
    const h = makeCommandHarness(emu, lambda, [
      'An AWS account',
      '111122223333',
      BACK,
      '444455556666',
      'acct-4444',
    ]);
    assert.strictEqual(await grantLayerAccess(h.deps, LV), 'acct-4444');
    const title = 'Grant Layer Version Access';
    assert.deepStrictEqual(h.prompter.shown, [
      `${title} [1/3]`,
      `${title} [2/3]`,
      `${title} [3/3]`,
      `${title} [2/3]`,
      `${title} [3/3]`,
    ]);
    assert.strictEqual(h.prompter.inputs[2]!.value, '111122223333', 'Back shows the earlier answer');
    assert.ok(sids().includes('acct-4444'));
    const added = emu.state.layerVersion('shared-utils', 8)!.policy.statements.at(-1)!;
    assert.deepStrictEqual(added.Principal, { AWS: 'arn:aws:iam::444455556666:root' });
  });

  it('everyone: no id step, and the public grant asks once more in a modal', async () => {
    const h = makeCommandHarness(emu, lambda, ['Everyone (public)', 'public', true]);
    await grantLayerAccess(h.deps, LV);
    assert.deepStrictEqual(h.prompter.shown, [
      'Grant Layer Version Access [1/3]',
      'Grant Layer Version Access [2/2]',
      'Make shared-utils version 8 public (account 123456789012, us-east-1)?',
    ]);
    assert.ok(sids().includes('public'));
  });

  it('the "make public" modal defaults to Keep Private: Enter (the first button) changes nothing', async () => {
    const h = makeCommandHarness(emu, lambda, ['Everyone (public)', 'public', false]);
    await assert.rejects(grantLayerAccess(h.deps, LV), Cancelled);
    const asked = h.prompter.confirms.find((c) => c.message.startsWith('Make shared-utils version 8 public'));
    assert.ok(asked, 'the modal was shown');
    assert.strictEqual(asked.opts.modal, true);
    assert.deepStrictEqual(confirmButtons(asked.opts), ['Keep Private', 'Make Public']);
    assert.ok(!sids().includes('public'), 'the version stays private');
  });

  it('a policy changed while the user typed: says so and adds the grant on top when asked', async () => {
    const h = makeCommandHarness(emu, lambda, ['An AWS account', '444455556666', 'acct-4444', true]);
    const input = h.prompter.input.bind(h.prompter);
    let once = false;
    h.prompter.input = async (opts) => {
      if (!once && /Statement ID/.test(opts.prompt ?? '')) {
        once = true;
        await lambda.addLayerVersionPermission('shared-utils', 8, 'behind-the-back', { kind: 'public' });
      }
      return input(opts);
    };
    await grantLayerAccess(h.deps, LV);
    assert.ok(
      h.prompter.shown.some((t) =>
        /^The policy of shared-utils version 8 \(account 123456789012, us-east-1\) changed since it was read$/.test(
          t,
        ),
      ),
    );
    assert.deepStrictEqual(sids().slice(-2), ['behind-the-back', 'acct-4444'], 'both grants are there');
  });
});
