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
// Publish a folder as a layer, publish a new version from a layer node, create a function from a folder and
// deploy a folder to a function: each as the VS Code command a menu runs (the folder as a vscode.Uri), with
// the prompts answered from a script by the test window (support/testWindow.ts), against the emulator; the
// Layers view shows the result. Also: the unchanged-content case, cancel mid-way, and the S3 path for an archive over 50 MB.
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const vscode = __importStar(require("vscode"));
const publishSupport_1 = require("../unit/commands/publishSupport");
const extensionApi_1 = require("./support/extensionApi");
const testWindow_1 = require("./support/testWindow");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
const calls = (e, op) => e.calls.filter((c) => c.operation === op).length;
describe('Publish and deploy folders (VS Code commands, scripted answers)', function () {
    this.timeout(180_000);
    const ctx = (0, withEmulator_1.withEmulator)('sample');
    let api;
    let work;
    const ui = (0, testWindow_1.useTestWindow)();
    const notified = () => ui().notifications;
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-it-'));
    });
    afterEach(async () => {
        await vscode.workspace
            .getConfiguration('lambdaExplorer')
            .update('artifactBucket', undefined, vscode.ConfigurationTarget.Global);
    });
    after(() => fs.rmSync(work, { recursive: true, force: true }));
    /** The answers to the prompts of the next command, in order (see support/testWindow.ts). */
    const script = (answers) => ui().script(answers);
    async function versionsShown(layerName) {
        const roots = await api.children('layers');
        const layer = (0, extensionApi_1.ofKind)(roots, 'layer').find((n) => n.resource?.name === layerName);
        if (!layer)
            return [];
        const children = await api.children('layers', layer);
        return (0, extensionApi_1.ofKind)(children, 'layerVersion').map((n) => Number(n.resource?.version));
    }
    it('right-click a Node folder → Publish Folder as Lambda Layer… → a new layer version, shown in the Layers view', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', work);
        await vscode.commands.executeCommand('lambdaExplorer.layers.refresh');
        script([
            'New layer…',
            'it-utils',
            'nodejs/',
            ['nodejs22.x'],
            ['x86_64'],
            'from the integration test',
            'MIT',
            'Publish', // the summary of the plan
        ]);
        const out = await vscode.commands.executeCommand('lambdaExplorer.folder.publishLayer', vscode.Uri.file(folder), [vscode.Uri.file(folder)]);
        assert.strictEqual(out?.status, 'published', JSON.stringify(notified()));
        const v = ctx.emulator.state.layerVersion('it-utils', 1);
        assert.ok(v);
        assert.deepStrictEqual(v.compatibleRuntimes, ['nodejs22.x']);
        await (0, waitFor_1.waitFor)(async () => (await versionsShown('it-utils')).includes(1), {
            message: 'it-utils version 1 in the Layers view',
        });
        assert.ok(notified().some((m) => m.message.startsWith('Published it-utils version 1')));
    });
    it('the same folder again: "unchanged", no duplicate version', async () => {
        const folder = path.join(work, 'shared-utils');
        // The folder's answers are remembered: one confirmation, then "publish anyway?" — no.
        script(['Publish', false]);
        const out = await vscode.commands.executeCommand('lambdaExplorer.folder.publishLayer', vscode.Uri.file(folder));
        assert.strictEqual(out?.status, 'unchanged');
        assert.strictEqual(ctx.emulator.state.layers.get('it-utils')?.versions.size, 1);
        assert.ok(notified().some((m) => /^Not published: the content is the same/.test(m.message)));
    });
    it('"Publish New Version…" on a layer node publishes the next version of that layer', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/py-helpers', work);
        await vscode.commands.executeCommand('lambdaExplorer.layers.refresh');
        const node = await (0, extensionApi_1.layerNode)(api, 'py-common');
        // The folder: "Browse…" past the workspace folders, then the open dialog.
        script(['Browse…', folder, 'python/', ['python3.12'], ['x86_64'], 'py helpers', '', 'Publish']);
        const out = await vscode.commands.executeCommand('lambdaExplorer.layer.publishVersion', node.node);
        assert.strictEqual(out?.version?.version, 5);
        await (0, waitFor_1.waitFor)(async () => (await versionsShown('py-common'))[0] === 5, {
            message: 'py-common version 5 first in the Layers view',
        });
    });
    it('cancel while compressing: nothing published, no temp folder left', async () => {
        const folder = path.join(work, 'cancel-me');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'requirements.txt'), 'x\n');
        for (let i = 0; i < 6; i++)
            fs.writeFileSync(path.join(folder, `b${i}.bin`), (0, crypto_1.randomBytes)(4 * 1024 * 1024));
        const dirs = (0, publishSupport_1.tempDirsLeft)();
        ui().cancelProgressWhen((m) => /^Compressing \([1-9]/.test(m));
        ctx.emulator.resetCalls();
        script(['New layer…', 'cancel-me', 'python/', [], [], '', '', 'Publish']);
        const out = await vscode.commands.executeCommand('lambdaExplorer.folder.publishLayer', vscode.Uri.file(folder));
        assert.strictEqual(out, undefined);
        assert.deepStrictEqual(notified(), [], 'a cancel is silent');
        assert.strictEqual(calls(ctx.emulator, 'PublishLayerVersion'), 0);
        assert.strictEqual(ctx.emulator.state.layers.get('cancel-me'), undefined);
        assert.deepStrictEqual((0, publishSupport_1.tempDirsLeft)(), dirs);
    });
    it('over 50 MB zipped: goes through the lambdaExplorer.artifactBucket bucket with a multipart upload', async () => {
        const folder = path.join(work, 'large');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'model.bin'), (0, crypto_1.randomBytes)(52 * 1024 * 1024));
        await (0, publishSupport_1.createBucket)(ctx.emulator, 'it-artifacts');
        await vscode.workspace
            .getConfiguration('lambdaExplorer')
            .update('artifactBucket', 'it-artifacts', vscode.ConfigurationTarget.Global);
        ctx.emulator.resetCalls();
        script(['New layer…', 'it-large', 'Keep paths (no prefix)', [], ['x86_64'], '', '', 'Publish']);
        const out = await vscode.commands.executeCommand('lambdaExplorer.folder.publishLayer', vscode.Uri.file(folder));
        assert.strictEqual(out?.status, 'published', JSON.stringify(notified()));
        assert.ok(out.viaS3);
        const v = ctx.emulator.state.layerVersion('it-large', 1);
        assert.ok(v.codeSize > 50 * 1024 * 1024);
        assert.ok(calls(ctx.emulator, 'UploadPart') >= 7);
        assert.strictEqual(calls(ctx.emulator, 'CompleteMultipartUpload'), 1);
        assert.strictEqual((0, publishSupport_1.objectKeys)(ctx.emulator, 'it-artifacts').length, 1);
    });
    it('Create Lambda Function from Folder… then Deploy Folder to Lambda Function… (and publish a version)', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/orders-api', work);
        script([
            'it-orders',
            'nodejs22.x',
            'index.handler',
            'arn:aws:iam::123456789012:role/it-role',
            'x86_64',
            '128',
            '5',
            [],
        ]);
        const created = await vscode.commands.executeCommand('lambdaExplorer.folder.createFunction', vscode.Uri.file(folder));
        assert.strictEqual(created?.configuration.state, 'Active', JSON.stringify(notified()));
        assert.strictEqual(ctx.emulator.state.functions.get('it-orders')?.latest.handler, 'index.handler');
        fs.appendFileSync(path.join(folder, 'index.js'), '\n// v2\n');
        script(['it-orders', 'Deploy to it-orders and publish a version']);
        const deployed = await vscode.commands.executeCommand('lambdaExplorer.folder.deployFunction', vscode.Uri.file(folder), [vscode.Uri.file(folder)]);
        assert.strictEqual(deployed?.status, 'deployed', JSON.stringify(notified()));
        assert.strictEqual(deployed.configuration?.lastUpdateStatus, 'Successful');
        const fn = ctx.emulator.state.functions.get('it-orders');
        assert.strictEqual(fn.versions.length, 1);
        assert.strictEqual(fn.versions[0].codeSha256, fn.latest.codeSha256);
        assert.notStrictEqual(fn.latest.codeSha256, created.configuration.codeSha256);
    });
});
//# sourceMappingURL=publish.test.js.map