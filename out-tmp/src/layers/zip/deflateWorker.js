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
exports.BATCH_FIELDS = exports.SCAN_PROGRESS_EVERY = exports.METHOD_DEFLATE = exports.METHOD_STORED = void 0;
exports.batchEntry = batchEntry;
exports.deflateBatch = deflateBatch;
exports.deflatePart = deflatePart;
exports.deflateLarge = deflateLarge;
// Runs inside a worker_threads Worker (see deflatePool.ts). Reads files itself so the main thread never holds
// the input, deflates them (raw deflate, as zip wants) and sends back CRC, method and the compressed bytes.
// Small files come in batches and their outputs are packed into one transferred ArrayBuffer. The same worker
// also runs scanFolder's synchronous walk (folderWalk.ts), so a scan's worker is reused for deflating.
const fs = __importStar(require("fs"));
const promises_1 = require("stream/promises");
const stream_1 = require("stream");
const worker_threads_1 = require("worker_threads");
const zlib = __importStar(require("zlib"));
const crc32_1 = require("./crc32");
const deflateChoices_1 = require("./deflateChoices");
const folderWalk_1 = require("./folderWalk");
const libdeflate_1 = require("./libdeflate");
const scannedFile_1 = require("./scannedFile");
exports.METHOD_STORED = 0;
exports.METHOD_DEFLATE = 8;
/** Progress messages from the walk: one per this many files. */
exports.SCAN_PROGRESS_EVERY = 250;
function failure(err) {
    const e = err;
    return { ok: false, code: e.code ?? 'EUNKNOWN', message: e.message ?? String(err) };
}
/** Numbers per file in a batch's result table: size (-1: failed, see failures), CRC, method, offset, length. */
exports.BATCH_FIELDS = 5;
/** The result for file `k` of a batch. */
function batchEntry(res, k) {
    const t = res.table;
    const at = k * exports.BATCH_FIELDS;
    if (t[at] < 0) {
        const f = res.failures.find((x) => x.index === k);
        return { ok: false, code: f?.code ?? 'EUNKNOWN', message: f?.message ?? 'failed' };
    }
    return {
        ok: true,
        size: t[at],
        crc: t[at + 1],
        method: t[at + 2],
        offset: t[at + 3],
        length: t[at + 4],
    };
}
/**
 * Where a batch's entries are written, then copied out: kept between a worker's batches (its pages are already
 * mapped; measured on the Node tree, ~50 ms less CPU than a buffer per entry), let go on the main thread.
 */
let batchScratch = new Uint8Array(0);
function deflateBatch(req) {
    const table = new Float64Array(req.files.length * exports.BATCH_FIELDS);
    const failures = [];
    let total = 0;
    for (let i = 0; i < req.files.length; i++) {
        const file = req.files[i];
        const at = i * exports.BATCH_FIELDS;
        try {
            const ids = req.ids;
            const id = ids && !Number.isNaN(ids[i * 3])
                ? { dev: ids[i * 3], ino: ids[i * 3 + 1], mtimeMs: ids[i * 3 + 2] }
                : null;
            const raw = (0, scannedFile_1.readWhole)(file, req.sizes?.[i], id);
            // An entry takes at most its file's size: deflated only when smaller.
            if (batchScratch.length - total < raw.length) {
                const grown = new Uint8Array(Math.max(batchScratch.length * 2, total + raw.length, 1 << 20));
                grown.set(batchScratch.subarray(0, total));
                batchScratch = grown;
            }
            const deflated = (0, deflateChoices_1.deflateWholeInto)(file, raw, req.level, batchScratch, total);
            // Stored: copied out of the shared read buffer before the next read reuses it.
            if (deflated === 0)
                batchScratch.set(raw, total);
            const length = deflated === 0 ? raw.length : deflated;
            table[at] = raw.length;
            table[at + 1] = (0, crc32_1.crc32)(raw);
            table[at + 2] = deflated === 0 ? exports.METHOD_STORED : exports.METHOD_DEFLATE;
            table[at + 3] = total;
            table[at + 4] = length;
            total += length;
        }
        catch (err) {
            table[at] = -1;
            const f = failure(err);
            failures.push({ index: i, code: f.code, message: f.message });
        }
    }
    // One fresh (unpooled) buffer of the batch's size, so it can be transferred without copying back.
    const data = batchScratch.slice(0, total).buffer;
    if (worker_threads_1.isMainThread) {
        // A re-pack with little to deflate runs here, in the extension host: keep nothing for the next one.
        batchScratch = new Uint8Array(0);
        (0, libdeflate_1.releaseLibdeflate)();
    }
    return { table, failures, data };
}
/**
 * Deflates bytes [start, end) of a file as one piece of a raw deflate stream, as pigz splits work: the 32 KiB before
 * `start` are the dictionary, and a sync flush (byte-aligned, not final) ends every part but the file's last, so the
 * parts concatenated are one stream; their CRCs combine (crc32Combine). The file must be the scanned one, unchanged
 * while read. A part whose first 64 KiB do not shrink is stored blocks (level 0). Depends on bytes and cuts only.
 */
function deflatePart(req) {
    try {
        const { fd, stat } = (0, scannedFile_1.openScanned)(req.absPath, req.size, req.identity);
        try {
            const from = Math.max(0, req.start - deflateChoices_1.DICTIONARY_BYTES);
            const want = req.end - from;
            if (req.end > stat.size || req.start >= req.end)
                throw (0, scannedFile_1.changedError)();
            const read = (0, scannedFile_1.readSpan)(fd, from, want);
            const after = fs.fstatSync(fd);
            if (read.length !== want || after.size !== stat.size || after.mtimeMs !== stat.mtimeMs)
                throw (0, scannedFile_1.changedError)();
            const dictionary = read.subarray(0, req.start - from);
            const raw = read.subarray(req.start - from);
            const last = req.end === stat.size;
            const out = (0, deflateChoices_1.deflatePiece)(req.absPath, { raw, dictionary, last }, req.level) ?? (0, deflateChoices_1.storedBlocks)(raw, last);
            // A fresh buffer of its own, so it can be transferred.
            const data = new Uint8Array(out.length);
            data.set(out);
            return { result: { ok: true, crc: (0, crc32_1.crc32)(raw), length: raw.length }, data: data.buffer };
        }
        finally {
            fs.closeSync(fd);
        }
    }
    catch (err) {
        return { result: failure(err), data: new ArrayBuffer(0) };
    }
}
const SAMPLE_BYTES = 256 * 1024;
/**
 * Large files are stored without a full deflate pass when their first 256 KiB shrink by less than 2%
 * (archives, images, compressed binaries). Decided by content only, so output stays deterministic.
 */
function looksIncompressible(fd, level) {
    const sample = Buffer.alloc(SAMPLE_BYTES);
    const bytesRead = fs.readSync(fd, sample, 0, SAMPLE_BYTES, 0);
    if (bytesRead < SAMPLE_BYTES)
        return false;
    return zlib.deflateRawSync(sample, { level, memLevel: deflateChoices_1.MEM_LEVEL }).length >= bytesRead * 0.98;
}
async function deflateLarge(req) {
    let size = 0;
    let crc = 0;
    let compressedSize = 0;
    let opened;
    try {
        opened = (0, scannedFile_1.openScanned)(req.absPath, req.size, req.identity);
        const { fd, stat } = opened;
        const read = () => fs.createReadStream('', { fd, start: 0, autoClose: false, highWaterMark: 1 << 20 });
        if ((0, deflateChoices_1.compressedByName)(req.absPath) || looksIncompressible(fd, req.level)) {
            // Store without deflating the whole file: only the CRC needs a pass over the data. The writer copies the
            // bytes in a second read and checks them against this CRC.
            for await (const chunk of read()) {
                const b = chunk;
                size += b.length;
                crc = (0, crc32_1.crc32)(b, crc);
            }
            (0, scannedFile_1.checkUnchanged)(fd, stat, size);
            return { ok: true, size, crc, method: exports.METHOD_STORED, compressedSize: size, spilled: false };
        }
        const measure = new stream_1.Transform({
            transform(chunk, _enc, done) {
                size += chunk.length;
                crc = (0, crc32_1.crc32)(chunk, crc);
                done(null, chunk);
            },
        });
        const count = new stream_1.Transform({
            transform(chunk, _enc, done) {
                compressedSize += chunk.length;
                done(null, chunk);
            },
        });
        await (0, promises_1.pipeline)(read(), measure, zlib.createDeflateRaw({ level: req.level, memLevel: deflateChoices_1.MEM_LEVEL, chunkSize: 1 << 18 }), count, fs.createWriteStream(req.spillPath));
        (0, scannedFile_1.checkUnchanged)(fd, stat, size);
        if (compressedSize >= size) {
            await fs.promises.rm(req.spillPath, { force: true });
            return { ok: true, size, crc, method: exports.METHOD_STORED, compressedSize: size, spilled: false };
        }
        return { ok: true, size, crc, method: exports.METHOD_DEFLATE, compressedSize, spilled: true };
    }
    catch (err) {
        await fs.promises.rm(req.spillPath, { force: true });
        return failure(err);
    }
    finally {
        if (opened)
            fs.closeSync(opened.fd);
    }
}
if (worker_threads_1.parentPort) {
    const port = worker_threads_1.parentPort;
    port.on('message', (req) => {
        if (req.kind === 'scan') {
            let res;
            try {
                const result = (0, folderWalk_1.walkFolderSync)(req.walk, (n) => {
                    if (n % exports.SCAN_PROGRESS_EVERY === 0) {
                        const progress = { id: req.id, kind: 'scanProgress', filesFound: n };
                        port.postMessage(progress);
                    }
                });
                res = { id: req.id, kind: 'scan', result };
            }
            catch (err) {
                const f = failure(err);
                res = { id: req.id, kind: 'scanError', code: f.code, message: f.message };
            }
            port.postMessage(res);
        }
        else if (req.kind === 'part') {
            const { result, data } = deflatePart(req);
            const res = { id: req.id, kind: 'part', result, data };
            port.postMessage(res, [data]);
        }
        else if (req.kind === 'batch') {
            const res = { id: req.id, kind: 'batch', ...deflateBatch(req) };
            port.postMessage(res, [res.data, res.table.buffer]);
        }
        else {
            void deflateLarge(req).then((result) => {
                const res = { id: req.id, kind: 'large', result };
                port.postMessage(res);
            });
        }
    });
}
//# sourceMappingURL=deflateWorker.js.map