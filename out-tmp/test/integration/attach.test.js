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
// Attach, detach, reorder, upgrade, attach from a layer version, bulk upgrade of 60 functions and publish, run
// as VS Code commands on real tree nodes against the emulator; the prompts are answered from a script by the
// test window (support/testWindow.ts), and each test checks the emulator's state afterwards.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const vscode = __importStar(require("vscode"));
const emulatorService_1 = require("../unit/support/emulatorService");
const extensionApi_1 = require("./support/extensionApi");
const testWindow_1 = require("./support/testWindow");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
const L = (name, v) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${v}`;
const BULK = Array.from({ length: 60 }, (_, i) => `bulk-${String(i).padStart(2, '0')}`);
function writeSeed() {
    const seed = {
        layers: [
            {
                name: 'lib',
                versions: [
                    { compatibleRuntimes: ['nodejs22.x'] },
                    { compatibleRuntimes: ['nodejs22.x'] },
                    { compatibleRuntimes: ['nodejs22.x'] },
                ],
            },
            { name: 'other', versions: [{}, {}] },
            { name: 'tools', versions: [{}] },
        ],
        functions: [
            { name: 'app', runtime: 'nodejs22.x', layers: ['other:1'] },
            { name: 'a-reorder', runtime: 'nodejs22.x', layers: ['other:1', 'tools:1', 'lib:2'] },
            ...BULK.map((name) => ({ name, runtime: 'nodejs22.x', layers: ['other:2', 'lib:1'] })),
        ],
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attach-it-'));
    const file = path.join(dir, 'seed.json');
    fs.writeFileSync(file, JSON.stringify(seed));
    return file;
}
describe('Attach, detach, reorder and upgrade layers (VS Code commands on tree nodes)', function () {
    this.timeout(120_000);
    const ctx = (0, withEmulator_1.withEmulator)(writeSeed());
    let api;
    const layersOf = (name) => ctx.emulator.state.functions.get(name)?.latest.layers;
    const ui = (0, testWindow_1.useTestWindow)();
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
    });
    afterEach(() => {
        ctx.emulator.setFaults([]);
        ctx.emulator.setRateLimit(undefined);
    });
    /** The answers to the prompts of the next command, in order (see support/testWindow.ts). */
    const script = (answers) => ui().script(answers);
    async function attachedNodes(name) {
        const fn = await (0, extensionApi_1.functionNode)(api, name);
        const [layers] = await api.children('functions', fn);
        assert.strictEqual(layers?.kind, 'functionLayers');
        return (await api.children('functions', layers)).filter((n) => n.kind === 'attachedLayer');
    }
    const labels = (nodes) => nodes.map((n) => n.label);
    it('attaches a layer from the function node: the emulator has it, and so does the tree', async () => {
        script([['lib'], 'Version 3']);
        await vscode.commands.executeCommand('lambdaExplorer.function.attachLayers', (await (0, extensionApi_1.functionNode)(api, 'app')).node);
        assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('lib', 3)]);
        await (0, waitFor_1.waitFor)(async () => labels(await attachedNodes('app')).join() === 'other:1,lib:3', {
            message: 'the tree shows lib:3 under app',
        });
    });
    it('moves a layer up and down in merge order', async () => {
        const [, tools] = await attachedNodes('a-reorder');
        await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.moveUp', tools.node);
        assert.deepStrictEqual(layersOf('a-reorder'), [L('tools', 1), L('other', 1), L('lib', 2)]);
        await (0, waitFor_1.waitFor)(async () => labels(await attachedNodes('a-reorder'))[0] === 'tools:1', {
            message: 'tree reordered',
        });
        const [first] = await attachedNodes('a-reorder');
        await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.moveDown', first.node);
        assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('tools', 1), L('lib', 2)]);
    });
    it('upgrades an outdated attached layer (context "attachedLayer outdated") to the latest version', async () => {
        await (0, waitFor_1.waitFor)(async () => labels(await attachedNodes('a-reorder'))[1] === 'tools:1', {
            message: 'tree caught up',
        });
        const lib = (await attachedNodes('a-reorder'))[2];
        assert.strictEqual(lib.contextValue, 'attachedLayer outdated last', 'outdated, and last: no Move Down');
        await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.upgrade', lib.node);
        assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('tools', 1), L('lib', 3)]);
    });
    it('detaches a layer after a confirmation', async () => {
        await (0, waitFor_1.waitFor)(async () => labels(await attachedNodes('a-reorder'))[2] === 'lib:3', {
            message: 'tree caught up',
        });
        const tools = (await attachedNodes('a-reorder'))[1];
        script([true]);
        await vscode.commands.executeCommand('lambdaExplorer.attachedLayer.detach', tools.node);
        assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('lib', 3)]);
    });
    it('attaches a layer version to functions picked from the layer version node', async () => {
        const v1 = await (0, extensionApi_1.layerVersionNode)(api, 'tools', 1);
        script([['app', 'a-reorder']]);
        await vscode.commands.executeCommand('lambdaExplorer.layerVersion.attachToFunctions', v1.node);
        assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('lib', 3), L('tools', 1)]);
        assert.deepStrictEqual(layersOf('a-reorder'), [L('other', 1), L('lib', 3), L('tools', 1)]);
    });
    it('bulk-updates 60 functions under 15 req/s with injected 409s and 412s: nothing lost, nothing half-applied', async () => {
        const emu = ctx.emulator;
        const v1 = await (0, extensionApi_1.layerVersionNode)(api, 'lib', 1);
        const [usedBy] = await api.children('layers', v1);
        assert.strictEqual(usedBy?.kind, 'usedBy');
        const users = await api.children('layers', usedBy); // scans "used by"
        assert.strictEqual((0, extensionApi_1.ofKind)(users, 'usedByFunction').length, 60);
        emu.setRateLimit(15);
        // 409: five functions have an update in progress when the run starts.
        for (const name of BULK.slice(0, 5))
            emu.state.functions.get(name).latest.updatedAt = Date.now() + 2500;
        // 412: a colleague changes five others once the run has listed them (before their turn).
        const colleague = (0, emulatorService_1.serviceFor)(emu, 4);
        emu.resetCalls();
        const changed = (async () => {
            await (0, waitFor_1.waitFor)(() => emu.calls.some((c) => c.operation === 'UpdateFunctionConfiguration'), {
                timeoutMs: 30_000,
                message: 'the run started',
            });
            for (const name of BULK.slice(50, 55))
                await colleague.updateFunctionConfiguration(name, {
                    layers: [L('tools', 1), L('other', 2), L('lib', 1)],
                });
        })();
        script(['Version 3', BULK]);
        const report = await vscode.commands.executeCommand('lambdaExplorer.usedBy.updateFunctions', usedBy.node);
        await changed;
        assert.ok(report, 'the command returned its report');
        assert.deepStrictEqual(report.counts, { updated: 60, alreadyCurrent: 0, skipped: 0, failed: 0 }, JSON.stringify(report.outcomes.filter((o) => o.status !== 'updated')));
        for (const name of BULK) {
            const expected = BULK.slice(50, 55).includes(name)
                ? [L('tools', 1), L('other', 2), L('lib', 3)]
                : [L('other', 2), L('lib', 3)];
            assert.deepStrictEqual(layersOf(name), expected, name);
            assert.strictEqual(emu.state.functionConfiguration(name)?.LastUpdateStatus, 'Successful', name);
        }
        assert.ok(emu.calls.some((c) => c.status === 409), 'the run met 409s');
        assert.ok(emu.calls.some((c) => c.status === 412), 'the run met 412s');
        assert.match(report.outcomes.find((o) => o.functionName === 'bulk-52')?.reason ?? '', /changed by someone else \(added tools:1\): re-applied on top/);
    });
    it('publishes a version of a function; it appears under Versions', async () => {
        script(['integration release']);
        await vscode.commands.executeCommand('lambdaExplorer.function.publishVersion', (await (0, extensionApi_1.functionNode)(api, 'app')).node);
        const versions = ctx.emulator.state.functions.get('app')?.versions ?? [];
        assert.strictEqual(versions.length, 1);
        assert.deepStrictEqual(versions[0]?.layers, [L('other', 1), L('lib', 3), L('tools', 1)]);
        await (0, waitFor_1.waitFor)(async () => {
            const fn = await (0, extensionApi_1.functionNode)(api, 'app');
            const [, versionsNode] = await api.children('functions', fn);
            const children = await api.children('functions', versionsNode);
            return labels(children).includes('Version 1');
        }, { message: 'Version 1 under app' });
    });
});
//# sourceMappingURL=attach.test.js.map