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
// The two webview panels inside a real VS Code (code-server) extension host, against the emulator: the real
// webview app loads (its `ready` arrives through VS Code), the host answers with emulator data, writes land in
// the emulator, and a stale RevisionId (412) re-reads and says so. The test window (support/testWindow.ts)
// records what the host posts and what the view sends, and delivers messages as if the view had posted them.
const assert = __importStar(require("assert"));
const vscode = __importStar(require("vscode"));
const emulatorService_1 = require("../unit/support/emulatorService");
const extensionApi_1 = require("./support/extensionApi");
const testWindow_1 = require("./support/testWindow");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
const ACCOUNT = '123456789012';
const FN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`;
const LV_ARN = (name, v) => `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:${name}:${v}`;
const readies = (p) => p.received.filter((m) => m.type === 'ready').length;
const dataCount = (p) => p.sentOfType('data').length;
function lastData(p) {
    const m = p.sentOfType('data').at(-1);
    assert.ok(m, 'no data sent');
    return m.data;
}
const isNotice = (m) => m.type === 'notice';
/** The real view said `ready` and the host answered with its data. */
async function handshake(p) {
    await p.until(() => readies(p) > 0, 'ready from the view', 30_000);
    await p.until(() => dataCount(p) > 0, 'data for the view');
}
/** Delivers a message as the view and resolves with the first message the host posts afterwards that matches. */
async function ask(p, message, reply, what) {
    const answer = p.nextSent(reply, what);
    p.deliver(message);
    return answer;
}
describe('Webview panels', function () {
    this.timeout(90_000);
    const ctx = (0, withEmulator_1.withEmulator)('sample');
    const ui = (0, testWindow_1.useTestWindow)();
    let api;
    /** The recorded panel of each ARN opened in the current test. */
    let byArn;
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
    });
    beforeEach(() => {
        byArn = new Map();
    });
    afterEach(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
    /** Runs a command that opens (or reveals) the panel of `arn`; returns that panel's record. */
    async function openWith(arn, command, ref) {
        const before = ui().panels.length;
        await vscode.commands.executeCommand(command, ref);
        const created = ui().panels.slice(before);
        assert.ok(created.length <= 1, 'at most one panel per command');
        if (created[0])
            byArn.set(arn, created[0]);
        const p = byArn.get(arn);
        assert.ok(p, `a panel for ${arn}`);
        assert.ok(api.openPanels().includes(arn), 'the extension lists the panel');
        return p;
    }
    const openFunction = () => openWith(FN_ARN, 'lambdaExplorer.function.showConfiguration', {
        kind: 'function',
        arn: FN_ARN,
        name: 'orders-api',
    });
    const openLayerVersion = (name, v) => openWith(LV_ARN(name, v), 'lambdaExplorer.layerVersion.showPolicy', {
        kind: 'layerVersion',
        arn: LV_ARN(name, v),
        name,
        version: String(v),
    });
    it('function panel: the app says ready, the host answers with the emulator configuration', async () => {
        const p = await openFunction();
        await handshake(p);
        assert.strictEqual(p.panel.title, 'orders-api'); // the tab's icon is the λ
        assert.strictEqual(p.panel.webview.options.enableScripts, true);
        assert.deepStrictEqual(p.panel.webview.options.localResourceRoots?.map((u) => u.path.split('/').pop()), ['dist', 'media']);
        assert.strictEqual(p.panel.options.retainContextWhenHidden, undefined);
        const d = lastData(p);
        const emu = ctx.emulator.state.functionConfiguration('orders-api');
        assert.strictEqual(d.runtime, emu.Runtime);
        assert.strictEqual(d.memorySize, emu.MemorySize);
        assert.strictEqual(d.codeSha256, emu.CodeSha256);
        assert.deepStrictEqual(d.layers.map((l) => l.arn), emu.Layers.map((l) => l.Arn));
        assert.deepStrictEqual(d.environmentKeys, ['LOG_LEVEL', 'TABLE_NAME']);
        assert.ok(!JSON.stringify(p.sent).includes('"orders"'), 'environment values are not sent before a reveal');
        const revealed = await ask(p, { type: 'reveal', key: 'TABLE_NAME' }, (m) => m.type === 'revealed', 'revealed');
        assert.deepStrictEqual(revealed, { type: 'revealed', key: 'TABLE_NAME', value: 'orders' });
    });
    it('one panel per ARN: running the command again reveals the same panel', async () => {
        const p = await openFunction();
        const created = ui().panels.length;
        const again = await openFunction();
        assert.strictEqual(again, p);
        assert.strictEqual(ui().panels.length, created, 'no second panel created');
        assert.deepStrictEqual(api.openPanels().filter((a) => a === FN_ARN), [FN_ARN]);
    });
    it('survives being hidden: shown again, the rebuilt view says ready and gets the data without a reload', async () => {
        const fn = await openFunction();
        await handshake(fn);
        const lv = await openLayerVersion('shared-utils', 7); // same column: hides the function panel
        await lv.until(() => readies(lv) > 0, 'ready from the layer version view', 30_000);
        await (0, waitFor_1.waitFor)(() => !fn.panel.visible, { message: 'function panel hidden' });
        const before = readies(fn);
        const calls = ctx.emulator.calls.length;
        const datas = dataCount(fn);
        fn.panel.reveal();
        await fn.until(() => readies(fn) > before, 'a second ready', 30_000);
        await fn.until(() => dataCount(fn) > datas, 'data re-sent');
        assert.strictEqual(ctx.emulator.calls.filter((c) => c.operation === 'GetFunction').length, ctx.emulator.calls.slice(0, calls).filter((c) => c.operation === 'GetFunction').length, 'no new GetFunction');
    });
    it('layer version panel: renders details and policy from the emulator after the handshake', async () => {
        const p = await openLayerVersion('shared-utils', 7);
        await handshake(p);
        const d = lastData(p);
        const emu = ctx.emulator.state.layerVersion('shared-utils', 7);
        assert.strictEqual(d.codeSha256, emu.codeSha256);
        assert.strictEqual(d.licenseInfo, 'MIT');
        assert.deepStrictEqual(d.policy?.statements.map((s) => s.sid), emu.policy.statements.map((s) => s.Sid));
        assert.strictEqual(d.policy?.revisionId, emu.policy.revisionId);
    });
    it('grants and revokes, checked in the emulator; the tree hears the change', async () => {
        const p = await openLayerVersion('shared-utils', 4);
        await handshake(p);
        const changes = [];
        const listening = api.onDidChangeResource((c) => {
            changes.push(`${c.kind} ${'name' in c ? c.name : c.names.join(',')}`);
        });
        try {
            const granted = await ask(p, {
                type: 'grant',
                grant: { kind: 'organization', organizationId: 'o-zz11yy22xx' },
                statementId: 'org-zz',
                revisionId: lastData(p).policy?.revisionId,
            }, isNotice, 'the grant notice');
            assert.strictEqual(granted.level, 'info', granted.message);
            const policy = ctx.emulator.state.layerVersion('shared-utils', 4).policy;
            assert.deepStrictEqual(policy.statements.map((s) => [s.Sid, s.Condition?.StringEquals['aws:PrincipalOrgID']]), [['org-zz', 'o-zz11yy22xx']]);
            assert.deepStrictEqual(changes, ['layerVersion shared-utils']);
            assert.ok(lastData(p).policy?.statements.some((s) => s.sid === 'org-zz'), 'the panel shows the new grant');
            ui().script([true]);
            const revoked = await ask(p, {
                type: 'revoke',
                statementId: 'org-zz',
                revisionId: lastData(p).policy?.revisionId,
            }, isNotice, 'the revoke notice');
            assert.deepStrictEqual(ctx.emulator.state.layerVersion('shared-utils', 4).policy.statements, []);
            assert.deepStrictEqual(ui().asked, [
                'Revoke organization o-zz11yy22xx from shared-utils version 4 (account 123456789012, us-east-1)?',
            ]);
            assert.match(revoked.message, /Revoked statement: org-zz/);
        }
        finally {
            listening.dispose();
        }
    });
    it('handles a 412: the policy changed behind the panel, it says so, shows the new state, and the retry works', async () => {
        const p = await openLayerVersion('py-common', 4);
        await handshake(p);
        const seen = lastData(p).policy?.revisionId;
        assert.ok(seen, 'py-common:4 has a policy');
        // Behind the panel's back, through the SDK: the revision the panel saw is now stale.
        await (0, emulatorService_1.serviceFor)(ctx.emulator).addLayerVersionPermission('py-common', 4, 'first', {
            kind: 'account',
            accountId: '111122223333',
        });
        const notice = (await ask(p, {
            type: 'grant',
            grant: { kind: 'account', accountId: '444455556666' },
            statementId: 'second',
            revisionId: seen,
        }, isNotice, 'the 412 notice'));
        assert.strictEqual(notice.level, 'warning');
        assert.match(notice.message, /changed since it was read/);
        assert.deepStrictEqual(ctx.emulator.state.layerVersion('py-common', 4).policy.statements.map((s) => s.Sid), ['public', 'first']);
        const fresh = lastData(p);
        assert.deepStrictEqual(fresh.policy?.statements.map((s) => s.sid), ['public', 'first'], 'the panel shows the current policy');
        assert.notStrictEqual(fresh.policy?.revisionId, seen);
        await ask(p, {
            type: 'grant',
            grant: { kind: 'account', accountId: '444455556666' },
            statementId: 'second',
            revisionId: fresh.policy?.revisionId,
        }, isNotice, 'the retry notice');
        assert.deepStrictEqual(ctx.emulator.state.layerVersion('py-common', 4).policy.statements.map((s) => s.Sid), ['public', 'first', 'second']);
    });
    it('updates itself when a command elsewhere changes the same layer version', async () => {
        const p = await openLayerVersion('shared-utils', 6);
        await handshake(p);
        ui().script(['An AWS account', '777788889999', 'from-palette']);
        await vscode.commands.executeCommand('lambdaExplorer.layerVersion.grantAccess', {
            kind: 'layerVersion',
            arn: LV_ARN('shared-utils', 6),
            name: 'shared-utils',
            version: '6',
        });
        assert.ok(ctx.emulator.state
            .layerVersion('shared-utils', 6)
            .policy.statements.some((s) => s.Sid === 'from-palette'), JSON.stringify(ui().notifications));
        await p.until(() => lastData(p).policy?.statements.some((s) => s.sid === 'from-palette'), 'the panel re-read the policy');
    });
    it('rejects a malformed message from the view', async () => {
        const p = await openLayerVersion('shared-utils', 7);
        await handshake(p);
        const before = ctx.emulator.state.layerVersion('shared-utils', 7).policy.statements.map((s) => s.Sid);
        const from = p.sent.length;
        p.deliver({ type: 'grant', grant: { kind: 'public', extra: 1 }, statementId: 'x' });
        p.deliver({ type: 'revoke', statementId: { $ne: '' } });
        // A well-formed grant after them goes through the same door: once it is done, the two before it would be too.
        const notice = (await ask(p, {
            type: 'grant',
            grant: { kind: 'account', accountId: '444455556666' },
            statementId: 'after-bad',
            revisionId: lastData(p).policy?.revisionId,
        }, isNotice, 'the notice of the good grant'));
        assert.strictEqual(notice.level, 'info', notice.message);
        assert.deepStrictEqual(p.sent.slice(from).filter(isNotice), [notice], 'the malformed messages got no answer');
        assert.deepStrictEqual(ctx.emulator.state.layerVersion('shared-utils', 7).policy.statements.map((s) => s.Sid), [...before, 'after-bad'], 'only the well-formed grant changed the policy');
    });
});
//# sourceMappingURL=webviews.test.js.map