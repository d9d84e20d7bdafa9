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
// Published code in a real extension host: the Contents tree, files opened from the lambda: file system,
// Find File, compare version ↔ version and version ↔ folder in VS Code's diff editor, a hostile archive
// refused by Download to Folder, and Import Function Code into a folder outside the workspace. Layers are published to the emulator through the real SDK.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const vscode = __importStar(require("vscode"));
const codeFixtures_1 = require("../unit/code/codeFixtures");
const emulatorService_1 = require("../unit/support/emulatorService");
const extensionApi_1 = require("./support/extensionApi");
const testWindow_1 = require("./support/testWindow");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
describe('Published code in the editor (lambda: file system, compare, download)', function () {
    this.timeout(120_000);
    const ctx = (0, withEmulator_1.withEmulator)('empty');
    const ui = (0, testWindow_1.useTestWindow)();
    let api;
    let work;
    before(async () => {
        const lambda = (0, emulatorService_1.serviceFor)(ctx.emulator);
        const v1 = {
            'nodejs/index.js': 'exports.v = 1;\n',
            'nodejs/util/same.js': 'same\n',
            'nodejs/old.md': '# old\n',
        };
        const v2 = {
            'nodejs/index.js': 'exports.v = 2;\n',
            'nodejs/util/same.js': 'same\n',
            'nodejs/new.md': '# new\n',
        };
        for (const files of [v1, v2])
            await lambda.publishLayerVersion({ layerName: 'code-lib', content: { zipFile: await (0, codeFixtures_1.zipOf)(files) } });
        await lambda.publishLayerVersion({
            layerName: 'hostile',
            content: {
                zipFile: (0, codeFixtures_1.craftZip)([
                    { name: 'fine.txt', data: 'fine' },
                    { name: '/etc/profile.d/evil.sh', data: 'x' },
                    { name: 'nodejs/../../escape.txt', data: 'x' },
                    { name: 'nodejs/link', data: '/etc/shadow', mode: 0o120777 },
                ]),
            },
        });
        await lambda.createFunction({
            name: 'imported-fn',
            runtime: 'nodejs22.x',
            handler: 'index.handler',
            role: 'arn:aws:iam::123456789012:role/lambda-exec',
            code: { zipFile: await (0, codeFixtures_1.zipOf)({ 'index.mjs': 'export const handler = async () => 1;\n' }) },
        });
        api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
        await vscode.commands.executeCommand('lambdaExplorer.layers.refresh');
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'code-it-'));
    });
    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        fs.rmSync(work, { recursive: true, force: true });
    });
    async function child(parent, label) {
        const kids = await api.children('layers', parent);
        const n = kids.find((k) => k.label === label);
        assert.ok(n, `${label} under ${parent.label}: ${kids.map((k) => k.label).join(', ')}`);
        return n;
    }
    const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();
    it("lists a layer version's Contents lazily, folder by folder", async () => {
        const version = await (0, extensionApi_1.layerVersionNode)(api, 'code-lib', 2);
        const contents = await child(version, 'Contents');
        assert.strictEqual(contents.kind, 'contents');
        const nodejs = await child(contents, 'nodejs');
        const kids = await api.children('layers', nodejs);
        assert.deepStrictEqual(kids.map((k) => `${k.kind}:${k.label}`), ['codeFolder:util', 'codeFile:index.js', 'codeFile:new.md']);
    });
    it('opens a file read-only from the lambda: file system, with the language from its name', async () => {
        const nodejs = await child(await child(await (0, extensionApi_1.layerVersionNode)(api, 'code-lib', 2), 'Contents'), 'nodejs');
        const file = (await api.children('layers', nodejs)).find((k) => k.label === 'index.js');
        await vscode.commands.executeCommand('lambdaExplorer.code.openFile', file.node);
        await (0, waitFor_1.waitFor)(() => activeUri()?.startsWith('lambda://123456789012/us-east-1/layer/code-lib/2/nodejs/index.js'));
        const doc = vscode.window.activeTextEditor.document;
        assert.strictEqual(doc.getText(), 'exports.v = 2;\n');
        assert.strictEqual(doc.languageId, 'javascript');
        await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(doc.uri, Buffer.from('changed'))), /NoPermissions|read-?only/i);
    });
    it('Find File in Layer… picks among every path of the version and opens it', async () => {
        ui().script(['same.js']);
        const version = await (0, extensionApi_1.layerVersionNode)(api, 'code-lib', 2);
        await vscode.commands.executeCommand('lambdaExplorer.layer.findFile', version.node);
        await (0, waitFor_1.waitFor)(() => activeUri()?.endsWith('/code-lib/2/nodejs/util/same.js'));
        assert.strictEqual(vscode.window.activeTextEditor.document.getText(), 'same\n');
    });
    function activeDiff() {
        const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
        return input instanceof vscode.TabInputTextDiff ? input : undefined;
    }
    it('Compare with Previous Version: the changes list, then a diff editor between the two versions', async () => {
        ui().script(['$(diff-modified) nodejs/index.js', undefined]);
        const version = await (0, extensionApi_1.layerVersionNode)(api, 'code-lib', 2);
        await vscode.commands.executeCommand('lambdaExplorer.code.compareWithPrevious', version.node);
        const pick = ui().prompts.at(-1);
        assert.match(pick.title ?? '', /code-lib:1 ↔ code-lib:2: 1 modified, 1 added, 1 removed, 1 unchanged/);
        await (0, waitFor_1.waitFor)(() => activeDiff());
        const diff = activeDiff();
        assert.strictEqual(diff.original.toString(true), 'lambda://123456789012/us-east-1/layer/code-lib/1/nodejs/index.js');
        assert.strictEqual(diff.modified.toString(true), 'lambda://123456789012/us-east-1/layer/code-lib/2/nodejs/index.js');
    });
    it('Compare with Local Folder: the folder as it would be published (prefix, .layerignore) in a diff editor', async () => {
        const folder = path.join(work, 'lib');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'package.json'), '{"name":"code-lib"}');
        fs.writeFileSync(path.join(folder, 'index.js'), 'exports.v = 3;\n');
        fs.mkdirSync(path.join(folder, 'util'));
        fs.writeFileSync(path.join(folder, 'util', 'same.js'), 'same\n');
        fs.writeFileSync(path.join(folder, '.layerignore'), 'notes.txt\n');
        fs.writeFileSync(path.join(folder, 'notes.txt'), 'private');
        ui().script(['$(diff-modified) nodejs/index.js', undefined]);
        const version = await (0, extensionApi_1.layerVersionNode)(api, 'code-lib', 2);
        await vscode.commands.executeCommand('lambdaExplorer.code.compareWithFolder', version.node, vscode.Uri.file(folder));
        const pick = ui().prompts.at(-1);
        assert.match(pick.title ?? '', /code-lib:2 ↔ lib: 1 modified, 1 added, 1 removed, 1 unchanged/);
        assert.deepStrictEqual(pick.items.map((i) => i.label), [
            '$(diff-modified) nodejs/index.js',
            '$(diff-removed) nodejs/new.md',
            '$(diff-added) nodejs/package.json',
        ]);
        await (0, waitFor_1.waitFor)(() => activeDiff()?.modified.scheme === 'file');
        assert.strictEqual(activeDiff().modified.fsPath, path.join(folder, 'index.js'));
    });
    it('Download to Folder refuses a hostile archive (absolute path, .., symlink) with a clear message', async () => {
        const target = path.join(work, 'download');
        fs.mkdirSync(target);
        const version = await (0, extensionApi_1.layerVersionNode)(api, 'hostile', 1);
        await vscode.commands.executeCommand('lambdaExplorer.code.download', version.node, target);
        await (0, waitFor_1.waitFor)(() => ui().notifications.find((n) => n.level === 'error'));
        const error = ui().notifications.find((n) => n.level === 'error').message;
        assert.match(error, /Refused to extract: 3 entries would write outside the target folder or create a link/);
        assert.match(error, /"\/etc\/profile.d\/evil.sh" \(absolute path\)/);
        assert.match(error, /"nodejs\/..\/..\/escape.txt" \(parent folder \(..\)\)/);
        assert.match(error, /"nodejs\/link" \(symbolic link\)/);
        assert.deepStrictEqual(fs.readdirSync(target), []);
        assert.ok(!fs.existsSync(path.join(work, 'escape.txt')));
    });
    it('Download to Folder writes a normal version', async () => {
        const target = path.join(work, 'download-ok');
        fs.mkdirSync(target);
        const version = await (0, extensionApi_1.layerVersionNode)(api, 'code-lib', 1);
        await vscode.commands.executeCommand('lambdaExplorer.code.download', version.node, target);
        await (0, waitFor_1.waitFor)(() => fs.existsSync(path.join(target, 'nodejs/old.md')));
        assert.strictEqual(fs.readFileSync(path.join(target, 'nodejs/index.js'), 'utf8'), 'exports.v = 1;\n');
    });
    it('Import Function Code to Workspace… into a folder outside the workspace offers to open or add it', async () => {
        const arn = 'arn:aws:lambda:us-east-1:123456789012:function:imported-fn';
        await vscode.commands.executeCommand('lambdaExplorer.function.importCode', arn, work);
        const folder = path.join(work, 'imported-fn');
        assert.strictEqual(fs.readFileSync(path.join(folder, 'index.mjs'), 'utf8'), 'export const handler = async () => 1;\n');
        const offer = await (0, waitFor_1.waitFor)(() => ui().notifications.find((n) => n.message.startsWith('Imported imported-fn')));
        assert.deepStrictEqual(offer, {
            level: 'info',
            message: `Imported imported-fn:$LATEST: 1 file in ${folder}, outside the workspace. Open it?`,
            actions: ['Open', 'Open in New Window', 'Add to Workspace'],
        });
    });
});
//# sourceMappingURL=code.test.js.map