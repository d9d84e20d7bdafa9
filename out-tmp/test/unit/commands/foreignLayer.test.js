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
// Another account's ARN is another account's resource: commands and the layer version panel given
// `arn:aws:lambda:us-east-1:999999999999:layer:shared-utils:8` act on that version (read by full ARN), never on our
// own `shared-utils:8` by name; they show it read-only, refuse to change its permissions naming the owner, and every
// confirmation names the account and Region. Against the `multi` emulator: we are 123456789012 (the sample seed),
// 999999999999 publishes a public `shared-utils:8` of its own.
const assert = __importStar(require("assert"));
const copyLayerGrants_1 = require("../../../src/commands/copyLayerGrants");
const deleteLayerVersion_1 = require("../../../src/commands/deleteLayerVersion");
const grantLayerAccess_1 = require("../../../src/commands/grantLayerAccess");
const revokeLayerAccess_1 = require("../../../src/commands/revokeLayerAccess");
const panelControllers_1 = require("../../../src/webviews/panelControllers");
const emulator_1 = require("../../emulator/emulator");
const commandHarness_1 = require("../support/commandHarness");
const emulatorService_1 = require("../support/emulatorService");
const THEIRS = 'arn:aws:lambda:us-east-1:999999999999:layer:shared-utils:8';
const OURS = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:8';
const NOT_OWNER = /Only account 999999999999 can change this layer version's permissions/;
describe('another account’s layer version ARN (multi seed)', function () {
    this.timeout(30_000);
    let emu;
    beforeEach(async () => {
        emu = await (0, emulator_1.startEmulator)({ seed: 'multi', updateDelayMs: 0 });
    });
    afterEach(() => emu.stop());
    const ourSids = () => emu.state.layerVersion('shared-utils', 8)?.policy.statements.map((s) => s.Sid);
    const theirSids = () => emu.world
        .state('999999999999', 'us-east-1')
        .layerVersion('shared-utils', 8)
        ?.policy.statements.map((s) => s.Sid);
    const harness = (answers = []) => (0, commandHarness_1.makeCommandHarness)(emu, (0, emulatorService_1.serviceFor)(emu, 1), answers);
    it('Revoke refuses, naming the owner, and leaves our statement and theirs in place', async () => {
        const h = harness(['team-analytics', true]);
        await assert.rejects((0, revokeLayerAccess_1.revokeLayerAccess)(h.deps, THEIRS), NOT_OWNER);
        assert.deepStrictEqual(ourSids(), ['team-analytics'], 'our shared-utils:8 keeps its grant');
        assert.deepStrictEqual(theirSids(), ['public']);
        assert.deepStrictEqual(h.prompter.shown, [], 'nothing was offered');
    });
    it('Grant and Copy Grants refuse before asking anything', async () => {
        const g = harness(['An AWS account', '444455556666', 'acct']);
        await assert.rejects((0, grantLayerAccess_1.grantLayerAccess)(g.deps, THEIRS), NOT_OWNER);
        assert.deepStrictEqual(g.prompter.shown, []);
        const c = harness([]);
        await assert.rejects((0, copyLayerGrants_1.copyLayerGrants)(c.deps, THEIRS, 7), NOT_OWNER);
        assert.deepStrictEqual(ourSids(), ['team-analytics']);
        assert.deepStrictEqual(theirSids(), ['public']);
    });
    it('Delete refuses, naming the owner, and deletes neither version', async () => {
        const h = harness([true]);
        await assert.rejects((0, deleteLayerVersion_1.deleteLayerVersion)(h.deps, THEIRS), /Only account 999999999999 can delete this layer version/);
        assert.ok(emu.state.layerVersion('shared-utils', 8), 'ours is still there');
        assert.ok(emu.world.state('999999999999', 'us-east-1').layerVersion('shared-utils', 8), 'theirs too');
    });
    it('confirmations name the account and Region (delete, revoke, make public)', async () => {
        const d = harness([false]);
        assert.strictEqual(await (0, deleteLayerVersion_1.deleteLayerVersion)(d.deps, OURS), false);
        assert.match(d.prompter.shown.at(-1), /shared-utils:8 .*account 123456789012, us-east-1/);
        const r = harness(['team-analytics', false]);
        await assert.rejects((0, revokeLayerAccess_1.revokeLayerAccess)(r.deps, OURS));
        assert.match(r.prompter.shown.at(-1), /account 123456789012, us-east-1/);
        const p = harness(['Everyone (public)', 'public-1', false]);
        await assert.rejects((0, grantLayerAccess_1.grantLayerAccess)(p.deps, OURS));
        assert.match(p.prompter.shown.at(-1), /account 123456789012, us-east-1/);
    });
    describe('the layer version panel', () => {
        const ref = { kind: 'layerVersion', arn: THEIRS, name: 'shared-utils', version: '8' };
        const open = (answers = []) => {
            const h = harness(answers);
            const sent = [];
            const c = new panelControllers_1.LayerVersionPanelController({ deps: h.deps, openFunction: () => undefined, openLayerVersion: () => undefined }, ref, { post: (m) => void sent.push(m), visible: true });
            const data = () => {
                const m = [...sent].reverse().find((x) => x.type === 'data');
                assert.ok(m && m.type === 'data', 'no data message');
                return m.data;
            };
            return { c, sent, data, h };
        };
        it('shows their version read-only with its owner account, not ours', async () => {
            const p = open();
            await p.c.handle({ type: 'ready' });
            const d = p.data();
            assert.strictEqual(d.arn, THEIRS);
            assert.strictEqual(d.description, "Publisher's shared helpers v8");
            assert.deepStrictEqual(d.owner, { accountId: '999999999999', region: 'us-east-1' });
            assert.match(d.readOnly ?? '', NOT_OWNER);
            assert.strictEqual(d.policy, undefined, 'their policy is not ours to read');
        });
        it('refuses grant, revoke and copy-grants messages (a compromised view) and changes nothing', async () => {
            const p = open([true, true, true]);
            await p.c.handle({ type: 'ready' });
            await p.c.handle({ type: 'revoke', statementId: 'team-analytics' });
            await p.c.handle({ type: 'grant', grant: { kind: 'public' }, statementId: 'pub' });
            await p.c.handle({ type: 'copyGrants', fromVersion: 7 });
            const errors = p.sent.filter((m) => m.type === 'notice' && m.level === 'error');
            assert.strictEqual(errors.length, 3);
            for (const e of errors)
                assert.match(e.message, NOT_OWNER);
            assert.deepStrictEqual(ourSids(), ['team-analytics']);
            assert.deepStrictEqual(theirSids(), ['public']);
            assert.deepStrictEqual(p.h.prompter.shown, []);
        });
        it('our own version stays editable and names its owner too', async () => {
            const h = harness();
            const sent = [];
            const c = new panelControllers_1.LayerVersionPanelController({ deps: h.deps, openFunction: () => undefined, openLayerVersion: () => undefined }, { kind: 'layerVersion', arn: OURS, name: 'shared-utils', version: '8' }, { post: (m) => void sent.push(m), visible: true });
            await c.handle({ type: 'ready' });
            const m = [...sent].reverse().find((x) => x.type === 'data');
            const d = m.data;
            assert.strictEqual(d.readOnly, undefined);
            assert.deepStrictEqual(d.owner, { accountId: '123456789012', region: 'us-east-1' });
            assert.deepStrictEqual(d.policy?.statements.map((s) => s.sid), ['team-analytics']);
        });
    });
});
//# sourceMappingURL=foreignLayer.test.js.map