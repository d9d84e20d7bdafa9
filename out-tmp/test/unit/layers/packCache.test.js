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
// The re-publish cache: unchanged files come from the last archive's bytes, the result is the clean build's bytes,
// and a damaged, swapped or concurrently written cache never ends up in an archive.
const assert = __importStar(require("assert"));
const child_process_1 = require("child_process");
const crypto = __importStar(require("crypto"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const layerLayout_1 = require("../../../src/layers/zip/layerLayout");
const packCache_1 = require("../../../src/layers/zip/packCache");
const packIndex_1 = require("../../../src/layers/zip/packIndex");
const zipOrder_1 = require("../../../src/layers/zip/zipOrder");
const workerCache_1 = require("../../../src/layers/zip/workerCache");
const zipWriter_1 = require("../../../src/layers/zip/zipWriter");
const js = (n) => `exports.v${n} = ${JSON.stringify('value '.repeat(50 + n))};\n`.repeat(20);
describe('pack cache (re-publish)', () => {
    let base;
    let root;
    let cacheDir;
    let n = 0;
    beforeEach(() => {
        base = fs.mkdtempSync(path.join(os.tmpdir(), 'packcache-'));
        root = path.join(base, 'layer');
        cacheDir = path.join(base, 'cache');
        for (let i = 0; i < 40; i++) {
            fs.mkdirSync(path.join(root, `node_modules/p${i % 5}`), { recursive: true });
            fs.writeFileSync(path.join(root, `node_modules/p${i % 5}/f${i}.js`), js(i));
        }
        fs.writeFileSync(path.join(root, 'package.json'), '{"name":"x"}\n');
    });
    afterEach(() => fs.rmSync(base, { recursive: true, force: true }));
    const entries = async () => (0, layerLayout_1.toZipEntries)((await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 })).files, 'nodejs/').sort((a, b) => (0, zipOrder_1.compareZipPaths)(a.zipPath, b.zipPath));
    const build = async (cache) => {
        const file = path.join(base, `out${n++}.zip`);
        const r = await (0, zipWriter_1.writeZip)(await entries(), file, cache ? { cache, cacheKey: root } : {});
        return { sha: r.sha256Base64, file };
    };
    const packFile = () => new packCache_1.PackCache(cacheDir).packPath(root, 6);
    it('re-packs after a change with the bytes of a clean build, taking unchanged files from the cache', async () => {
        const cache = new packCache_1.PackCache(cacheDir);
        const first = await build(cache);
        assert.strictEqual(first.sha, (await build()).sha, 'a cached build is a clean build');
        // One real change.
        fs.appendFileSync(path.join(root, 'node_modules/p1/f6.js'), '// changed\n');
        const file = path.join(root, 'node_modules/p2/f7.js');
        const when = new Date(2020, 0, 1);
        fs.utimesSync(file, when, when);
        const again = await build(cache);
        assert.strictEqual(again.sha, (await build()).sha, 'byte-identical to a clean build');
        assert.notStrictEqual(again.sha, first.sha);
        assert.strictEqual((0, child_process_1.spawnSync)('/usr/bin/unzip', ['-tq', again.file]).status, 0);
        // A file whose stat data is unchanged is not read: its cached bytes are used (here, its old content).
        fs.writeFileSync(file, js(7).toUpperCase());
        fs.utimesSync(file, when, when);
        assert.strictEqual((await build(cache)).sha, again.sha);
    });
    it('opens the pack while the folder is scanned; a pack replaced meanwhile still gives the clean bytes', async () => {
        const cache = new packCache_1.PackCache(cacheDir);
        assert.strictEqual(cache.prefetch(root, 6), false, 'no pack yet');
        await build(cache);
        fs.appendFileSync(path.join(root, 'node_modules/p1/f6.js'), '// changed\n');
        assert.strictEqual(cache.prefetch(root, 6), true);
        // Another publish of the folder commits its pack after this one was opened ahead.
        fs.appendFileSync(path.join(root, 'node_modules/p2/f7.js'), '// changed too\n');
        await build(new packCache_1.PackCache(cacheDir));
        fs.appendFileSync(path.join(root, 'node_modules/p3/f8.js'), '// and this\n');
        const again = await build(cache);
        assert.strictEqual(again.sha, (await build()).sha, 'byte-identical to a clean build');
        // Taken once: the next build opens the pack again, and finds the folder unchanged.
        assert.strictEqual((await build(cache)).sha, again.sha);
        assert.deepStrictEqual(cache.knownArchive(root, 6, await entries())?.sha256, again.sha);
    });
    it('closes a pack opened ahead that no build takes', async () => {
        await build(new packCache_1.PackCache(cacheDir));
        const fds = () => fs.readdirSync('/proc/self/fd').length;
        const until = async (ok, what) => {
            for (let i = 0; i < 200 && !ok(); i++)
                await new Promise((r) => setTimeout(r, 10));
            assert.ok(ok(), what);
        };
        const before = fds();
        assert.strictEqual(new packCache_1.PackCache(cacheDir).prefetch(root, 6, 300), true);
        await until(() => fds() === before + 1, 'the pack is open');
        await until(() => fds() === before, 'closed again once its time is up');
    });
    it('knows an unchanged folder from stat data alone, and a changed, added or removed file is not unchanged', async () => {
        const cache = new packCache_1.PackCache(cacheDir);
        const built = await build(cache);
        const size = fs.statSync(built.file).size;
        assert.deepStrictEqual(cache.knownArchive(root, 6, await entries()), { sha256: built.sha, size });
        assert.strictEqual(cache.knownArchive(root, 9, await entries()), undefined, 'another level');
        fs.utimesSync(path.join(root, 'package.json'), new Date(2020, 1, 1), new Date(2020, 1, 1));
        assert.strictEqual(cache.knownArchive(root, 6, await entries()), undefined, 'touched');
        await build(cache);
        fs.writeFileSync(path.join(root, 'new.js'), 'x');
        assert.strictEqual(cache.knownArchive(root, 6, await entries()), undefined, 'added');
        fs.rmSync(path.join(root, 'new.js'));
        fs.rmSync(path.join(root, 'node_modules/p0/f0.js'));
        assert.strictEqual(cache.knownArchive(root, 6, await entries()), undefined, 'removed');
    });
    it('recomputes a corrupted or truncated cache entry instead of packaging it', async () => {
        const cache = new packCache_1.PackCache(cacheDir);
        const clean = await build();
        await build(cache);
        // Flip bytes in the middle of the cached archive data (inside some entry's compressed bytes).
        const fd = fs.openSync(packFile(), 'r+');
        const mid = Math.floor(fs.statSync(clean.file).size / 3);
        fs.writeSync(fd, Buffer.alloc(400, 'garbage!'), 0, 400, mid);
        fs.closeSync(fd);
        const repaired = await build(cache);
        assert.strictEqual(repaired.sha, clean.sha);
        assert.strictEqual((0, child_process_1.spawnSync)('/usr/bin/unzip', ['-tq', repaired.file]).status, 0);
        // Truncated: not a pack any more, so a clean build.
        fs.truncateSync(packFile(), 1000);
        assert.strictEqual((await build(cache)).sha, clean.sha);
        assert.deepStrictEqual(cache.knownArchive(root, 6, await entries())?.sha256, clean.sha, 'rebuilt');
    });
    it('rebuilds with the clean bytes, in the deflate workers, when a big cached entry is damaged', async () => {
        // ~3.5 MB that compress: deflated in parts by a clean build (see zipPlan.ts), one entry in the pack.
        const big = Array.from({ length: 150000 }, (_, i) => `exports.k${i} = ${(i * 7919) % 100003};\n`).join('');
        fs.writeFileSync(path.join(root, 'node_modules/p0/big.js'), big);
        const clean = await build();
        const cache = new packCache_1.PackCache(cacheDir);
        await build(cache);
        // Damage the big entry's compressed bytes in the pack (after its local header).
        const pack = fs.readFileSync(packFile());
        const at = pack.indexOf('nodejs/node_modules/p0/big.js');
        assert.ok(at > 0);
        const fd = fs.openSync(packFile(), 'r+');
        fs.writeSync(fd, Buffer.alloc(64, 'garbage!'), 0, 64, at + 200_000);
        fs.closeSync(fd);
        // A worker that logs what it is asked to deflate, then does it as usual.
        const log = path.join(base, 'worker.log');
        const workerPath = path.join(base, 'logging-worker.js');
        fs.writeFileSync(workerPath, `const fs = require('fs');
       require('worker_threads').parentPort.on('message', (m) => fs.appendFileSync(${JSON.stringify(log)}, (m.absPath ?? (m.files ?? []).join('\\n')) + '\\n'));
       require(${JSON.stringify((0, workerCache_1.defaultWorkerPath)())});`);
        const file = path.join(base, 'repaired.zip');
        const repaired = await (0, zipWriter_1.writeZip)(await entries(), file, { cache, cacheKey: root, workerPath });
        assert.strictEqual(repaired.sha256Base64, clean.sha);
        assert.strictEqual((0, child_process_1.spawnSync)('/usr/bin/unzip', ['-tq', file]).status, 0);
        assert.ok(fs.readFileSync(log, 'utf8').includes('big.js'), 'the damaged entry was deflated in a worker');
        // The rebuilt pack is sound: the next unchanged check knows the clean archive.
        assert.strictEqual(cache.knownArchive(root, 6, await entries())?.sha256, clean.sha);
    });
    it('re-packs a big cached entry (passed on uncopied) with the bytes of a clean build', async () => {
        // 3 MB that do not compress: stored, 3 MB in the pack.
        fs.writeFileSync(path.join(root, 'node_modules/p0/model.bin'), crypto.randomBytes(3 * 1024 * 1024));
        const cache = new packCache_1.PackCache(cacheDir);
        await build(cache);
        fs.appendFileSync(path.join(root, 'node_modules/p1/f6.js'), '// changed\n');
        const again = await build(cache);
        assert.strictEqual(again.sha, (await build()).sha);
        assert.strictEqual((0, child_process_1.spawnSync)('/usr/bin/unzip', ['-tq', again.file]).status, 0);
    });
    it('neither uses nor feeds the cache for archives with zip64 headers everywhere (other bytes)', async () => {
        const cache = new packCache_1.PackCache(cacheDir);
        const plain = await build(cache);
        const forced = await (0, zipWriter_1.writeZip)(await entries(), path.join(base, 'forced.zip'), {
            cache,
            cacheKey: root,
            forceZip64: true,
        });
        const forcedClean = await (0, zipWriter_1.writeZip)(await entries(), path.join(base, 'forced-clean.zip'), {
            forceZip64: true,
        });
        assert.strictEqual(forced.sha256Base64, forcedClean.sha256Base64);
        assert.notStrictEqual(forced.sha256Base64, plain.sha);
        assert.strictEqual(cache.knownArchive(root, 6, await entries())?.sha256, plain.sha);
    });
    it('does not follow a symlink in place of the cache file, and replaces only the link', async () => {
        const cache = new packCache_1.PackCache(cacheDir);
        // A decoy pack holding other bytes for a file whose stat data will match (same inode, size and mtime).
        const file = path.join(root, 'node_modules/p2/f7.js');
        const when = new Date(2020, 0, 1);
        fs.writeFileSync(file, js(7).replace(/value/g, 'EVIL!'));
        fs.utimesSync(file, when, when);
        await build(cache);
        const decoy = path.join(base, 'decoy.pack');
        fs.renameSync(packFile(), decoy);
        const decoyBytes = fs.readFileSync(decoy);
        fs.writeFileSync(file, js(7));
        fs.utimesSync(file, when, when);
        fs.symlinkSync(decoy, packFile());
        const res = await build(cache);
        assert.strictEqual(res.sha, (await build()).sha, 'the real content, not the decoy');
        assert.ok(fs.readFileSync(decoy).equals(decoyBytes), 'the link target is untouched');
        assert.strictEqual(fs.lstatSync(packFile()).isSymbolicLink(), false);
    });
    it('survives concurrent publishes of the same folder', async () => {
        const cache = new packCache_1.PackCache(cacheDir);
        const clean = await build();
        const all = await Promise.all([build(cache), build(cache), build(cache)]);
        for (const r of all)
            assert.strictEqual(r.sha, clean.sha);
        fs.appendFileSync(path.join(root, 'package.json'), '\n');
        const next = await Promise.all([build(cache), build(cache)]);
        const cleanNext = await build();
        for (const r of next)
            assert.strictEqual(r.sha, cleanNext.sha);
        assert.strictEqual(cache.knownArchive(root, 6, await entries())?.sha256, cleanNext.sha);
        assert.deepStrictEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.tmp')), [], 'no temp files left');
    });
    it('stays within its size limit, evicting the least recently used pack', async () => {
        const first = await build(new packCache_1.PackCache(cacheDir));
        const one = fs.statSync(first.file).size;
        const small = new packCache_1.PackCache(cacheDir, one * 1.5);
        const other = path.join(base, 'other');
        fs.cpSync(root, other, { recursive: true });
        const list = (0, layerLayout_1.toZipEntries)((await (0, folderScan_1.scanFolder)(other, { prewarmWorkers: 0 })).files, '');
        await (0, zipWriter_1.writeZip)(list, path.join(base, 'other.zip'), { cache: small, cacheKey: other });
        const packs = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.pack'));
        assert.deepStrictEqual(packs, [path.basename(small.packPath(other, 6))]);
    });
    it('reads back its index exactly (names in any script, large numbers), and refuses a damaged one', () => {
        const entries = [
            {
                p: 'node_modules/é/ü.js',
                d: 2049,
                i: 2 ** 52 + 3,
                s: 0,
                m: 1764460800123.25,
                x: 1,
                o: 0,
                c: 0,
                k: 0,
                crc: 0,
                dc: 0,
            },
            {
                p: '\u{1f600}/a b',
                d: 1,
                i: 7,
                s: 2 ** 40,
                m: 0,
                x: 0,
                o: 2 ** 33,
                c: 12345,
                k: 8,
                crc: 0xffffffff,
                dc: 0x80000000,
            },
        ];
        const index = (0, packIndex_1.indexOf)({ v: 2, level: 6, size: 2 ** 33 + 12345 + 100, sha256: 'x'.repeat(43) + '=' }, entries);
        const raw = (0, packIndex_1.encodeIndex)(index);
        const back = (0, packIndex_1.decodeIndex)(raw);
        assert.deepStrictEqual(back, index);
        assert.deepStrictEqual([(0, packIndex_1.recordAt)(back, 0), (0, packIndex_1.recordAt)(back, 1)], entries);
        assert.throws(() => (0, packIndex_1.decodeIndex)(raw.subarray(0, raw.length - 1)));
        assert.throws(() => (0, packIndex_1.decodeIndex)(Buffer.concat([raw, Buffer.from([0])])));
        const lying = Buffer.from(raw);
        lying.writeUInt32LE(1_000_000, 4 + 4 + 8 + 1 + 44);
        assert.throws(() => (0, packIndex_1.decodeIndex)(lying), /truncated/);
    });
});
//# sourceMappingURL=packCache.test.js.map