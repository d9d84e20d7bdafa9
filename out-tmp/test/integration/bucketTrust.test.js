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
// The artifact bucket set in the workspace folder's own settings file (.vscode/settings.json), read by the real
// settings edge: the user is asked about it by name, and declining uploads nothing.
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const vscode = __importStar(require("vscode"));
const publishSupport_1 = require("../unit/commands/publishSupport");
const extensionApi_1 = require("./support/extensionApi");
const testWindow_1 = require("./support/testWindow");
const withEmulator_1 = require("./support/withEmulator");
const calls = (e, op) => e.calls.filter((c) => c.operation === op).length;
describe('An artifact bucket from the folder settings file', function () {
    this.timeout(120_000);
    const ctx = (0, withEmulator_1.withEmulator)('sample');
    const ui = (0, testWindow_1.useTestWindow)();
    let work;
    let settingsFile;
    let hadSettingsFile = false;
    before(async () => {
        await (0, extensionApi_1.connectedTo)(await (0, extensionApi_1.getApi)(), ctx.emulator.endpoint);
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'bucket-trust-it-'));
        const folder = vscode.workspace.workspaceFolders?.[0];
        assert.ok(folder, 'the tests run in a workspace folder');
        settingsFile = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
        hadSettingsFile = fs.existsSync(settingsFile);
    });
    after(async () => {
        await vscode.workspace
            .getConfiguration('lambdaExplorer')
            .update('artifactBucket', undefined, vscode.ConfigurationTarget.Workspace);
        if (settingsFile && !hadSettingsFile)
            fs.rmSync(path.dirname(settingsFile), { recursive: true, force: true });
        fs.rmSync(work, { recursive: true, force: true });
    });
    it('is named in a question before the upload; declined, nothing is uploaded or published', async () => {
        await (0, publishSupport_1.createBucket)(ctx.emulator, 'folder-chosen-bucket');
        await vscode.workspace
            .getConfiguration('lambdaExplorer')
            .update('artifactBucket', 'folder-chosen-bucket', vscode.ConfigurationTarget.Workspace);
        assert.match(fs.readFileSync(settingsFile, 'utf8'), /folder-chosen-bucket/, 'written to the folder settings file');
        const folder = path.join(work, 'large');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'model.bin'), (0, crypto_1.randomBytes)(52 * 1024 * 1024));
        ctx.emulator.resetCalls();
        ui().script([
            'New layer…',
            'it-folder-bucket',
            'Keep paths (no prefix)',
            [],
            ['x86_64'],
            '',
            '',
            'Publish',
            false, // "This workspace's settings send archives over 50 MB to the S3 bucket: folder-chosen-bucket"
        ]);
        const out = await vscode.commands.executeCommand('lambdaExplorer.folder.publishLayer', vscode.Uri.file(folder));
        assert.strictEqual(out, undefined);
        assert.ok(ui().asked.some((q) => q.endsWith('to the S3 bucket: folder-chosen-bucket')), `asked by name: ${JSON.stringify(ui().asked)}`);
        for (const op of ['PutObject', 'CreateMultipartUpload', 'UploadPart', 'PublishLayerVersion'])
            assert.strictEqual(calls(ctx.emulator, op), 0, op);
        assert.deepStrictEqual((0, publishSupport_1.objectKeys)(ctx.emulator, 'folder-chosen-bucket'), []);
    });
});
//# sourceMappingURL=bucketTrust.test.js.map