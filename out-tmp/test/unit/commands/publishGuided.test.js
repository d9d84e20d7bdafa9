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
// Publishing a folder as guided input: "Step k of n" on every question, Back on every step, a last step that
// sums the plan up, and the answers remembered per folder so that publishing it again is one confirmation.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const publishLayer_1 = require("../../../src/commands/publishLayer");
const emulatorService_1 = require("../support/emulatorService");
const recorders_1 = require("../support/recorders");
const publishSupport_1 = require("./publishSupport");
const FIRST = publishSupport_1.TEAM_UTILS_ANSWERS;
describe('publish a folder: guided input and remembered answers', function () {
    this.timeout(60_000);
    const fx = (0, publishSupport_1.usePublishFixture)('guided-test-');
    it('the first time: 8 numbered steps ending in a summary; the second time: one confirmation', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const first = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [...FIRST]);
        const a = await (0, publishLayer_1.publishLayerFromFolder)(first.deps, folder);
        assert.strictEqual(a.version?.version, 1);
        assert.deepStrictEqual(first.prompter.shown.map((t) => /\[(\d+\/\d+)\]$/.exec(t)?.[1]), ['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8'], first.prompter.shown.join(' | '));
        const summary = first.prompter.picks.at(-1);
        assert.strictEqual(summary.items[0].label, 'Publish');
        assert.strictEqual(summary.items[0].description, 'New layer team-utils');
        assert.deepStrictEqual(summary.items.slice(1).map((i) => i.label.replace(/^\$\([a-z-]+\) /, '')), [
            'New layer team-utils',
            `4 files, ${/\d+ B/.exec(summary.items[2].label)?.[0]}, under /opt/nodejs/`,
            'Runtimes: nodejs22.x',
            'Architectures: x86_64',
            'Description: Team helpers',
            'License: MIT',
        ], 'one row per answer, so nothing is cut off');
        // Change the content, publish the same folder again: one prompt, everything as before.
        fs.appendFileSync(path.join(folder, 'index.js'), '\n// v2\n');
        const second = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['Publish'], { memory: first.memory });
        const b = await (0, publishLayer_1.publishLayerFromFolder)(second.deps, folder);
        assert.strictEqual(second.prompter.shown.length, 1, second.prompter.shown.join(' | '));
        assert.ok(second.prompter.picks[0].items.some((i) => i.label === '$(layers) New version of team-utils'), 'last time’s answers are shown, as a new version of the layer published then');
        assert.strictEqual(b.version?.version, 2);
        const v2 = fx.emu.state.layerVersion('team-utils', 2);
        assert.deepStrictEqual(v2.compatibleRuntimes, ['nodejs22.x']);
        assert.strictEqual(v2.description, 'Team helpers');
        assert.strictEqual(v2.licenseInfo, 'MIT');
    });
    it('Back on any step returns to the previous one with its answer filled in', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'New layer…',
            'team-utils',
            'nodejs/',
            recorders_1.BACK, // at runtimes → layout
            recorders_1.BACK, // at layout → the new name, showing team-utils
            'team-x',
            'nodejs/',
            ['nodejs22.x'],
            ['arm64'],
            'Helpers',
            'MIT',
            recorders_1.BACK, // at the summary → license
            'Apache-2.0',
            'Publish',
        ]);
        const out = await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
        assert.strictEqual(out.layerName, 'team-x');
        const names = h.prompter.inputs.filter((i) => /^Name of the new layer/.test(i.prompt ?? ''));
        assert.deepStrictEqual(names.map((i) => i.value), ['shared-utils', 'team-utils'], 'the name step shows the earlier answer after Back');
        const licenses = h.prompter.inputs.filter((i) => /^License/.test(i.prompt ?? ''));
        assert.deepStrictEqual(licenses.map((i) => i.value), ['MIT', 'MIT']);
        const v = fx.emu.state.layerVersion('team-x', 1);
        assert.strictEqual(v.licenseInfo, 'Apache-2.0');
        assert.deepStrictEqual(v.compatibleArchitectures, ['arm64']);
        assert.strictEqual(fx.emu.state.layers.get('team-utils'), undefined, 'nothing published under the first name');
    });
    it('picking a line of the summary goes to that question and comes straight back to the summary', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            ...FIRST.slice(0, -1),
            '$(symbol-event) Runtimes: nodejs22.x',
            ['nodejs22.x', 'nodejs24.x'],
            'Publish',
        ]);
        await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
        const shown = h.prompter.shown.map((t) => /\[(\d+\/\d+)\]$/.exec(t)?.[1]);
        assert.deepStrictEqual(shown, ['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8', '4/8', '8/8']);
        const again = h.prompter.picks.filter((p) => p.items.some((i) => i.label === 'nodejs22.x'))[1];
        assert.deepStrictEqual(again.items.filter((i) => i.picked).map((i) => i.label), ['nodejs22.x'], 'the question shows the answer being changed');
        const v = fx.emu.state.layerVersion('team-utils', 1);
        assert.deepStrictEqual([...v.compatibleRuntimes].sort(), ['nodejs22.x', 'nodejs24.x']);
        assert.strictEqual(v.description, 'Team helpers', 'the later answers stand');
    });
    it('"Change Answers…" walks the steps again with the last answers filled in; other folders start fresh', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const first = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [...FIRST]);
        await (0, publishLayer_1.publishLayerFromFolder)(first.deps, folder);
        fs.appendFileSync(path.join(folder, 'index.js'), '\n// v2\n');
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'Change Answers…',
            'team-utils',
            'nodejs/',
            ['nodejs22.x', 'nodejs24.x'],
            ['x86_64'],
            'Team helpers',
            'MIT',
            'Publish',
        ], { memory: first.memory });
        const out = await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
        assert.strictEqual(out.version?.version, 2);
        const runtimes = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'nodejs22.x'));
        assert.deepStrictEqual(runtimes.items.filter((i) => i.picked).map((i) => i.label), ['nodejs22.x'], 'last time’s runtimes are pre-selected');
        assert.strictEqual(h.prompter.inputs.find((i) => /^Description/.test(i.prompt ?? ''))?.value, 'Team helpers');
        assert.deepStrictEqual([...fx.emu.state.layerVersion('team-utils', 2).compatibleRuntimes].sort(), [
            'nodejs22.x',
            'nodejs24.x',
        ]);
        // Another folder has no remembered answers: the whole guided input.
        const other = (0, publishSupport_1.copyFixture)('layers/py-helpers', fx.work);
        const fresh = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [undefined], { memory: first.memory });
        await assert.rejects((0, publishLayer_1.publishLayerFromFolder)(fresh.deps, other));
        assert.deepStrictEqual(fresh.prompter.shown.slice(0, 1), [`${'Publish Folder as Lambda Layer'} [1/8]`]);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 2);
    });
    it('re-publishing unchanged content: the question comes after the progress ended, as a modal', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const first = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [...FIRST]);
        await (0, publishLayer_1.publishLayerFromFolder)(first.deps, folder);
        const again = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['Publish', false], { memory: first.memory });
        const r = await (0, publishLayer_1.publishLayerFromFolder)(again.deps, folder);
        assert.strictEqual(r.status, 'unchanged');
        assert.strictEqual(again.prompter.shown.length, 2, again.prompter.shown.join(' | '));
        assert.match(again.prompter.shown[1], /^Unchanged: the folder's content is the same as team-utils version 1/);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 1);
    });
});
//# sourceMappingURL=publishGuided.test.js.map