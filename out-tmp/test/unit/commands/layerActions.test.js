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
// Command flows for attach / detach / move / upgrade / bulk update / publish, with a scripted prompter, against
// the emulator through the real SDK adapter. Each checks the emulator's state afterwards.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const attachLayers_1 = require("../../../src/commands/attachLayers");
const attachToFunctions_1 = require("../../../src/commands/attachToFunctions");
const editAttachedLayer_1 = require("../../../src/commands/editAttachedLayer");
const publishFunctionVersion_1 = require("../../../src/commands/publishFunctionVersion");
const updateFunctionsToVersion_1 = require("../../../src/commands/updateFunctionsToVersion");
const prompter_1 = require("../../../src/ui/prompter");
const emulator_1 = require("../../emulator/emulator");
const zipArchive_1 = require("../../emulator/zipArchive");
const commandHarness_1 = require("../support/commandHarness");
const emulatorService_1 = require("../support/emulatorService");
const recorders_1 = require("../support/recorders");
const L = (name, v, account = '123456789012') => `arn:aws:lambda:us-east-1:${account}:layer:${name}:${v}`;
const SEED = {
    layers: [
        {
            name: 'lib',
            versions: [
                { compatibleRuntimes: ['nodejs22.x'] },
                { compatibleRuntimes: ['nodejs22.x'] },
                { compatibleRuntimes: ['nodejs22.x'], description: 'newest' },
            ],
        },
        { name: 'other', versions: [{}, {}] },
        { name: 'pyonly', versions: [{ compatibleRuntimes: ['python3.12'] }] },
        ...[1, 2, 3, 4, 5].map((i) => ({ name: `a${i}`, versions: [{}] })),
    ],
    functions: [
        { name: 'app', runtime: 'nodejs22.x', layers: ['other:1'] },
        { name: 'full', runtime: 'nodejs22.x', layers: ['a1:1', 'a2:1', 'a3:1', 'a4:1', 'a5:1'] },
        { name: 'img', packageType: 'Image', imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/img:1' },
        { name: 'ordered', runtime: 'nodejs22.x', layers: ['a1:1', 'lib:1', 'other:1'] },
        ...[1, 2, 3].map((i) => ({ name: `user-${i}`, runtime: 'nodejs22.x', layers: ['lib:1'] })),
        ...Array.from({ length: 14 }, (_, i) => ({
            name: `m-${String(i).padStart(2, '0')}`,
            runtime: 'nodejs22.x',
            layers: ['lib:2'],
        })),
    ],
};
describe('attach commands (scripted prompts, emulator)', function () {
    this.timeout(60_000);
    let emu;
    let lambda;
    let dir;
    let prompter;
    let notifier;
    let log;
    let fired;
    let deps;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attach-cmd-'));
        fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify(SEED));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    beforeEach(async () => {
        emu = await (0, emulator_1.startEmulator)({ seed: path.join(dir, 'seed.json'), updateDelayMs: 200 });
        lambda = (0, emulatorService_1.serviceFor)(emu, 1);
    });
    afterEach(async () => emu.stop());
    function makeDeps(answers, progress = new recorders_1.ImmediateProgress()) {
        const h = (0, commandHarness_1.makeCommandHarness)(emu, lambda, answers, { progress });
        ({ prompter, notifier, log, fired, deps } = h);
        return deps;
    }
    /** What ListFunctions says about one function (with its RevisionId), as a tree node holds it. */
    async function listed(name) {
        for await (const page of lambda.listFunctions()) {
            const f = page.items.find((x) => x.name === name);
            if (f)
                return f;
        }
        throw new Error(`not listed: ${name}`);
    }
    const layersOf = (name) => emu.state.functions.get(name)?.latest.layers;
    const updates = () => (0, emulatorService_1.callsOf)(emu, 'UpdateFunctionConfiguration');
    it('attaches a picked layer at its latest version, incompatible layers listed last with the reason', async () => {
        makeDeps([['lib'], 'Version 3']);
        await (0, attachLayers_1.attachLayers)(deps, await listed('app'));
        assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('lib', 3)]);
        assert.strictEqual(emu.state.functionConfiguration('app')?.LastUpdateStatus, 'Successful', 'waited for the update');
        const layerPick = prompter.picks[0];
        const labels = layerPick.items.map((i) => i.label);
        assert.ok(labels.indexOf('pyonly') > labels.indexOf('lib') && labels.indexOf('pyonly') > labels.indexOf('a5'), labels.join());
        assert.match(layerPick.items.find((i) => i.label === 'pyonly')?.detail ?? '', /Not compatible: runtimes python3\.12; the function runs: nodejs22\.x/);
        assert.strictEqual(labels.at(-1), 'Layer version ARN from another account…');
        const versionPick = prompter.picks[1];
        assert.strictEqual(versionPick.items[0]?.label, 'Version 3');
        assert.strictEqual(versionPick.items[0]?.picked, true, 'latest by default');
        assert.deepStrictEqual(fired, [{ kind: 'function', name: 'app', arn: (await listed('app')).arn }]);
        assert.match(notifier.shown[0]?.message ?? '', /^Added lib:3 at position 2: app$/);
    });
    it('a second version of an attached layer replaces it in place', async () => {
        makeDeps([['lib'], 'Version 3']);
        await (0, attachLayers_1.attachLayers)(deps, await listed('ordered'));
        assert.deepStrictEqual(layersOf('ordered'), [L('a1', 1), L('lib', 3), L('other', 1)]);
    });
    it('with 5 layers, asks which to detach, then attaches', async () => {
        makeDeps([['lib'], 'Version 3', ['a2:1']]);
        await (0, attachLayers_1.attachLayers)(deps, await listed('full'));
        assert.match(prompter.asked[2] ?? '', /at most 5 layers: choose 1 to detach from full/);
        assert.deepStrictEqual(layersOf('full'), [L('a1', 1), L('a3', 1), L('a4', 1), L('a5', 1), L('lib', 3)]);
    });
    it('checks a layer version ARN typed by the user with GetLayerVersionByArn', async () => {
        makeDeps([['Layer version ARN from another account…'], L('other', 2)]);
        await (0, attachLayers_1.attachLayers)(deps, await listed('user-1'));
        assert.deepStrictEqual(layersOf('user-1'), [L('lib', 1), L('other', 2)]);
        makeDeps([['Layer version ARN from another account…'], L('shared', 4, '210987654321')]);
        await assert.rejects((0, attachLayers_1.attachLayers)(deps, await listed('user-2')), /does not exist or is not shared with this account: arn:aws:lambda:us-east-1:210987654321:layer:shared:4/);
        assert.deepStrictEqual(layersOf('user-2'), [L('lib', 1)]);
    });
    it('refuses a container image function before any call', async () => {
        makeDeps([]);
        emu.resetCalls();
        await assert.rejects((0, attachLayers_1.attachLayers)(deps, await listed('img')), /container image function: img/);
        assert.strictEqual(emu.calls.filter((c) => c.operation !== 'ListFunctions').length, 0);
    });
    it('refuses code plus layers over 250 MB unzipped, read from the archives, before updating', async () => {
        const MB = 1024 * 1024;
        await lambda.publishLayerVersion({
            layerName: 'big1',
            content: { zipFile: (0, zipArchive_1.buildZipClaimingSize)('bin/a', 130 * MB) },
        });
        await lambda.publishLayerVersion({
            layerName: 'big2',
            content: { zipFile: (0, zipArchive_1.buildZipClaimingSize)('bin/b', 130 * MB) },
        });
        makeDeps([['big1', 'big2'], 'Version 1', 'Version 1']);
        emu.resetCalls();
        await assert.rejects((0, attachLayers_1.attachLayers)(deps, await listed('app')), /would be 260\.0 MB unzipped; AWS allows less than 250\.0 MB/);
        assert.strictEqual(updates(), 0);
        assert.ok((0, emulatorService_1.callsOf)(emu, 'DownloadCode') >= 3, 'sizes read from the download links');
    });
    it('412: shows what changed and re-applies the change on top when the user agrees', async () => {
        const stale = await listed('app');
        await lambda.updateFunctionConfiguration('app', { layers: [L('other', 1), L('a1', 1)] }); // a colleague
        await lambda.waitUntilUpdated('app');
        makeDeps([['lib'], 'Version 3', true]);
        await (0, attachLayers_1.attachLayers)(deps, stale);
        assert.match(prompter.asked[2] ?? '', /Somebody else changed the function since it was listed: app/);
        assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('a1', 1), L('lib', 3)], 'both changes kept');
        assert.match(notifier.shown.at(-1)?.message ?? '', /^Re-applied on top of a change by someone else \(added a1:1\); added lib:3 at position 3: app$/);
    });
    it("412: declining leaves the colleague's list as it is", async () => {
        const stale = await listed('app');
        await lambda.updateFunctionConfiguration('app', { layers: [] });
        await lambda.waitUntilUpdated('app');
        makeDeps([['lib'], 'Version 3', false]);
        await assert.rejects((0, attachLayers_1.attachLayers)(deps, stale), (e) => e instanceof prompter_1.Cancelled);
        assert.deepStrictEqual(layersOf('app'), []);
    });
    it('409: waits for the update in progress, then writes', async () => {
        emu.state.functions.get('user-3').latest.updatedAt = Date.now() + 1200;
        makeDeps([true]);
        const started = Date.now();
        await (0, editAttachedLayer_1.detachLayer)(deps, { fn: await listed('user-3'), arn: L('lib', 1) });
        assert.deepStrictEqual(layersOf('user-3'), []);
        assert.ok(emu.calls.some((c) => c.status === 409));
        assert.ok(Date.now() - started >= 1200);
    });
    it('detaches after a confirmation, moves up and down, and refuses a move past the edge before any call', async () => {
        makeDeps([true]);
        await (0, editAttachedLayer_1.detachLayer)(deps, { fn: await listed('ordered'), arn: L('lib', 1) });
        assert.deepStrictEqual(layersOf('ordered'), [L('a1', 1), L('other', 1)]);
        makeDeps([]);
        await (0, editAttachedLayer_1.moveLayer)(deps, 'up', { fn: await listed('ordered'), arn: L('other', 1) });
        assert.deepStrictEqual(layersOf('ordered'), [L('other', 1), L('a1', 1)]);
        await (0, editAttachedLayer_1.moveLayer)(deps, 'down', { fn: await listed('ordered'), arn: L('other', 1) });
        assert.deepStrictEqual(layersOf('ordered'), [L('a1', 1), L('other', 1)]);
        const before = updates();
        // Past the edge (the menu hides it; the palette may still ask): an answer, not an error, and no call.
        await (0, editAttachedLayer_1.moveLayer)(deps, 'down', { fn: await listed('ordered'), arn: L('other', 1) });
        assert.match(notifier.shown.at(-1)?.message ?? '', /other:1 is already last in the merge order of ordered/);
        assert.strictEqual(notifier.shown.at(-1)?.level, 'info');
        await (0, editAttachedLayer_1.moveLayer)(deps, 'up', { fn: await listed('ordered'), arn: L('a1', 1) });
        assert.match(notifier.shown.at(-1)?.message ?? '', /a1:1 is already first/);
        assert.strictEqual(updates(), before);
        makeDeps([false]);
        await assert.rejects((0, editAttachedLayer_1.detachLayer)(deps, { fn: await listed('ordered'), arn: L('a1', 1) }), (e) => e instanceof prompter_1.Cancelled);
        assert.deepStrictEqual(layersOf('ordered'), [L('a1', 1), L('other', 1)]);
    });
    it('upgrades an outdated attached layer to the latest version in place', async () => {
        makeDeps([]);
        await (0, editAttachedLayer_1.upgradeLayer)(deps, { fn: await listed('ordered'), arn: L('lib', 1) });
        assert.deepStrictEqual(layersOf('ordered'), [L('a1', 1), L('lib', 3), L('other', 1)]);
        await (0, editAttachedLayer_1.upgradeLayer)(deps, { fn: await listed('ordered'), arn: L('lib', 3) });
        assert.match(notifier.shown.at(-1)?.message ?? '', /already uses the latest version: lib:3/);
    });
    it('attaches a layer version to several functions from the layer version', async () => {
        makeDeps([['app', 'full'], ['a1:1']]);
        const v = (await lambda.getLayerVersion('lib', 2));
        const out = await (0, attachToFunctions_1.attachToFunctions)(deps, v);
        assert.deepStrictEqual(out.map((o) => [o.functionName, o.status]), [
            ['app', 'updated'],
            ['full', 'updated'],
        ]);
        assert.deepStrictEqual(layersOf('app'), [L('other', 1), L('lib', 2)]);
        assert.deepStrictEqual(layersOf('full'), [L('a2', 1), L('a3', 1), L('a4', 1), L('a5', 1), L('lib', 2)]);
        const fnPick = prompter.picks[0];
        assert.strictEqual(fnPick.items.at(-1)?.label, 'img', 'the image function is listed last');
        assert.match(fnPick.items.at(-1)?.detail ?? '', /container image functions cannot use layers/);
        assert.match(notifier.shown.at(-1)?.message ?? '', /^Attached to 2 of 2 functions: lib:2$/);
    });
    it('bulk "Update Functions to Version N…": all users pre-selected, report in the log and a summary', async () => {
        makeDeps(['Version 3', ['user-1', 'user-2', 'user-3', 'ordered']]);
        const from = (await lambda.getLayerVersion('lib', 1));
        const report = (await (0, updateFunctionsToVersion_1.updateFunctionsToVersion)(deps, from));
        const userPick = prompter.picks[1];
        assert.ok(userPick.items.every((i) => i.picked), 'all pre-selected');
        assert.strictEqual(userPick.items.length, 4);
        assert.strictEqual(report.counts.updated, 4);
        for (const n of ['user-1', 'user-2', 'user-3'])
            assert.deepStrictEqual(layersOf(n), [L('lib', 3)]);
        assert.deepStrictEqual(layersOf('ordered'), [L('a1', 1), L('lib', 3), L('other', 1)]);
        assert.ok(log.lines.includes('info   user-2: updated'), log.lines.join('\n'));
        assert.strictEqual(notifier.shown.at(-1)?.message, '4 updated, 0 already current, 0 skipped, 0 failed: lib:3');
        assert.deepStrictEqual(fired.flatMap((c) => (c.kind === 'functions' ? c.names : [])).length, 4, 'one change for all updated functions');
    });
    it('bulk update on a version no function ($LATEST) uses: says so before any question, no error', async () => {
        makeDeps([]);
        const from = (await lambda.getLayerVersion('other', 2));
        assert.strictEqual(await (0, updateFunctionsToVersion_1.updateFunctionsToVersion)(deps, from), undefined);
        assert.deepStrictEqual(notifier.shown.at(-1), {
            level: 'info',
            message: 'No function uses other:2: nothing to update.',
        });
        assert.deepStrictEqual(prompter.shown, []);
    });
    it('bulk: cancel stops new functions, the ones in flight finish; the report says what was done', async () => {
        const many = Array.from({ length: 14 }, (_, i) => `m-${String(i).padStart(2, '0')}`);
        makeDeps(['Version 3', many], new recorders_1.ImmediateProgress(150));
        const from = (await lambda.getLayerVersion('lib', 2));
        const report = (await (0, updateFunctionsToVersion_1.updateFunctionsToVersion)(deps, from));
        assert.strictEqual(report.cancelled, true);
        const notStarted = report.outcomes.filter((o) => o.reason === 'Cancelled before it started');
        assert.ok(notStarted.length >= 1 && notStarted.length < 14, `${notStarted.length} not started`);
        for (const o of report.outcomes) {
            assert.deepStrictEqual(layersOf(o.functionName), [o.status === 'updated' ? L('lib', 3) : L('lib', 2)], o.functionName);
            assert.ok(o.status === 'updated' || o.reason === 'Cancelled before it started', `${o.functionName}: ${o.status} ${o.reason}`);
        }
        assert.match(notifier.shown.at(-1)?.message ?? '', /^Cancelled; \d+ updated, 0 already current, \d+ skipped, 0 failed: lib:3$/);
        assert.strictEqual(notifier.shown.at(-1)?.level, 'warn');
    });
    it('publishes a version guarded by RevisionId and CodeSha256; on 412 asks, then publishes the current state', async () => {
        makeDeps(['release 1']);
        const v = await (0, publishFunctionVersion_1.publishFunctionVersion)(deps, await listed('app'));
        assert.strictEqual(v.version, '1');
        assert.strictEqual(emu.state.functions.get('app')?.versions.length, 1);
        assert.match(notifier.shown.at(-1)?.message ?? '', /^Published version 1: app$/);
        const stale = await listed('app');
        await lambda.updateFunctionConfiguration('app', { layers: [L('lib', 2)] });
        makeDeps(['release 2', true]);
        const v2 = await (0, publishFunctionVersion_1.publishFunctionVersion)(deps, stale);
        assert.strictEqual(v2.version, '2');
        assert.match(prompter.asked[1] ?? '', /changed since it was listed: app/);
        assert.deepStrictEqual(emu.state.functions.get('app')?.versions.at(-1)?.layers, [L('lib', 2)]);
    });
});
//# sourceMappingURL=layerActions.test.js.map