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
exports.defaultWorkerPath = defaultWorkerPath;
exports.spawnWorker = spawnWorker;
exports.takeWorker = takeWorker;
exports.parkWorker = parkWorker;
exports.prewarmWorkers = prewarmWorkers;
exports.parkedWorkerCount = parkedWorkerCount;
exports.closeParkedWorkers = closeParkedWorkers;
// Idle deflate workers kept for a short while, so that the scan's worker and workers started while scanning are
// reused by the zip writer instead of paying worker start-up (~40 ms each) again. Parked workers are unref'd:
// they never keep the process alive, and they end after IDLE_MS without work.
const path = __importStar(require("path"));
const worker_threads_1 = require("worker_threads");
const IDLE_MS = 15_000;
const parked = new Map();
/** Where the worker script lives by default: next to this module (out/src/layers/zip/ or dist/ in the bundle). */
function defaultWorkerPath() {
    return path.join(__dirname, 'deflateWorker.js');
}
function spawnWorker(workerPath, youngGenerationMb = 4) {
    // A small young generation makes the worker collect its per-file garbage (zlib buffers) early: lower RSS.
    // Measured on Node 24 (Node tree, full build, median of 5): 2 MB 1500 ms and 181 MB peak RSS, 4 MB 1477 ms and
    // 192 MB, 8 MB 1482 ms and 206 MB, 16 MB 1478 ms and 222 MB.
    return new worker_threads_1.Worker(workerPath, {
        resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: 128 },
    });
}
function unpark(workerPath, entry) {
    const list = parked.get(workerPath);
    const i = list?.indexOf(entry) ?? -1;
    if (list && i >= 0)
        list.splice(i, 1);
    clearTimeout(entry.timer);
    entry.detach();
}
/** A parked worker for `workerPath`, or a new one. The caller owns it (park it again or terminate it). */
function takeWorker(workerPath) {
    const entry = parked.get(workerPath)?.at(-1);
    if (entry === undefined)
        return spawnWorker(workerPath);
    unpark(workerPath, entry);
    entry.worker.ref();
    return entry.worker;
}
/** Keeps an idle worker (no listeners of the caller left on it) for reuse; ends it after a while. */
function parkWorker(workerPath, worker) {
    worker.unref();
    const onGone = () => {
        unpark(workerPath, entry);
        void worker.terminate();
    };
    const entry = {
        worker,
        timer: setTimeout(onGone, IDLE_MS).unref(),
        detach: () => {
            worker.off('error', onGone);
            worker.off('exit', onGone);
        },
    };
    // A worker that fails to start while parked (a wrong path) is dropped quietly; the next user spawns its own.
    worker.on('error', onGone);
    worker.on('exit', onGone);
    const list = parked.get(workerPath) ?? [];
    list.push(entry);
    parked.set(workerPath, list);
}
/** Starts workers now (e.g. while scanning) so that up to `count` are parked when the writer asks. */
function prewarmWorkers(workerPath, count) {
    for (let have = parked.get(workerPath)?.length ?? 0; have < count; have++)
        parkWorker(workerPath, spawnWorker(workerPath));
}
/** Number of parked workers (tests). */
function parkedWorkerCount(workerPath) {
    return parked.get(workerPath)?.length ?? 0;
}
/** Ends every parked worker (tests, extension deactivation). */
async function closeParkedWorkers() {
    const all = [...parked.entries()].flatMap(([p, list]) => list.map((e) => [p, e]));
    for (const [p, e] of all)
        unpark(p, e);
    await Promise.all(all.map(([, e]) => e.worker.terminate()));
}
//# sourceMappingURL=workerCache.js.map