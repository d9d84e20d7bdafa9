"use strict";
// Contract: the real LambdaClient against the emulator, function operations.
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
const seeds_1 = require("../emulator/seeds");
const zipArchive_1 = require("../emulator/zipArchive");
const contractClients_1 = require("./contractClients");
const LAYER = (name, v) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${v}`;
const zip = (0, zipArchive_1.buildZip)({ 'index.mjs': 'export const handler = async () => 1;\n' });
const sha = (b) => (0, node_crypto_1.createHash)('sha256').update(b).digest('base64');
function createInput(over = {}) {
    return {
        FunctionName: 'new-fn',
        Role: contractClients_1.ROLE,
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Code: { ZipFile: zip },
        ...over,
    };
}
describe('contract: functions', function () {
    this.timeout(20000);
    let h;
    beforeEach(async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'sample', updateDelayMs: 1000 });
    });
    afterEach(async () => {
        await h.stop();
    });
    const advance = (ms) => {
        h.clock.now += ms;
    };
    describe('ListFunctions', () => {
        it('lists the seeded functions with their layers and without State', async () => {
            const out = await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
            assert.equal(out.Functions?.length, 13);
            assert.equal(out.NextMarker, undefined);
            const orders = out.Functions.find((f) => f.FunctionName === 'orders-api');
            assert.deepEqual(orders.Layers?.map((l) => l.Arn), [LAYER('shared-utils', 8), LAYER('otel-collector', 3)]);
            assert.ok((orders.Layers?.[0]?.CodeSize ?? 0) > 0);
            assert.equal(orders.State, undefined);
            assert.match(orders.LastModified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
            assert.equal(orders.FunctionArn, 'arn:aws:lambda:us-east-1:123456789012:function:orders-api');
        });
        it('pages 120 functions in 3 pages of at most 50, whatever MaxItems says', async () => {
            const many = await (0, contractClients_1.startHarness)({ seed: 'empty' });
            try {
                (0, seeds_1.loadSeed)(many.emulator.state, {
                    functions: Array.from({ length: 120 }, (_, i) => ({
                        name: `fn-${String(i).padStart(3, '0')}`,
                        runtime: 'nodejs22.x',
                    })),
                });
                const sizes = [];
                const names = [];
                for await (const page of (0, client_lambda_1.paginateListFunctions)({ client: many.lambda, pageSize: 1000 }, {})) {
                    sizes.push(page.Functions?.length ?? 0);
                    names.push(...(page.Functions ?? []).map((f) => f.FunctionName));
                }
                assert.deepEqual(sizes, [50, 50, 20]);
                assert.equal(new Set(names).size, 120);
                assert.deepEqual(many.emulator.calls.map((c) => c.operation), ['ListFunctions', 'ListFunctions', 'ListFunctions']);
            }
            finally {
                await many.stop();
            }
        });
        it('adds published versions with FunctionVersion=ALL', async () => {
            const out = await h.lambda.send(new client_lambda_1.ListFunctionsCommand({ FunctionVersion: 'ALL' }));
            const orders = out.Functions.filter((f) => f.FunctionName === 'orders-api').map((f) => f.Version);
            assert.deepEqual(orders, ['$LATEST', '1', '2']);
        });
        const errors = [
            ['MaxItems 0', { MaxItems: 0 }, 'ValidationException'],
            ['a forged marker', { Marker: 'not-a-marker' }, 'InvalidParameterValueException'],
        ];
        for (const [label, input, name] of errors) {
            it(`rejects ${label}`, async () => {
                const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.ListFunctionsCommand(input)));
                assert.equal(e.name, name);
                assert.equal(e.$metadata?.httpStatusCode, 400);
            });
        }
    });
    describe('ListVersionsByFunction', () => {
        it('lists $LATEST and published versions, each with its frozen layers', async () => {
            const versions = [];
            for await (const page of (0, client_lambda_1.paginateListVersionsByFunction)({ client: h.lambda, pageSize: 2 }, { FunctionName: 'orders-api' })) {
                versions.push(...(page.Versions ?? []).map((v) => ({
                    v: v.Version,
                    layers: (v.Layers ?? []).map((l) => l.Arn),
                })));
            }
            assert.deepEqual(versions, [
                { v: '$LATEST', layers: [LAYER('shared-utils', 8), LAYER('otel-collector', 3)] },
                { v: '1', layers: [LAYER('shared-utils', 6)] },
                { v: '2', layers: [LAYER('shared-utils', 7), LAYER('otel-collector', 2)] },
            ]);
        });
        it('answers 404 for an unknown function', async () => {
            const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.ListVersionsByFunctionCommand({ FunctionName: 'missing' })));
            assert.equal(e.name, 'ResourceNotFoundException');
            assert.equal(e.$metadata?.httpStatusCode, 404);
        });
    });
    describe('CreateFunction', () => {
        it('creates a Pending function that turns Active after the update delay', async () => {
            const out = await h.lambda.send(new client_lambda_1.CreateFunctionCommand(createInput({ Layers: [LAYER('shared-utils', 8)] })));
            assert.equal(out.State, 'Pending');
            assert.equal(out.CodeSha256, sha(zip));
            assert.equal(out.CodeSize, zip.length);
            assert.equal(out.Version, '$LATEST');
            assert.match(out.RevisionId, /^[0-9a-f-]{36}$/);
            advance(1001);
            const cfg = await h.lambda.send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'new-fn' }));
            assert.equal(cfg.State, 'Active');
            assert.equal(cfg.LastUpdateStatus, 'Successful');
            assert.deepEqual(h.emulator.state.functions.get('new-fn')?.latest.layers, [LAYER('shared-utils', 8)]);
        });
        const bad = [
            [
                'a name with spaces',
                { FunctionName: 'bad name' },
                'ValidationException',
                /regular expression pattern/,
            ],
            ['a 65-character name', { FunctionName: 'a'.repeat(65) }, 'ValidationException'],
            ['an existing name', { FunctionName: 'orders-api' }, 'ResourceConflictException'],
            [
                'an archive that is not a zip',
                { Code: { ZipFile: Buffer.from('not a zip at all, sorry') } },
                'InvalidParameterValueException',
                /Could not unzip/,
            ],
            [
                'six layers',
                { Layers: [1, 2, 3, 4, 5, 6].map((n) => LAYER(`l${n}`, 1)) },
                'InvalidParameterValueException',
                /more than 5 layers/,
            ],
            [
                'a layer version that does not exist',
                { Layers: [LAYER('shared-utils', 99)] },
                'InvalidParameterValueException',
                /does not exist/,
            ],
            [
                'a deleted layer version',
                { Layers: [LAYER('shared-utils', 2)] },
                'InvalidParameterValueException',
                /does not exist/,
            ],
            [
                'two versions of one layer',
                { Layers: [LAYER('shared-utils', 7), LAYER('shared-utils', 8)] },
                'InvalidParameterValueException',
            ],
            [
                'layers on an image function',
                {
                    PackageType: 'Image',
                    Runtime: undefined,
                    Handler: undefined,
                    Code: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1' },
                    Layers: [LAYER('shared-utils', 8)],
                },
                'InvalidParameterValueException',
                /container image/,
            ],
            [
                'a deprecated runtime',
                { Runtime: 'nodejs16.x' },
                'InvalidParameterValueException',
                /no longer supported/,
            ],
            ['an unknown runtime', { Runtime: 'cobol85' }, 'ValidationException'],
            [
                'an archive over 250 MB unzipped',
                { Code: { ZipFile: (0, zipArchive_1.buildZipClaimingSize)('big.bin', 262_144_001) } },
                'InvalidParameterValueException',
                /Unzipped size must be smaller than 262144000 bytes/,
            ],
            [
                'code plus layers over 250 MB unzipped',
                {
                    Code: { ZipFile: (0, zipArchive_1.buildZipClaimingSize)('big.bin', 262_144_000 - 10) },
                    Layers: [LAYER('shared-utils', 8)],
                },
                'InvalidParameterValueException',
                /Unzipped size/,
            ],
            ['a bad role ARN', { Role: 'lambda-exec' }, 'ValidationException'],
            ['Timeout 901', { Timeout: 901 }, 'ValidationException'],
            [
                'environment over 4 KB',
                { Environment: { Variables: { BIG: 'x'.repeat(4100) } } },
                'InvalidParameterValueException',
                /4KB/,
            ],
            [
                'a bad environment variable name',
                { Environment: { Variables: { '1BAD': 'x' } } },
                'ValidationException',
            ],
        ];
        for (const [label, over, name, message] of bad) {
            it(`rejects ${label}`, async () => {
                const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.CreateFunctionCommand(createInput(over))));
                assert.equal(e.name, name, e.message);
                if (message)
                    assert.match(e.message, message);
                assert.equal(h.emulator.state.functions.get(String(over.FunctionName ?? 'new-fn'))?.name === 'new-fn', false);
            });
        }
        it("rejects a direct upload over 50 MB with AWS's 413 RequestEntityTooLargeException", async () => {
            const big = Buffer.concat([(0, zipArchive_1.buildZip)({ 'a.txt': 'a' }), Buffer.alloc(52 * 1024 * 1024 + 512 * 1024)]);
            const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.CreateFunctionCommand(createInput({ Code: { ZipFile: big } }))));
            assert.equal(e.name, 'RequestEntityTooLargeException');
            assert.equal(e.$metadata?.httpStatusCode, 413);
            assert.match(e.message, /Request must be smaller than 69905067 bytes for the CreateFunction operation/);
        });
    });
    describe('GetFunction / GetFunctionConfiguration', () => {
        it('returns the configuration, State and a download link', async () => {
            const out = await h.lambda.send(new client_lambda_1.GetFunctionCommand({ FunctionName: 'orders-api' }));
            assert.equal(out.Configuration?.State, 'Active');
            assert.equal(out.Configuration?.LastUpdateStatus, 'Successful');
            assert.equal(out.Code?.RepositoryType, 'S3');
            assert.match(out.Code?.Location ?? '', /^http:\/\/127\.0\.0\.1:\d+\/_emulator\/code\/[0-9a-f]{64}\?.*X-Amz-Expires=600/);
            assert.equal(out.Tags?.team, 'commerce');
        });
        it('reads a published version by qualifier and by qualified ARN', async () => {
            const byQualifier = await h.lambda.send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'orders-api', Qualifier: '1' }));
            assert.deepEqual(byQualifier.Layers?.map((l) => l.Arn), [LAYER('shared-utils', 6)]);
            const byArn = await h.lambda.send(new client_lambda_1.GetFunctionConfigurationCommand({
                FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:orders-api:2',
            }));
            assert.equal(byArn.Version, '2');
            assert.equal(byArn.FunctionArn, 'arn:aws:lambda:us-east-1:123456789012:function:orders-api:2');
        });
        it('describes an image function without layers', async () => {
            const out = await h.lambda.send(new client_lambda_1.GetFunctionCommand({ FunctionName: 'image-resizer' }));
            assert.equal(out.Configuration?.PackageType, 'Image');
            assert.equal(out.Code?.RepositoryType, 'ECR');
            assert.equal(out.Configuration?.Layers, undefined);
        });
        for (const [label, input] of [
            ['an unknown function', { FunctionName: 'missing' }],
            ['an unknown version', { FunctionName: 'orders-api', Qualifier: '9' }],
        ]) {
            it(`answers 404 for ${label}`, async () => {
                for (const cmd of [new client_lambda_1.GetFunctionCommand(input), new client_lambda_1.GetFunctionConfigurationCommand(input)]) {
                    const e = await (0, contractClients_1.rejection)(h.lambda.send(cmd));
                    assert.equal(e.name, 'ResourceNotFoundException');
                    assert.match(e.message, /Function not found: arn:aws:lambda:us-east-1:123456789012:function:/);
                }
            });
        }
    });
    describe('UpdateFunctionConfiguration', () => {
        it('attaches layers guarded by RevisionId, then answers 409 while the update is in progress', async () => {
            const before = await h.lambda.send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'notifications' }));
            const out = await h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({
                FunctionName: 'notifications',
                Layers: [LAYER('py-common', 4)],
                RevisionId: before.RevisionId,
            }));
            assert.equal(out.LastUpdateStatus, 'InProgress');
            assert.notEqual(out.RevisionId, before.RevisionId);
            const busy = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({ FunctionName: 'notifications', Layers: [] })));
            assert.equal(busy.name, 'ResourceConflictException');
            assert.equal(busy.$metadata?.httpStatusCode, 409);
            assert.match(busy.message, /An update is in progress/);
            advance(1001);
            assert.equal(h.emulator.state.functionConfiguration('notifications')?.LastUpdateStatus, 'Successful');
            const detached = await h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({ FunctionName: 'notifications', Layers: [] }));
            assert.equal(detached.Layers, undefined);
            assert.deepEqual(h.emulator.state.functions.get('notifications')?.latest.layers, []);
        });
        it('answers 412 for a stale RevisionId and changes nothing', async () => {
            const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({
                FunctionName: 'thumbnailer',
                Layers: [],
                RevisionId: '00000000-0000-4000-a000-000000000000',
            })));
            assert.equal(e.name, 'PreconditionFailedException');
            assert.equal(e.$metadata?.httpStatusCode, 412);
            assert.equal(h.emulator.state.functions.get('thumbnailer')?.latest.layers.length, 2);
        });
        it('rejects layers on an image function and more than five layers', async () => {
            const image = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({
                FunctionName: 'image-resizer',
                Layers: [LAYER('shared-utils', 8)],
            })));
            assert.equal(image.name, 'InvalidParameterValueException');
            const six = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({
                FunctionName: 'search-indexer',
                Layers: [
                    ...h.emulator.state.functions.get('search-indexer').latest.layers,
                    LAYER('py-common', 4),
                ],
            })));
            assert.equal(six.name, 'InvalidParameterValueException');
            assert.match(six.message, /more than 5 layers/);
        });
        it('is seen by the SDK waiter once the update completes (real clock)', async () => {
            const real = await (0, contractClients_1.startHarness)({ seed: 'sample', updateDelayMs: 300, now: Date.now });
            try {
                await real.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({ FunctionName: 'orders-api', MemorySize: 1024 }));
                const result = await (0, client_lambda_1.waitUntilFunctionUpdatedV2)({ client: real.lambda, maxWaitTime: 10, minDelay: 1 }, { FunctionName: 'orders-api' });
                assert.equal(result.state, 'SUCCESS');
                assert.equal(real.emulator.state.functionConfiguration('orders-api')?.MemorySize, 1024);
            }
            finally {
                await real.stop();
            }
        });
    });
    describe('UpdateFunctionCode', () => {
        it('replaces the code and the revision', async () => {
            const next = (0, zipArchive_1.buildZip)({ 'index.mjs': 'export const handler = async () => 2;\n' });
            const before = h.emulator.state.functions.get('orders-api').latest.revisionId;
            const out = await h.lambda.send(new client_lambda_1.UpdateFunctionCodeCommand({ FunctionName: 'orders-api', ZipFile: next, RevisionId: before }));
            assert.equal(out.CodeSha256, sha(next));
            assert.equal(out.LastUpdateStatus, 'InProgress');
            assert.notEqual(out.RevisionId, before);
        });
        it('rejects an invalid archive and a stale RevisionId', async () => {
            const invalid = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionCodeCommand({ FunctionName: 'orders-api', ZipFile: Buffer.from('PK garbage') })));
            assert.equal(invalid.name, 'InvalidParameterValueException');
            const stale = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionCodeCommand({ FunctionName: 'orders-api', ZipFile: zip, RevisionId: 'stale' })));
            assert.equal(stale.name, 'PreconditionFailedException');
        });
    });
    describe('PublishVersion', () => {
        it('publishes a version with the current layers frozen, and reuses it when nothing changed', async () => {
            const out = await h.lambda.send(new client_lambda_1.PublishVersionCommand({ FunctionName: 'orders-api', Description: 'v3' }));
            assert.equal(out.Version, '3');
            assert.equal(out.FunctionArn, 'arn:aws:lambda:us-east-1:123456789012:function:orders-api:3');
            assert.deepEqual(out.Layers?.map((l) => l.Arn), [LAYER('shared-utils', 8), LAYER('otel-collector', 3)]);
            const again = await h.lambda.send(new client_lambda_1.PublishVersionCommand({ FunctionName: 'orders-api' }));
            assert.equal(again.Version, '3');
        });
        it("rejects a CodeSha256 that is not $LATEST's and an unknown function", async () => {
            const mismatch = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.PublishVersionCommand({ FunctionName: 'orders-api', CodeSha256: sha(Buffer.from('other')) })));
            assert.equal(mismatch.name, 'InvalidParameterValueException');
            const missing = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.PublishVersionCommand({ FunctionName: 'missing' })));
            assert.equal(missing.name, 'ResourceNotFoundException');
        });
    });
});
//# sourceMappingURL=lambdaFunctions.test.js.map