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
exports.MAX_INLINE_REQUEST_BYTES = void 0;
exports.layerSourceOf = layerSourceOf;
exports.fitsInline = fitsInline;
exports.targetLabel = targetLabel;
exports.fillerZip = fillerZip;
exports.newestVersion = newestVersion;
exports.publishToTargets = publishToTargets;
exports.resultsMarkdown = resultsMarkdown;
exports.resultsJson = resultsJson;
exports.resultsReport = resultsReport;
// Publish one layer version to many (profile, Region) targets: "Publish to Regions…" and "Copy to Account…".
// The source archive is read once; each target publishes in parallel with bounded concurrency, inline or from an
// S3 bucket of that Region when the request would be too large, with the same description, runtimes,
// architectures and license; copies the grants when asked; skips a target whose newest version already has the
// same CodeSha256; optionally publishes (then deletes) filler versions so the version numbers match. Cancel stops
// new targets; those in flight finish. Each target gets its LambdaService (and artifact store) from a factory:
// no vscode, no SDK here.
const fs_1 = require("fs");
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const crc32_1 = require("./zip/crc32");
const zipRecords_1 = require("./zip/zipRecords");
/** A published version as the source of copies: its settings, and how to read its archive. */
function layerSourceOf(d, read) {
    return {
        layerName: d.layerName,
        version: d.version,
        arn: d.arn,
        ...(d.description ? { description: d.description } : {}),
        compatibleRuntimes: d.compatibleRuntimes,
        compatibleArchitectures: d.compatibleArchitectures,
        ...(d.licenseInfo ? { licenseInfo: d.licenseInfo } : {}),
        codeSha256: d.codeSha256 ?? '',
        codeSize: d.codeSize ?? 0,
        read,
    };
}
/** AWS's limit on an inline upload request (base64 archive + JSON). */
exports.MAX_INLINE_REQUEST_BYTES = 69_905_067;
/** Whether an archive of `size` bytes fits in one inline request (base64 grows it by 4/3, plus the JSON around it). */
function fitsInline(size) {
    return Math.ceil(size / 3) * 4 + 8 * 1024 <= exports.MAX_INLINE_REQUEST_BYTES;
}
function targetLabel(t) {
    return t.profile ? `${t.profile} @ ${t.region}` : t.region;
}
/** The smallest valid zip: one empty file. What filler versions contain. */
function fillerZip() {
    const { name, flags } = (0, zipRecords_1.encodeName)('filler');
    const entry = {
        name,
        flags,
        method: 0,
        crc: (0, crc32_1.crc32)(new Uint8Array(0)) >>> 0,
        compressedSize: 0,
        uncompressedSize: 0,
    };
    const local = (0, zipRecords_1.localHeader)(entry, false);
    const central = (0, zipRecords_1.centralHeader)({ ...entry, localHeaderOffset: 0, executable: false }, false);
    return Buffer.concat([local, central, (0, zipRecords_1.endRecords)(1, central.length, local.length, false)]);
}
/** The newest live version of `layerName` in a target and its CodeSha256, if any. */
async function newestVersion(lambda, layerName, signal) {
    for await (const page of lambda.listLayerVersions(layerName, { pageSize: 1, signal })) {
        const v = page.items[0];
        if (!v)
            return undefined;
        const details = await lambda.getLayerVersion(layerName, v.version, { signal });
        return { version: v.version, arn: v.arn, codeSha256: details.codeSha256 };
    }
    return undefined;
}
const errorText = (e) => (e instanceof Error ? e.message : String(e));
/** Publishes to every target; resolves with one result per target, in the targets' order. Never rejects. */
async function publishToTargets(plan, factory, opts = {}) {
    const { source } = plan;
    const total = plan.targets.length;
    const results = new Array(total);
    let done = 0;
    let bytes;
    let file;
    const read = () => (bytes ??= source.read());
    const tempFile = () => (file ??= (async () => {
        const dir = await fs_1.promises.mkdtemp(path.join(os.tmpdir(), 'lambda-explorer-regions-'));
        const f = path.join(dir, `${source.layerName}.zip`);
        await fs_1.promises.writeFile(f, await read());
        return f;
    })());
    const progress = (target, message) => opts.onProgress?.({ target, message, done, total });
    async function publishOne(target) {
        const services = factory(target);
        const { lambda } = services;
        const name = source.layerName;
        const result = { target, status: 'failed', fillers: 0 };
        try {
            progress(target, 'checking the newest version');
            const newest = await newestVersion(lambda, name);
            if (newest?.codeSha256 === source.codeSha256)
                return {
                    ...result,
                    status: 'skipped',
                    arn: newest.arn,
                    version: newest.version,
                    reason: `already current: version ${newest.version} has the same CodeSha256`,
                };
            let content;
            if (fitsInline(source.codeSize)) {
                progress(target, 'publishing');
                content = { zipFile: await read() };
                result.via = 'inline';
            }
            else {
                const bucket = plan.bucketFor(target);
                if (!bucket)
                    return {
                        ...result,
                        reason: 'the archive is over 50 MB and no artifact bucket is set for this Region',
                    };
                progress(target, `uploading to s3://${bucket}`);
                await services.artifacts.checkBucket(bucket);
                const key = `lambda-explorer/layers/${name}/${Buffer.from(source.codeSha256, 'base64').toString('hex')}.zip`;
                await services.artifacts.upload(await tempFile(), { bucket, key });
                content = { s3Bucket: bucket, s3Key: key };
                result.via = 's3';
            }
            let next = (newest?.version ?? 0) + 1;
            while (plan.alignTo !== undefined && next < plan.alignTo) {
                progress(target, `publishing filler version ${next} to align with ${plan.alignTo}`);
                const filler = await lambda.publishLayerVersion({
                    layerName: name,
                    content: { zipFile: fillerZip() },
                    description: `Filler to align version numbers with ${plan.alignTo} (deleted)`,
                });
                await lambda.deleteLayerVersion(name, filler.version);
                result.fillers++;
                next = filler.version + 1;
            }
            const published = await lambda.publishLayerVersion({
                layerName: name,
                content,
                ...(source.description ? { description: source.description } : {}),
                compatibleRuntimes: source.compatibleRuntimes,
                compatibleArchitectures: source.compatibleArchitectures,
                ...(source.licenseInfo ? { licenseInfo: source.licenseInfo } : {}),
            });
            result.status = 'published';
            result.arn = published.arn;
            result.version = published.version;
            const notes = [];
            if (plan.alignTo !== undefined && published.version !== plan.alignTo)
                notes.push(`version numbers could not be aligned (got ${published.version})`);
            for (const g of plan.grants) {
                try {
                    await lambda.addLayerVersionPermission(name, published.version, g.statementId, g.grant);
                }
                catch (e) {
                    notes.push(`grant ${g.statementId} failed: ${errorText(e)}`);
                }
            }
            if (notes.length > 0)
                result.reason = notes.join('; ');
            return result;
        }
        catch (e) {
            return { ...result, reason: errorText(e) };
        }
        finally {
            services.close();
        }
    }
    let nextIndex = 0;
    const worker = async () => {
        while (nextIndex < total && !opts.signal?.aborted) {
            const i = nextIndex++;
            const target = plan.targets[i];
            const r = await publishOne(target);
            results[i] = r;
            done++;
            progress(target, r.status === 'published' ? `published version ${r.version}` : r.status);
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(plan.concurrency ?? 4, total) }, worker));
    }
    finally {
        if (file) {
            const f = await file.catch(() => undefined);
            if (f)
                await fs_1.promises.rm(path.dirname(f), { recursive: true, force: true });
        }
    }
    return plan.targets.map((target, i) => results[i] ?? { target, status: 'cancelled', reason: 'not started: cancelled', fillers: 0 });
}
/** "Copy ARNs" as a Markdown table: one row per target that has the archive (published or already current). */
function resultsMarkdown(layerName, results) {
    const rows = results.filter((r) => r.arn !== undefined);
    const multiProfile = rows.some((r) => r.target.profile !== undefined);
    const head = multiProfile
        ? '| Account | Region | ARN |\n| --- | --- | --- |'
        : '| Region | ARN |\n| --- | --- |';
    const lines = rows.map((r) => {
        const account = r.arn.split(':')[4] ?? '';
        return multiProfile
            ? `| ${account} | ${r.target.region} | \`${r.arn}\` |`
            : `| ${r.target.region} | \`${r.arn}\` |`;
    });
    return [`${layerName}`, '', head, ...lines].join('\n');
}
/** "Copy ARNs" as JSON: Region → ARN (the map layer READMEs publish). */
function resultsJson(results) {
    const out = {};
    for (const r of results)
        if (r.arn !== undefined)
            out[r.target.region] = r.arn;
    return JSON.stringify(out, null, 2);
}
/** One line per target: the ARN, or why not. */
function resultsReport(results) {
    return results.map((r) => {
        const where = targetLabel(r.target);
        if (r.status === 'published')
            return `${where}: published ${r.arn}${r.via === 's3' ? ' (via S3)' : ''}${r.fillers ? `, ${r.fillers} filler version(s) deleted` : ''}${r.reason ? ` (${r.reason})` : ''}`;
        if (r.status === 'skipped')
            return `${where}: skipped, ${r.reason ?? 'already current'} (${r.arn})`;
        return `${where}: ${r.status}, ${r.reason ?? 'unknown reason'}`;
    });
}
//# sourceMappingURL=regionPublish.js.map