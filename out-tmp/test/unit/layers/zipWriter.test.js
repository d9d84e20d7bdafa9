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
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const stream_1 = require("stream");
const zlib = __importStar(require("zlib"));
const crc32_1 = require("../../../src/layers/zip/crc32");
const deflateWorker_1 = require("../../../src/layers/zip/deflateWorker");
const scannedFile_1 = require("../../../src/layers/zip/scannedFile");
const zipPlan_1 = require("../../../src/layers/zip/zipPlan");
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const zipWriter_1 = require("../../../src/layers/zip/zipWriter");
const zipEntryIo_1 = require("../../../src/layers/zip/zipEntryIo");
const zipOrder_1 = require("../../../src/layers/zip/zipOrder");
const workerCache_1 = require("../../../src/layers/zip/workerCache");
function readZip(buf) {
    const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    assert.ok(eocd >= 0, 'end of central directory record');
    let count = buf.readUInt16LE(eocd + 10);
    let cdOffset = buf.readUInt32LE(eocd + 16);
    const locator = eocd - 20;
    const zip64End = locator >= 0 && buf.readUInt32LE(locator) === 0x07064b50;
    if (zip64End) {
        const rec = Number(buf.readBigUInt64LE(locator + 8));
        assert.strictEqual(buf.readUInt32LE(rec), 0x06064b50);
        count = Number(buf.readBigUInt64LE(rec + 32));
        cdOffset = Number(buf.readBigUInt64LE(rec + 48));
    }
    const entries = [];
    let at = cdOffset;
    for (let i = 0; i < count; i++) {
        assert.strictEqual(buf.readUInt32LE(at), 0x02014b50, `central header ${i}`);
        const nameLen = buf.readUInt16LE(at + 28);
        const extraLen = buf.readUInt16LE(at + 30);
        const commentLen = buf.readUInt16LE(at + 32);
        let compressedSize = buf.readUInt32LE(at + 20);
        let size = buf.readUInt32LE(at + 24);
        let offset = buf.readUInt32LE(at + 42);
        const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
        let zip64Extra = false;
        let e = at + 46 + nameLen;
        const extraEnd = e + extraLen;
        while (e < extraEnd) {
            const id = buf.readUInt16LE(e);
            const len = buf.readUInt16LE(e + 2);
            if (id === 1) {
                zip64Extra = true;
                let p = e + 4;
                if (size === 0xffffffff) {
                    size = Number(buf.readBigUInt64LE(p));
                    p += 8;
                }
                if (compressedSize === 0xffffffff) {
                    compressedSize = Number(buf.readBigUInt64LE(p));
                    p += 8;
                }
                if (offset === 0xffffffff)
                    offset = Number(buf.readBigUInt64LE(p));
            }
            e += 4 + len;
        }
        assert.strictEqual(buf.readUInt32LE(offset), 0x04034b50, `local header ${name}`);
        const dataStart = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
        const raw = buf.subarray(dataStart, dataStart + compressedSize);
        const method = buf.readUInt16LE(at + 10);
        const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
        entries.push({
            name,
            method,
            crc: buf.readUInt32LE(at + 16),
            compressedSize,
            size,
            mode: buf.readUInt32LE(at + 38) >>> 16,
            madeBy: buf.readUInt16LE(at + 4) >>> 8,
            flags: buf.readUInt16LE(at + 8),
            dosTime: buf.readUInt16LE(at + 12),
            dosDate: buf.readUInt16LE(at + 14),
            zip64Extra,
            raw,
            data,
        });
        at += 46 + nameLen + extraLen + commentLen;
    }
    return { entries, zip64End };
}
function unzipTest(file) {
    const r = (0, child_process_1.spawnSync)('/usr/bin/unzip', ['-tq', file], { encoding: 'utf8' });
    return { ok: r.status === 0, output: r.stdout + r.stderr };
}
function entry(dir, rel, zipPath = rel) {
    const abs = path.join(dir, rel);
    const st = fs.statSync(abs);
    return { zipPath, absPath: abs, size: st.size, executable: (st.mode & 0o111) !== 0 };
}
describe('zipWriter', () => {
    let dir;
    let outDir;
    const js = 'export function add(a, b) { return a + b; }\n'.repeat(400);
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zipw-src-'));
        outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zipw-out-'));
        fs.mkdirSync(path.join(dir, 'lib/deep'), { recursive: true });
        fs.mkdirSync(path.join(dir, 'bin'));
        fs.writeFileSync(path.join(dir, 'index.js'), js);
        fs.writeFileSync(path.join(dir, 'lib/deep/util.js'), js.toUpperCase());
        fs.writeFileSync(path.join(dir, 'empty.txt'), '');
        fs.writeFileSync(path.join(dir, 'random.bin'), (0, crypto_1.randomBytes)(70_000));
        fs.writeFileSync(path.join(dir, 'bin/tool'), '#!/bin/sh\necho hi\n', { mode: 0o755 });
        fs.writeFileSync(path.join(dir, 'lib/héllo.txt'), 'unicode name');
    });
    afterEach(() => {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.rmSync(outDir, { recursive: true, force: true });
    });
    const all = () => ['index.js', 'lib/deep/util.js', 'empty.txt', 'random.bin', 'bin/tool', 'lib/héllo.txt'].map((r) => entry(dir, r));
    it('round-trips through unzip -t and a reader, sorted, with sha256 of the bytes', async () => {
        const out = path.join(outDir, 'a.zip');
        const res = await (0, zipWriter_1.writeZip)(all(), out);
        const test = unzipTest(out);
        assert.ok(test.ok, test.output);
        const bytes = fs.readFileSync(out);
        assert.strictEqual(res.size, bytes.length);
        assert.strictEqual(res.sha256Base64, (0, crypto_1.createHash)('sha256').update(bytes).digest('base64'));
        assert.strictEqual(res.entries, 6);
        const { entries, zip64End } = readZip(bytes);
        assert.strictEqual(zip64End, false);
        assert.deepStrictEqual(entries.map((e) => e.name), ['bin/tool', 'empty.txt', 'index.js', 'lib/deep/util.js', 'lib/héllo.txt', 'random.bin']);
        for (const e of entries) {
            assert.deepStrictEqual(e.data, fs.readFileSync(path.join(dir, e.name)), e.name);
            assert.strictEqual(e.crc, zlib.crc32(e.data), e.name);
            assert.strictEqual(e.dosDate, 0x21, 'date 1980-01-01');
            assert.strictEqual(e.dosTime, 0);
            assert.strictEqual(e.madeBy, 3, 'Unix');
        }
        assert.strictEqual(res.uncompressedSize, entries.reduce((n, e) => n + e.size, 0));
        // Also let Info-ZIP extract and compare.
        const ex = path.join(outDir, 'x');
        (0, child_process_1.execFileSync)('/usr/bin/unzip', ['-q', out, '-d', ex]);
        assert.strictEqual(fs.readFileSync(path.join(ex, 'lib/deep/util.js'), 'utf8'), js.toUpperCase());
    });
    it('deflates text, stores incompressible and empty files, flags UTF-8 names', async () => {
        const out = path.join(outDir, 'a.zip');
        await (0, zipWriter_1.writeZip)(all(), out);
        const byName = new Map(readZip(fs.readFileSync(out)).entries.map((e) => [e.name, e]));
        assert.strictEqual(byName.get('index.js').method, 8);
        assert.ok(byName.get('index.js').compressedSize < 1000);
        assert.strictEqual(byName.get('random.bin').method, 0);
        assert.strictEqual(byName.get('random.bin').compressedSize, 70_000);
        assert.strictEqual(byName.get('empty.txt').method, 0);
        assert.strictEqual(byName.get('lib/héllo.txt').flags & 0x800, 0x800);
        assert.strictEqual(byName.get('index.js').flags & 0x800, 0);
    });
    it('keeps the executable bit as 0755 and normalises the rest to 0644', async () => {
        fs.chmodSync(path.join(dir, 'index.js'), 0o600);
        const out = path.join(outDir, 'a.zip');
        await (0, zipWriter_1.writeZip)(all(), out);
        const byName = new Map(readZip(fs.readFileSync(out)).entries.map((e) => [e.name, e]));
        assert.strictEqual(byName.get('bin/tool').mode, 0o100755);
        assert.strictEqual(byName.get('index.js').mode, 0o100644);
        const listing = (0, child_process_1.execFileSync)('/usr/bin/unzip', ['-Z', out], { encoding: 'utf8' });
        assert.match(listing, /-rwxr-xr-x .* bin\/tool/);
        assert.match(listing, /-rw-r--r-- .* index\.js/);
    });
    it('is byte-identical across runs, input orders, mtimes, worker counts and large-file thresholds', async () => {
        const a = await (0, zipWriter_1.writeZip)(all(), path.join(outDir, 'a.zip'));
        fs.utimesSync(path.join(dir, 'index.js'), new Date('2001-02-03'), new Date('2001-02-03'));
        const b = await (0, zipWriter_1.writeZip)(all().reverse(), path.join(outDir, 'b.zip'), { workers: 1 });
        const c = await (0, zipWriter_1.writeZip)(all(), path.join(outDir, 'c.zip'), { largeFileThreshold: 1 });
        assert.strictEqual(b.sha256Base64, a.sha256Base64);
        assert.strictEqual(c.sha256Base64, a.sha256Base64);
        assert.deepStrictEqual(fs.readFileSync(path.join(outDir, 'b.zip')), fs.readFileSync(path.join(outDir, 'a.zip')));
        fs.appendFileSync(path.join(dir, 'index.js'), 'x');
        const d = await (0, zipWriter_1.writeZip)(all(), path.join(outDir, 'd.zip'));
        assert.notStrictEqual(d.sha256Base64, a.sha256Base64);
    });
    it('reuses its idle workers across archives, dropping one that died while parked', async () => {
        await (0, workerCache_1.closeParkedWorkers)();
        // More files than one batch takes (128), so that both workers get used.
        const many = [
            ...all(),
            ...Array.from({ length: 200 }, (_, i) => entry(dir, 'index.js', `copies/${i}.js`)),
        ];
        const opts = { workers: 2 };
        const a = await (0, zipWriter_1.writeZip)(many, path.join(outDir, 'a.zip'), opts);
        assert.strictEqual((0, workerCache_1.parkedWorkerCount)((0, workerCache_1.defaultWorkerPath)()), 2);
        const dying = (0, workerCache_1.takeWorker)((0, workerCache_1.defaultWorkerPath)());
        (0, workerCache_1.parkWorker)((0, workerCache_1.defaultWorkerPath)(), dying);
        await dying.terminate();
        assert.strictEqual((0, workerCache_1.parkedWorkerCount)((0, workerCache_1.defaultWorkerPath)()), 1);
        const b = await (0, zipWriter_1.writeZip)(many, path.join(outDir, 'b.zip'), opts);
        assert.strictEqual(b.sha256Base64, a.sha256Base64);
        assert.strictEqual((0, workerCache_1.parkedWorkerCount)((0, workerCache_1.defaultWorkerPath)()), 2);
        await (0, workerCache_1.closeParkedWorkers)();
    });
    it('streams large files through a temp file, storing incompressible ones, the same bytes every time', async () => {
        // Only files of 2 MiB or more take this path (smaller ones are always deflated whole in memory).
        fs.writeFileSync(path.join(dir, 'big-random.bin'), (0, crypto_1.randomBytes)(2_200_000));
        fs.writeFileSync(path.join(dir, 'big-text.js'), js.repeat(Math.ceil(2_200_000 / js.length)));
        const list = [...all(), entry(dir, 'big-random.bin'), entry(dir, 'big-text.js')];
        const streamed = await (0, zipWriter_1.writeZip)(list, path.join(outDir, 's.zip'), {
            largeFileThreshold: 2 * 1024 * 1024,
        });
        const again = await (0, zipWriter_1.writeZip)(list, path.join(outDir, 't.zip'), { largeFileThreshold: 2 * 1024 * 1024 });
        const inMemory = await (0, zipWriter_1.writeZip)(list, path.join(outDir, 'm.zip'));
        assert.strictEqual(again.sha256Base64, streamed.sha256Base64);
        assert.notStrictEqual(inMemory.sha256Base64, streamed.sha256Base64, 'the big files took the other path');
        const read = (f) => new Map(readZip(fs.readFileSync(path.join(outDir, f))).entries.map((e) => [e.name, e]));
        const byName = read('s.zip');
        assert.strictEqual(byName.get('big-random.bin').method, 0);
        assert.deepStrictEqual(byName.get('big-random.bin').data, fs.readFileSync(path.join(dir, 'big-random.bin')));
        assert.strictEqual(byName.get('big-text.js').method, 8);
        assert.deepStrictEqual(byName.get('big-text.js').data, fs.readFileSync(path.join(dir, 'big-text.js')));
        // The smaller files' entries are the in-memory archive's, byte for byte.
        const memory = read('m.zip');
        for (const e of all())
            assert.deepStrictEqual(byName.get(e.zipPath).raw, memory.get(e.zipPath).raw);
        const leftovers = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('lambda-zip-'));
        assert.deepStrictEqual(leftovers, [], 'temp spill folders removed');
    });
    it('writes to a Writable with the same bytes and ends it', async () => {
        const file = await (0, zipWriter_1.writeZip)(all(), path.join(outDir, 'a.zip'));
        const sink = new stream_1.PassThrough();
        const chunks = [];
        sink.on('data', (c) => chunks.push(c));
        const res = await (0, zipWriter_1.writeZip)(all(), sink);
        assert.strictEqual(res.path, undefined);
        assert.strictEqual(res.sha256Base64, file.sha256Base64);
        assert.ok(sink.writableEnded);
        assert.deepStrictEqual(Buffer.concat(chunks), fs.readFileSync(path.join(outDir, 'a.zip')));
    });
    it('writes zip64 records when forced, and unzip -t accepts them', async () => {
        const out = path.join(outDir, 'z64.zip');
        // One file big enough (2 MiB) for the streaming path (deflated through a temp file).
        fs.writeFileSync(path.join(dir, 'big-text.js'), js.repeat(Math.ceil(2_200_000 / js.length)));
        const list = [...all(), entry(dir, 'big-text.js')];
        await (0, zipWriter_1.writeZip)(list, out, { forceZip64: true, largeFileThreshold: 2 * 1024 * 1024 });
        const test = unzipTest(out);
        assert.ok(test.ok, test.output);
        const { entries, zip64End } = readZip(fs.readFileSync(out));
        assert.ok(zip64End);
        assert.ok(entries.every((e) => e.zip64Extra));
        assert.deepStrictEqual(entries.find((e) => e.name === 'random.bin').data, fs.readFileSync(path.join(dir, 'random.bin')));
        assert.deepStrictEqual(entries.find((e) => e.name === 'big-text.js').data, fs.readFileSync(path.join(dir, 'big-text.js')));
    });
    it('switches to zip64 on its own past 65535 entries', async function () {
        this.timeout(60_000);
        const tiny = path.join(dir, 'tiny.txt');
        fs.writeFileSync(tiny, 'hi\n');
        const many = [];
        for (let i = 0; i < 65_600; i++)
            many.push({
                zipPath: `f/${String(i).padStart(5, '0')}.txt`,
                absPath: tiny,
                size: 3,
                executable: false,
            });
        const out = path.join(outDir, 'many.zip');
        const res = await (0, zipWriter_1.writeZip)(many, out);
        assert.strictEqual(res.entries, 65_600);
        const test = unzipTest(out);
        assert.ok(test.ok, test.output);
        const { entries, zip64End } = readZip(fs.readFileSync(out));
        assert.ok(zip64End);
        assert.strictEqual(entries.length, 65_600);
        assert.strictEqual(entries[65_599].name, 'f/65599.txt');
    });
    it('reports progress and, when cancelled, rejects and removes the partial file', async () => {
        const big = [];
        const content = (0, crypto_1.randomBytes)(200_000);
        for (let i = 0; i < 60; i++) {
            fs.writeFileSync(path.join(dir, `p${i}.bin`), content);
            big.push(entry(dir, `p${i}.bin`));
        }
        const out = path.join(outDir, 'cancel.zip');
        const controller = new AbortController();
        const seen = [];
        await assert.rejects((0, zipWriter_1.writeZip)(big, out, {
            signal: controller.signal,
            onProgress: (p) => {
                seen.push(p.bytesDone);
                assert.strictEqual(p.bytesTotal, 60 * 200_000);
                controller.abort();
            },
        }), (err) => err.name === 'AbortError');
        assert.ok(seen.length >= 1);
        assert.strictEqual(fs.existsSync(out), false, 'partial archive removed');
        const progress = [];
        await (0, zipWriter_1.writeZip)(big, out, { onProgress: (p) => progress.push(p.bytesDone) });
        assert.strictEqual(progress[progress.length - 1], 60 * 200_000);
        assert.ok(progress.every((v, i) => i === 0 || v >= progress[i - 1]));
    });
    it('fails with the file name when a file vanished, leaving no archive behind', async () => {
        const entries = all();
        fs.rmSync(path.join(dir, 'index.js'));
        const out = path.join(outDir, 'gone.zip');
        await assert.rejects((0, zipWriter_1.writeZip)(entries, out), (err) => err instanceof zipEntryIo_1.ZipEntryError && /index\.js/.test(err.message));
        assert.strictEqual(fs.existsSync(out), false);
    });
    it('gives the same archive bytes for a fixed tree as before the writer was tuned', async () => {
        // Deterministic content: JS-like text, an incompressible blob, a 300 kB file, an empty file, an executable and
        // a UTF-8 name. The SHA-256 was computed with the writer at commit 052c6cb (Node 20's zlib), and again when
        // whole files moved to libdeflate (252,700 bytes before, 259,266 after: text of random words is an input where
        // libdeflate's level 6 is larger than zlib's; on the bench's real trees the archive is 0.33% larger (Node) and
        // 1.4% smaller (Python)). Any change to the bytes (order, headers, deflate parameters) shows up here.
        const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'zipw-gold-'));
        try {
            let s = 12345;
            const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
            const words = [
                'const',
                'value',
                'return',
                'function',
                'module',
                'exports',
                'require',
                'data',
                'index',
                'async',
            ];
            const text = (n) => {
                let t = '';
                while (t.length < n)
                    t += words[next() % words.length] + (next() % 7 === 0 ? ';\n' : ' ');
                return t.slice(0, n);
            };
            for (let p = 0; p < 12; p++) {
                for (let f = 0; f < 15; f++) {
                    const rel = `node_modules/pkg-${p}/${f % 2 ? 'lib' : 'dist'}/f${f}.js`;
                    fs.mkdirSync(path.join(tree, path.dirname(rel)), { recursive: true });
                    fs.writeFileSync(path.join(tree, rel), text(200 + (next() % 9000)));
                }
            }
            const bin = Buffer.alloc(90_000);
            for (let i = 0; i < bin.length; i++)
                bin[i] = next() >>> 24;
            fs.writeFileSync(path.join(tree, 'blob.bin'), bin);
            fs.writeFileSync(path.join(tree, 'big.js'), text(300_000));
            fs.writeFileSync(path.join(tree, 'empty.txt'), '');
            fs.mkdirSync(path.join(tree, 'bin'));
            fs.writeFileSync(path.join(tree, 'bin/tool'), '#!/bin/sh\necho hi\n', { mode: 0o755 });
            fs.writeFileSync(path.join(tree, 'héllo.txt'), 'unicode name');
            const scan = await (0, folderScan_1.scanFolder)(tree);
            const list = scan.files.map((f) => ({
                zipPath: f.path,
                absPath: f.absPath,
                size: f.size,
                executable: f.executable,
            }));
            const golden = '5m+7Z0OHCDmyILNFkIfyvWVyhMgSIy+RE8LZ5jvweHk=';
            for (const opts of [{}, { largeFileThreshold: 100_000 }, { workers: 1 }]) {
                const res = await (0, zipWriter_1.writeZip)(list, path.join(outDir, 'gold.zip'), opts);
                assert.strictEqual(res.sha256Base64, golden, JSON.stringify(opts));
                assert.strictEqual(res.size, 259_266);
                assert.strictEqual(res.entries, 185);
            }
        }
        finally {
            fs.rmSync(tree, { recursive: true, force: true });
        }
    });
    it('refuses a file that grew after it was listed, naming it', async () => {
        const listed = entry(dir, 'index.js');
        fs.appendFileSync(path.join(dir, 'index.js'), '// appended after the scan\n');
        const out = path.join(outDir, 'grown.zip');
        await assert.rejects((0, zipWriter_1.writeZip)([listed], out), (err) => err instanceof zipEntryIo_1.ZipEntryError && err.message === 'index.js changed while packaging — publish again');
        assert.strictEqual(fs.existsSync(out), false);
    });
    it('refuses duplicate and unsafe paths', async () => {
        const e = entry(dir, 'index.js');
        await assert.rejects((0, zipWriter_1.writeZip)([e, { ...e }], path.join(outDir, 'dup.zip')), /Duplicate path in archive: index\.js/);
        await assert.rejects((0, zipWriter_1.writeZip)([{ ...e, zipPath: '../evil.js' }], path.join(outDir, 'bad.zip')), /Invalid path/);
    });
    it('orders names by their UTF-8 bytes, astral characters after U+E000..U+FFFF', () => {
        const names = [
            'b',
            'a/b',
            'a',
            'a-b',
            'a/',
            'Z',
            'é',
            'e\u0301',
            '\uffee',
            '\u{1f600}',
            '\u{10000}x',
            'ab',
            '\ue000',
        ];
        const byBytes = [...names].sort((p, q) => Buffer.compare(Buffer.from(p), Buffer.from(q)));
        assert.deepStrictEqual([...names].sort(zipOrder_1.compareZipPaths), byBytes);
        assert.deepStrictEqual(byBytes.slice(-4), ['\ue000', '\uffee', '\u{10000}x', '\u{1f600}']);
        assert.strictEqual((0, zipOrder_1.compareZipPaths)('same/é', 'same/é'), 0);
    });
    it('splits a big file into parts deflated side by side: one valid stream, stored parts where deflate cannot help, the same bytes with any worker count', async () => {
        const text = Buffer.from(js.repeat(Math.ceil((zipPlan_1.SPLIT_FROM * 2.5) / js.length)));
        const noise = (0, crypto_1.randomBytes)(zipPlan_1.SPLIT_FROM + 12_345);
        // Compressible text, then noise: the noise's parts go in as stored blocks inside the one deflate stream.
        const mixed = Buffer.concat([text.subarray(0, zipPlan_1.PART_BYTES + 777), (0, crypto_1.randomBytes)(zipPlan_1.PART_BYTES * 2)]);
        fs.writeFileSync(path.join(dir, 'big.js'), text);
        fs.writeFileSync(path.join(dir, 'noise.bin'), noise);
        fs.writeFileSync(path.join(dir, 'mixed.so'), mixed);
        const list = [...all(), entry(dir, 'big.js'), entry(dir, 'noise.bin'), entry(dir, 'mixed.so')];
        const two = await (0, zipWriter_1.writeZip)(list, path.join(outDir, 'two.zip'), { workers: 2 });
        const one = await (0, zipWriter_1.writeZip)(list, path.join(outDir, 'one.zip'), { workers: 1 });
        assert.strictEqual(one.sha256Base64, two.sha256Base64);
        const check = unzipTest(path.join(outDir, 'two.zip'));
        assert.ok(check.ok, check.output);
        const byName = new Map(readZip(fs.readFileSync(path.join(outDir, 'two.zip'))).entries.map((e) => [e.name, e]));
        const big = byName.get('big.js');
        assert.strictEqual(big.method, 8);
        assert.ok(big.data.equals(text));
        assert.strictEqual(big.crc, zlib.crc32(text));
        // The cuts cost next to nothing against one stream over the whole file.
        const whole = zlib.deflateRawSync(text, { level: 6 }).length;
        assert.ok(big.compressedSize < whole * 1.01 + 64, `${big.compressedSize} vs ${whole}`);
        assert.strictEqual(byName.get('noise.bin').method, 0);
        assert.ok(byName.get('noise.bin').data.equals(noise));
        const m = byName.get('mixed.so');
        assert.strictEqual(m.method, 8);
        assert.ok(m.data.equals(mixed));
        assert.ok(m.compressedSize < mixed.length, 'the text part shrank, the noise parts did not grow much');
    });
    it('refuses a part of a file that changed after an earlier part was read', () => {
        const file = path.join(dir, 'grows.js');
        fs.writeFileSync(file, js.repeat(Math.ceil((zipPlan_1.PART_BYTES * 3) / js.length)));
        const st = fs.statSync(file);
        const id = { dev: st.dev, ino: st.ino, mtimeMs: st.mtimeMs };
        const req = { id: 1, kind: 'part', level: 6, absPath: file, size: st.size, identity: id };
        const first = (0, deflateWorker_1.deflatePart)({ ...req, start: 0, end: zipPlan_1.PART_BYTES });
        assert.strictEqual(first.result.ok, true);
        fs.appendFileSync(file, 'more');
        const second = (0, deflateWorker_1.deflatePart)({ ...req, start: zipPlan_1.PART_BYTES, end: 2 * zipPlan_1.PART_BYTES });
        assert.deepStrictEqual(second.result.ok ? 'read' : second.result.code, scannedFile_1.CHANGED);
    });
    it('combines the CRC-32 of two parts into the CRC-32 of the whole', () => {
        for (const [a, b] of [
            [0, 0],
            [1, 1],
            [100, 3],
            [70_000, 123_457],
            [5, 0],
            [0, 5],
        ]) {
            const x = (0, crypto_1.randomBytes)(a);
            const y = (0, crypto_1.randomBytes)(b);
            assert.strictEqual((0, crc32_1.crc32Combine)((0, crc32_1.crc32)(x), (0, crc32_1.crc32)(y), b), zlib.crc32(Buffer.concat([x, y])), `${a}+${b}`);
        }
    });
    it('computes CRC-32 like zlib with the table fallback too', () => {
        const data = (0, crypto_1.randomBytes)(100_003);
        assert.strictEqual((0, crc32_1.crc32Js)(data), zlib.crc32(data));
        assert.strictEqual((0, crc32_1.crc32)(data), zlib.crc32(data));
        assert.strictEqual((0, crc32_1.crc32Js)(data.subarray(50_000), (0, crc32_1.crc32Js)(data.subarray(0, 50_000))), zlib.crc32(data));
        assert.strictEqual((0, crc32_1.crc32Js)(Buffer.from('123456789')), 0xcbf43926);
    });
});
//# sourceMappingURL=zipWriter.test.js.map