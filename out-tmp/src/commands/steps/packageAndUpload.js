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
exports.bucketConfirmedKey = exports.PreflightError = exports.TEMP_PREFIX = void 0;
exports.scanWithPreflight = scanWithPreflight;
exports.buildArchive = buildArchive;
exports.removeDir = removeDir;
exports.validateBucketName = validateBucketName;
exports.artifactKey = artifactKey;
exports.packageAndUpload = packageAndUpload;
// Package and upload: the one pipeline behind publishing a layer, creating a function and deploying one.
//   scan → pre-flight (in the gathering: the plan needs the file list) →
//   zip into a temp folder (progress, cancellable) → "unchanged?" (asked after the progress ended, modal) →
//   the S3 bucket question when over 50 MB → upload (inline, or S3 multipart) → the AWS call → clean up.
// The AWS call is the commit point: never aborted half-way; before it, a cancel leaves nothing behind (the temp
// folder is removed, a multipart upload aborted, an uploaded object deleted). No vscode.
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const folderScan_1 = require("../../layers/zip/folderScan");
const preflight_1 = require("../../layers/zip/preflight");
const packCache_1 = require("../../layers/zip/packCache");
const zipWriter_1 = require("../../layers/zip/zipWriter");
const format_1 = require("../../ui/format");
const prompter_1 = require("../../ui/prompter");
/** Temp folders for archives are created under the OS temp folder with this prefix (never inside the folder). */
exports.TEMP_PREFIX = 'lambda-explorer-pkg-';
/** A pre-flight check failed: the message says what and the first details; the log has them all. */
class PreflightError extends Error {
    finding;
    name = 'PreflightError';
    constructor(message, 
    /** The finding that stopped it (its paths, when the user may exclude them and go on). */
    finding) {
        super(message);
        this.finding = finding;
    }
}
exports.PreflightError = PreflightError;
/** Scans the folder with progress ("Scanning (n files)") and runs the pre-flight checks; throws on a blocking one. */
async function scanWithPreflight(deps, folder, 
/** .gitignore-style rules on top of the defaults and the .layerignore (paths the user chose to leave out). */
extraExcludes) {
    const scan = await deps.progress.run(`Scanning ${path.basename(folder)}`, { cancellable: true }, (report, signal) => {
        report({ message: 'Scanning' });
        // With a pack of this folder in the cache, most files are likely unchanged: no deflate workers are started
        // while scanning (they would compete with the walk for the cores); the writer starts what it needs. The pack
        // is opened meanwhile (its index read and decoded while this thread waits for the walk).
        const repack = deps.packCacheDir
            ? new packCache_1.PackCache(deps.packCacheDir).prefetch(path.resolve(folder), zipWriter_1.DEFAULT_LEVEL)
            : false;
        return (0, folderScan_1.scanFolder)(folder, {
            signal,
            ...(repack ? { prewarmWorkers: 0 } : {}),
            onProgress: (n) => report({ message: `Scanning (${n} files)` }),
            ...(extraExcludes ? { extraExcludes } : {}),
        });
    });
    const findings = (0, preflight_1.preflightScan)(scan);
    for (const f of findings)
        deps.log.warn([f.message, ...f.details.map((d) => `  ${d}`)].join('\n'));
    if ((0, preflight_1.hasBlockingFindings)(findings)) {
        const first = findings.find((f) => f.severity === 'error');
        const shown = first.details.slice(0, 5);
        const more = first.details.length > shown.length
            ? `, and ${first.details.length - shown.length} more (see the log)`
            : '';
        throw new PreflightError(shown.length > 0
            ? `${first.message}. ${first.code === 'tooLargeUnzipped' ? 'Largest folders' : 'Paths'}: ${shown.join(', ')}${more}`
            : first.message, first);
    }
    deps.log.info(`Scanned ${folder}: ${scan.fileCount} files, ${(0, format_1.formatBytes)(scan.totalBytes)}, ${scan.excludedCount} excluded${scan.usedLayerignore ? ' (.layerignore applied)' : ''}`);
    return scan;
}
/** Zips `entries` into a new temp folder with "Compressing (x of y MB)" progress. The caller removes `dir`. */
async function buildArchive(entries, report, signal, cache) {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), exports.TEMP_PREFIX));
    try {
        let lastMb = -1;
        const total = entries.reduce((n, e) => n + e.size, 0);
        report({ message: `Compressing (0 of ${(0, format_1.formatBytes)(total)})` });
        const r = await (0, zipWriter_1.writeZip)(entries, path.join(dir, 'archive.zip'), {
            signal,
            ...(cache ? { cache: cache.cache, cacheKey: cache.key } : {}),
            onProgress: (p) => {
                const now = Math.floor(p.bytesDone / (1024 * 1024));
                if (now === lastMb)
                    return;
                lastMb = now;
                report({ message: `Compressing (${(0, format_1.formatBytes)(p.bytesDone)} of ${(0, format_1.formatBytes)(p.bytesTotal)})` });
            },
        });
        return {
            dir,
            path: r.path ?? path.join(dir, 'archive.zip'),
            size: r.size,
            sha256: r.sha256Base64,
            uncompressedSize: r.uncompressedSize,
        };
    }
    catch (e) {
        await removeDir(dir);
        throw e;
    }
}
async function removeDir(dir) {
    if (dir)
        await fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
}
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
function validateBucketName(v) {
    if (!BUCKET_NAME.test(v) || v.includes('..'))
        return `Not an S3 bucket name (3..63 lowercase letters, digits, dots, hyphens): ${v}`;
    return undefined;
}
/** The S3 key of an archive: by content, so the same content is one object. */
function artifactKey(kind, name, sha256Base64) {
    return `lambda-explorer/${kind}/${name}/${Buffer.from(sha256Base64, 'base64').toString('hex')}.zip`;
}
async function packageAndUpload(deps, spec) {
    const archive = await deps.progress.run(spec.title, { cancellable: true }, async (report, signal) => buildArchive(spec.entries, report, signal, deps.packCacheDir
        ? { cache: new packCache_1.PackCache(deps.packCacheDir), key: path.resolve(spec.folder) }
        : undefined));
    let s3;
    let store;
    let committed = false;
    try {
        // Asked after the progress ended: a question never waits behind a progress bar that looks hung.
        const same = spec.unchanged
            ? await deps.progress.run(spec.title, { cancellable: true }, (report, signal) => {
                report({ message: 'Comparing with what AWS has' });
                return spec.unchanged(archive.sha256, signal);
            })
            : undefined;
        if (same) {
            const again = await deps.prompter.confirm(same.message, {
                detail: `CodeSha256 ${archive.sha256} (${(0, format_1.formatBytes)(archive.size)})`,
                confirm: same.confirm,
                modal: true,
            });
            if (!again)
                return { status: 'unchanged', sha256: archive.sha256, size: archive.size };
        }
        const needsS3 = (0, preflight_1.preflightArchive)(archive.size);
        if (needsS3[0])
            deps.log.info(needsS3[0].message);
        const bucket = needsS3.length > 0 ? await askBucket(deps, archive.size) : undefined;
        store = bucket ? deps.workspace.artifacts() : undefined;
        const result = await deps.progress.run(spec.title, { cancellable: true }, async (report, signal) => {
            let code;
            if (!bucket || !store) {
                report({ message: `Uploading (${(0, format_1.formatBytes)(archive.size)})` });
                code = { zipFile: await fs.promises.readFile(archive.path) };
            }
            else {
                await store.checkBucket(bucket, signal);
                s3 = { bucket, key: spec.s3Key(archive.sha256) };
                const where = `s3://${bucket}`;
                report({ message: `Uploading to ${where} (0 of ${(0, format_1.formatBytes)(archive.size)})` });
                let lastMb = -1;
                const r = await store.upload(archive.path, s3, {
                    signal,
                    onProgress: (done, total) => {
                        const mb = Math.floor(done / (1024 * 1024));
                        if (mb === lastMb)
                            return;
                        lastMb = mb;
                        report({ message: `Uploading to ${where} (${(0, format_1.formatBytes)(done)} of ${(0, format_1.formatBytes)(total)})` });
                    },
                });
                deps.log.info(`Uploaded ${(0, format_1.formatBytes)(r.size)} to ${where}/${s3.key}${r.multipart ? ' (multipart)' : ''}`);
                code = { s3Bucket: bucket, s3Key: s3.key, ...(r.versionId ? { s3ObjectVersion: r.versionId } : {}) };
            }
            // The commit point: after this line the change exists, so it is not aborted half-way.
            signal.throwIfAborted();
            const out = await spec.call(code, report, { sha256: archive.sha256 });
            committed = true;
            return out;
        });
        return { status: 'done', result, sha256: archive.sha256, size: archive.size, viaS3: s3 !== undefined };
    }
    finally {
        await removeDir(archive.dir);
        // The store the object went to (a reconnect meanwhile must not send the delete elsewhere); never throws.
        if (s3 && !committed && store)
            await store.remove(s3);
    }
}
/** The memory key of a confirmed workspace bucket (workspace memory: per workspace). */
const bucketConfirmedKey = (bucket) => `artifactBucket.confirmed:${bucket}`;
exports.bucketConfirmedKey = bucketConfirmedKey;
async function askBucket(deps, size) {
    const configured = deps.workspace.artifactBucket();
    if (configured && !configured.fromWorkspace)
        return configured.name;
    if (configured) {
        // A folder's settings file must not choose where code goes unseen: its bucket is confirmed once, by name.
        const key = (0, exports.bucketConfirmedKey)(configured.name);
        if (deps.memory.get(key) === true)
            return configured.name;
        const ok = await deps.prompter.confirm(`This workspace's settings send archives over 50 MB to the S3 bucket: ${configured.name}`, {
            detail: 'lambdaExplorer.artifactBucket is set in the workspace or folder settings, not in your user settings. Upload only to a bucket you own.',
            confirm: `Upload to ${configured.name}`,
            modal: true,
        });
        if (!ok)
            throw new prompter_1.Cancelled();
        await deps.memory.set(key, true);
        return configured.name;
    }
    return deps.prompter.input({
        title: 'S3 Bucket for Large Archives',
        prompt: `The archive is ${(0, format_1.formatBytes)(size)}: over 50 MB it must go through an S3 bucket in the same Region (set lambdaExplorer.artifactBucket to skip this question)`,
        placeholder: 'my-artifacts-bucket',
        validate: validateBucketName,
    });
}
//# sourceMappingURL=packageAndUpload.js.map