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
exports.S3UploadError = exports.SdkS3ArtifactStore = exports.MIN_PART_SIZE = exports.DEFAULT_PART_SIZE = void 0;
exports.checkBucket = checkBucket;
exports.uploadFile = uploadFile;
exports.deleteUploaded = deleteUploaded;
// Uploads an archive to S3 for Lambda to read (archives over 50 MB cannot be sent inline): a PutObject for small
// files, a multipart upload otherwise (parts read from the file, a few in flight). A failure or a cancel aborts
// the multipart upload, so nothing is left half-uploaded in the bucket. Every call names the caller's account as
// the bucket's expected owner (`ExpectedBucketOwner`), so S3 itself refuses a bucket of another account. No vscode.
const client_s3_1 = require("@aws-sdk/client-s3");
const fs = __importStar(require("fs"));
exports.DEFAULT_PART_SIZE = 8 * 1024 * 1024;
/** S3's smallest part (all but the last). */
exports.MIN_PART_SIZE = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;
/**
 * The ArtifactStore over one S3Client (the connection owns the client and destroys it). `owner` gives the account
 * that must own the bucket (the caller's, from STS): every S3 call sends it as `ExpectedBucketOwner`.
 */
class SdkS3ArtifactStore {
    client;
    owner;
    constructor(client, owner) {
        this.client = client;
        this.owner = owner;
    }
    async checkBucket(bucket, signal) {
        return checkBucket(this.client, bucket, signal, await this.ownerOf(bucket, signal));
    }
    async upload(file, target, options = {}) {
        const expectedBucketOwner = await this.ownerOf(target.bucket, options.signal);
        return uploadFile(this.client, file, target, { ...options, expectedBucketOwner });
    }
    async remove(target) {
        try {
            return deleteUploaded(this.client, target, await this.ownerOf(target.bucket));
        }
        catch {
            return false;
        }
    }
    async ownerOf(bucket, signal) {
        if (!this.owner)
            return undefined;
        try {
            return await this.owner();
        }
        catch (e) {
            if (signal?.aborted)
                throw signal.reason ?? e;
            const message = e instanceof Error ? e.message : String(e);
            throw new S3UploadError(`Could not find out which AWS account the credentials belong to (STS GetCallerIdentity), so nothing was uploaded to the bucket: ${bucket}: ${message}`, 'CallerIdentity');
        }
    }
}
exports.SdkS3ArtifactStore = SdkS3ArtifactStore;
/** An S3 failure with the bucket named, in words a user can act on. */
class S3UploadError extends Error {
    code;
    name = 'S3UploadError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
exports.S3UploadError = S3UploadError;
function errorName(e) {
    const x = e;
    return typeof x?.name === 'string' ? x.name : typeof x?.Code === 'string' ? x.Code : 'Error';
}
function statusOf(e) {
    return e?.$metadata?.httpStatusCode;
}
function rethrow(e, bucket, signal) {
    if (signal?.aborted)
        throw signal.reason ?? e;
    const name = errorName(e);
    const status = statusOf(e);
    if (name === 'NotFound' || name === 'NoSuchBucket' || (status === 404 && name !== 'NoSuchUpload')) {
        throw new S3UploadError(`The artifact bucket does not exist (check lambdaExplorer.artifactBucket and the Region): ${bucket}`, 'NoSuchBucket');
    }
    if (name === 'Forbidden' || name === 'AccessDenied' || status === 403) {
        throw new S3UploadError(`Access to the artifact bucket was denied: it must be a bucket of the connection's own AWS account, and s3:PutObject and s3:AbortMultipartUpload are needed: ${bucket}`, 'AccessDenied');
    }
    const message = e instanceof Error ? e.message : String(e);
    throw new S3UploadError(`Upload to S3 failed (${name}): ${message}`, name);
}
/** Checks that the bucket exists and can be reached, before packaging time is spent on it. */
async function checkBucket(client, bucket, signal, expectedBucketOwner) {
    try {
        await client.send(new client_s3_1.HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: expectedBucketOwner }), {
            abortSignal: signal,
        });
    }
    catch (e) {
        rethrow(e, bucket, signal);
    }
}
async function readPart(handle, offset, length) {
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
        const { bytesRead } = await handle.read(buf, done, length - done, offset + done);
        if (bytesRead === 0)
            throw new Error(`The file became shorter while it was uploaded: read ${offset + done} bytes`);
        done += bytesRead;
    }
    return buf;
}
/** Uploads `file` to `target`. Rejects with `signal.reason` when cancelled (after aborting the multipart upload). */
async function uploadFile(client, file, target, options = {}) {
    const { signal } = options;
    const owner = { ExpectedBucketOwner: options.expectedBucketOwner };
    signal?.throwIfAborted();
    const size = (await fs.promises.stat(file)).size;
    let partSize = Math.max(options.partSize ?? exports.DEFAULT_PART_SIZE, exports.MIN_PART_SIZE);
    if (Math.ceil(size / partSize) > MAX_PARTS)
        partSize = Math.ceil(size / MAX_PARTS);
    const report = (done) => options.onProgress?.(done, size);
    const { bucket, key } = target;
    if (size <= partSize) {
        const body = await fs.promises.readFile(file);
        try {
            const r = await client.send(new client_s3_1.PutObjectCommand({
                Bucket: bucket,
                Key: key,
                Body: body,
                ContentLength: size,
                ContentType: 'application/zip',
                ...owner,
            }), { abortSignal: signal });
            report(size);
            return { bucket, key, size, multipart: false, ...(r.VersionId ? { versionId: r.VersionId } : {}) };
        }
        catch (e) {
            rethrow(e, bucket, signal);
        }
    }
    let uploadId;
    try {
        const created = await client.send(new client_s3_1.CreateMultipartUploadCommand({
            Bucket: bucket,
            Key: key,
            ContentType: 'application/zip',
            ...owner,
        }), { abortSignal: signal });
        uploadId = created.UploadId;
        if (!uploadId)
            throw new Error('S3 returned no UploadId');
    }
    catch (e) {
        rethrow(e, bucket, signal);
    }
    const handle = await fs.promises.open(file, 'r');
    const partCount = Math.ceil(size / partSize);
    const etags = new Array(partCount);
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < partCount) {
            signal?.throwIfAborted();
            const index = next++;
            const offset = index * partSize;
            const length = Math.min(partSize, size - offset);
            const body = await readPart(handle, offset, length);
            const r = await client.send(new client_s3_1.UploadPartCommand({
                Bucket: bucket,
                Key: key,
                UploadId: uploadId,
                PartNumber: index + 1,
                Body: body,
                ContentLength: length,
                ...owner,
            }), { abortSignal: signal });
            if (!r.ETag)
                throw new Error(`S3 returned no ETag for part: ${index + 1}`);
            etags[index] = r.ETag;
            done += length;
            report(done);
        }
    };
    try {
        const workers = Array.from({ length: Math.min(options.concurrency ?? 4, partCount) }, () => worker());
        const results = await Promise.allSettled(workers);
        const failed = results.find((r) => r.status === 'rejected');
        if (failed)
            throw failed.reason;
        signal?.throwIfAborted();
        const completed = await client.send(new client_s3_1.CompleteMultipartUploadCommand({
            Bucket: bucket,
            Key: key,
            UploadId: uploadId,
            MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) },
            ...owner,
        }), { abortSignal: signal });
        return {
            bucket,
            key,
            size,
            multipart: true,
            ...(completed.VersionId ? { versionId: completed.VersionId } : {}),
        };
    }
    catch (e) {
        // Not with the (aborted) signal: the abort itself must reach S3.
        await client
            .send(new client_s3_1.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, ...owner }))
            .catch(() => undefined);
        rethrow(e, bucket, signal);
    }
    finally {
        await handle.close();
    }
}
/** Removes an uploaded archive again (a publish that failed or was cancelled after the upload). Never throws. */
async function deleteUploaded(client, target, expectedBucketOwner) {
    try {
        await client.send(new client_s3_1.DeleteObjectCommand({
            Bucket: target.bucket,
            Key: target.key,
            ExpectedBucketOwner: expectedBucketOwner,
        }));
        return true;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=sdkS3Upload.js.map