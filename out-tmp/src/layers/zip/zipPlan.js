"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PART_BYTES = exports.SPLIT_FROM = exports.CACHED_RUN_BYTES = void 0;
exports.sortedEntries = sortedEntries;
exports.planJobs = planJobs;
// How the zip writer splits its sorted entries into jobs: batches of small files and single large files for the
// deflate workers, and runs of entries whose compressed bytes the pack cache already holds (read in one go).
const zipSink_1 = require("./zipSink");
const zipOrder_1 = require("./zipOrder");
const packIndex_1 = require("./packIndex");
/**
 * A batch of small files for one worker request. Every request and answer crosses threads, which costs far more on
 * a virtual machine than the message itself (waking the other thread). Measured on Node 24, 2 cores, interleaved
 * full builds of the Node tree: 128 files / 2 MiB against 64 / 512 KiB, 1528 vs 1538.5 ms and 29 ms less CPU over
 * 20 runs each, 1542 vs 1566 ms over 16 (Python tree, 8 runs: 1221 vs 1238 ms); 128 / 1 MiB and 256 / 1-2 MiB were
 * in between. A small gain, but in every run set. Batching does not change the archive's bytes.
 */
const BATCH_MAX_FILES = 128;
const BATCH_MAX_BYTES = 2 * 1024 * 1024;
/** A cached run is read in one request of at most this many bytes (unless one entry is larger). */
exports.CACHED_RUN_BYTES = 4 * 1024 * 1024;
/** Between two cached entries of a run lies the old local header: at most this many bytes. */
const CACHED_GAP_BYTES = 30 + 0xffff + 20;
/** Files from this size on (below the large-file threshold, and not compressed by name) are split in parts. */
exports.SPLIT_FROM = 2 * 1024 * 1024;
/** The size of a part: both workers keep busy on a big file, and no worker holds more than this (+32 KiB). */
exports.PART_BYTES = 1024 * 1024;
/** The entries in archive order; throws on a duplicate or unsafe path (empty, absolute, backslash, `..`). */
function sortedEntries(entries) {
    // Usually in order already (a scan's files are): checked in one pass before sorting.
    let inOrder = true;
    for (let i = 1; i < entries.length && inOrder; i++)
        inOrder = (0, zipOrder_1.compareZipPaths)(entries[i - 1].zipPath, entries[i].zipPath) <= 0;
    const sorted = inOrder ? [...entries] : [...entries].sort((a, b) => (0, zipOrder_1.compareZipPaths)(a.zipPath, b.zipPath));
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].zipPath === sorted[i - 1].zipPath)
            throw new Error(`Duplicate path in archive: ${sorted[i].zipPath}`);
    }
    for (const e of sorted) {
        const p = e.zipPath;
        if (p === '' ||
            p.charCodeAt(0) === 0x2f ||
            p.includes('\\') ||
            // The pattern only for the rare path holding "..".
            (p.includes('..') && /(^|\/)\.\.(\/|$)/.test(p)))
            throw new Error(`Invalid path in archive: ${p}`);
    }
    return sorted;
}
function planJobs(sorted, largeThreshold, pack, split = () => false) {
    const jobs = [];
    let batch = [];
    let batchBytes = 0;
    let run;
    const hits = pack?.hitsFor(sorted);
    const numbers = pack?.index.numbers;
    const close = () => {
        if (batch.length > 0)
            jobs.push({ kind: 'batch', entries: batch, memBytes: batchBytes });
        batch = [];
        batchBytes = 0;
    };
    const closeRun = () => {
        if (run)
            jobs.push({ kind: 'cached', ...run, memBytes: run.end - run.start });
        run = undefined;
    };
    for (let i = 0; i < sorted.length; i++) {
        const e = sorted[i];
        const hit = hits ? hits[i] : -1;
        if (hit >= 0) {
            close();
            const o = numbers[hit * packIndex_1.FIELDS + packIndex_1.F.o];
            const end = o + numbers[hit * packIndex_1.FIELDS + packIndex_1.F.c];
            if (run && (o < run.end || o - run.end > CACHED_GAP_BYTES || end - run.start > exports.CACHED_RUN_BYTES))
                closeRun();
            run ??= { entries: [], records: [], start: o, end };
            run.entries.push(e);
            run.records.push(hit);
            run.end = end;
            continue;
        }
        closeRun();
        // Under SPLIT_FROM a file is always deflated whole in memory (whatever the threshold), so its bytes are a
        // function of its content alone: the streaming path deflates with zlib, whole files of 4 KiB on use libdeflate.
        if (e.size >= largeThreshold && e.size >= exports.SPLIT_FROM) {
            close();
            jobs.push({ kind: 'large', entry: e, memBytes: zipSink_1.FLUSH_BYTES });
            continue;
        }
        if (e.size >= exports.SPLIT_FROM && split(e)) {
            close();
            const parts = Math.ceil(e.size / exports.PART_BYTES);
            for (let i = 0; i < parts; i++) {
                const start = i * exports.PART_BYTES;
                const end = Math.min(e.size, start + exports.PART_BYTES);
                jobs.push({ kind: 'part', entry: e, start, end, parts, memBytes: end - start });
            }
            continue;
        }
        if (batch.length > 0 && (batch.length >= BATCH_MAX_FILES || batchBytes + e.size > BATCH_MAX_BYTES))
            close();
        batch.push(e);
        batchBytes += e.size;
    }
    closeRun();
    close();
    return jobs;
}
//# sourceMappingURL=zipPlan.js.map