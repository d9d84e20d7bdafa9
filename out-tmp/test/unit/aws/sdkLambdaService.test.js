"use strict";
// The real SdkLambdaService with a real LambdaClient, against the emulator over loopback HTTP: the SDK's
// serializers, paginators, retries and waiters all run.
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
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const errors_1 = require("../../../src/aws/errors");
const policy_1 = require("../../../src/aws/policy");
const emulator_1 = require("../../emulator/emulator");
const zipArchive_1 = require("../../emulator/zipArchive");
const ROLE = 'arn:aws:iam::123456789012:role/lambda-exec';
const LAYER = (name, v) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${v}`;
async function start(options, deps = {}) {
    const emulator = await (0, emulator_1.startEmulator)(options);
    const { service } = (0, sdkClientFactory_1.createLambdaService)({ region: 'us-east-1', endpoint: emulator.endpoint }, { env: {}, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 2, ...deps });
    return { emulator, service };
}
async function all(pages) {
    const out = [];
    for await (const p of pages)
        out.push(p);
    return { pages: out, items: out.flatMap((p) => p.items) };
}
async function failure(p, kind, message) {
    await assert.rejects(p, (e) => {
        assert.ok((0, errors_1.isLambdaError)(e), `expected a LambdaError, got ${String(e)}`);
        assert.strictEqual(e.kind, kind, e.message);
        if (message)
            assert.match(e.message, message);
        return true;
    });
}
const zip = (text) => (0, zipArchive_1.buildZip)({ 'index.mjs': `export const handler = async () => '${text}';\n` });
const sha256 = (b) => (0, crypto_1.createHash)('sha256').update(b).digest('base64');
describe('aws/SdkLambdaService against the emulator', function () {
    this.timeout(30_000);
    describe('listings (sample seed)', () => {
        let f;
        before(async () => {
            f = await start({ seed: 'sample' });
        });
        after(() => f.emulator.stop());
        it('pages functions with markers until the last page, which has none', async () => {
            const { pages, items } = await all(f.service.listFunctions({ pageSize: 5 }));
            assert.deepStrictEqual(pages.map((p) => p.items.length), [5, 5, 3]);
            assert.ok(pages[0].nextMarker && pages[1].nextMarker);
            assert.strictEqual(pages[2].nextMarker, undefined);
            assert.strictEqual('nextMarker' in pages[2], false, 'no phantom marker on the last page');
            assert.deepStrictEqual(items.map((i) => i.name).sort(), f.emulator.state.functionNames().slice().sort());
        });
        it('resumes a listing from a marker', async () => {
            const first = await all(f.service.listFunctions({ pageSize: 5 }));
            const rest = await all(f.service.listFunctions({ pageSize: 5, startingMarker: first.pages[0].nextMarker }));
            assert.deepStrictEqual(rest.items.map((i) => i.name), first.items.slice(5).map((i) => i.name));
        });
        it('maps function summaries into domain types, layers in merge order', async () => {
            const { items } = await all(f.service.listFunctions());
            const search = items.find((i) => i.name === 'search-indexer');
            assert.deepStrictEqual(search.layers.map((l) => l.arn), [
                LAYER('shared-utils', 8),
                LAYER('aws-sdk-extras', 3),
                LAYER('otel-collector', 3),
                LAYER('secrets-cache', 2),
                LAYER('sharp-bin', 1),
            ]);
            assert.ok(search.layers.every((l) => typeof l.codeSize === 'number' && l.codeSize > 0));
            assert.deepStrictEqual(search.architectures, ['arm64']);
            assert.strictEqual(search.version, '$LATEST');
            assert.strictEqual(search.packageType, 'Zip');
            assert.match(search.lastModified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
            assert.ok(search.revisionId);
            const image = items.find((i) => i.name === 'image-resizer');
            assert.strictEqual(image.packageType, 'Image');
            assert.deepStrictEqual(image.layers, []);
            assert.strictEqual(Object.keys(search).some((k) => /^[A-Z]/.test(k)), false, 'no SDK shapes leak');
        });
        it('lists published versions too with allVersions, and per function', async () => {
            const { items } = await all(f.service.listFunctions({ allVersions: true }));
            const orders = items.filter((i) => i.name === 'orders-api').map((i) => i.version);
            assert.deepStrictEqual(orders.sort(), ['$LATEST', '1', '2']);
            const versions = await all(f.service.listVersionsByFunction('orders-api'));
            assert.deepStrictEqual(versions.items.map((v) => [v.version, v.layers.map((l) => l.arn)]), [
                ['$LATEST', [LAYER('shared-utils', 8), LAYER('otel-collector', 3)]],
                ['1', [LAYER('shared-utils', 6)]],
                ['2', [LAYER('shared-utils', 7), LAYER('otel-collector', 2)]],
            ]);
            assert.match(versions.items[1].arn, /:function:orders-api:1$/);
        });
        it('filters layers by runtime and architecture, with the newest matching version', async () => {
            const python = await all(f.service.listLayers({ runtime: 'python3.12' }));
            assert.deepStrictEqual(python.items.map((l) => [l.name, l.latest?.version]).sort(), [
                ['otel-collector', 3],
                ['py-common', 4],
            ]);
            const py = python.items.find((l) => l.name === 'py-common');
            assert.strictEqual(py.arn, 'arn:aws:lambda:us-east-1:123456789012:layer:py-common');
            assert.strictEqual(py.latest.layerArn, py.arn);
            assert.strictEqual(py.latest.arn, LAYER('py-common', 4));
            assert.deepStrictEqual(py.latest.compatibleArchitectures, ['x86_64']);
            const arm = await all(f.service.listLayers({ architecture: 'arm64' }));
            const names = arm.items.map((l) => l.name);
            assert.ok(names.includes('sharp-bin') && !names.includes('py-common') && !names.includes('java-libs'), names.join());
        });
        it('pages layer versions (page size clamped to the 1..50 AWS accepts), skipping deleted ones', async () => {
            const { pages, items } = await all(f.service.listLayerVersions('shared-utils', { pageSize: 3 }));
            assert.deepStrictEqual(pages.map((p) => p.items.length), [3, 3, 1]);
            assert.deepStrictEqual(items.map((v) => v.version).sort((a, b) => a - b), [1, 3, 4, 5, 6, 7, 8]);
            assert.ok(items.every((v) => v.layerName === 'shared-utils' && v.arn === LAYER('shared-utils', v.version)));
            const old = await all(f.service.listLayerVersions('shared-utils', { runtime: 'nodejs16.x', pageSize: 500 }));
            assert.deepStrictEqual(old.items.map((v) => v.version).sort(), [1, 3]);
        });
        it('reads a function with its configuration, code link and tags', async () => {
            const d = await f.service.getFunction('orders-api');
            assert.strictEqual(d.configuration.name, 'orders-api');
            assert.strictEqual(d.configuration.state, 'Active');
            assert.strictEqual(d.configuration.lastUpdateStatus, 'Successful');
            assert.deepStrictEqual(d.configuration.environment, { TABLE_NAME: 'orders', LOG_LEVEL: 'info' });
            assert.deepStrictEqual(d.tags, { team: 'commerce' });
            assert.match(d.codeLocation, /^http:\/\/127\.0\.0\.1:\d+\//);
            const v1 = await f.service.getFunctionConfiguration('orders-api', { qualifier: '1' });
            assert.strictEqual(v1.version, '1');
            assert.deepStrictEqual(v1.layers.map((l) => l.arn), [LAYER('shared-utils', 6)]);
        });
        it('starts the listing over when the same iterable is iterated again', async () => {
            const listing = f.service.listLayers({ pageSize: 4 });
            const first = await all(listing);
            const second = await all(listing);
            assert.strictEqual(first.items.length, 7);
            assert.deepStrictEqual(second.items.map((l) => l.name), first.items.map((l) => l.name));
        });
        it('fails a wait at once when the function does not exist, instead of polling until the limit', async () => {
            const t0 = Date.now();
            await failure(f.service.waitUntilUpdated('no-such-function'), 'NotFound');
            assert.ok(Date.now() - t0 < 1000);
        });
        it('returns at once from a wait when the function is already settled', async () => {
            f.emulator.resetCalls();
            const c = await f.service.waitUntilActive('orders-api');
            assert.strictEqual(c.state, 'Active');
            assert.strictEqual(f.emulator.calls.length, 1);
        });
        it('says a missing function is not found, and what to check', async () => {
            await failure(f.service.getFunction('no-such-function'), 'NotFound', /Refresh and check the Region: Function not found: .*no-such-function$/);
        });
        it('parses a layer policy into a document whose statements are grants', async () => {
            const policy = await f.service.getLayerVersionPolicy('shared-utils', 7);
            assert.ok(policy);
            assert.strictEqual(policy.revisionId, f.emulator.state.layerVersion('shared-utils', 7).policy.revisionId);
            const grants = policy.document.statements.map((s) => [s.sid, (0, policy_1.statementToGrant)(s)]);
            assert.deepStrictEqual(grants, [
                ['org-wide', { kind: 'organization', organizationId: 'o-a1b2c3d4e5' }],
                ['partner-account', { kind: 'account', accountId: '333344445555' }],
            ]);
            const pub = await f.service.getLayerVersionPolicy('py-common', 4);
            assert.deepStrictEqual(pub?.document.statements.map(policy_1.statementToGrant), [{ kind: 'public' }]);
        });
        it('answers undefined for a version without grants, NotFound for a version that does not exist', async () => {
            assert.strictEqual(await f.service.getLayerVersionPolicy('shared-utils', 5), undefined);
            await failure(f.service.getLayerVersionPolicy('shared-utils', 99), 'NotFound');
        });
    });
    it('caps function pages at 50 whatever the page size asked (scale seed)', async () => {
        const f = await start({ seed: 'scale' });
        try {
            const pages = f.service.listFunctions({ pageSize: 1000 });
            for await (const page of pages) {
                assert.strictEqual(page.items.length, 50);
                assert.ok(page.nextMarker);
                break; // stopping the loop stops the paginator: one request only
            }
            assert.strictEqual(f.emulator.calls.filter((c) => c.operation === 'ListFunctions').length, 1);
        }
        finally {
            await f.emulator.stop();
        }
    });
    describe('writes (sample seed, 300 ms updates)', () => {
        let f;
        before(async () => {
            f = await start({ seed: 'sample', updateDelayMs: 300 });
        });
        after(() => f.emulator.stop());
        it('creates a function from zip bytes and waits until it is Active', async () => {
            const code = zip('created');
            const created = await f.service.createFunction({
                name: 'created-fn',
                runtime: 'nodejs22.x',
                handler: 'index.handler',
                role: ROLE,
                code: { zipFile: code },
                architecture: 'arm64',
                layers: [LAYER('shared-utils', 8)],
                environment: { STAGE: 'test' },
            });
            assert.strictEqual(created.state, 'Pending');
            assert.strictEqual(created.codeSha256, sha256(code));
            assert.strictEqual(created.codeSize, code.length);
            assert.deepStrictEqual(created.architectures, ['arm64']);
            const t0 = Date.now();
            const active = await f.service.waitUntilActive('created-fn');
            const waited = Date.now() - t0;
            assert.strictEqual(active.state, 'Active');
            assert.deepStrictEqual(active.environment, { STAGE: 'test' });
            assert.ok(waited < 2500, `a 300 ms transition must be seen quickly, took ${waited} ms`);
        });
        it('sends only the fields given; conflicts while InProgress; the waiter sees InProgress → Successful', async () => {
            const before = await f.service.getFunctionConfiguration('thumbnailer');
            const updated = await f.service.updateFunctionConfiguration('thumbnailer', { layers: [LAYER('sharp-bin', 2)] }, { revisionId: before.revisionId });
            assert.strictEqual(updated.lastUpdateStatus, 'InProgress');
            assert.deepStrictEqual(updated.layers.map((l) => l.arn), [LAYER('sharp-bin', 2)]);
            assert.strictEqual(updated.memorySize, before.memorySize, 'untouched fields keep their values');
            assert.strictEqual(updated.description, before.description);
            assert.notStrictEqual(updated.revisionId, before.revisionId);
            await failure(f.service.updateFunctionConfiguration('thumbnailer', { description: 'again' }), 'Conflict', /busy \(still being created or updated\)\. Wait a few seconds and try again: .*in progress/);
            const t0 = Date.now();
            const done = await f.service.waitUntilUpdated('thumbnailer');
            assert.strictEqual(done.lastUpdateStatus, 'Successful');
            assert.ok(Date.now() - t0 < 2500);
            const cleared = await f.service.updateFunctionConfiguration('thumbnailer', { layers: [] });
            assert.deepStrictEqual(cleared.layers, [], '[] detaches every layer');
            assert.deepStrictEqual(f.emulator.state.functions.get('thumbnailer').latest.layers, []);
            await f.service.waitUntilUpdated('thumbnailer');
        });
        it('refuses a stale RevisionId with PreconditionFailed and says to refresh', async () => {
            const stale = (await f.service.getFunctionConfiguration('notifications')).revisionId;
            await f.service.updateFunctionConfiguration('notifications', { memorySize: 256 }, { revisionId: stale });
            await f.service.waitUntilUpdated('notifications');
            await failure(f.service.updateFunctionConfiguration('notifications', { memorySize: 512 }, { revisionId: stale }), 'PreconditionFailed', /changed since it was read \(someone else updated it\)\. Refresh and try again: The Revision Id provided/);
            assert.strictEqual(f.emulator.state.functions.get('notifications').latest.memorySize, 256);
        });
        it('rejects a layer version that does not exist with InvalidParameter', async () => {
            await failure(f.service.updateFunctionConfiguration('ruby-mailer', { layers: [LAYER('shared-utils', 2)] }), 'InvalidParameter', /Correct it and try again: /);
        });
        it('updates code, publishes versions and reports the new hash', async () => {
            const code = zip('v2');
            const updated = await f.service.updateFunctionCode('webhook-relay', { zipFile: code });
            assert.strictEqual(updated.codeSha256, sha256(code));
            await f.service.waitUntilUpdated('webhook-relay');
            const published = await f.service.publishVersion('webhook-relay', {
                description: 'release',
                codeSha256: sha256(code),
            });
            assert.strictEqual(published.version, '1');
            assert.strictEqual(published.description, 'release');
            await f.service.waitUntilUpdated('webhook-relay');
            const again = await f.service.updateFunctionCode('webhook-relay', { zipFile: zip('v3') }, { publish: true });
            assert.strictEqual(again.codeSha256, sha256(zip('v3')));
            const versions = await all(f.service.listVersionsByFunction('webhook-relay'));
            assert.deepStrictEqual(versions.items.map((v) => v.version), ['$LATEST', '1', '2']);
        });
        it('creates a function from S3 content', async () => {
            const created = await f.service.createFunction({
                name: 'from-s3',
                runtime: 'nodejs22.x',
                handler: 'index.handler',
                role: ROLE,
                code: { s3Bucket: 'lambda-artifacts', s3Key: 'builds/orders-api.zip' },
            });
            assert.ok(created.codeSize > 0);
        });
        it('publishes, reads (by name and by ARN) and deletes a layer version', async () => {
            const content = (0, zipArchive_1.buildZip)({ 'python/mylib/__init__.py': 'X = 1\n' });
            const published = await f.service.publishLayerVersion({
                layerName: 'new-layer',
                content: { zipFile: content },
                description: 'first',
                compatibleRuntimes: ['python3.12'],
                compatibleArchitectures: ['x86_64', 'arm64'],
                licenseInfo: 'MIT',
            });
            assert.strictEqual(published.version, 1);
            assert.strictEqual(published.layerName, 'new-layer');
            assert.strictEqual(published.arn, LAYER('new-layer', 1));
            assert.strictEqual(published.codeSha256, sha256(content));
            assert.strictEqual(published.codeSize, content.length);
            assert.deepStrictEqual(published.compatibleArchitectures, ['x86_64', 'arm64']);
            assert.match(published.createdDate, /\+0000$/);
            const byName = await f.service.getLayerVersion('new-layer', 1);
            assert.strictEqual(byName.description, 'first');
            assert.ok(byName.location);
            const byArn = await f.service.getLayerVersionByArn(LAYER('new-layer', 1));
            assert.strictEqual(byArn.codeSha256, byName.codeSha256);
            await f.service.deleteLayerVersion('new-layer', 1);
            await failure(f.service.getLayerVersion('new-layer', 1), 'NotFound');
            const left = await all(f.service.listLayerVersions('new-layer'));
            assert.deepStrictEqual(left.items, []);
        });
        it('grants, refuses duplicates and stale revisions, and revokes layer permissions', async () => {
            const grant = { kind: 'account', accountId: '444455556666' };
            const added = await f.service.addLayerVersionPermission('shared-utils', 5, 'dev-account', grant);
            assert.strictEqual(added.statement.sid, 'dev-account');
            assert.deepStrictEqual((0, policy_1.statementToGrant)(added.statement), grant, 'what AWS stores round-trips to the grant');
            const stored = f.emulator.state.layerVersion('shared-utils', 5).policy;
            assert.strictEqual(added.revisionId, stored.revisionId);
            assert.deepStrictEqual(stored.statements[0].Principal, { AWS: 'arn:aws:iam::444455556666:root' });
            const org = await f.service.addLayerVersionPermission('shared-utils', 5, 'org', { kind: 'organization', organizationId: 'o-abcdefghij' }, { revisionId: added.revisionId });
            assert.deepStrictEqual((0, policy_1.statementToGrant)(org.statement), {
                kind: 'organization',
                organizationId: 'o-abcdefghij',
            });
            await failure(f.service.addLayerVersionPermission('shared-utils', 5, 'dev-account', grant), 'Conflict', /pick another statement ID.*: The statement id \(dev-account\) provided already exists/);
            await failure(f.service.addLayerVersionPermission('shared-utils', 5, 'public', { kind: 'public' }, { revisionId: added.revisionId }), 'PreconditionFailed', /Refresh and try again/);
            const policy = (await f.service.getLayerVersionPolicy('shared-utils', 5));
            assert.deepStrictEqual(policy.document.statements.map(policy_1.statementToGrant), [
                grant,
                { kind: 'organization', organizationId: 'o-abcdefghij' },
            ]);
            await f.service.removeLayerVersionPermission('shared-utils', 5, 'dev-account', {
                revisionId: policy.revisionId,
            });
            await f.service.removeLayerVersionPermission('shared-utils', 5, 'org');
            assert.strictEqual(await f.service.getLayerVersionPolicy('shared-utils', 5), undefined);
        });
    });
    describe('cancellation, waiter limits and faults', () => {
        let f;
        beforeEach(async () => {
            f = await start({ seed: 'sample', updateDelayMs: 300 });
        });
        afterEach(() => f.emulator.stop());
        it('does not call AWS when the signal is already aborted', async () => {
            const ac = new AbortController();
            ac.abort();
            await failure(f.service.getFunction('orders-api', { signal: ac.signal }), 'Cancelled', /^The operation was cancelled\.$/);
            await failure(all(f.service.listLayers({ signal: ac.signal })), 'Cancelled');
            assert.strictEqual(f.emulator.calls.length, 0);
        });
        it('cancels a slow call in flight', async () => {
            f.emulator.setFaults([{ operation: 'GetFunction', kind: 'latency', latencyMs: 5000 }]);
            const ac = new AbortController();
            const t0 = Date.now();
            setTimeout(() => ac.abort(), 100);
            await failure(f.service.getFunction('orders-api', { signal: ac.signal }), 'Cancelled');
            assert.ok(Date.now() - t0 < 2000, 'the call stops when aborted, not when AWS answers');
        });
        it('stops a listing between pages when aborted', async () => {
            const ac = new AbortController();
            const seen = [];
            await failure((async () => {
                for await (const page of f.service.listFunctions({ pageSize: 5, signal: ac.signal })) {
                    seen.push(page.items.length);
                    ac.abort();
                }
            })(), 'Cancelled');
            assert.deepStrictEqual(seen, [5]);
            assert.strictEqual(f.emulator.calls.filter((c) => c.operation === 'ListFunctions').length, 1);
        });
        it('cancels a waiter', async () => {
            await f.emulator.stop();
            f = await start({ seed: 'sample', updateDelayMs: 10_000 });
            await f.service.updateFunctionConfiguration('orders-api', { description: 'slow' });
            const ac = new AbortController();
            setTimeout(() => ac.abort(), 200);
            const t0 = Date.now();
            await failure(f.service.waitUntilUpdated('orders-api', { signal: ac.signal }), 'Cancelled');
            assert.ok(Date.now() - t0 < 1500);
        });
        it('gives up waiting after maxWaitSeconds with a Timeout', async () => {
            await f.emulator.stop();
            f = await start({ seed: 'sample', updateDelayMs: 30_000 });
            await f.service.updateFunctionConfiguration('orders-api', { description: 'slow' });
            await failure(f.service.waitUntilUpdated('orders-api', { maxWaitSeconds: 2 }), 'Timeout', /still updating after 2 s\. .*: orders-api$/);
        });
        it('surfaces throttling after the SDK retries run out, with the wait AWS asked for', async () => {
            f.emulator.setFaults([{ operation: 'ListLayers', kind: 'throttle', retryAfterSeconds: 1 }]);
            await assert.rejects(all(f.service.listLayers()), (e) => {
                assert.ok((0, errors_1.isLambdaError)(e, 'Throttled'), String(e));
                assert.strictEqual(e.details.httpStatus, 429);
                assert.match(e.message, /throttling requests.*Wait 1 s and try again/);
                return true;
            });
            assert.strictEqual(f.emulator.calls.filter((c) => c.operation === 'ListLayers').length, 2, 'maxAttempts 2');
        });
        it('retries a single throttle without the user noticing', async () => {
            f.emulator.setFaults([{ operation: 'ListLayers', kind: 'throttle', times: 1, retryAfterSeconds: 0 }]);
            const { items } = await all(f.service.listLayers());
            assert.ok(items.length > 0);
        });
        it('maps a 500 to Service and a dropped connection to Network', async () => {
            f.emulator.setFaults([{ operation: 'GetFunction', kind: 'error' }]);
            await failure(f.service.getFunction('orders-api'), 'Service', /Try again in a moment/);
            f.emulator.setFaults([{ operation: 'GetFunction', kind: 'drop' }]);
            await failure(f.service.getFunction('orders-api'), 'Network', /Could not reach AWS Lambda \(the connection was dropped\)/);
        });
    });
});
//# sourceMappingURL=sdkLambdaService.test.js.map