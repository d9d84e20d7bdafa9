"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
// "Grant Access…" from the palette or a layer version's menu: guided input (who → id → statement id) with
// Back, then the guarded AddLayerVersionPermission; a policy changed meanwhile is offered to be applied on top.
const assert = __importStar(require("assert"));
const grantLayerAccess_1 = require("../../../src/commands/grantLayerAccess");
const emulator_1 = require("../../emulator/emulator");
const commandHarness_1 = require("../support/commandHarness");
const emulatorService_1 = require("../support/emulatorService");
const recorders_1 = require("../support/recorders");
const prompter_1 = require("../../../src/ui/prompter");
const LV = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:8';
describe('grant layer version access (guided input, emulator)', function () {
    this.timeout(30_000);
    let emu;
    let lambda;
    beforeEach(async () => {
        emu = await (0, emulator_1.startEmulator)({ seed: 'sample' });
        lambda = (0, emulatorService_1.serviceFor)(emu);
    });
    afterEach(async () => emu.stop());
    const sids = () => emu.state.layerVersion('shared-utils', 8).policy.statements.map((s) => s.Sid);
    it('three numbered steps with Back; the id typed before is shown again', async () => {
        const h = (0, commandHarness_1.makeCommandHarness)(emu, lambda, [
            'An AWS account',
            '111122223333',
            recorders_1.BACK,
            '444455556666',
            'acct-4444',
        ]);
        assert.strictEqual(await (0, grantLayerAccess_1.grantLayerAccess)(h.deps, LV), 'acct-4444');
        const title = 'Grant Layer Version Access';
        assert.deepStrictEqual(h.prompter.shown, [
            `${title} [1/3]`,
            `${title} [2/3]`,
            `${title} [3/3]`,
            `${title} [2/3]`,
            `${title} [3/3]`,
        ]);
        assert.strictEqual(h.prompter.inputs[2].value, '111122223333', 'Back shows the earlier answer');
        assert.ok(sids().includes('acct-4444'));
        const added = emu.state.layerVersion('shared-utils', 8).policy.statements.at(-1);
        assert.deepStrictEqual(added.Principal, { AWS: 'arn:aws:iam::444455556666:root' });
    });
    it('everyone: no id step, and the public grant asks once more in a modal', async () => {
        const h = (0, commandHarness_1.makeCommandHarness)(emu, lambda, ['Everyone (public)', 'public', true]);
        await (0, grantLayerAccess_1.grantLayerAccess)(h.deps, LV);
        assert.deepStrictEqual(h.prompter.shown, [
            'Grant Layer Version Access [1/3]',
            'Grant Layer Version Access [2/2]',
            'Make shared-utils version 8 public (account 123456789012, us-east-1)?',
        ]);
        assert.ok(sids().includes('public'));
    });
    it('the "make public" modal defaults to Keep Private: Enter (the first button) changes nothing', async () => {
        const h = (0, commandHarness_1.makeCommandHarness)(emu, lambda, ['Everyone (public)', 'public', false]);
        await assert.rejects((0, grantLayerAccess_1.grantLayerAccess)(h.deps, LV), prompter_1.Cancelled);
        const asked = h.prompter.confirms.find((c) => c.message.startsWith('Make shared-utils version 8 public'));
        assert.ok(asked, 'the modal was shown');
        assert.strictEqual(asked.opts.modal, true);
        assert.deepStrictEqual((0, prompter_1.confirmButtons)(asked.opts), ['Keep Private', 'Make Public']);
        assert.ok(!sids().includes('public'), 'the version stays private');
    });
    it('a policy changed while the user typed: says so and adds the grant on top when asked', async () => {
        const h = (0, commandHarness_1.makeCommandHarness)(emu, lambda, ['An AWS account', '444455556666', 'acct-4444', true]);
        const input = h.prompter.input.bind(h.prompter);
        let once = false;
        h.prompter.input = async (opts) => {
            if (!once && /Statement ID/.test(opts.prompt ?? '')) {
                once = true;
                await lambda.addLayerVersionPermission('shared-utils', 8, 'behind-the-back', { kind: 'public' });
            }
            return input(opts);
        };
        await (0, grantLayerAccess_1.grantLayerAccess)(h.deps, LV);
        assert.ok(h.prompter.shown.some((t) => /^The policy of shared-utils version 8 \(account 123456789012, us-east-1\) changed since it was read$/.test(t)));
        assert.deepStrictEqual(sids().slice(-2), ['behind-the-back', 'acct-4444'], 'both grants are there');
    });
});
//# sourceMappingURL=grantLayerAccess.test.js.map