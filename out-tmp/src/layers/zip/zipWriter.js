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
exports.DEFAULT_LEVEL = void 0;
exports.writeZip = writeZip;
// Streaming, deterministic zip writer. Files are read and deflated by a worker pool (one worker per core), in
// batches for small files; the main thread only writes headers and compressed bytes in sorted entry order, hashes
// them (SHA-256, Lambda's CodeSha256) and never holds more than a bounded window of compressed data.
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const deflateChoices_1 = require("./deflateChoices");
const deflateWorker_1 = require("./deflateWorker");
const zipEntryIo_1 = require("./zipEntryIo");
const crc32_1 = require("./crc32");
const deflatePool_1 = require("./deflatePool");
const zipRecords_1 = require("./zipRecords");
const zipEntryWrite_1 = require("./zipEntryWrite");
const zipSink_1 = require("./zipSink");
const zipPlan_1 = require("./zipPlan");
const packCache_1 = require("./packCache");
const packIndex_1 = require("./packIndex");
const WINDOW_BYTES = 16 * 1024 * 1024;
/** A re-pack with at most this much to deflate (small files only) does it without workers. */
const INLINE_BYTES = 256 * 1024;
/** The deflate level when none is given (Info-ZIP's and zlib's default). */
exports.DEFAULT_LEVEL = 6;
function abortError(signal) {
    const reason = signal?.reason;
    return reason instanceof Error ? reason : new Error('Packaging cancelled');
}
/** A cached entry whose bytes do not match their CRC: the build starts again without reading the pack. */
class DamagedPack extends Error {
}
/**
 * Writes `entries` (any order; they are sorted by zipPath) as a zip to `target`: a file path (removed again on
 * failure or cancel) or a Writable (ended on success, destroyed on failure). Identical input gives identical bytes.
 */
async function writeZip(entries, target, options = {}) {
    const level = options.level ?? exports.DEFAULT_LEVEL;
    if (!Number.isInteger(level) || level < 0 || level > 9)
        throw new RangeError(`Deflate level must be 0..9: ${level}`);
    options.signal?.throwIfAborted();
    const sorted = (0, zipPlan_1.sortedEntries)(entries);
    const cacheKey = options.cache ? (options.cacheKey ?? (0, zipEntryWrite_1.commonFolder)(sorted)) : '';
    // Only a build into a file can start again (see DamagedPack). Zip64 headers everywhere (a test option) make
    // other bytes: such archives neither use nor feed the cache.
    const cache = options.forceZip64 || typeof target !== 'string' ? undefined : options.cache;
    // Usually opened already, while the folder was scanned (PackCache.prefetch).
    const pack = await cache?.open(cacheKey, level);
    if (pack && typeof target === 'string' && pack.unchangedFor(sorted)) {
        // Nothing changed since the cached archive: its bytes, checked against their SHA-256, are the archive.
        const known = await pack.copyArchive(target, options.signal).catch(async (err) => {
            pack.close();
            await fs.promises.rm(target, { force: true });
            throw err;
        });
        if (known) {
            pack.close();
            const uncompressedSize = sorted.reduce((n, e) => n + e.size, 0);
            return {
                path: target,
                size: known.size,
                sha256Base64: known.sha256,
                uncompressedSize,
                entries: sorted.length,
            };
        }
    }
    const packing = cache ? { cache, key: cacheKey } : undefined;
    try {
        return await buildZip(sorted, target, options, level, packing, pack);
    }
    catch (err) {
        // A damaged pack is never packaged: a clean build instead (in the workers, with a clean build's bytes), which
        // replaces the pack.
        if (!(err instanceof DamagedPack))
            throw err;
        return buildZip(sorted, target, options, level, packing, undefined);
    }
}
/** The build behind writeZip: `pack` (an open cached archive) gives the bytes of unchanged entries. */
async function buildZip(sorted, target, options, level, packing, pack) {
    const force = options.forceZip64 ?? false;
    const signal = options.signal;
    let packOut;
    const jobs = (0, zipPlan_1.planJobs)(sorted, options.largeFileThreshold ?? 16 * 1024 * 1024, pack, (e) => !(0, deflateChoices_1.compressedByName)(e.absPath));
    const bytesTotal = sorted.reduce((n, e) => n + e.size, 0);
    const hasLarge = jobs.some((j) => j.kind === 'large');
    // A re-pack with little to deflate does it on this thread: starting a worker costs more than deflating it.
    const inline = pack !== undefined &&
        jobs.every((j) => j.kind === 'cached' || j.kind === 'batch') &&
        jobs.reduce((n, j) => n + (j.kind === 'batch' ? j.memBytes : 0), 0) <= INLINE_BYTES;
    const needsPool = !inline && jobs.some((j) => j.kind !== 'cached');
    let out;
    const sink = new zipSink_1.Sink(async (d) => {
        await Promise.all([packOut?.writeAsync(d), out.write(d)]);
    }, typeof target === 'string');
    /** Writes an entry's headers for `data` (which the caller adds next); the new pack remembers where it goes. */
    const startEntry = (entry, method, crc, size, data, dataCrc) => {
        (0, zipEntryWrite_1.writeEntry)(sink, central, entry, method, crc, data.length, size, force);
        if (packOut)
            (0, zipEntryWrite_1.remember)(packOut, entry, sink.offset, method, crc, data.length, dataCrc ?? (0, crc32_1.crc32)(data));
    };
    /** Adds an entry and its bytes. */
    const addEntry = (...args) => {
        startEntry(...args);
        sink.append(args[4]);
    };
    // Central directory headers, built as each entry is written (while the workers deflate) rather than at the end.
    const central = { bytes: new zipSink_1.Bytes(256 * 1024), count: 0 };
    let spillDir;
    let pool;
    let onAbort;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(abortError(signal));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => undefined);
    try {
        if (hasLarge)
            spillDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'lambda-zip-'));
        packOut = packing?.cache.create(packing.key, level);
        const inFlightResults = [];
        // Buffers for cached runs, reused once a run is written (to a file: the sink copies what it is given, and what
        // it writes through is written once awaited): 37 MB of fresh buffers per re-pack made the collector run ~40 ms.
        const recycle = typeof target === 'string';
        const spare = [];
        const runBuffer = [];
        const takeBuffer = (n) => {
            if (!recycle)
                return undefined;
            const i = spare.findIndex((b) => b.length >= n);
            return i >= 0 ? spare.splice(i, 1)[0] : Buffer.allocUnsafeSlow(Math.max(n, zipPlan_1.CACHED_RUN_BYTES));
        };
        let dispatched = 0;
        let inFlightBytes = 0;
        const batchRun = (entries) => {
            const req = {
                kind: 'batch',
                level,
                files: entries.map((e) => e.absPath),
                sizes: entries.map((e) => e.size),
                ids: (0, zipEntryIo_1.identities)(entries),
            };
            return inline
                ? Promise.resolve({ id: 0, kind: 'batch', ...(0, deflateWorker_1.deflateBatch)({ id: 0, ...req }) })
                : pool.run(req);
        };
        const fill = () => {
            while (dispatched < jobs.length &&
                (inFlightBytes === 0 || inFlightBytes + jobs[dispatched].memBytes <= WINDOW_BYTES)) {
                const job = jobs[dispatched];
                if (job.kind !== 'cached' && !inline && (pool === undefined || !pool.hasCapacity()))
                    break;
                const p = job.kind === 'cached'
                    ? pack.read(job.start, job.memBytes, (runBuffer[dispatched] = takeBuffer(job.memBytes)))
                    : job.kind === 'part'
                        ? pool.run({
                            kind: 'part',
                            level,
                            absPath: job.entry.absPath,
                            size: job.entry.size,
                            identity: (0, zipEntryIo_1.identity)(job.entry),
                            start: job.start,
                            end: job.end,
                        })
                        : job.kind === 'batch'
                            ? batchRun(job.entries)
                            : pool.run({
                                kind: 'large',
                                level,
                                absPath: job.entry.absPath,
                                size: job.entry.size,
                                identity: (0, zipEntryIo_1.identity)(job.entry),
                                spillPath: path.join(spillDir, `${dispatched}.deflate`),
                            });
                p.catch(() => undefined);
                inFlightResults[dispatched] = p;
                inFlightBytes += job.memBytes;
                dispatched++;
            }
        };
        const workerCount = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), Math.max(1, jobs.filter((j) => j.kind !== 'cached').length)));
        if (needsPool)
            pool = new deflatePool_1.DeflatePool(workerCount, fill, options.workerPath);
        fill();
        // Opened once the workers have their first jobs: creating the file can take tens of ms.
        out = await (0, zipSink_1.openTarget)(target);
        let bytesDone = 0;
        let entriesDone = 0;
        let uncompressed = 0;
        for (let j = 0; j < jobs.length; j++) {
            const job = jobs[j];
            if (job.kind === 'part') {
                // The file's parts are the next `parts` jobs: each is taken (and leaves the window) as it comes back, so
                // the later ones can start; the entry is written once all are in (its header needs the sizes and CRC).
                const parts = [];
                let crc = 0;
                let compressed = 0;
                for (let k = 0; k < job.parts; k++) {
                    const pj = jobs[j + k];
                    if (inFlightResults[j + k] === undefined)
                        fill();
                    const res = await Promise.race([inFlightResults[j + k], aborted]);
                    inFlightResults[j + k] = undefined;
                    inFlightBytes -= pj.memBytes;
                    if (Buffer.isBuffer(res) || res.kind !== 'part')
                        throw new Error('Unexpected part result');
                    if (!res.result.ok)
                        throw (0, zipEntryIo_1.entryFailure)(job.entry, res.result);
                    crc = k === 0 ? res.result.crc : (0, crc32_1.crc32Combine)(crc, res.result.crc, res.result.length);
                    parts.push(Buffer.from(res.data));
                    compressed += res.data.byteLength;
                    fill();
                }
                const entry = job.entry;
                await (0, zipEntryWrite_1.writeParted)(sink, central, packOut, entry, { crc, compressed, parts }, force, signal);
                uncompressed += entry.size;
                bytesDone += entry.size;
                entriesDone++;
                j += job.parts - 1;
                signal?.throwIfAborted();
                options.onProgress?.({ bytesDone, bytesTotal, entriesDone, entriesTotal: sorted.length });
                continue;
            }
            if (inFlightResults[j] === undefined)
                fill();
            const res = await Promise.race([inFlightResults[j], aborted]);
            inFlightResults[j] = undefined;
            if (Buffer.isBuffer(res) && job.kind === 'cached') {
                const index = pack.index;
                for (let k = 0; k < job.entries.length; k++) {
                    const entry = job.entries[k];
                    const at = job.records[k] * packIndex_1.FIELDS;
                    const data = (0, packCache_1.verifiedSlice)(res, job.start, index, job.records[k]);
                    const n = index.numbers;
                    if (data) {
                        startEntry(entry, n[at + packIndex_1.F.k], n[at + packIndex_1.F.crc], n[at + packIndex_1.F.s], data, n[at + packIndex_1.F.dc]);
                        // Big bytes go on uncopied (copying would hold them twice).
                        if (data.length >= zipSink_1.FLUSH_BYTES)
                            await sink.writeThrough(data);
                        else
                            sink.append(data);
                    }
                    else
                        throw new DamagedPack(`Damaged in the pack: ${entry.zipPath}`);
                    if (sink.full())
                        await sink.flush();
                    uncompressed += entry.size;
                    bytesDone += entry.size;
                }
                const used = runBuffer[j];
                if (used) {
                    spare.push(used);
                    runBuffer[j] = undefined;
                }
            }
            else if (Buffer.isBuffer(res)) {
                throw new Error('Unexpected cache read');
            }
            else if (res.kind === 'batch' && job.kind === 'batch') {
                const data = Buffer.from(res.data);
                const t = res.table;
                for (let k = 0, at = 0; k < job.entries.length; k++, at += deflateWorker_1.BATCH_FIELDS) {
                    const entry = job.entries[k];
                    // Read off the table: no object per entry (see batchEntry).
                    if (t[at] < 0) {
                        const failed = (0, deflateWorker_1.batchEntry)(res, k);
                        if (!failed.ok)
                            throw (0, zipEntryIo_1.entryFailure)(entry, failed);
                    }
                    const offset = t[at + 3];
                    addEntry(entry, t[at + 2], t[at + 1], t[at], data.subarray(offset, offset + t[at + 4]));
                    if (sink.full())
                        await sink.flush();
                    uncompressed += t[at];
                    bytesDone += entry.size;
                }
            }
            else if (res.kind === 'large' && job.kind === 'large') {
                const r = res.result;
                if (!r.ok)
                    throw (0, zipEntryIo_1.entryFailure)(job.entry, r);
                (0, zipEntryWrite_1.writeEntry)(sink, central, job.entry, r.method, r.crc, r.compressedSize, r.size, force);
                const dataAt = sink.offset;
                let dataCrc;
                if (r.spilled) {
                    const spill = path.join(spillDir, `${j}.deflate`);
                    dataCrc = await (0, zipEntryIo_1.copyInto)(sink, spill, r.compressedSize, job.entry, undefined, signal);
                    await fs.promises.rm(spill, { force: true });
                }
                else {
                    // Stored: the bytes are read again here and must match the CRC the worker computed.
                    dataCrc = await (0, zipEntryIo_1.copyInto)(sink, job.entry.absPath, r.size, job.entry, r.crc, signal);
                }
                (0, zipEntryWrite_1.remember)(packOut, job.entry, dataAt, r.method, r.crc, r.compressedSize, dataCrc);
                uncompressed += r.size;
                bytesDone += job.entry.size;
            }
            inFlightBytes -= job.memBytes;
            entriesDone += job.kind === 'large' ? 1 : job.entries.length;
            signal?.throwIfAborted();
            fill();
            options.onProgress?.({ bytesDone, bytesTotal, entriesDone, entriesTotal: sorted.length });
        }
        const cdOffset = sink.offset;
        await sink.writeThrough(central.bytes.buf.subarray(0, central.bytes.used));
        const cdSize = sink.offset - cdOffset;
        await sink.push((0, zipRecords_1.endRecords)(central.count, cdSize, cdOffset, force));
        await sink.flush();
        await out.finish();
        const sha256Base64 = sink.digest();
        packOut?.commit(sink.offset, sha256Base64);
        packOut = undefined;
        return {
            ...(typeof target === 'string' ? { path: target } : {}),
            size: sink.offset,
            sha256Base64,
            uncompressedSize: uncompressed,
            entries: central.count,
        };
    }
    catch (err) {
        packOut?.discard();
        if (out)
            await out.fail(err);
        else if (typeof target !== 'string')
            target.destroy(err instanceof Error ? err : new Error(String(err)));
        throw err;
    }
    finally {
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
        pack?.close();
        await pool?.close();
        if (spillDir)
            await fs.promises.rm(spillDir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=zipWriter.js.map