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
// The publish questions a new user meets: the runtimes of the detected layout are preselected.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const layerLayout_1 = require("../../../src/layers/zip/layerLayout");
const publishLayer_1 = require("../../../src/commands/publishLayer");
const runtimes_1 = require("../../../src/layers/runtimes");
const publishLayerPlan_1 = require("../../../src/commands/publishLayerPlan");
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const prompter_1 = require("../../../src/ui/prompter");
const publishSupport_1 = require("./publishSupport");
const files = (...paths) => paths.map((p) => ({ path: p }));
describe('publish a folder: what the questions propose', function () {
    this.timeout(60_000);
    const fx = (0, publishSupport_1.usePublishFixture)('publish-ux-test-');
    it('knows the runtime family from the prefix, the marker file, or the layer folders already there', () => {
        assert.deepStrictEqual((0, layerLayout_1.layerFamilies)(files('python/helpers/__init__.py'), undefined), ['python']);
        assert.deepStrictEqual((0, layerLayout_1.layerFamilies)(files('nodejs/node_modules/x/index.js'), undefined), ['nodejs']);
        assert.deepStrictEqual((0, layerLayout_1.layerFamilies)(files('nodejs/a.js', 'python/b.py'), undefined).sort(), [
            'nodejs',
            'python',
        ]);
        assert.deepStrictEqual((0, layerLayout_1.layerFamilies)(files('package.json', 'index.js'), undefined), ['nodejs']);
        assert.deepStrictEqual((0, layerLayout_1.layerFamilies)(files('package.json', 'x.py'), 'python/'), ['python']);
        assert.deepStrictEqual((0, layerLayout_1.layerFamilies)(files('README.txt'), undefined), []);
    });
    it('a folder already laid out as python/ preselects the current Python runtimes', async () => {
        const folder = path.join(fx.work, 'site-layer');
        fs.mkdirSync(path.join(folder, 'python', 'helpers'), { recursive: true });
        fs.writeFileSync(path.join(folder, 'python', 'helpers', '__init__.py'), 'X = 1\n');
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'New layer…',
            'site-layer',
            'Keep paths (no prefix)',
            undefined,
        ]);
        await assert.rejects((0, publishLayer_1.publishLayerFromFolder)(h.deps, folder), prompter_1.Cancelled);
        const runtimes = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'python3.12'));
        assert.ok(runtimes, h.prompter.shown.join(' | '));
        const picked = runtimes.items.filter((i) => i.picked).map((i) => i.label);
        const currentPython = (0, runtimes_1.runtimesForPicker)()
            .filter((r) => r.info?.family === 'python' && r.status === 'current')
            .map((r) => r.info.id);
        assert.ok(currentPython.length > 0);
        assert.deepStrictEqual(picked, currentPython, 'not "0 selected"');
    });
    it('typing a new name at the first question offers "Create new layer \'x\'" and goes on without a name step', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [
            'team-tools', // typed: no layer has this name
            'nodejs/',
            ['nodejs22.x'],
            ['x86_64'],
            'Tools',
            'MIT',
            'Publish',
        ]);
        const out = await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
        assert.strictEqual(out.version?.version, 1);
        assert.ok(fx.emu.state.layerVersion('team-tools', 1), 'a new layer team-tools');
        const first = h.prompter.picks[0];
        const make = first.typedItem;
        assert.strictEqual(make('team-tools')?.label, "Create new layer 'team-tools'");
        assert.strictEqual(make('  team-tools2 ')?.label, "Create new layer 'team-tools2'", 'updates as you type');
        assert.strictEqual(make(''), undefined);
        assert.strictEqual(make('bad name!'), undefined, 'not a valid layer name');
        assert.strictEqual(make('shared-utils'), undefined, 'an existing layer is picked, not created');
        assert.ok(!h.prompter.shown.some((t) => t.startsWith('Name of the new layer')) &&
            h.prompter.inputs.every((i) => !/Name of the new layer/.test(i.prompt ?? '')), 'no second question for the name');
        assert.match(h.prompter.picks.at(-1).items[0].description ?? '', /New layer team-tools/);
    });
    it('says in the summary how many linked files become copies (node_modules/.bin, a linked folder)', async () => {
        const folder = path.join(fx.work, 'linked');
        fs.mkdirSync(path.join(folder, 'nodejs', 'node_modules', 'pkg', 'bin'), { recursive: true });
        fs.mkdirSync(path.join(folder, 'nodejs', 'node_modules', '.bin'));
        fs.writeFileSync(path.join(folder, 'nodejs', 'node_modules', 'pkg', 'bin', 'cli.js'), 'x');
        fs.symlinkSync('../pkg/bin/cli.js', path.join(folder, 'nodejs', 'node_modules', '.bin', 'cli'));
        fs.mkdirSync(path.join(folder, 'nodejs', 'shared'));
        fs.writeFileSync(path.join(folder, 'nodejs', 'shared', 'a.js'), 'a');
        fs.writeFileSync(path.join(folder, 'nodejs', 'shared', 'b.js'), 'b');
        fs.symlinkSync('shared', path.join(folder, 'nodejs', 'alias'));
        const scan = await (0, folderScan_1.scanFolder)(folder);
        assert.strictEqual(scan.fileCount, 6, 'the links are followed inside the folder');
        assert.strictEqual((0, folderScan_1.linkedCopies)(scan), 3, 'one linked file and a linked folder of two');
        const plan = {
            layerName: 'linked',
            prefix: '',
            compatibleRuntimes: [],
            compatibleArchitectures: [],
            description: '',
            licenseInfo: '',
        };
        const labels = (0, publishLayerPlan_1.summaryRows)(plan, scan, true).map((r) => r.label);
        assert.ok(labels.some((l) => l.includes('3 linked files stored as copies')), labels.join('\n'));
        fs.rmSync(path.join(folder, 'nodejs', 'alias'));
        fs.rmSync(path.join(folder, 'nodejs', 'node_modules', '.bin', 'cli'));
        const plain = await (0, folderScan_1.scanFolder)(folder);
        assert.strictEqual((0, folderScan_1.linkedCopies)(plain), 0);
        assert.ok(!(0, publishLayerPlan_1.summaryRows)(plan, plain, true).some((r) => r.label.includes('stored as copies')), 'no row without links');
    });
    describe('symlinks that cannot be packaged', () => {
        const ANSWERS = [
            'New layer…',
            'linked',
            'nodejs/',
            ['nodejs22.x'],
            ['x86_64'],
            'Helpers',
            'MIT',
            'Publish',
        ];
        function folderWithBadLinks() {
            const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
            fs.symlinkSync('does-not-exist.js', path.join(folder, 'broken.js'));
            fs.symlinkSync(path.resolve(fx.work, '..'), path.join(folder, 'outside'));
            return folder;
        }
        it('offers to exclude them and go on; the .layerignore stays as it was', async () => {
            const folder = folderWithBadLinks();
            const before = fs.readFileSync(path.join(folder, '.layerignore'), 'utf8');
            const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [publishLayer_1.EXCLUDE_ONCE, ...ANSWERS]);
            const out = await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
            assert.strictEqual(out.version?.version, 1, 'published');
            const ask = h.prompter.picks[0];
            assert.match(ask.placeholder ?? '', /^2 symlinks cannot be packaged .*: broken\.js, outside$/);
            assert.deepStrictEqual(ask.items.map((i) => i.label), [publishLayer_1.EXCLUDE_ONCE, publishLayer_1.EXCLUDE_AND_REMEMBER]);
            assert.strictEqual(fs.readFileSync(path.join(folder, '.layerignore'), 'utf8'), before);
        });
        it('writes the .layerignore lines only when asked, and the next publish does not ask again', async () => {
            const folder = folderWithBadLinks();
            const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [publishLayer_1.EXCLUDE_AND_REMEMBER, ...ANSWERS]);
            await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
            const ignore = fs.readFileSync(path.join(folder, '.layerignore'), 'utf8');
            assert.match(ignore, /\n# Symlinks that cannot be packaged\n\/broken\.js\n\/outside\n$/);
            fs.appendFileSync(path.join(folder, 'index.js'), '\n// v2\n');
            const next = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['Publish'], { memory: h.memory });
            const out = await (0, publishLayer_1.publishLayerFromFolder)(next.deps, folder);
            assert.strictEqual(out.version?.version, 2);
            assert.strictEqual(next.prompter.shown.length, 1, next.prompter.shown.join(' | '));
        });
        it('without an answer (Escape) nothing is published and nothing written', async () => {
            const folder = folderWithBadLinks();
            const before = fs.readFileSync(path.join(folder, '.layerignore'), 'utf8');
            const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, [undefined]);
            await assert.rejects((0, publishLayer_1.publishLayerFromFolder)(h.deps, folder), prompter_1.Cancelled);
            assert.strictEqual(fs.readFileSync(path.join(folder, '.layerignore'), 'utf8'), before);
        });
    });
});
//# sourceMappingURL=publishLayerPlanUx.test.js.map