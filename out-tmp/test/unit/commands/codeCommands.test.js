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
// The code commands end to end against the emulator (real SDK): Contents tree, open, find, compare (versions,
// a folder, before publishing), download with hostile archives refused.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const codeCommands_1 = require("../../../src/commands/codeCommands");
const compareCode_1 = require("../../../src/commands/compareCode");
const publishLayer_1 = require("../../../src/commands/publishLayer");
const publishLayerReview_1 = require("../../../src/commands/publishLayerReview");
const emulator_1 = require("../../emulator/emulator");
const codeFixtures_1 = require("../code/codeFixtures");
const commandHarness_1 = require("../support/commandHarness");
const emulatorService_1 = require("../support/emulatorService");
const ctx = { signal: new AbortController().signal };
const ARN = (name, v) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${v}`;
describe('code commands (published code, emulator)', function () {
    this.timeout(60_000);
    let emu;
    let lambda;
    let dir;
    before(async () => {
        emu = await (0, emulator_1.startEmulator)({ updateDelayMs: 0 });
        lambda = (0, emulatorService_1.serviceFor)(emu, 1);
        await lambda.publishLayerVersion({
            layerName: 'lib',
            content: {
                zipFile: await (0, codeFixtures_1.zipOf)({ 'nodejs/index.js': 'v1', 'nodejs/a.js': 'same', 'nodejs/gone.js': 'x' }),
            },
        });
        await lambda.publishLayerVersion({
            layerName: 'lib',
            content: {
                zipFile: await (0, codeFixtures_1.zipOf)({
                    'nodejs/index.js': 'version two',
                    'nodejs/a.js': 'same',
                    'nodejs/new.js': 'n',
                    'nodejs/native.so': 'ELF',
                }),
            },
        });
        await lambda.publishLayerVersion({
            layerName: 'hostile',
            content: {
                zipFile: (0, codeFixtures_1.craftZip)([
                    { name: 'ok.txt', data: 'ok' },
                    { name: '/etc/cron.d/evil', data: 'x' },
                    { name: '../../escape.txt', data: 'x' },
                    { name: 'link', data: '/etc/passwd', mode: 0o120777 },
                ]),
            },
        });
        await lambda.createFunction({
            name: 'api',
            runtime: 'nodejs22.x',
            role: 'arn:aws:iam::123456789012:role/r',
            handler: 'index.handler',
            code: {
                zipFile: await (0, codeFixtures_1.zipOf)({ 'index.mjs': 'export const handler = 1;\n', 'bin/tool*': '#!/bin/sh\n' }),
            },
        });
    });
    after(async () => emu.stop());
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cmd-'));
        emu.downloads.clear();
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    const harness = (answers, opts = {}) => (0, commandHarness_1.makeCommandHarness)(emu, lambda, answers, opts);
    const downloads = () => [...emu.downloads.values()].reduce((a, s) => a + s.requests, 0);
    async function find(parent, label) {
        const kids = await parent.children(ctx);
        const n = kids.find((k) => k.view().label === label);
        assert.ok(n, `${label} not among ${kids.map((k) => k.view().label).join(', ')}`);
        return n;
    }
    it('shows a Contents tree under a layer version and a function, and opens a file from it', async () => {
        const h = harness([]);
        const layer = await find(h.deps.explorer.layersRoot, 'lib');
        const version = await find(layer, 'Version 2');
        const contents = await find(version, 'Contents');
        const nodejs = await find(contents, 'nodejs');
        assert.deepStrictEqual((await nodejs.children(ctx)).map((n) => n.view().label), ['a.js', 'index.js', 'native.so', 'new.js']);
        assert.match(contents.view().description ?? '', /^4 files/);
        const file = await find(nodejs, 'index.js');
        assert.strictEqual(file.view().command?.id, 'lambdaExplorer.code.openFile');
        await (0, codeCommands_1.openCodeFile)(h.deps, file);
        assert.deepStrictEqual(h.editors, ['open lib:2:nodejs/index.js']);
        assert.strictEqual(downloads(), 1, 'only the central directory was read (the editor reads the file itself)');
        const fn = await find(h.deps.explorer.functionsRoot, 'api');
        const fnContents = await find(fn, 'Contents');
        assert.deepStrictEqual((await fnContents.children(ctx)).map((n) => n.view().label), ['bin', 'index.mjs']);
    });
    it('announces a binary file instead of opening it', async () => {
        const h = harness([]);
        await (0, codeCommands_1.openCodeFile)(h.deps, {
            target: { kind: 'layer', account: '123456789012', region: 'us-east-1', name: 'lib', version: 2 },
            path: 'nodejs/native.so',
        });
        assert.deepStrictEqual(h.editors, []);
        assert.match(h.notifier.shown[0]?.message ?? '', /Not opened: native.so is a binary file .*lib:2/);
    });
    it('Find File: a quick pick over every path of the version', async () => {
        const h = harness(['new.js']);
        await (0, codeCommands_1.findCodeFile)(h.deps, ARN('lib', 2));
        assert.deepStrictEqual(h.prompter.picks[0].items.map((i) => `${i.description}/${i.label}`), ['nodejs/a.js', 'nodejs/index.js', 'nodejs/native.so', 'nodejs/new.js']);
        assert.deepStrictEqual(h.editors, ['open lib:2:nodejs/new.js']);
    });
    it('compares with the previous version from the directories alone, then diffs the picked file', async () => {
        const h = harness(['$(diff-modified) nodejs/index.js', undefined]);
        const c = await (0, compareCode_1.compareWithPreviousVersion)(h.deps, ARN('lib', 2));
        assert.deepStrictEqual(c.changes.map((x) => `${x.status}:${x.path}`), ['removed:nodejs/gone.js', 'modified:nodejs/index.js', 'added:nodejs/native.so', 'added:nodejs/new.js']);
        assert.match(h.prompter.picks[0].title, /lib:1 ↔ lib:2: 1 modified, 2 added, 1 removed, 1 unchanged/);
        assert.deepStrictEqual(h.editors, ['diff lib:1:nodejs/index.js | lib:2:nodejs/index.js']);
        assert.strictEqual(downloads(), 2, 'two central directories, no file bodies');
    });
    it('compares with a picked version (older on the left)', async () => {
        const h = harness(['lib:2', undefined]);
        const c = await (0, compareCode_1.compareWithVersion)(h.deps, ARN('lib', 1));
        assert.strictEqual(c.changes.length, 4);
        assert.match(h.prompter.picks[1].title, /^lib:1 ↔ lib:2/);
    });
    it('compares with a local folder as it would be published (.layerignore, nodejs/ prefix)', async () => {
        fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"lib"}');
        fs.writeFileSync(path.join(dir, 'index.js'), 'local edit');
        fs.writeFileSync(path.join(dir, 'a.js'), 'same');
        fs.writeFileSync(path.join(dir, 'secret.env'), 'x');
        fs.writeFileSync(path.join(dir, '.layerignore'), 'secret.env\n');
        const h = harness(['$(diff-modified) nodejs/index.js', undefined]);
        const c = await (0, compareCode_1.compareWithLocalFolder)(h.deps, ARN('lib', 2), dir);
        assert.deepStrictEqual(c.changes.map((x) => `${x.status}:${x.path}`), [
            'modified:nodejs/index.js',
            'removed:nodejs/native.so',
            'removed:nodejs/new.js',
            'added:nodejs/package.json',
        ]);
        assert.deepStrictEqual(h.editors, [`diff lib:2:nodejs/index.js | ${path.join(dir, 'index.js')}`]);
    });
    it('offers "Review Changes" on the publish summary, against the newest version, before uploading', async () => {
        fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"lib"}');
        fs.writeFileSync(path.join(dir, 'index.js'), 'v3');
        const h = harness([
            'nodejs/',
            ['nodejs20.x'],
            ['x86_64'],
            '',
            '',
            publishLayerReview_1.REVIEW_ACTION,
            '$(diff-modified) nodejs/index.js',
            undefined,
            'Publish',
        ], { folder: dir });
        const layer = await find(h.deps.explorer.layersRoot, 'lib');
        const before = emu.calls.filter((c) => c.operation === 'PublishLayerVersion').length;
        const out = await (0, publishLayer_1.publishLayerVersionFromNode)(h.deps, layer, dir);
        assert.strictEqual(out.version?.version, 3);
        assert.deepStrictEqual(h.editors, [`diff lib:2:nodejs/index.js | ${path.join(dir, 'index.js')}`]);
        assert.strictEqual(emu.calls.filter((c) => c.operation === 'PublishLayerVersion').length, before + 1);
        await lambda.deleteLayerVersion('lib', 3);
    });
    it('refuses to download a hostile archive with a clear message and writes nothing', async () => {
        const h = harness([], { targetFolder: dir });
        await assert.rejects((0, codeCommands_1.downloadCode)(h.deps, ARN('hostile', 1)), /Refused to extract: 3 entries would write outside the target folder or create a link: "\/etc\/cron.d\/evil" \(absolute path\), "..\/..\/escape.txt" \(parent folder \(..\)\), "link" \(symbolic link\)/);
        assert.deepStrictEqual(fs.readdirSync(dir), []);
    });
    it('downloads into a folder, asking before overwriting (no: nothing changes)', async () => {
        fs.mkdirSync(path.join(dir, 'nodejs'));
        fs.writeFileSync(path.join(dir, 'nodejs/index.js'), 'mine');
        const no = harness([false], { targetFolder: dir });
        await assert.rejects((0, codeCommands_1.downloadCode)(no.deps, ARN('lib', 2)), /Cancelled/);
        assert.strictEqual(fs.readFileSync(path.join(dir, 'nodejs/index.js'), 'utf8'), 'mine');
        assert.match(no.prompter.shown[0] ?? '', /1 file in .* would be overwritten by lib:2/);
        const yes = harness([true], { targetFolder: dir });
        const r = await (0, codeCommands_1.downloadCode)(yes.deps, ARN('lib', 2));
        assert.strictEqual(r.files, 4);
        assert.strictEqual(fs.readFileSync(path.join(dir, 'nodejs/index.js'), 'utf8'), 'version two');
    });
    it('imports function code into a folder named after the function, executable bits kept, selected in the Explorer', async () => {
        const h = harness([], { folder: dir, workspaceFolders: [dir] });
        const r = await (0, codeCommands_1.importFunctionCode)(h.deps, 'arn:aws:lambda:us-east-1:123456789012:function:api');
        assert.strictEqual(r.folder, path.join(dir, 'api'));
        // Asked as an import (not "the folder to package"); the workspace holds it: selected, nothing to answer.
        assert.deepStrictEqual(h.folders.picked, [
            'Import api into… | The folder to create api in | Create api Here',
        ]);
        assert.deepStrictEqual(h.folders.opened, [`reveal ${path.join(dir, 'api')}`]);
        assert.deepStrictEqual(h.notifier.shown, [
            { level: 'info', message: `Imported api:$LATEST: 2 files in ${path.join(dir, 'api')}` },
        ]);
        assert.strictEqual(fs.readFileSync(path.join(dir, 'api/index.mjs'), 'utf8'), 'export const handler = 1;\n');
        assert.strictEqual(fs.statSync(path.join(dir, 'api/bin/tool')).mode & 0o111, 0o111);
    });
    it('refuses to import into a folder named after something that is not a function name (a path, "..")', async () => {
        const h = harness([]);
        const hostile = {
            kind: 'function',
            account: '123456789012',
            region: 'us-east-1',
            name: '../../escaped',
            qualifier: '$LATEST',
        };
        await assert.rejects((0, codeCommands_1.importFunctionCode)(h.deps, hostile, dir), /Not a function name to make a folder of: \.\.\/\.\.\/escaped/);
        assert.ok(!fs.existsSync(path.join(dir, '../../escaped')));
        assert.deepStrictEqual(h.folders.opened, []);
    });
    it('offers to open or add an imported folder the workspace does not hold, and does what is chosen', async () => {
        const folder = path.join(dir, 'api');
        for (const [answer, how] of [
            ['Add to Workspace', 'add'],
            ['Open in New Window', 'newWindow'],
            ['Open', 'here'],
            [undefined, undefined],
        ]) {
            fs.rmSync(folder, { recursive: true, force: true });
            const h = harness([], answer ? { notifierAnswer: answer } : {});
            await (0, codeCommands_1.importFunctionCode)(h.deps, 'arn:aws:lambda:us-east-1:123456789012:function:api', dir);
            await new Promise((resolve) => setImmediate(resolve));
            assert.deepStrictEqual(h.notifier.shown, [
                {
                    level: 'info',
                    message: `Imported api:$LATEST: 2 files in ${folder}, outside the workspace. Open it?`,
                    actions: ['Open', 'Open in New Window', 'Add to Workspace'],
                },
            ]);
            assert.deepStrictEqual(h.folders.opened, how ? [`${how} ${folder}`] : [], String(answer));
        }
    });
    it("lists a function's new code after a deploy refreshes its node (no stale Contents)", async () => {
        const h = harness([]);
        const fn = await find(h.deps.explorer.functionsRoot, 'api');
        assert.deepStrictEqual((await (await find(fn, 'Contents')).children(ctx)).map((n) => n.view().label), ['bin', 'index.mjs']);
        await lambda.updateFunctionCode('api', {
            zipFile: await (0, codeFixtures_1.zipOf)({ 'index.mjs': 'v2', 'lib/extra.mjs': 'x' }),
        });
        await lambda.waitUntilUpdated('api');
        await h.deps.changes.fire({ kind: 'function', name: 'api' });
        const again = await find(h.deps.explorer.functionsRoot, 'api');
        assert.deepStrictEqual((await (await find(again, 'Contents')).children(ctx)).map((n) => n.view().label), ['lib', 'index.mjs']);
    });
});
//# sourceMappingURL=codeCommands.test.js.map