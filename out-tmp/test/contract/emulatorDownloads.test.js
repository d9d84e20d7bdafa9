"use strict";
// Contract: download links (Range, expiry) and the S3 subset feeding CreateFunction / UpdateFunctionCode /
// PublishLayerVersion.
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
const assert = __importStar(require("node:assert/strict"));
const node_crypto_1 = require("node:crypto");
const client_lambda_1 = require("@aws-sdk/client-lambda");
const client_s3_1 = require("@aws-sdk/client-s3");
const zipArchive_1 = require("../emulator/zipArchive");
const contractClients_1 = require("./contractClients");
const sha = (b) => (0, node_crypto_1.createHash)('sha256').update(b).digest('base64');
describe('contract: downloads and S3', function () {
    this.timeout(20000);
    let h;
    beforeEach(async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'sample' });
    });
    afterEach(async () => {
        await h.stop();
    });
    it('Code.Location serves the exact archive, honours Range, and expires after 10 minutes', async () => {
        const fn = await h.lambda.send(new client_lambda_1.GetFunctionCommand({ FunctionName: 'payments-worker' }));
        const url = fn.Code.Location;
        const whole = Buffer.from(await (await fetch(url)).arrayBuffer());
        assert.equal(sha(whole), fn.Configuration?.CodeSha256);
        assert.equal(whole.length, fn.Configuration?.CodeSize);
        const part = await fetch(url, { headers: { range: 'bytes=0-3' } });
        assert.equal(part.status, 206);
        assert.equal(part.headers.get('content-range'), `bytes 0-3/${whole.length}`);
        assert.deepEqual(Buffer.from(await part.arrayBuffer()), whole.subarray(0, 4));
        const tail = await fetch(url, { headers: { range: 'bytes=-10' } });
        assert.deepEqual(Buffer.from(await tail.arrayBuffer()), whole.subarray(whole.length - 10));
        assert.equal((await fetch(url, { headers: { range: `bytes=${whole.length}-` } })).status, 416);
        h.clock.now += 9 * 60_000;
        assert.equal((await fetch(url)).status, 200);
        h.clock.now += 60_001;
        const expired = await fetch(url);
        assert.equal(expired.status, 403);
        assert.match(await expired.text(), /Request has expired/);
    });
    it('download links carry an ETag: If-Match refuses a changed object (412), If-Range falls back to the whole body', async () => {
        const fn = await h.lambda.send(new client_lambda_1.GetFunctionCommand({ FunctionName: 'payments-worker' }));
        const url = fn.Code.Location;
        const head = await fetch(url, { headers: { range: 'bytes=0-3' } });
        const etag = head.headers.get('etag');
        assert.match(etag, /^"[0-9a-f]{32}"$/);
        const same = await fetch(url, { headers: { range: 'bytes=0-3', 'if-match': etag } });
        assert.equal(same.status, 206);
        const changed = await fetch(url, { headers: { range: 'bytes=0-3', 'if-match': '"0123"' } });
        assert.equal(changed.status, 412);
        assert.match(await changed.text(), /PreconditionFailed/);
        const stillRange = await fetch(url, { headers: { range: 'bytes=0-3', 'if-range': etag } });
        assert.equal(stillRange.status, 206);
        const whole = await fetch(url, { headers: { range: 'bytes=0-3', 'if-range': '"0123"' } });
        assert.equal(whole.status, 200);
        assert.equal(Buffer.from(await whole.arrayBuffer()).length, fn.Configuration?.CodeSize);
    });
    it('counts requests and body bytes per download link (admin API)', async () => {
        const fn = await h.lambda.send(new client_lambda_1.GetFunctionCommand({ FunctionName: 'payments-worker' }));
        const url = fn.Code.Location;
        await (await fetch(url, { headers: { range: 'bytes=0-9' } })).arrayBuffer();
        await (await fetch(url, { headers: { range: 'bytes=-5' } })).arrayBuffer();
        const admin = h.emulator.endpoint + '/_emulator/downloads';
        const stats = (await (await fetch(admin)).json());
        const key = new URL(url).pathname.split('/').pop();
        assert.deepEqual(stats[key], { requests: 2, bytes: 15 });
        assert.deepEqual(h.emulator.downloads.get(key), { requests: 2, bytes: 15 });
        await fetch(admin + '/reset', { method: 'POST' });
        assert.deepEqual(await (await fetch(admin)).json(), {});
    });
    it('rejects a tampered download link', async () => {
        const layer = await h.lambda.send(new client_lambda_1.GetLayerVersionCommand({ LayerName: 'shared-utils', VersionNumber: 8 }));
        const url = new URL(layer.Content.Location);
        assert.equal((await fetch(url)).status, 200);
        url.searchParams.set('X-Amz-Expires', '999999');
        assert.equal((await fetch(url)).status, 403);
        url.searchParams.set('X-Amz-Signature', 'f'.repeat(64));
        assert.equal((await fetch(url)).status, 403);
    });
    it('CreateBucket and HeadBucket as the SDK sends them (PUT/HEAD /bucket/), not as object keys', async () => {
        await assert.rejects(h.s3.send(new client_s3_1.HeadBucketCommand({ Bucket: 'fresh-bucket' })), (e) => e.name === 'NotFound');
        await h.s3.send(new client_s3_1.CreateBucketCommand({ Bucket: 'fresh-bucket' }));
        await h.s3.send(new client_s3_1.HeadBucketCommand({ Bucket: 'fresh-bucket' }));
        assert.deepEqual([...(h.emulator.state.s3.buckets.get('fresh-bucket')?.keys() ?? [])], [], 'no object was created');
    });
    it('PutObject then CreateFunction and UpdateFunctionCode from S3', async () => {
        const archive = (0, zipArchive_1.buildZip)({ 'index.mjs': 'export const handler = async () => "from s3";\n' });
        await h.s3.send(new client_s3_1.CreateBucketCommand({ Bucket: 'deploy-bucket' }));
        await h.s3.send(new client_s3_1.PutObjectCommand({ Bucket: 'deploy-bucket', Key: 'app/v1.zip', Body: archive }));
        const head = await h.s3.send(new client_s3_1.HeadObjectCommand({ Bucket: 'deploy-bucket', Key: 'app/v1.zip' }));
        assert.equal(head.ContentLength, archive.length);
        const got = await h.s3.send(new client_s3_1.GetObjectCommand({ Bucket: 'deploy-bucket', Key: 'app/v1.zip' }));
        assert.deepEqual(Buffer.from(await got.Body.transformToByteArray()), archive);
        const created = await h.lambda.send(new client_lambda_1.CreateFunctionCommand({
            FunctionName: 's3-fn',
            Role: contractClients_1.ROLE,
            Runtime: 'nodejs22.x',
            Handler: 'index.handler',
            Code: { S3Bucket: 'deploy-bucket', S3Key: 'app/v1.zip' },
        }));
        assert.equal(created.CodeSha256, sha(archive));
        h.clock.now += 1000;
        const seeded = await h.lambda.send(new client_lambda_1.UpdateFunctionCodeCommand({
            FunctionName: 's3-fn',
            S3Bucket: 'lambda-artifacts',
            S3Key: 'builds/orders-api.zip',
        }));
        assert.equal(seeded.CodeSha256, sha(h.emulator.state.s3.getObject('lambda-artifacts', 'builds/orders-api.zip').data));
        const missing = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionCodeCommand({
            FunctionName: 'orders-api',
            S3Bucket: 'deploy-bucket',
            S3Key: 'nope.zip',
        })));
        assert.equal(missing.name, 'InvalidParameterValueException');
        assert.match(missing.message, /NoSuchKey/);
        const noKey = await (0, contractClients_1.rejection)(h.s3.send(new client_s3_1.GetObjectCommand({ Bucket: 'deploy-bucket', Key: 'nope.zip' })));
        assert.equal(noKey.name, 'NoSuchKey');
    });
    it('a multipart upload feeds PublishLayerVersion', async () => {
        const archive = (0, zipArchive_1.buildZip)({
            'python/big.bin': Buffer.alloc(6 * 1024 * 1024, 7),
            'python/mod.py': 'X = 1\n',
        });
        const { UploadId } = await h.s3.send(new client_s3_1.CreateMultipartUploadCommand({ Bucket: 'layers', Key: 'big.zip' }));
        const cut = 5 * 1024 * 1024;
        const parts = [archive.subarray(0, cut), archive.subarray(cut)];
        const etags = [];
        for (const [i, body] of parts.entries()) {
            const out = await h.s3.send(new client_s3_1.UploadPartCommand({ Bucket: 'layers', Key: 'big.zip', UploadId, PartNumber: i + 1, Body: body }));
            etags.push({ ETag: out.ETag, PartNumber: i + 1 });
        }
        const done = await h.s3.send(new client_s3_1.CompleteMultipartUploadCommand({
            Bucket: 'layers',
            Key: 'big.zip',
            UploadId,
            MultipartUpload: { Parts: etags },
        }));
        assert.match(done.ETag ?? '', /-2"$/);
        const layer = await h.lambda.send(new client_lambda_1.PublishLayerVersionCommand({
            LayerName: 'big-layer',
            Content: { S3Bucket: 'layers', S3Key: 'big.zip' },
            CompatibleRuntimes: ['python3.12'],
        }));
        assert.equal(layer.Content?.CodeSha256, sha(archive));
        assert.equal(layer.Content?.CodeSize, archive.length);
        assert.equal(h.emulator.state.layerVersion('big-layer', 1)?.unzippedSize, 6 * 1024 * 1024 + 6);
    });
});
//# sourceMappingURL=emulatorDownloads.test.js.map