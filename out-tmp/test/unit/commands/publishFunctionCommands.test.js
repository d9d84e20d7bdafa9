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
// Create a function from a folder and deploy a folder to a function, with a scripted prompter, against the
// emulator through the real SDK adapter: handler proposal, deprecated runtime refused, waits for Active /
// Successful, RevisionId guard, unchanged content, publish a version afterwards, cancel mid-way.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const createFunction_1 = require("../../../src/commands/createFunction");
const deployFunction_1 = require("../../../src/commands/deployFunction");
const prompter_1 = require("../../../src/ui/prompter");
const runCommand_1 = require("../../../src/commands/runCommand");
const zipArchive_1 = require("../../emulator/zipArchive");
const emulatorService_1 = require("../support/emulatorService");
const publishSupport_1 = require("./publishSupport");
const ROLE = 'arn:aws:iam::123456789012:role/lambda-basic';
describe('functions from a folder (scripted prompts, emulator)', function () {
    this.timeout(60_000);
    const fx = (0, publishSupport_1.usePublishFixture)('fn-publish-test-', 300);
    it('creates a Node function with the proposed handler, waits until Active, with a layer', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/orders-api', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'orders-v2',
            'nodejs22.x',
            'index.handler',
            ROLE,
            'arm64',
            '256',
            '10',
            ['shared-utils'],
        ]);
        const out = await (0, createFunction_1.createFunctionFromFolder)(h.deps, folder);
        assert.strictEqual(out.configuration.state, 'Active', 'waited until Active');
        const fn = fx.emu.state.functions.get('orders-v2').latest;
        assert.strictEqual(fn.runtime, 'nodejs22.x');
        assert.strictEqual(fn.handler, 'index.handler');
        assert.deepStrictEqual(fn.architectures, ['arm64']);
        assert.strictEqual(fn.memorySize, 256);
        assert.strictEqual(fn.timeout, 10);
        assert.strictEqual(fn.layers.length, 1);
        assert.match(fn.layers[0], /:layer:shared-utils:\d+$/);
        const names = (0, zipArchive_1.readZipSummary)(fx.emu.state.blobs.get(fn.codeId).data).names;
        assert.deepStrictEqual(names, ['index.js', 'package.json'], 'function code keeps its paths');
        const handler = h.prompter.inputs.find((i) => /^Handler/.test(i.prompt ?? ''));
        assert.strictEqual(handler.value, 'index.handler');
        assert.match(handler.prompt ?? '', /exported handler in index\.js/);
        const runtimes = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'nodejs22.x'));
        assert.strictEqual(runtimes.items.some((i) => i.label === 'nodejs16.x'), false, 'runtimes blocked for create are not offered');
        assert.match(runtimes.items[0].description ?? '', /matches the folder/);
        assert.ok(h.fired.some((c) => c.kind === 'function' && c.name === 'orders-v2'));
    });
    it('proposes the Python handler from def handler(event, context) in app.py', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/thumbnailer', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'thumbs',
            'python3.12',
            'app.handler',
            ROLE,
            'x86_64',
            '128',
            '3',
            [],
        ]);
        await (0, createFunction_1.createFunctionFromFolder)(h.deps, folder);
        assert.strictEqual(h.prompter.inputs.find((i) => /^Handler/.test(i.prompt ?? ''))?.value, 'app.handler');
        assert.strictEqual(fx.emu.state.functions.get('thumbs')?.latest.handler, 'app.handler');
    });
    it('refuses a deprecated runtime as AWS would, and an invalid role ARN as you type', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/orders-api', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['old-fn', 'nodejs16.x']);
        await assert.rejects((0, createFunction_1.createFunctionFromFolder)(h.deps, folder), /Node\.js 16 is deprecated: AWS blocks creating .*: nodejs16\.x/);
        const h2 = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['fn2', 'nodejs22.x', 'index.handler', 'lambda-basic']);
        await assert.rejects((0, createFunction_1.createFunctionFromFolder)(h2.deps, folder), /Enter the role's ARN/);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'CreateFunction'), 0);
    });
    it('deploys a folder to a function (RevisionId-guarded), waits for Successful, then publishes a version', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/orders-api', fx.work);
        const before = fx.emu.state.functions.get('orders-api');
        const versionsBefore = before.versions.length;
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['orders-api', 'Deploy to orders-api and publish a version']);
        const out = await (0, deployFunction_1.deployFolderToFunction)(h.deps, folder);
        assert.strictEqual(out.status, 'deployed');
        assert.strictEqual(out.configuration?.lastUpdateStatus, 'Successful', 'waited for the update');
        const after = fx.emu.state.functions.get('orders-api');
        assert.deepStrictEqual((0, zipArchive_1.readZipSummary)(fx.emu.state.blobs.get(after.latest.codeId).data).names, [
            'index.js',
            'package.json',
        ]);
        assert.strictEqual(after.versions.length, versionsBefore + 1);
        assert.strictEqual(out.publishedVersion, after.versions.at(-1).version);
        assert.strictEqual(after.versions.at(-1).codeSha256, after.latest.codeSha256);
        assert.ok(h.notifier.shown.some((m) => /^Deployed and published version \d+ of orders-api/.test(m.message)));
        const first = h.prompter.picks[0];
        assert.strictEqual(first.items[0].label, 'orders-api', 'the function named like the folder comes first');
        // The confirmation names the function, what replaces its code, and whether the folder provides its handler.
        const confirm = h.prompter.picks[1];
        assert.match(confirm.placeholder ?? '', /^Replace the code of orders-api \(nodejs\S*\) with orders-api: 2 files, /);
        assert.strictEqual(confirm.items[0].detail, 'Handler index.handler: index.js provides handler');
        // The same folder again: unchanged, nothing sent.
        const again = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['Deploy to orders-api', false]);
        const r = await (0, deployFunction_1.deployFolderToFunction)(again.deps, folder, 'orders-api');
        assert.strictEqual(r.status, 'unchanged');
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'UpdateFunctionCode'), 1);
    });
    it('asks before deploying over a change made since the function was read, and stops on no', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/orders-api', fx.work);
        const codeBefore = fx.emu.state.functions.get('orders-api').latest.codeSha256;
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['Deploy to orders-api', false]);
        // Someone else changes the function while the user answers the question.
        const pick = h.prompter.pick.bind(h.prompter);
        h.prompter.pick = async (items, opts) => {
            await fx.lambda.updateFunctionConfiguration('orders-api', { description: 'changed elsewhere' });
            await fx.lambda.waitUntilUpdated('orders-api');
            return pick(items, opts);
        };
        await assert.rejects((0, deployFunction_1.deployFolderToFunction)(h.deps, folder, 'orders-api'), (e) => e instanceof prompter_1.Cancelled);
        assert.ok(h.prompter.asked.some((t) => /^The function changed since it was read .*: orders-api$/.test(t)));
        assert.strictEqual(fx.emu.state.functions.get('orders-api').latest.description, 'changed elsewhere');
        assert.strictEqual(fx.emu.state.functions.get('orders-api').latest.codeSha256, codeBefore, 'code not replaced');
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'UpdateFunctionCode'), 1, 'one guarded attempt, refused with 412');
        // Asked again and answered yes: the folder goes on top of the other change.
        const yes = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['Deploy to orders-api', true]);
        const pickYes = yes.prompter.pick.bind(yes.prompter);
        yes.prompter.pick = async (items, opts) => {
            await fx.lambda.updateFunctionConfiguration('orders-api', { description: 'changed again' });
            await fx.lambda.waitUntilUpdated('orders-api');
            return pickYes(items, opts);
        };
        const out = await (0, deployFunction_1.deployFolderToFunction)(yes.deps, folder, 'orders-api');
        assert.strictEqual(out.status, 'deployed');
        assert.notStrictEqual(fx.emu.state.functions.get('orders-api').latest.codeSha256, codeBefore);
        assert.strictEqual(fx.emu.state.functions.get('orders-api').latest.description, 'changed again');
    });
    it("warns in the confirmation when the folder does not provide the function's handler", async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/thumbnailer', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [undefined]);
        await assert.rejects((0, deployFunction_1.deployFolderToFunction)(h.deps, folder, 'orders-api'), (e) => e instanceof prompter_1.Cancelled);
        assert.match(h.prompter.picks[0].items[0].detail ?? '', /Handler index\.handler: the folder has no index\.js, so the function would fail to start/);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'UpdateFunctionCode'), 0, 'nothing deployed without a yes');
    });
    it('with the handler warning, the first item (what Enter picks) keeps the function as it is', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/thumbnailer', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['Keep orders-api as it is']);
        await assert.rejects((0, deployFunction_1.deployFolderToFunction)(h.deps, folder, 'orders-api'), (e) => e instanceof prompter_1.Cancelled);
        const items = h.prompter.picks[0].items.map((i) => i.label);
        assert.deepStrictEqual(items, [
            'Keep orders-api as it is',
            'Deploy to orders-api',
            'Deploy to orders-api and publish a version',
        ]);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'UpdateFunctionCode'), 0);
    });
    it('cancel while compressing leaves the function as it was', async () => {
        const folder = path.join(fx.work, 'big-fn');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'index.js'), 'exports.handler = async () => 1;\n');
        for (let i = 0; i < 4; i++)
            fs.writeFileSync(path.join(folder, `blob${i}.bin`), Buffer.alloc(4 * 1024 * 1024, i));
        const sha = fx.emu.state.functions.get('orders-api').latest.codeSha256;
        const dirs = (0, publishSupport_1.tempDirsLeft)();
        const progress = new publishSupport_1.CancellingProgress((m) => /^Compressing \([1-9]/.test(m));
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['Deploy to orders-api'], { progress });
        const r = await (0, runCommand_1.runCommand)('lambdaExplorer.folder.deployFunction', 'Deploy', h.deps, () => (0, deployFunction_1.deployFolderToFunction)(h.deps, folder, 'orders-api'));
        assert.strictEqual(r, undefined);
        assert.deepStrictEqual(h.notifier.shown, []);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'UpdateFunctionCode'), 0);
        assert.strictEqual(fx.emu.state.functions.get('orders-api').latest.codeSha256, sha);
        assert.deepStrictEqual((0, publishSupport_1.tempDirsLeft)(), dirs);
    });
});
//# sourceMappingURL=publishFunctionCommands.test.js.map