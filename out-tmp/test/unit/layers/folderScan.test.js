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
const assert = __importStar(require("assert"));
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const folderWalk_1 = require("../../../src/layers/zip/folderWalk");
const workerCache_1 = require("../../../src/layers/zip/workerCache");
function write(root, rel, content = 'x', mode) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content, mode === undefined ? undefined : { mode });
}
describe('folderScan', () => {
    let base;
    let root;
    beforeEach(() => {
        base = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'));
        root = path.join(base, 'layer');
        fs.mkdirSync(root);
    });
    afterEach(() => fs.rmSync(base, { recursive: true, force: true }));
    it('lists files sorted with sizes and the executable bit, skipping the default junk', async () => {
        write(root, 'b.js', 'bbb');
        write(root, 'a/z.js', 'zz');
        write(root, 'a/run.sh', '#!/bin/sh\n', 0o755);
        write(root, '.git/HEAD', 'ref');
        write(root, '.vscode/settings.json', '{}');
        write(root, 'a/.DS_Store', 'junk');
        write(root, 'Thumbs.db', 'junk');
        write(root, '__pycache__/m.cpython-312.pyc', 'bytecode');
        const scan = await (0, folderScan_1.scanFolder)(root);
        assert.deepStrictEqual(scan.files.map((f) => [f.path, f.size, f.executable]), [
            ['__pycache__/m.cpython-312.pyc', 8, false],
            ['a/run.sh', 10, true],
            ['a/z.js', 2, false],
            ['b.js', 3, false],
        ]);
        assert.strictEqual(scan.totalBytes, 23);
        assert.strictEqual(scan.excludedCount, 4);
        assert.strictEqual(scan.usedLayerignore, false);
        assert.deepStrictEqual(scan.files[3].absPath, path.join(root, 'b.js'));
    });
    it('honours .layerignore with .gitignore syntax (dirs, globs, negation) and never packs it', async () => {
        fs.writeFileSync(path.join(root, '.layerignore'), '# comment\n*.map\ntests/\n!keep.map\n/docs\n');
        write(root, 'index.js');
        write(root, 'index.js.map');
        write(root, 'keep.map');
        write(root, 'tests/a.test.js');
        write(root, 'node_modules/x/tests/t.js');
        write(root, 'docs/readme.md');
        write(root, 'node_modules/x/docs/readme.md');
        const scan = await (0, folderScan_1.scanFolder)(root);
        assert.deepStrictEqual(scan.files.map((f) => f.path), ['index.js', 'keep.map', 'node_modules/x/docs/readme.md']);
        assert.ok(scan.usedLayerignore);
    });
    it('follows symlinks that stay inside and refuses ones that escape, loop or dangle', async () => {
        write(root, 'real/file.txt', 'inside');
        write(base, 'outside.txt', 'secret');
        fs.symlinkSync('real/file.txt', path.join(root, 'inner-link.txt'));
        fs.symlinkSync('real', path.join(root, 'dir-link'));
        fs.symlinkSync('../outside.txt', path.join(root, 'escape.txt'));
        fs.symlinkSync('..', path.join(root, 'real/up'));
        fs.symlinkSync('nowhere', path.join(root, 'broken'));
        fs.symlinkSync('self', path.join(root, 'self'));
        const scan = await (0, folderScan_1.scanFolder)(root);
        assert.deepStrictEqual(scan.files.map((f) => [f.path, f.size]), [
            ['dir-link/file.txt', 6],
            ['inner-link.txt', 6],
            ['real/file.txt', 6],
        ]);
        assert.deepStrictEqual(scan.problems.map((p) => [p.path, p.kind]), [
            ['broken', 'symlinkBroken'],
            ['dir-link/up', 'symlinkLoop'],
            ['escape.txt', 'symlinkEscapes'],
            ['real/up', 'symlinkLoop'],
            ['self', 'symlinkLoop'],
        ]);
        assert.match(scan.problems.find((p) => p.path === 'escape.txt').detail, /outside\.txt$/);
    });
    it('lets .layerignore silence a bad symlink', async () => {
        fs.writeFileSync(path.join(root, '.layerignore'), 'escape.txt\n');
        write(base, 'outside.txt');
        write(root, 'a.txt');
        fs.symlinkSync('../outside.txt', path.join(root, 'escape.txt'));
        const scan = await (0, folderScan_1.scanFolder)(root);
        assert.deepStrictEqual(scan.problems, []);
        assert.deepStrictEqual(scan.files.map((f) => f.path), ['a.txt']);
    });
    it('lists files that are not regular files as problems', async () => {
        write(root, 'a.txt');
        (0, child_process_1.execFileSync)('mkfifo', [path.join(root, 'pipe')]);
        const scan = await (0, folderScan_1.scanFolder)(root);
        assert.deepStrictEqual(scan.files.map((f) => f.path), ['a.txt']);
        assert.deepStrictEqual(scan.problems.map((p) => [p.path, p.kind]), [['pipe', 'notRegular']]);
    });
    it('reports progress and the largest top-level folders', async () => {
        for (let i = 0; i < 600; i++)
            write(root, `node_modules/p${i % 3}/f${i}.js`, 'y'.repeat(i % 3 === 0 ? 100 : 10));
        write(root, 'src/a.js', 'z'.repeat(5000));
        const counts = [];
        const scan = await (0, folderScan_1.scanFolder)(root, { onProgress: (n) => counts.push(n), concurrency: 4 });
        assert.strictEqual(scan.fileCount, 601);
        assert.strictEqual(counts[counts.length - 1], 601);
        assert.ok(counts.length >= 3, `progress calls: ${counts.length}`);
        assert.deepStrictEqual(scan.largestFolders.map((f) => [f.path, f.bytes, f.files]), [
            ['node_modules/', 200 * 100 + 400 * 10, 600],
            ['src/', 5000, 1],
        ]);
        assert.deepStrictEqual((0, folderScan_1.folderSizes)(scan.files, 2, 2).map((f) => f.path), ['node_modules/', 'node_modules/p0/']);
    });
    it('stops when cancelled', async () => {
        for (let i = 0; i < 300; i++)
            write(root, `d${i % 10}/f${i}.js`);
        const controller = new AbortController();
        await assert.rejects((0, folderScan_1.scanFolder)(root, { signal: controller.signal, onProgress: () => controller.abort(), concurrency: 2 }), (err) => err.name === 'AbortError');
    });
    it('gives the same answer without a worker (script missing) as with one, symlinks and .layerignore included', async () => {
        write(root, 'a/b/c.js', 'c');
        write(root, 'a/run.sh', '#!/bin/sh\n', 0o755);
        write(root, 'skip/me.js', 'x');
        write(root, '.layerignore', 'skip/\n*.map\n');
        write(root, 'a/x.map', 'm');
        fs.symlinkSync('b', path.join(root, 'a/link'));
        fs.symlinkSync('../..', path.join(root, 'a/b/up'));
        fs.symlinkSync(base, path.join(root, 'out'));
        const inWorker = await (0, folderScan_1.scanFolder)(root);
        const progress = [];
        const inThread = await (0, folderScan_1.scanFolder)(root, {
            workerPath: path.join(base, 'missing-worker.js'),
            onProgress: (n) => progress.push(n),
        });
        assert.deepStrictEqual(inThread, inWorker);
        assert.deepStrictEqual(inWorker.files.map((f) => [f.path, f.executable]), [
            ['a/b/c.js', false],
            ['a/link/c.js', false],
            ['a/run.sh', true],
        ]);
        assert.strictEqual(inWorker.files[1].absPath, path.join(root, 'a/link/c.js'));
        assert.deepStrictEqual(inWorker.problems.map((p) => [p.kind, p.path]), [
            ['symlinkLoop', 'a/b/up'],
            ['symlinkLoop', 'a/link/up'],
            ['symlinkEscapes', 'out'],
        ]);
        assert.deepStrictEqual(progress, [3]);
    });
    it('walks every folder in archive order (UTF-8 bytes), so its list needs no sorting', () => {
        // A folder sorts as "name/": "a.js" < "a/…" < "a0.js"; U+FB00 (3 UTF-8 bytes) < an emoji (a surrogate pair).
        const names = [
            'a0.js',
            'a/x.js',
            'a.js',
            'B.js',
            'b/c/d.js',
            'b.js',
            'é.js',
            '\u{1F600}.js',
            '\uFB00.js',
            'Z',
        ];
        for (const n of names)
            write(root, n);
        const walk = (0, folderWalk_1.walkFolderSync)({ root, realRoot: fs.realpathSync(root), rules: [] });
        const bytewise = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
        assert.deepStrictEqual(walk.paths, bytewise);
    });
    it('shares a wide walk between two workers with the same answer as one walk in this thread', async () => {
        // 30 folders at the top: the first worker hands them out (SPLIT_AT), a few at a time, to both workers.
        for (let i = 0; i < 30; i++)
            write(root, `p${i}/lib/f${i}.js`, `f${i}`);
        write(root, 'p2/bin/tool', '#!/bin/sh\n', 0o755);
        write(root, 'p7/a/b/c/d/e/f/g/h/i/j/deep.js', 'deep');
        write(root, 'p9/skipped.js', 'x');
        write(root, 'p11/x.map', 'm');
        write(root, '.layerignore', 'p9/\n*.map\n');
        fs.symlinkSync('../p4', path.join(root, 'p3/other')); // a folder handed to the other worker
        fs.symlinkSync('..', path.join(root, 'p5/up')); // a loop through the root
        fs.symlinkSync('..', path.join(root, 'p6/lib/self')); // a loop inside one share
        fs.symlinkSync(base, path.join(root, 'p8/out'));
        const progress = [];
        const shared = await (0, folderScan_1.scanFolder)(root, { onProgress: (n) => progress.push(n) });
        const alone = await (0, folderScan_1.scanFolder)(root, { workerPath: path.join(base, 'missing-worker.js') });
        assert.ok(os.availableParallelism() > 1, 'this machine has two cores to share the walk');
        assert.deepStrictEqual(shared, alone);
        assert.strictEqual(shared.fileCount, 32);
        assert.ok(shared.files.some((f) => f.path === 'p3/other/lib/f4.js' && f.absPath === path.join(root, 'p3/other/lib/f4.js')));
        assert.deepStrictEqual(shared.problems.map((p) => [p.kind, p.path]), [
            ['symlinkLoop', 'p5/up'],
            ['symlinkLoop', 'p6/lib/self'],
            ['symlinkEscapes', 'p8/out'],
        ]);
        assert.strictEqual(progress.at(-1), 32);
    });
    it('leaves deflate workers ready for the writer, and the walk itself stops when cancelled in-thread', async () => {
        await (0, workerCache_1.closeParkedWorkers)();
        write(root, 'a.js');
        await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 2 });
        assert.strictEqual((0, workerCache_1.parkedWorkerCount)((0, workerCache_1.defaultWorkerPath)()), 2);
        await (0, workerCache_1.closeParkedWorkers)();
        assert.strictEqual((0, workerCache_1.parkedWorkerCount)((0, workerCache_1.defaultWorkerPath)()), 0);
        for (let i = 0; i < 5; i++)
            write(root, `d${i}/f.js`);
        const controller = new AbortController();
        controller.abort();
        assert.throws(() => (0, folderWalk_1.walkFolderSync)({ root, realRoot: fs.realpathSync(root), rules: [] }, undefined, () => controller.signal.throwIfAborted()), (err) => err.name === 'AbortError');
    });
    it('rejects a path that is not a folder', async () => {
        write(root, 'a.txt');
        await assert.rejects((0, folderScan_1.scanFolder)(path.join(root, 'a.txt')), /Not a folder/);
    });
});
//# sourceMappingURL=folderScan.test.js.map