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
// The explorer inside a real VS Code extension host, against the emulator over loopback HTTP. The extension
// runs from its bundle; the tests read the views through its read-only API (what each view's tree data
// provider gives) and run commands on the nodes, as a menu would.
const assert = __importStar(require("assert"));
const vscode = __importStar(require("vscode"));
const extensionApi_1 = require("./support/extensionApi");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
const calls = (e, op) => e.calls.filter((c) => c.operation === op).length;
describe('Explorer on 10,000 functions (scale seed)', function () {
    this.timeout(120_000);
    const ctx = (0, withEmulator_1.withEmulator)('scale');
    let api;
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
        await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
        // The previous suite's settings were put back one by one: the views went through welcome content (an
        // invalid connection has some) and back to the tree, which loads once more. Let that load land first.
        await api.children('functions');
        await new Promise((r) => setTimeout(r, 1_000));
    });
    it('renders the first page of functions after exactly one ListFunctions call', async () => {
        await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
        ctx.emulator.resetCalls();
        const children = await api.children('functions');
        assert.strictEqual(calls(ctx.emulator, 'ListFunctions'), 1);
        assert.strictEqual((0, extensionApi_1.ofKind)(children, 'function').length, 50);
        const last = children.at(-1);
        assert.strictEqual(last.kind, 'loadMore');
        assert.strictEqual(last.label, 'Load more…');
        assert.strictEqual(last.command, 'lambdaExplorer.node.loadMore');
    });
    it('"Load more…" fetches page after page to the end, then disappears', async () => {
        await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
        ctx.emulator.resetCalls();
        let children = await api.children('functions');
        let rounds = 0;
        while (children.at(-1)?.kind === 'loadMore') {
            await vscode.commands.executeCommand('lambdaExplorer.node.loadMore', children.at(-1).node);
            children = await api.children('functions');
            assert.ok(++rounds < 250, 'too many pages');
        }
        assert.strictEqual((0, extensionApi_1.ofKind)(children, 'function').length, 10_000);
        assert.strictEqual(calls(ctx.emulator, 'ListFunctions'), 200);
        assert.ok(!children.some((c) => c.kind === 'loadMore' || c.kind === 'error'));
    });
    it('filters by name, fetching pages until a match, shown in the view description', async () => {
        await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
        const matches = await vscode.commands.executeCommand('lambdaExplorer.functions.filter', 'media-sync-09999');
        assert.strictEqual(matches, 1);
        const children = await api.children('functions');
        assert.deepStrictEqual((0, extensionApi_1.ofKind)(children, 'function').map((c) => c.label), ['media-sync-09999']);
        assert.strictEqual(api.view('functions').description, 'name contains "media-sync-09999"');
        await vscode.commands.executeCommand('lambdaExplorer.functions.clearFilter');
        assert.strictEqual(api.view('functions').description, undefined);
        const all = await api.children('functions');
        assert.ok((0, extensionApi_1.ofKind)(all, 'function').length > 1);
    });
});
describe('Explorer on the sample account', function () {
    this.timeout(60_000);
    const ctx = (0, withEmulator_1.withEmulator)('sample');
    let api;
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
    });
    it('shows which functions and published versions use a layer version, with the count', async () => {
        const v7 = await (0, extensionApi_1.layerVersionNode)(api, 'shared-utils', 7);
        const [usedBy] = await api.children('layers', v7);
        assert.strictEqual(usedBy?.kind, 'usedBy');
        const users = await api.children('layers', usedBy);
        const names = users.map((u) => `${u.label} ${String(u.description).split(' · ')[0]}`);
        assert.ok(names.includes('auth-authorizer $LATEST'), names.join(', '));
        assert.ok(names.includes('orders-api version 2'), names.join(', '));
        // read again: the count appears once the users are scanned
        const [counted] = await api.children('layers', v7);
        assert.strictEqual(counted?.description, `${users.length} function${users.length === 1 ? '' : 's'}`);
    });
    it('a failed load shows an error node with the reason; retry recovers', async () => {
        ctx.emulator.setFaults([{ operation: 'ListLayers', kind: 'error', times: 20 }]);
        try {
            await vscode.commands.executeCommand('lambdaExplorer.layers.refresh');
            const children = await api.children('layers');
            assert.strictEqual(children.length, 1);
            const error = children[0];
            assert.strictEqual(error.kind, 'error');
            assert.strictEqual(error.command, 'lambdaExplorer.node.retry');
            assert.ok(String(error.description).length > 0, 'the reason is shown');
            ctx.emulator.setFaults([]);
            await vscode.commands.executeCommand('lambdaExplorer.node.retry', error.node);
            const after = await api.children('layers');
            assert.ok((0, extensionApi_1.ofKind)(after, 'layer').some((n) => n.resource?.name === 'shared-utils'));
        }
        finally {
            ctx.emulator.setFaults([]);
        }
    });
    it('changing the Region setting rebuilds both trees', async () => {
        await api.children('functions');
        assert.ok((api.view('functions').loaded?.length ?? 0) > 0, 'the Functions view has loaded');
        const config = vscode.workspace.getConfiguration('lambdaExplorer');
        await config.update('region', 'eu-west-1', vscode.ConfigurationTarget.Global);
        try {
            await (0, waitFor_1.waitFor)(() => api.connection().region === 'eu-west-1', {
                message: 'region change',
            });
            assert.deepStrictEqual(api.view('functions').loaded, [], 'a new Functions root: nothing loaded from the old connection');
        }
        finally {
            await config.update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
            await (0, waitFor_1.waitFor)(() => api.connection().region === 'us-east-1', {
                message: 'region restored',
            });
        }
    });
    it('copy ARN puts the function ARN on the clipboard', async () => {
        const fns = await api.children('functions');
        const orders = (0, extensionApi_1.ofKind)(fns, 'function').find((f) => f.resource?.name === 'orders-api');
        assert.ok(orders);
        await vscode.commands.executeCommand('lambdaExplorer.resource.copyArn', orders.node);
        assert.strictEqual(await vscode.env.clipboard.readText(), 'arn:aws:lambda:us-east-1:123456789012:function:orders-api');
    });
});
//# sourceMappingURL=explorer.test.js.map