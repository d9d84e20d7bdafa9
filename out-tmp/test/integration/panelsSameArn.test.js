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
// Two connections that list the same ARN (the same account and Region through two profiles, or here two endpoints):
// a panel opened from one root reads from, and acts on, that root's connection, and the other root gets a panel of
// its own. Before, both opened one panel, on whichever connection listed the ARN first.
const assert = __importStar(require("assert"));
const vscode = __importStar(require("vscode"));
const emulator_1 = require("../emulator/emulator");
const extensionApi_1 = require("./support/extensionApi");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
const reads = (e) => e.calls.filter((c) => c.operation === 'GetFunction' || c.operation === 'GetFunctionConfiguration').length;
describe('Panels of two connections that list the same ARN', function () {
    this.timeout(120_000);
    const ctx = (0, withEmulator_1.withEmulator)('sample');
    let twin;
    let api;
    const config = () => vscode.workspace.getConfiguration('lambdaExplorer');
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        twin = await (0, emulator_1.startEmulator)({ seed: 'sample' });
        await config().update('connections', [{ profile: 'emulator', region: 'us-east-1', endpoint: twin.endpoint }], vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
    });
    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await config().update('connections', undefined, vscode.ConfigurationTarget.Global);
        await twin.stop();
    });
    const ordersApi = async (root) => (0, extensionApi_1.ofKind)(await api.children('functions', root), 'function').find((n) => n.label === 'orders-api');
    it('opens one panel per connection, each reading from its own', async () => {
        const [first, second] = await (0, waitFor_1.waitFor)(async () => {
            const top = await api.children('functions');
            return top.length === 2 && top.every((n) => n.kind === 'connection') ? top : undefined;
        }, { message: 'two connection roots' });
        const mine = await ordersApi(second);
        const theirs = await ordersApi(first);
        assert.strictEqual(mine.resource.arn, theirs.resource.arn, 'the same ARN under both roots');
        ctx.emulator.resetCalls();
        twin.resetCalls();
        await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', mine.node);
        await (0, waitFor_1.waitFor)(() => reads(twin) > 0, { message: "the panel reads from the second root's connection" });
        assert.strictEqual(reads(ctx.emulator), 0, 'nothing read through the first connection');
        await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', theirs.node);
        await (0, waitFor_1.waitFor)(() => reads(ctx.emulator) > 0, {
            message: "the first root's panel reads from its connection",
        });
        assert.deepStrictEqual(api.openPanels(), [mine.resource.arn, theirs.resource.arn], 'two panels');
        // Their tabs say which connection each is on: the same profile and Region here, so the endpoint too.
        const tabs = vscode.window.tabGroups.all
            .flatMap((g) => g.tabs.map((t) => t.label))
            .filter((t) => t.startsWith('orders-api'));
        assert.strictEqual(tabs.length, 2);
        assert.notStrictEqual(tabs[0], tabs[1]);
        assert.ok(tabs.some((t) => t.startsWith('orders-api · emulator @ us-east-1') && t.includes(twin.endpoint)), tabs.join(' | '));
        // One closed: the other is the name alone again.
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await (0, waitFor_1.waitFor)(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).includes('orders-api') ||
            undefined, { message: 'the remaining panel titled by the name alone' });
    });
});
//# sourceMappingURL=panelsSameArn.test.js.map