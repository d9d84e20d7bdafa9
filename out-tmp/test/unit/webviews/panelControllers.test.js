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
// The panel controllers against the emulator over real HTTP (real SdkLambdaService), with a scripted prompter.
const assert = __importStar(require("assert"));
const panelControllers_1 = require("../../../src/webviews/panelControllers");
const protocol_1 = require("../../../src/webviews/protocol");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
const commandHarness_1 = require("../support/commandHarness");
const ACCOUNT = '123456789012';
const layerRef = (name, v) => ({
    kind: 'layerVersion',
    arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:${name}:${v}`,
    name,
    version: String(v),
});
function setup(emu, answers = []) {
    const h = (0, commandHarness_1.makeCommandHarness)(emu, (0, emulatorService_1.serviceFor)(emu), answers);
    const deps = h.deps;
    const host = {
        deps,
        openFunction: () => undefined,
        openLayerVersion: () => undefined,
    };
    const sent = [];
    const port = { post: (m) => void sent.push(m), visible: true };
    return { deps, host, sent, port, fired: h.fired, copied: h.clipboard, prompter: h.prompter, h };
}
const lastData = (sent) => {
    const d = [...sent].reverse().find((m) => m.type === 'data');
    assert.ok(d && d.type === 'data', 'no data message');
    return d.data;
};
const notices = (sent) => sent.filter((m) => m.type === 'notice');
describe('panel controllers (against the emulator)', function () {
    this.timeout(20_000);
    let emu;
    beforeEach(async () => {
        emu = await (0, emulator_1.startEmulator)({ seed: 'sample' });
    });
    afterEach(async () => emu.stop());
    it('answers ready with the layer version, its policy rows and JSON, and the other versions', async () => {
        const s = setup(emu);
        const c = new panelControllers_1.LayerVersionPanelController(s.host, layerRef('shared-utils', 7), s.port);
        await c.handle({ type: 'ready' });
        const d = lastData(s.sent);
        assert.strictEqual(d.version, 7);
        assert.strictEqual(d.description, 'Shared helpers (logging, config, retries) v7');
        assert.deepStrictEqual(d.policy?.statements.map((r) => [r.sid, r.summary]), [
            ['org-wide', 'organization o-a1b2c3d4e5'],
            ['partner-account', 'account 333344445555'],
        ]);
        assert.strictEqual(d.policy?.revisionId, emu.state.layerVersion('shared-utils', 7)?.policy.revisionId);
        assert.match(d.policy.json, /"aws:PrincipalOrgID": "o-a1b2c3d4e5"/);
        assert.deepStrictEqual(d.otherVersions, [8, 6, 5, 4, 3, 1]);
    });
    it('grants with the RevisionId it showed, fires a change, re-reads and says so', async () => {
        const s = setup(emu);
        const c = new panelControllers_1.LayerVersionPanelController(s.host, layerRef('shared-utils', 8), s.port);
        await c.handle({ type: 'ready' });
        const before = lastData(s.sent);
        await c.handle({
            type: 'grant',
            grant: { kind: 'account', accountId: '444455556666' },
            statementId: 'acct-4444',
            revisionId: before.policy?.revisionId,
        });
        const sids = emu.state.layerVersion('shared-utils', 8)?.policy.statements.map((x) => x.Sid);
        assert.deepStrictEqual(sids, ['team-analytics', 'acct-4444']);
        assert.deepStrictEqual(s.fired.map((f) => f.kind), ['layerVersion']);
        assert.ok(lastData(s.sent).policy?.statements.some((r) => r.sid === 'acct-4444'));
        assert.match(notices(s.sent).at(-1).message, /Granted account 444455556666 access as statement: acct-4444/);
    });
    it('on a 412 says the policy changed, shows the current policy, and the retry succeeds', async () => {
        const s = setup(emu);
        const c = new panelControllers_1.LayerVersionPanelController(s.host, layerRef('shared-utils', 8), s.port);
        await c.handle({ type: 'ready' });
        const stale = lastData(s.sent).policy.revisionId;
        // Someone else grants behind the panel's back.
        await (0, emulatorService_1.serviceFor)(emu).addLayerVersionPermission('shared-utils', 8, 'behind-the-back', { kind: 'public' });
        await c.handle({
            type: 'grant',
            grant: { kind: 'account', accountId: '444455556666' },
            statementId: 'acct-4444',
            revisionId: stale,
        });
        assert.match(notices(s.sent).at(-1).message, /changed since it was read/);
        assert.strictEqual(notices(s.sent).at(-1).level, 'warning');
        const fresh = lastData(s.sent);
        assert.ok(fresh.policy?.statements.some((r) => r.sid === 'behind-the-back'), 'shows the new state');
        assert.ok(!emu.state.layerVersion('shared-utils', 8)?.policy.statements.some((x) => x.Sid === 'acct-4444'));
        await c.handle({
            type: 'grant',
            grant: { kind: 'account', accountId: '444455556666' },
            statementId: 'acct-4444',
            revisionId: fresh.policy.revisionId,
        });
        assert.ok(emu.state.layerVersion('shared-utils', 8)?.policy.statements.some((x) => x.Sid === 'acct-4444'));
    });
    it('makes a version public only after the modal confirmation', async () => {
        const s = setup(emu, [false, true]);
        const c = new panelControllers_1.LayerVersionPanelController(s.host, layerRef('shared-utils', 5), s.port);
        await c.handle({ type: 'ready' });
        await c.handle({ type: 'grant', grant: { kind: 'public' }, statementId: 'public' });
        assert.strictEqual(emu.state.layerVersion('shared-utils', 5)?.policy.statements.length, 0, 'declined: nothing changed');
        await c.handle({ type: 'grant', grant: { kind: 'public' }, statementId: 'public' });
        assert.deepStrictEqual(emu.state.layerVersion('shared-utils', 5)?.policy.statements.map((x) => x.Principal), ['*']);
        assert.deepStrictEqual(s.prompter.asked, [
            'Make shared-utils version 5 public (account 123456789012, us-east-1)?',
            'Make shared-utils version 5 public (account 123456789012, us-east-1)?',
        ]);
    });
    it('closing the panel lets go of its "Used by" scan (nobody else waits: the pass stops)', async () => {
        const s = setup(emu);
        emu.setFaults([{ operation: 'ListFunctions', kind: 'latency', latencyMs: 4000 }]);
        const c = new panelControllers_1.LayerVersionPanelController(s.host, layerRef('shared-utils', 8), s.port);
        await c.handle({ type: 'ready' });
        assert.strictEqual(lastData(s.sent).usedByState, 'scanning');
        await new Promise((r) => setTimeout(r, 300)); // the slow ListFunctions page is on its way
        c.dispose();
        emu.setFaults([]);
        // A pass still running would make this wait for the slow page; a stopped one lets a new, fast pass start.
        const started = Date.now();
        await s.deps.explorer.connection.usedBy.ensure();
        const ms = Date.now() - started;
        assert.ok(ms < 2000, `the panel's scan was still running: ${ms} ms`);
    });
    it('revokes after a confirmation, and copies grants from another version', async () => {
        const s = setup(emu, [true]);
        const c = new panelControllers_1.LayerVersionPanelController(s.host, layerRef('shared-utils', 8), s.port);
        await c.handle({ type: 'ready' });
        const rev = lastData(s.sent).policy.revisionId;
        await c.handle({ type: 'revoke', statementId: 'team-analytics', revisionId: rev });
        assert.deepStrictEqual(emu.state.layerVersion('shared-utils', 8)?.policy.statements, []);
        await c.handle({ type: 'copyGrants', fromVersion: 7 });
        assert.deepStrictEqual(emu.state.layerVersion('shared-utils', 8)?.policy.statements.map((x) => x.Sid), ['org-wide', 'partner-account']);
        assert.match(notices(s.sent).at(-1).message, /Copied 2 grants from version 7/);
    });
    it('sends environment keys only, and one value on reveal', async () => {
        const s = setup(emu);
        const ref = {
            kind: 'function',
            arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`,
            name: 'orders-api',
        };
        const c = new panelControllers_1.FunctionPanelController(s.host, ref, s.port);
        await c.handle({ type: 'ready' });
        const d = lastData(s.sent);
        assert.deepStrictEqual(d.environmentKeys, ['LOG_LEVEL', 'TABLE_NAME']);
        assert.ok(!JSON.stringify(s.sent).includes('orders"'), 'no environment value before a reveal');
        assert.deepStrictEqual(d.layers.map((l) => [l.label, l.position]), [
            ['shared-utils:8', 1],
            ['otel-collector:3', 2],
        ]);
        assert.deepStrictEqual(d.versions.map((v) => v.version), ['2', '1']);
        assert.deepStrictEqual(d.tags, [['team', 'commerce']]);
        await c.handle({ type: 'reveal', key: 'TABLE_NAME' });
        assert.deepStrictEqual(s.sent.at(-1), { type: 'revealed', key: 'TABLE_NAME', value: 'orders' });
        await c.handle({ type: 'copyEnv', key: 'LOG_LEVEL' });
        assert.deepStrictEqual(s.copied, ['info']);
    });
    it('reveals and copies only real environment keys: __proto__, constructor, toString… read nothing', async () => {
        const s = setup(emu);
        const ref = {
            kind: 'function',
            arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`,
            name: 'orders-api',
        };
        const c = new panelControllers_1.FunctionPanelController(s.host, ref, s.port);
        await c.handle({ type: 'ready' });
        const before = s.sent.length;
        for (const key of [
            '__proto__',
            'constructor',
            'toString',
            'hasOwnProperty',
            'valueOf',
            '__defineGetter__',
        ]) {
            const m = { type: 'reveal', key };
            assert.ok((0, protocol_1.isViewToHost)(m), `the guard lets ${key} through; the lookup must hold`);
            await c.handle(m);
            await c.handle({ type: 'copyEnv', key });
        }
        assert.deepStrictEqual(s.sent.slice(before), [], 'nothing revealed, no "Copied" notice');
        assert.deepStrictEqual(s.copied, [], 'nothing copied to the clipboard');
    });
    it("Attach Layers… attaches to the panel's own function without asking which one (a published version's panel too)", async () => {
        // Before: the button passed a ref that the command did not accept, and the user had to pick the function again.
        const s = setup(emu, [['aws-sdk-extras'], 'Version 1']);
        const ref = {
            kind: 'functionVersion',
            arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api:1`,
            name: 'orders-api',
            version: '1',
        };
        const c = new panelControllers_1.FunctionPanelController(s.host, ref, s.port);
        await c.handle({ type: 'ready' });
        await c.handle({ type: 'attachLayers' });
        await s.h.settled();
        assert.deepStrictEqual(s.h.ran.map((r) => r.id), ['lambdaExplorer.function.attachLayers']);
        assert.ok(!s.prompter.asked.some((t) => /^Attach Layers$/.test(t)), `no function picker: ${s.prompter.asked.join(' | ')}`);
        assert.deepStrictEqual(s.prompter.asked.slice(0, 1), ['Attach Layers to orders-api']);
        const layers = emu.state.functions.get('orders-api').latest.layers;
        assert.strictEqual(layers.length, 3, layers.join(', '));
        assert.match(layers[2], /:layer:aws-sdk-extras:1$/);
        assert.deepStrictEqual(s.h.notifier.shown.filter((m) => m.level === 'error'), []);
    });
    it('shows a load failure as an error message the view can retry', async () => {
        const s = setup(emu);
        const ref = {
            kind: 'function',
            arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:gone`,
            name: 'gone',
        };
        const c = new panelControllers_1.FunctionPanelController(s.host, ref, s.port);
        await c.handle({ type: 'ready' });
        assert.ok(s.sent.some((m) => m.type === 'error'), JSON.stringify(s.sent));
    });
});
//# sourceMappingURL=panelControllers.test.js.map