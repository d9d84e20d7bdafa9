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
// Several connections side by side in a real extension host: the default one (the emulator in us-east-1), a second
// emulator in eu-west-1 added through lambdaExplorer.connections, and a connection to a closed port. Each view
// lists one root per connection; the closed port fails under its own root only; a command run on a node works on
// that node's connection; removing a root closes it and the views go back to one connection's flat tree.
const assert = __importStar(require("assert"));
const net = __importStar(require("net"));
const vscode = __importStar(require("vscode"));
const emulator_1 = require("../emulator/emulator");
const extensionApi_1 = require("./support/extensionApi");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
const calls = (e, op) => e.calls.filter((c) => c.operation === op).length;
async function closedPort() {
    const server = net.createServer();
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.address().port;
    await new Promise((r) => server.close(r));
    return port;
}
describe('Several connections side by side', function () {
    this.timeout(120_000);
    const ctx = (0, withEmulator_1.withEmulator)('sample');
    let west;
    let closed;
    let api;
    const config = () => vscode.workspace.getConfiguration('lambdaExplorer');
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        west = await (0, emulator_1.startEmulator)({ seed: 'sample', region: 'eu-west-1' });
        closed = `http://127.0.0.1:${await closedPort()}`;
        await config().update('connections', [
            { profile: 'emulator', region: 'eu-west-1', endpoint: west.endpoint },
            { profile: 'emulator', region: 'eu-north-1', endpoint: closed },
        ], vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
    });
    after(async () => {
        await config().update('connections', undefined, vscode.ConfigurationTarget.Global);
        await west.stop();
    });
    const roots = async () => (0, waitFor_1.waitFor)(async () => {
        const top = await api.children('functions');
        return top.length === 3 && top.every((n) => n.kind === 'connection') ? top : undefined;
    }, { message: 'three connection roots' });
    it('lists one root per connection, each with its own functions, and the closed port fails under its root only', async () => {
        const [east, eu, down] = await roots();
        assert.deepStrictEqual([east, eu, down].map((n) => n.label), ['emulator @ us-east-1', 'emulator @ eu-west-1', 'emulator @ eu-north-1']);
        const eastFns = (0, extensionApi_1.ofKind)(await api.children('functions', east), 'function');
        const westFns = (0, extensionApi_1.ofKind)(await api.children('functions', eu), 'function');
        assert.ok(eastFns.length > 0 && eastFns.every((n) => n.resource.arn.includes(':us-east-1:')));
        assert.ok(westFns.length > 0 && westFns.every((n) => n.resource.arn.includes(':eu-west-1:')));
        const failed = await api.children('functions', down);
        assert.deepStrictEqual(failed.map((n) => [n.kind, n.command]), [['error', 'lambdaExplorer.node.retry']]);
        // Its retry fails again (the port is still closed) and leaves the other roots as they were.
        await vscode.commands.executeCommand('lambdaExplorer.node.retry', failed[0].node);
        assert.strictEqual((await api.children('functions', down))[0].kind, 'error');
        const eastAgain = (0, extensionApi_1.ofKind)(await api.children('functions', east), 'function');
        assert.deepStrictEqual(eastAgain.map((n) => n.id), eastFns.map((n) => n.id));
        assert.ok(!(await api.children('functions', eu)).some((n) => n.kind === 'error'));
    });
    it("a command run on a node works on that node's connection, not the active one", async () => {
        const [east, eu] = await roots();
        const westFn = (0, extensionApi_1.ofKind)(await api.children('functions', eu), 'function')[0];
        ctx.emulator.resetCalls();
        west.resetCalls();
        await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', westFn.node);
        await (0, waitFor_1.waitFor)(() => calls(west, 'GetFunction') + calls(west, 'GetFunctionConfiguration') > 0, {
            message: 'the panel reads the function from the eu-west-1 connection',
        });
        assert.strictEqual(calls(ctx.emulator, 'GetFunction') + calls(ctx.emulator, 'GetFunctionConfiguration'), 0);
        assert.ok(api.openPanels().includes(westFn.resource.arn));
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        assert.ok(east);
    });
    it('"Remove Connection" on a root removes it; with one left the views are flat again', async () => {
        const [, , down] = await roots();
        await vscode.commands.executeCommand('lambdaExplorer.connection.remove', down.node);
        assert.deepStrictEqual(config().get('connections'), [
            { profile: 'emulator', region: 'eu-west-1', endpoint: west.endpoint },
        ]);
        const top = await (0, waitFor_1.waitFor)(async () => {
            const t = await api.children('functions');
            return t.length === 2 ? t : undefined;
        }, { message: 'two roots' });
        assert.deepStrictEqual(top.map((n) => n.label), ['emulator @ us-east-1', 'emulator @ eu-west-1']);
        await config().update('connections', undefined, vscode.ConfigurationTarget.Global);
        await (0, waitFor_1.waitFor)(async () => (await api.children('functions')).some((n) => n.kind === 'function'), {
            message: 'the flat tree of the default connection',
        });
    });
});
//# sourceMappingURL=connections.test.js.map