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
exports.LAYERIGNORE_MAX_BYTES = exports.LAYERIGNORE = exports.DEFAULT_EXCLUDES = void 0;
exports.linkedCopies = linkedCopies;
exports.folderSizes = folderSizes;
exports.readLayerignore = readLayerignore;
exports.scanFolder = scanFolder;
// Walks a folder to list what goes into a layer or function archive: exclusions (.layerignore + defaults),
// symlinks (followed inside the folder, refused when they escape or loop), unreadable files, totals.
// The walk itself (folderWalk.ts) runs synchronously in a worker while the writer's workers start.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const os = __importStar(require("os"));
const folderWalk_1 = require("./folderWalk");
const workerCache_1 = require("./workerCache");
const zipOrder_1 = require("./zipOrder");
/** A split walk hands out the folders that wait once there are this many (two workers take turns with them). */
const SPLIT_AT = 16;
/**
 * Folders per request to a walking worker. Measured on the Node tree (256 folders waiting; three interleaved runs
 * of 6 to 10 scans each): 16 or 32 scanned 10-20 ms faster than 8, each request having a cost of its own.
 */
const SHARE_FOLDERS = 16;
/**
 * Always excluded. `__pycache__/` is deliberately NOT a default: /opt is read-only on Lambda, so bytecode that
 * matches the runtime's Python version is the only way to skip compilation at cold start; stale caches can be
 * dropped with one `.layerignore` line.
 */
exports.DEFAULT_EXCLUDES = [
    '.git/',
    '.vscode/',
    '.DS_Store',
    'Thumbs.db',
    '.layerignore',
];
exports.LAYERIGNORE = '.layerignore';
/** A .layerignore larger than this is refused (a rules file is a few KB; a huge one is a mistake or an attack). */
exports.LAYERIGNORE_MAX_BYTES = 1024 * 1024;
/** Runs the walk in a worker; resolves undefined when no worker could run it (the caller walks in-thread). */
function walkInWorker(req, worker, workerPath, signal, onProgress, 
/** Leave the worker running afterwards (it walks again); else it is ended. */
keep = false) {
    return new Promise((resolve, reject) => {
        let settled = false;
        const finish = () => {
            settled = true;
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            signal?.removeEventListener('abort', onAbort);
            if (!keep)
                void worker.terminate();
        };
        const onMessage = (res) => {
            if (settled)
                return;
            if (res.kind === 'scanProgress') {
                onProgress?.(res.filesFound);
                return;
            }
            finish();
            if (res.kind === 'scan')
                resolve(res.result);
            else
                reject(new Error(`Cannot scan the folder: ${res.message}`));
        };
        const onError = () => {
            if (settled)
                return;
            finish();
            resolve(undefined);
        };
        const onExit = onError;
        const onAbort = () => {
            if (settled)
                return;
            finish();
            const reason = signal?.reason;
            reject(reason instanceof Error ? reason : new Error('Scan cancelled'));
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        signal?.addEventListener('abort', onAbort, { once: true });
        const msg = { id: 0, kind: 'scan', walk: req };
        worker.postMessage(msg);
    });
}
/**
 * How many files the archive holds as copies of a link: a zip has no links, so a file reached through an in-folder
 * symlink (node_modules/.bin/…, a linked folder) or a second hard link of the same file is stored again, in full.
 */
function linkedCopies(scan) {
    const seen = new Map();
    for (const f of scan.files)
        seen.set(`${f.dev}:${f.ino}`, (seen.get(`${f.dev}:${f.ino}`) ?? 0) + 1);
    const extraAppearances = scan.files.length - seen.size;
    // A symlinked file whose target is not packaged itself appears once, but is a copy of a link all the same.
    const lonelyLinks = scan.files.filter((f) => seen.get(`${f.dev}:${f.ino}`) === 1 && f.absPath !== path.join(scan.root, ...f.path.split('/'))).length;
    return extraAppearances + lonelyLinks;
}
/** Aggregates file sizes by folder, `depth` levels deep (1 = top-level folders), largest first. */
function folderSizes(files, depth = 1, limit = 10) {
    const sizes = new Map();
    for (const f of files) {
        // The folder prefixes up to `depth` levels, each with its trailing slash (no split per file: this runs
        // between the walk and the first deflate, for every file).
        let at = -1;
        for (let d = 1; d <= depth; d++) {
            at = f.path.indexOf('/', at + 1);
            if (at < 0)
                break;
            const key = f.path.slice(0, at + 1);
            const s = sizes.get(key) ?? { path: key, bytes: 0, files: 0 };
            s.bytes += f.size;
            s.files += 1;
            sizes.set(key, s);
        }
    }
    return [...sizes.values()]
        .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .slice(0, limit);
}
/**
 * The folder's .layerignore, or undefined when there is none. It must be a regular file (opened without following
 * a symlink and without blocking, so a FIFO there cannot hang the scan) of at most LAYERIGNORE_MAX_BYTES.
 */
async function readLayerignore(root) {
    const file = path.join(root, exports.LAYERIGNORE);
    let fh;
    try {
        fh = await fs.promises.open(file, fs.constants.O_RDONLY | folderWalk_1.NOFOLLOW | folderWalk_1.NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ELOOP' || code === 'EMLINK')
            throw new Error(`${exports.LAYERIGNORE} must be a regular file, not a symlink: ${file}`);
        throw err;
    }
    try {
        const st = await fh.stat();
        if (!st.isFile())
            throw new Error(`${exports.LAYERIGNORE} must be a regular file: ${file}`);
        if (st.size > exports.LAYERIGNORE_MAX_BYTES)
            throw new Error(`${exports.LAYERIGNORE} is over ${exports.LAYERIGNORE_MAX_BYTES / 1024 / 1024} MB: ${file}`);
        // Read at most one byte past the cap, whatever the size said (it may grow meanwhile).
        const buf = Buffer.alloc(Math.min(st.size, exports.LAYERIGNORE_MAX_BYTES) + 1);
        let length = 0;
        while (length < buf.length) {
            const { bytesRead } = await fh.read(buf, length, buf.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > exports.LAYERIGNORE_MAX_BYTES)
            throw new Error(`${exports.LAYERIGNORE} is over ${exports.LAYERIGNORE_MAX_BYTES / 1024 / 1024} MB: ${file}`);
        return buf.subarray(0, length).toString('utf8');
    }
    finally {
        await fh.close();
    }
}
/** Lists the files of `folder` that belong in the archive. Rejects with `signal.reason` when cancelled. */
async function scanFolder(folder, options = {}) {
    const { signal } = options;
    signal?.throwIfAborted();
    const root = path.resolve(folder);
    const realRoot = await fs.promises.realpath(root);
    const rootStat = await fs.promises.stat(realRoot);
    if (!rootStat.isDirectory())
        throw new Error(`Not a folder: ${root}`);
    const rules = [...exports.DEFAULT_EXCLUDES];
    let usedLayerignore = false;
    const layerignore = await readLayerignore(root);
    if (layerignore !== undefined) {
        rules.push(layerignore);
        usedLayerignore = true;
    }
    if (options.extraExcludes)
        rules.push(...options.extraExcludes);
    signal?.throwIfAborted();
    const req = { root, realRoot, rules };
    const workerPath = options.workerPath ?? (0, workerCache_1.defaultWorkerPath)();
    // The walk runs in deflate workers, which then stay parked for the writer (measured on the Node tree: the scan
    // ~40 ms shorter and peak RSS ~20 MB lower than walking in workers of its own and starting the writer's besides).
    // With two cores or more, two workers share the walk (mostly stat and readdir calls): the first walks level by
    // level until SPLIT_AT folders wait, then each takes a few at a time.
    const wanted = options.prewarmWorkers ?? os.availableParallelism();
    const worker = (0, workerCache_1.takeWorker)(workerPath);
    const second = os.availableParallelism() > 1 ? (0, workerCache_1.takeWorker)(workerPath) : undefined;
    const walkers = second ? 2 : 1;
    let secondGone = false;
    const onSecondGone = () => {
        secondGone = true;
    };
    second?.once('error', onSecondGone).once('exit', onSecondGone);
    // Workers that failed are not parked.
    const failed = new Set();
    if (wanted > walkers)
        (0, workerCache_1.prewarmWorkers)(workerPath, wanted - walkers);
    const walkHere = (r, base) => 
    // No worker (the script is missing or failed to start): walk here, blocking this thread meanwhile.
    (0, folderWalk_1.walkFolderSync)(r, (n) => {
        if (n % 250 === 0)
            options.onProgress?.(base + n);
    }, () => signal?.throwIfAborted());
    let walked;
    try {
        const firstReq = second ? { ...req, splitAt: SPLIT_AT } : req;
        const inWorker = await walkInWorker(firstReq, worker, workerPath, signal, options.onProgress, true);
        if (!inWorker)
            failed.add(worker);
        // Without a worker, the whole walk here.
        const first = inWorker ?? walkHere(req, 0);
        const waiting = first.pending;
        if (!second || waiting.length === 0)
            walked = first;
        else {
            const base = first.paths.length;
            const found = [0, 0];
            const progress = (i) => (n) => {
                found[i] = n;
                options.onProgress?.(base + found[0] + found[1]);
            };
            // Handed out a few folders at a time, to whichever worker is free: folders differ a lot in size. The parts
            // are kept in the order of the folders (archive order), not of their completion.
            const parts = [];
            let next = 0;
            await Promise.all([worker, second].map(async (w, i) => {
                let done = 0;
                while (next < waiting.length && !(i === 1 && secondGone)) {
                    const share = next / SHARE_FOLDERS;
                    const r = { ...req, subtrees: waiting.slice(next, (next += SHARE_FOLDERS)) };
                    const report = (n) => progress(i)(done + n);
                    const part = await walkInWorker(r, w, workerPath, signal, report, true);
                    if (!part)
                        failed.add(w);
                    // A worker that failed takes no more: this share is walked here, the rest by the other worker.
                    parts[share] = part ?? walkHere(r, base);
                    if (!part)
                        break;
                    done += part.paths.length;
                }
            }));
            if (next < waiting.length)
                parts[next / SHARE_FOLDERS] = walkHere({ ...req, subtrees: waiting.slice(next) }, base);
            walked = (0, folderWalk_1.mergeWalks)([{ ...first, pending: [] }, ...parts.filter((p) => p !== undefined)]);
        }
    }
    finally {
        second?.off('error', onSecondGone).off('exit', onSecondGone);
        const done = second ? [worker, second] : [worker];
        done.forEach((w, i) => {
            if (i < wanted && !failed.has(w) && !(w === second && secondGone) && !signal?.aborted)
                (0, workerCache_1.parkWorker)(workerPath, w);
            else
                void w.terminate();
        });
    }
    signal?.throwIfAborted();
    // Same as path.join(root, rel) (root is resolved, rel is normal), without normalising 20,000 strings.
    const prefix = root.endsWith(path.sep) ? root : root + path.sep;
    const files = walked.paths.map((rel, i) => ({
        path: rel,
        absPath: prefix + (path.sep === '/' ? rel : rel.split('/').join(path.sep)),
        size: walked.sizes[i],
        executable: walked.executable[i] === 1,
        dev: walked.devs[i],
        ino: walked.inos[i],
        mtimeMs: walked.mtimes[i],
    }));
    // A file reached as a symlink is read at its target (inside the folder): the writer never follows a link.
    for (const [i, target] of walked.targets)
        files[i].absPath = target;
    // In archive order (UTF-8 bytes), so that the writer finds them sorted. The walk took each folder's entries in
    // that order, so this merges a few sorted runs (the levels of a split walk; a symlink to a folder).
    files.sort((a, b) => (0, zipOrder_1.compareZipPaths)(a.path, b.path));
    const problems = walked.problems;
    problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    options.onProgress?.(files.length);
    // Counted when first asked for (the writer waits on the scan; nothing before it needs them).
    let largest;
    return {
        root,
        files,
        problems,
        fileCount: files.length,
        totalBytes: files.reduce((n, f) => n + f.size, 0),
        excludedCount: walked.excludedCount,
        usedLayerignore,
        get largestFolders() {
            return (largest ??= folderSizes(files, 1, 10));
        },
    };
}
//# sourceMappingURL=folderScan.js.map