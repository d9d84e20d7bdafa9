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
// A large inline archive's request body is built once and reused by every client that sends it (Publish to
// Regions sends one archive to many Regions). What a user would notice if it went wrong: another version's
// settings sent with the archive, a body AWS cannot read, or a signature AWS refuses. So the requests are captured
// as AWS receives them, read back, and their SigV4 signatures checked over the bytes that arrived.
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const http = __importStar(require("http"));
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const sdkSharedBody_1 = require("../../../src/aws/sdkSharedBody");
const emulator_1 = require("../../emulator/emulator");
const zipArchive_1 = require("../../emulator/zipArchive");
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET };
const sha256 = (b) => (0, crypto_1.createHash)('sha256').update(b).digest('hex');
/** A server that records each request and answers like AWS would for a publish (201, a small JSON). */
async function captureServer() {
    const requests = [];
    const server = http.createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            requests.push({
                method: req.method ?? '',
                path: req.url ?? '',
                headers: req.headers,
                body: Buffer.concat(chunks),
            });
            res.writeHead(201, { 'content-type': 'application/json' });
            res.end(JSON.stringify({
                LayerArn: 'arn:aws:lambda:us-east-1:123456789012:layer:big',
                LayerVersionArn: `arn:aws:lambda:us-east-1:123456789012:layer:big:${requests.length}`,
                Version: requests.length,
                Content: { CodeSha256: 'x', CodeSize: 1 },
            }));
        });
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address();
    return { endpoint: `http://127.0.0.1:${port}`, requests, close: () => server.close() };
}
/** AWS's check of a SigV4 header signature, over the body that arrived (not over what the client claims). */
function signatureHolds(r) {
    const auth = String(r.headers.authorization);
    const m = /Credential=[^/]+\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)/.exec(auth);
    if (!m)
        return false;
    const [, date, region, service, signed, signature] = m;
    const names = signed.split(';');
    const canonicalHeaders = names.map((n) => `${n}:${String(r.headers[n]).trim()}\n`).join('');
    const canonical = [r.method, r.path, '', canonicalHeaders, signed, sha256(r.body)].join('\n');
    const scope = `${date}/${region}/${service}/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', String(r.headers['x-amz-date']), scope, sha256(canonical)].join('\n');
    let key = Buffer.from(`AWS4${SECRET}`);
    for (const part of [date, region, service, 'aws4_request'])
        key = (0, crypto_1.createHmac)('sha256', key).update(part).digest();
    return (0, crypto_1.createHmac)('sha256', key).update(toSign).digest('hex') === signature;
}
function client(endpoint, region) {
    return (0, sdkClientFactory_1.createLambdaService)({ region, endpoint }, { credentials, env: {}, maxAttempts: 1 });
}
describe('Large inline archives: the request body is built once and signed over what is sent', function () {
    this.timeout(30_000);
    const zip = (0, zipArchive_1.buildZip)({ 'lib/blob.bin': Buffer.alloc(sdkSharedBody_1.SHARED_BODY_MIN_BYTES * 2, 7) });
    it('two Regions receive the same readable body, each with a valid signature, and the settings of each call', async () => {
        const server = await captureServer();
        const a = client(server.endpoint, 'us-east-1');
        const b = client(server.endpoint, 'eu-west-1');
        try {
            const input = {
                layerName: 'big',
                content: { zipFile: zip },
                description: 'shared',
                compatibleRuntimes: ['nodejs22.x'],
                licenseInfo: 'MIT',
            };
            await a.service.publishLayerVersion(input);
            await b.service.publishLayerVersion(input);
            // The same archive with other settings must not be sent with the first call's text.
            await b.service.publishLayerVersion({ ...input, description: 'changed "quoted" ünïcode' });
            assert.strictEqual(server.requests.length, 3);
            for (const r of server.requests) {
                assert.strictEqual(Number(r.headers['content-length']), r.body.length);
                assert.strictEqual(r.headers['x-amz-content-sha256'], sha256(r.body));
                assert.ok(signatureHolds(r), `signature over the received body (${String(r.headers.authorization)})`);
                const sent = JSON.parse(r.body.toString('utf8'));
                assert.ok(Buffer.from(sent.Content.ZipFile, 'base64').equals(zip));
                assert.deepStrictEqual(sent.CompatibleRuntimes, ['nodejs22.x']);
                assert.strictEqual(sent.LicenseInfo, 'MIT');
            }
            assert.ok(server.requests[0].body.equals(server.requests[1].body));
            assert.match(String(server.requests[1].headers.authorization), /\/eu-west-1\/lambda\//);
            assert.strictEqual(JSON.parse(server.requests[2].body.toString('utf8')).Description, 'changed "quoted" ünïcode');
        }
        finally {
            a.client.destroy();
            b.client.destroy();
            server.close();
        }
    });
    it('a small archive is sent the usual way, and still signed over its body', async () => {
        const server = await captureServer();
        const a = client(server.endpoint, 'us-east-1');
        try {
            const small = (0, zipArchive_1.buildZip)({ 'index.js': 'exports.handler = async () => 1;\n' });
            await a.service.publishLayerVersion({ layerName: 'big', content: { zipFile: small } });
            const [r] = server.requests;
            assert.ok(r && signatureHolds(r));
            assert.ok(Buffer.from(JSON.parse(r.body.toString('utf8')).Content.ZipFile, 'base64').equals(small));
        }
        finally {
            a.client.destroy();
            server.close();
        }
    });
    it('CreateFunction and UpdateFunctionCode carry the large archive too, and the emulator stores its CodeSha256', async () => {
        const emulator = await (0, emulator_1.startEmulator)({ seed: 'empty', updateDelayMs: 0 });
        const a = client(emulator.endpoint, 'us-east-1');
        try {
            const expected = (0, crypto_1.createHash)('sha256').update(zip).digest('base64');
            const layer = await a.service.publishLayerVersion({ layerName: 'big', content: { zipFile: zip } });
            assert.strictEqual(layer.codeSha256, expected);
            await a.service.createFunction({
                name: 'big-fn',
                runtime: 'nodejs22.x',
                handler: 'index.handler',
                role: 'arn:aws:iam::123456789012:role/lambda-role',
                code: { zipFile: zip },
            });
            const updated = await a.service.updateFunctionCode('big-fn', { zipFile: zip });
            assert.strictEqual(updated.codeSha256, expected);
        }
        finally {
            a.client.destroy();
            await emulator.stop();
        }
    });
});
//# sourceMappingURL=sdkSharedBody.test.js.map