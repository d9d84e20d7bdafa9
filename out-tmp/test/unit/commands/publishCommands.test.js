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
// The publish-a-folder-as-a-layer flow with a scripted prompter, against the emulator through the real SDK
// adapter and a real S3Client: new layer, new version of an existing one, unchanged content, pre-flight
// failures, cancel mid-way (nothing published, multipart aborted, temp folders removed), the S3 path over 50 MB,
// and the follow-ups (copy grants, reveal).
const assert = __importStar(require("assert"));
const prompter_1 = require("../../../src/ui/prompter");
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const publishLayer_1 = require("../../../src/commands/publishLayer");
const packageAndUpload_1 = require("../../../src/commands/steps/packageAndUpload");
const runCommand_1 = require("../../../src/commands/runCommand");
const zipArchive_1 = require("../../emulator/zipArchive");
const emulatorService_1 = require("../support/emulatorService");
const publishSupport_1 = require("./publishSupport");
function blobNames(emu, codeId) {
    const blob = emu.state.blobs.get(codeId);
    assert.ok(blob, `no blob ${codeId}`);
    return (0, zipArchive_1.readZipSummary)(blob.data).names;
}
describe('publish a folder as a layer (scripted prompts, emulator)', function () {
    this.timeout(120_000);
    const fx = (0, publishSupport_1.usePublishFixture)('publish-test-', 100);
    it('publishes a Node folder as a new layer under nodejs/, honouring .layerignore, with proposals from package.json', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const before = (0, publishSupport_1.tempDirsLeft)();
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'New layer…',
            'team-utils',
            'nodejs/',
            ['nodejs22.x', 'nodejs24.x'],
            ['x86_64', 'arm64'],
            'Team helpers',
            'MIT',
            'Publish',
        ]);
        const out = await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
        assert.strictEqual(out.status, 'published');
        assert.strictEqual(out.version?.version, 1);
        const v = fx.emu.state.layerVersion('team-utils', 1);
        assert.ok(v, 'version 1 exists in the emulator');
        assert.deepStrictEqual([...v.compatibleRuntimes].sort(), ['nodejs22.x', 'nodejs24.x']);
        assert.deepStrictEqual(v.compatibleArchitectures, ['x86_64', 'arm64']);
        assert.strictEqual(v.licenseInfo, 'MIT');
        assert.strictEqual(v.description, 'Team helpers');
        assert.strictEqual(v.codeSha256, out.codeSha256, 'the CodeSha256 AWS computed is the one we computed locally');
        const names = blobNames(fx.emu, v.codeId);
        assert.ok(names.includes('nodejs/index.js') && names.includes('nodejs/package.json'), names.join(','));
        assert.ok(names.includes('nodejs/node_modules/left-pad/index.js'), names.join(','));
        assert.ok(!names.some((n) => n.endsWith('.test.js') || n.endsWith('.md') || n.includes('.layerignore')), `excluded by .layerignore: ${names.join(',')}`);
        // What the user was shown: the layout reason, the proposals, and the runtime list with deprecated ones marked.
        const layout = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'python/'));
        assert.ok(layout?.items[0]?.label === 'nodejs/' && /package\.json found/.test(layout.items[0].description ?? ''), JSON.stringify(layout?.items[0]));
        const runtimes = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'nodejs22.x'));
        assert.ok(runtimes.items.find((i) => i.label === 'nodejs24.x')?.picked, 'current runtimes of the family are pre-selected');
        assert.ok(/deprecated/.test(runtimes.items.find((i) => i.label === 'nodejs16.x')?.description ?? ''), 'deprecated runtimes are marked');
        const firstDeprecated = runtimes.items.findIndex((i) => /deprecated/.test(i.description ?? ''));
        assert.ok(runtimes.items.slice(firstDeprecated).every((i) => /deprecated/.test(i.description ?? '')), 'current runtimes come first');
        assert.strictEqual(h.prompter.inputs[0]?.value, 'shared-utils', 'the new name is proposed from the folder');
        assert.ok(/Helpers shared by the Node functions/.test(h.prompter.inputs[1]?.value ?? ''), 'description from package.json');
        assert.strictEqual(h.prompter.inputs[2]?.value, 'MIT', 'license from package.json');
        // After: the change is fired, the new version revealed, the user told; temp folders are gone.
        assert.ok(h.fired.some((c) => c.kind === 'layerVersion' && c.name === 'team-utils' && c.version === 1));
        assert.deepStrictEqual(h.revealed, [v.arn]);
        assert.ok(h.notifier.shown.some((m) => m.level === 'info' && m.message.startsWith('Published team-utils version 1')));
        assert.deepStrictEqual((0, publishSupport_1.tempDirsLeft)(), before);
    });
    it('rejects an invalid new layer name as you type', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/py-helpers', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['New layer…', 'bad name!']);
        await assert.rejects((0, publishLayer_1.publishLayerFromFolder)(h.deps, folder), /invalid input.*Use letters, digits, hyphens and underscores only: " "/);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 0);
    });
    it('says "unchanged" instead of publishing the same content again, and publishes anyway when asked', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/py-helpers', fx.work);
        const first = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'New layer…',
            'py-helpers',
            'python/',
            ['python3.12'],
            ['x86_64'],
            '',
            '',
            'Publish',
        ]);
        const a = await (0, publishLayer_1.publishLayerFromFolder)(first.deps, folder);
        assert.strictEqual(a.version?.version, 1);
        assert.ok(blobNames(fx.emu, fx.emu.state.layerVersion('py-helpers', 1).codeId).includes('python/py_helpers/__init__.py'));
        const again = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'py-helpers',
            'python/',
            ['python3.12'],
            ['x86_64'],
            '',
            '',
            'Publish',
            false,
        ]);
        const b = await (0, publishLayer_1.publishLayerFromFolder)(again.deps, folder);
        assert.strictEqual(b.status, 'unchanged');
        assert.strictEqual(b.codeSha256, a.codeSha256, 'identical input gives an identical CodeSha256');
        assert.strictEqual(fx.emu.state.layers.get('py-helpers')?.versions.size, 1, 'no duplicate version');
        assert.ok(again.notifier.shown.some((m) => /Not published: the content is the same/.test(m.message)));
        assert.ok(again.prompter.asked.some((t) => /^Unchanged: .*version 1/.test(t)));
        const anyway = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'py-helpers',
            'python/',
            ['python3.12'],
            ['x86_64'],
            '',
            '',
            'Publish',
            true,
        ]);
        const c = await (0, publishLayer_1.publishLayerFromFolder)(anyway.deps, folder);
        assert.strictEqual(c.version?.version, 2);
    });
    it("publishes a new version of an existing layer from its node, then copies the previous version's grants", async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        // The layer node's "Publish New Version…": no name question; runtimes/architectures pre-selected from v8.
        const root = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, []).deps.explorer.layersRoot;
        const node = (await root.children({ signal: new AbortController().signal })).find((n) => n.id.endsWith(':layer:shared-utils'));
        assert.ok(node);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['nodejs/', ['nodejs22.x'], ['x86_64'], 'v9', 'MIT', 'Publish'], {
            notifierAnswer: publishLayer_1.COPY_GRANTS_ACTION,
            folder,
        });
        const out = await (0, publishLayer_1.publishLayerVersionFromNode)(h.deps, node);
        assert.strictEqual(out.version?.version, 9);
        assert.strictEqual(out.previous, 8);
        assert.ok(h.prompter.picks.every((p) => !p.items.some((i) => i.label === 'New layer…')), 'no layer name question');
        const rt = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'nodejs22.x'));
        const v8 = fx.emu.state.layerVersion('shared-utils', 8);
        assert.deepStrictEqual(rt.items
            .filter((i) => i.picked)
            .map((i) => i.label)
            .sort(), [...v8.compatibleRuntimes].sort(), 'pre-selected from the previous version');
        await h.settled();
        assert.deepStrictEqual(h.ran.map((r) => r.id), ['lambdaExplorer.layerVersion.copyGrants'], 'the follow-up runs as its own command');
        const v9 = fx.emu.state.layerVersion('shared-utils', 9);
        assert.deepStrictEqual(v9.policy.statements.map((s) => JSON.stringify(s.Principal)), v8.policy.statements.map((s) => JSON.stringify(s.Principal)), 'grants of v8 copied to v9');
        assert.ok(v8.policy.statements.length > 0);
    });
    it('stops before any upload with a clear message: empty folder, escaping symlink, nothing left after exclusions', async () => {
        const empty = path.join(fx.work, 'empty');
        fs.mkdirSync(empty);
        const h1 = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['New layer…', 'x1']);
        await assert.rejects((0, publishLayer_1.publishLayerFromFolder)(h1.deps, empty), (e) => e instanceof packageAndUpload_1.PreflightError && /The folder is empty: /.test(e.message));
        const linked = path.join(fx.work, 'linked');
        fs.mkdirSync(linked);
        fs.writeFileSync(path.join(linked, 'a.js'), 'x');
        fs.symlinkSync('/etc/hostname', path.join(linked, 'outside'));
        // An escaping symlink: the publish asks whether to leave it out (dismissed here: nothing is published).
        const h2 = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [undefined]);
        await assert.rejects((0, publishLayer_1.publishLayerFromFolder)(h2.deps, linked), (e) => e instanceof prompter_1.Cancelled);
        assert.match(h2.prompter.picks[0].placeholder ?? '', /^1 symlink cannot be packaged .*: outside$/);
        const ignored = path.join(fx.work, 'ignored');
        fs.mkdirSync(ignored);
        fs.writeFileSync(path.join(ignored, 'a.md'), 'x');
        fs.writeFileSync(path.join(ignored, '.layerignore'), '*.md\n');
        const h3 = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['New layer…', 'x3']);
        await assert.rejects((0, publishLayer_1.publishLayerFromFolder)(h3.deps, ignored), /Nothing left to package after exclusions/);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 0);
        // Through the boundary, the user sees the message once.
        const h4 = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['New layer…', 'x4']);
        await (0, runCommand_1.runCommand)('lambdaExplorer.folder.publishLayer', 'Publish folder as Lambda layer', h4.deps, () => (0, publishLayer_1.publishLayerFromFolder)(h4.deps, empty));
        assert.deepStrictEqual(h4.notifier.shown.map((m) => m.level), ['error']);
        assert.match(h4.notifier.shown[0].message, /^Publish folder as Lambda layer failed: The folder is empty: /);
    });
    it('a dismissed question stops silently before anything is packaged', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['New layer…', 'team-utils', 'nodejs/', undefined]);
        const r = await (0, runCommand_1.runCommand)('id', 'Publish', h.deps, () => (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder));
        assert.strictEqual(r, undefined);
        assert.deepStrictEqual(h.notifier.shown, []);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 0);
    });
    it('cancel while compressing: no version published, temp folder removed', async () => {
        const folder = path.join(fx.work, 'big');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'requirements.txt'), 'x\n');
        for (let i = 0; i < 6; i++)
            fs.writeFileSync(path.join(folder, `blob${i}.bin`), (0, crypto_1.randomBytes)(4 * 1024 * 1024));
        const before = (0, publishSupport_1.tempDirsLeft)();
        const progress = new publishSupport_1.CancellingProgress((m) => /^Compressing \([1-9]/.test(m));
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['New layer…', 'big', 'python/', [], [], '', '', 'Publish'], {
            progress,
        });
        const r = await (0, runCommand_1.runCommand)('lambdaExplorer.folder.publishLayer', 'Publish', h.deps, () => (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder));
        assert.strictEqual(r, undefined, 'cancelled silently');
        assert.deepStrictEqual(h.notifier.shown, []);
        assert.ok(progress.steps.some((s) => s.startsWith('Compressing (')), progress.steps.join('|'));
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 0);
        assert.strictEqual(fx.emu.state.layers.get('big'), undefined);
        assert.deepStrictEqual((0, publishSupport_1.tempDirsLeft)(), before);
    });
    it('over 50 MB zipped: uploads through S3 with a multipart upload, then publishes from the bucket', async () => {
        const folder = path.join(fx.work, 'large');
        fs.mkdirSync(path.join(folder, 'python'), { recursive: true });
        fs.writeFileSync(path.join(folder, 'python', 'model.bin'), (0, crypto_1.randomBytes)(52 * 1024 * 1024));
        await (0, publishSupport_1.createBucket)(fx.emu, 'artifacts');
        const before = (0, publishSupport_1.tempDirsLeft)();
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['New layer…', 'model', 'Keep paths (no prefix)', ['python3.12'], ['x86_64'], '', '', 'Publish'], { bucket: 'artifacts' });
        const out = await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
        assert.strictEqual(out.status, 'published');
        assert.ok(out.viaS3);
        const v = fx.emu.state.layerVersion('model', 1);
        assert.ok(v.codeSize > 50 * 1024 * 1024, `zipped ${v.codeSize}`);
        assert.strictEqual(v.codeSha256, out.codeSha256);
        assert.ok((0, emulatorService_1.callsOf)(fx.emu, 'UploadPart') >= 7, 'multipart in 8 MiB parts');
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'CompleteMultipartUpload'), 1);
        const key = `lambda-explorer/layers/model/${Buffer.from(out.codeSha256, 'base64').toString('hex')}.zip`;
        assert.strictEqual(fx.emu.state.s3.getObject('artifacts', key)?.data.length, v.codeSize);
        assert.ok(h.log.lines.some((l) => /must be uploaded through an S3 bucket/.test(l)));
        assert.deepStrictEqual((0, publishSupport_1.tempDirsLeft)(), before);
    });
    it('asks for a bucket when none is set, and cancel during the S3 upload aborts the multipart upload', async () => {
        const folder = path.join(fx.work, 'large2');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'data.bin'), (0, crypto_1.randomBytes)(52 * 1024 * 1024));
        await (0, publishSupport_1.createBucket)(fx.emu, 'asked-bucket');
        const before = (0, publishSupport_1.tempDirsLeft)();
        const progress = new publishSupport_1.CancellingProgress((m) => /^Uploading to s3:\/\/asked-bucket \([1-9]/.test(m));
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['New layer…', 'data', 'Keep paths (no prefix)', [], [], '', '', 'Publish', 'asked-bucket'], { progress });
        const r = await (0, runCommand_1.runCommand)('id', 'Publish', h.deps, () => (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder));
        assert.strictEqual(r, undefined);
        assert.deepStrictEqual(h.notifier.shown, [], 'a cancel is silent');
        assert.ok(h.prompter.inputs.some((i) => i.title === 'S3 Bucket for Large Archives'));
        assert.ok((0, emulatorService_1.callsOf)(fx.emu, 'UploadPart') >= 1);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'AbortMultipartUpload'), 1, 'the multipart upload is aborted');
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'CompleteMultipartUpload'), 0);
        assert.deepStrictEqual((0, publishSupport_1.objectKeys)(fx.emu, 'asked-bucket'), [], 'nothing left in the bucket');
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 0);
        assert.deepStrictEqual((0, publishSupport_1.tempDirsLeft)(), before);
    });
});
//# sourceMappingURL=publishCommands.test.js.map