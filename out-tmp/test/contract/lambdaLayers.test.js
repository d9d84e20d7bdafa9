"use strict";
// Contract: the real LambdaClient against the emulator, layer operations.
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
const zipArchive_1 = require("../emulator/zipArchive");
const contractClients_1 = require("./contractClients");
const ARN = 'arn:aws:lambda:us-east-1:123456789012:layer';
const layerZip = (0, zipArchive_1.buildZip)({ 'nodejs/node_modules/x/index.js': 'module.exports = 1;\n' });
describe('contract: layers', function () {
    this.timeout(20000);
    let h;
    beforeEach(async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'sample' });
    });
    afterEach(async () => {
        await h.stop();
    });
    describe('ListLayers', () => {
        it('lists each layer once with its latest version', async () => {
            const out = await h.lambda.send(new client_lambda_1.ListLayersCommand({}));
            assert.deepEqual(out.Layers?.map((l) => `${l.LayerName}:${l.LatestMatchingVersion?.Version}`), [
                'aws-sdk-extras:3',
                'java-libs:2',
                'otel-collector:3',
                'py-common:4',
                'secrets-cache:2',
                'shared-utils:8',
                'sharp-bin:2',
            ]);
            assert.match(out.Layers[0].LatestMatchingVersion.CreatedDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
        });
        const filters = [
            [
                'CompatibleRuntime python3.12',
                { CompatibleRuntime: 'python3.12' },
                ['otel-collector:3', 'py-common:4'],
            ],
            [
                'CompatibleRuntime nodejs16.x (older versions match, the deleted one does not count)',
                { CompatibleRuntime: 'nodejs16.x' },
                ['shared-utils:3'],
            ],
            [
                'CompatibleArchitecture arm64',
                { CompatibleArchitecture: 'arm64' },
                ['aws-sdk-extras:3', 'otel-collector:3', 'secrets-cache:2', 'shared-utils:8', 'sharp-bin:2'],
            ],
            ['both filters', { CompatibleRuntime: 'python3.8', CompatibleArchitecture: 'x86_64' }, ['py-common:1']],
        ];
        for (const [label, input, expected] of filters) {
            it(`honours ${label} in LatestMatchingVersion`, async () => {
                const out = await h.lambda.send(new client_lambda_1.ListLayersCommand(input));
                assert.deepEqual(out.Layers?.map((l) => `${l.LayerName}:${l.LatestMatchingVersion?.Version}`), expected);
            });
        }
        it('pages with MaxItems and opaque markers', async () => {
            const sizes = [];
            const markers = [];
            for await (const page of (0, client_lambda_1.paginateListLayers)({ client: h.lambda, pageSize: 2 }, {})) {
                sizes.push(page.Layers?.length ?? 0);
                if (page.NextMarker)
                    markers.push(page.NextMarker);
            }
            assert.deepEqual(sizes, [2, 2, 2, 1]);
            assert.ok(markers.every((m) => !m.includes('shared') && !/^\d+$/.test(m)));
        });
        for (const [label, input, name] of [
            ['MaxItems 51', { MaxItems: 51 }, 'ValidationException'],
            ['MaxItems 0', { MaxItems: 0 }, 'ValidationException'],
            ['an unknown runtime', { CompatibleRuntime: 'cobol85' }, 'ValidationException'],
        ]) {
            it(`rejects ${label}`, async () => {
                const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.ListLayersCommand(input)));
                assert.equal(e.name, name);
                assert.equal(e.$metadata?.httpStatusCode, 400);
            });
        }
    });
    describe('ListLayerVersions', () => {
        it('lists live versions newest first, in pages', async () => {
            const versions = [];
            for await (const page of (0, client_lambda_1.paginateListLayerVersions)({ client: h.lambda, pageSize: 3 }, { LayerName: 'shared-utils' })) {
                assert.ok((page.LayerVersions?.length ?? 0) <= 3);
                versions.push(...(page.LayerVersions ?? []).map((v) => v.Version));
            }
            assert.deepEqual(versions, [8, 7, 6, 5, 4, 3, 1]);
        });
        it('filters by runtime, accepts a layer ARN, and returns an empty list for an unknown layer', async () => {
            const filtered = await h.lambda.send(new client_lambda_1.ListLayerVersionsCommand({ LayerName: `${ARN}:shared-utils`, CompatibleRuntime: 'nodejs16.x' }));
            assert.deepEqual(filtered.LayerVersions?.map((v) => v.Version), [3, 1]);
            const unknown = await h.lambda.send(new client_lambda_1.ListLayerVersionsCommand({ LayerName: 'no-such-layer' }));
            assert.deepEqual(unknown.LayerVersions, []);
        });
        it('rejects MaxItems 51', async () => {
            const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.ListLayerVersionsCommand({ LayerName: 'shared-utils', MaxItems: 51 })));
            assert.equal(e.name, 'ValidationException');
        });
    });
    describe('PublishLayerVersion', () => {
        it('publishes the next version with its content hash and a download link', async () => {
            const out = await h.lambda.send(new client_lambda_1.PublishLayerVersionCommand({
                LayerName: 'shared-utils',
                Content: { ZipFile: layerZip },
                CompatibleRuntimes: ['nodejs22.x'],
                CompatibleArchitectures: ['arm64'],
                Description: 'nine',
            }));
            assert.equal(out.Version, 9);
            assert.equal(out.LayerVersionArn, `${ARN}:shared-utils:9`);
            assert.equal(out.LayerArn, `${ARN}:shared-utils`);
            assert.equal(out.Content?.CodeSha256, (0, node_crypto_1.createHash)('sha256').update(layerZip).digest('base64'));
            assert.equal(out.Content?.CodeSize, layerZip.length);
            assert.match(out.Content?.Location ?? '', /\/_emulator\/code\//);
            const created = await h.lambda.send(new client_lambda_1.PublishLayerVersionCommand({ LayerName: 'brand-new', Content: { ZipFile: layerZip } }));
            assert.equal(created.Version, 1);
        });
        const bad = [
            [
                'a name with a slash',
                { LayerName: 'bad/name', Content: { ZipFile: layerZip } },
                'ValidationException',
            ],
            [
                'an invalid archive',
                { LayerName: 'x', Content: { ZipFile: Buffer.from('nope') } },
                'InvalidParameterValueException',
            ],
            [
                '16 runtimes',
                {
                    LayerName: 'x',
                    Content: { ZipFile: layerZip },
                    CompatibleRuntimes: Array.from({ length: 16 }, () => 'nodejs22.x'),
                },
                'ValidationException',
            ],
            [
                'three architectures',
                {
                    LayerName: 'x',
                    Content: { ZipFile: layerZip },
                    CompatibleArchitectures: ['x86_64', 'arm64', 'arm64'],
                },
                'ValidationException',
            ],
            [
                'a description over 256 characters',
                { LayerName: 'x', Content: { ZipFile: layerZip }, Description: 'd'.repeat(257) },
                'ValidationException',
            ],
            [
                'a missing S3 object',
                { LayerName: 'x', Content: { S3Bucket: 'lambda-artifacts', S3Key: 'missing.zip' } },
                'InvalidParameterValueException',
            ],
        ];
        for (const [label, input, name] of bad) {
            it(`rejects ${label}`, async () => {
                const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.PublishLayerVersionCommand(input)));
                assert.equal(e.name, name, e.message);
                assert.equal(h.emulator.state.layers.has('x'), false);
            });
        }
    });
    describe('GetLayerVersion / GetLayerVersionByArn', () => {
        it('gets a version by name and by ARN', async () => {
            const byName = await h.lambda.send(new client_lambda_1.GetLayerVersionCommand({ LayerName: 'py-common', VersionNumber: 4 }));
            const byArn = await h.lambda.send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: `${ARN}:py-common:4` }));
            assert.equal(byName.LayerVersionArn, `${ARN}:py-common:4`);
            assert.equal(byArn.Content?.CodeSha256, byName.Content?.CodeSha256);
            assert.deepEqual(byArn.CompatibleRuntimes, ['python3.11', 'python3.12', 'python3.13']);
            assert.equal(byArn.LicenseInfo, 'Apache-2.0');
        });
        it('answers 404 for missing and deleted versions, 400 for a malformed ARN', async () => {
            for (const p of [
                h.lambda.send(new client_lambda_1.GetLayerVersionCommand({ LayerName: 'py-common', VersionNumber: 5 })),
                h.lambda.send(new client_lambda_1.GetLayerVersionCommand({ LayerName: 'shared-utils', VersionNumber: 2 })),
                h.lambda.send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: `${ARN}:shared-utils:2` })),
            ]) {
                const e = await (0, contractClients_1.rejection)(p);
                assert.equal(e.name, 'ResourceNotFoundException');
                assert.equal(e.$metadata?.httpStatusCode, 404);
            }
            const malformed = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: `${ARN}:py-common` })));
            assert.equal(malformed.name, 'ValidationException');
        });
    });
    describe('DeleteLayerVersion', () => {
        it('removes the version from lists and Get while functions keep its ARN', async () => {
            await h.lambda.send(new client_lambda_1.DeleteLayerVersionCommand({ LayerName: 'shared-utils', VersionNumber: 8 }));
            const list = await h.lambda.send(new client_lambda_1.ListLayerVersionsCommand({ LayerName: 'shared-utils' }));
            assert.equal(list.LayerVersions?.[0]?.Version, 7);
            const layers = await h.lambda.send(new client_lambda_1.ListLayersCommand({}));
            assert.equal(layers.Layers?.find((l) => l.LayerName === 'shared-utils')?.LatestMatchingVersion?.Version, 7);
            const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.GetLayerVersionCommand({ LayerName: 'shared-utils', VersionNumber: 8 })));
            assert.equal(e.name, 'ResourceNotFoundException');
            const orders = await h.lambda.send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'orders-api' }));
            assert.equal(orders.Layers?.[0]?.Arn, `${ARN}:shared-utils:8`);
            const attach = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.CreateFunctionCommand({
                FunctionName: 'late',
                Role: contractClients_1.ROLE,
                Runtime: 'nodejs22.x',
                Handler: 'index.handler',
                Code: { ZipFile: layerZip },
                Layers: [`${ARN}:shared-utils:8`],
            })));
            assert.equal(attach.name, 'InvalidParameterValueException');
            // Deleting again (or a version that never existed) is not an error.
            await h.lambda.send(new client_lambda_1.DeleteLayerVersionCommand({ LayerName: 'shared-utils', VersionNumber: 8 }));
        });
        it('rejects a malformed layer name', async () => {
            const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.DeleteLayerVersionCommand({ LayerName: 'bad name', VersionNumber: 1 })));
            assert.equal(e.name, 'ValidationException');
        });
    });
    describe('layer version policies', () => {
        it("returns statements in AWS's shape for an account, an organization and the public", async () => {
            const seven = await h.lambda.send(new client_lambda_1.GetLayerVersionPolicyCommand({ LayerName: 'shared-utils', VersionNumber: 7 }));
            const doc = JSON.parse(seven.Policy);
            assert.equal(doc.Version, '2012-10-17');
            assert.deepEqual(doc.Statement, [
                {
                    Sid: 'org-wide',
                    Effect: 'Allow',
                    Principal: '*',
                    Action: 'lambda:GetLayerVersion',
                    Resource: `${ARN}:shared-utils:7`,
                    Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
                },
                {
                    Sid: 'partner-account',
                    Effect: 'Allow',
                    Principal: { AWS: 'arn:aws:iam::333344445555:root' },
                    Action: 'lambda:GetLayerVersion',
                    Resource: `${ARN}:shared-utils:7`,
                },
            ]);
            const pub = await h.lambda.send(new client_lambda_1.GetLayerVersionPolicyCommand({ LayerName: 'py-common', VersionNumber: 4 }));
            assert.equal(JSON.parse(pub.Policy).Statement[0]?.Principal, '*');
        });
        it('answers 404 when a version has no grants', async () => {
            const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.GetLayerVersionPolicyCommand({ LayerName: 'shared-utils', VersionNumber: 6 })));
            assert.equal(e.name, 'ResourceNotFoundException');
        });
        it('adds and removes grants guarded by the policy RevisionId', async () => {
            const added = await h.lambda.send(new client_lambda_1.AddLayerVersionPermissionCommand({
                LayerName: 'shared-utils',
                VersionNumber: 6,
                StatementId: 'acct',
                Action: 'lambda:GetLayerVersion',
                Principal: '111122223333',
            }));
            assert.deepEqual(JSON.parse(added.Statement), {
                Sid: 'acct',
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::111122223333:root' },
                Action: 'lambda:GetLayerVersion',
                Resource: `${ARN}:shared-utils:6`,
            });
            const org = await h.lambda.send(new client_lambda_1.AddLayerVersionPermissionCommand({
                LayerName: 'shared-utils',
                VersionNumber: 6,
                StatementId: 'org',
                Action: 'lambda:GetLayerVersion',
                Principal: '*',
                OrganizationId: 'o-abcdefghij',
                RevisionId: added.RevisionId,
            }));
            assert.notEqual(org.RevisionId, added.RevisionId);
            const stale = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.RemoveLayerVersionPermissionCommand({
                LayerName: 'shared-utils',
                VersionNumber: 6,
                StatementId: 'acct',
                RevisionId: added.RevisionId,
            })));
            assert.equal(stale.name, 'PreconditionFailedException');
            assert.equal(stale.$metadata?.httpStatusCode, 412);
            await h.lambda.send(new client_lambda_1.RemoveLayerVersionPermissionCommand({
                LayerName: 'shared-utils',
                VersionNumber: 6,
                StatementId: 'acct',
                RevisionId: org.RevisionId,
            }));
            await h.lambda.send(new client_lambda_1.RemoveLayerVersionPermissionCommand({
                LayerName: 'shared-utils',
                VersionNumber: 6,
                StatementId: 'org',
            }));
            assert.deepEqual(h.emulator.state.layerVersion('shared-utils', 6)?.policy.statements, []);
            const gone = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.GetLayerVersionPolicyCommand({ LayerName: 'shared-utils', VersionNumber: 6 })));
            assert.equal(gone.name, 'ResourceNotFoundException');
        });
        const badGrants = [
            [
                'a duplicate StatementId',
                { StatementId: 'partner-account', Principal: '111122223333' },
                'ResourceConflictException',
                409,
            ],
            ['a malformed principal', { StatementId: 's1', Principal: 'someone' }, 'ValidationException', 400],
            [
                'another action',
                { StatementId: 's1', Principal: '111122223333', Action: 'lambda:InvokeFunction' },
                'ValidationException',
                400,
            ],
            [
                'a malformed StatementId',
                { StatementId: 'has space', Principal: '111122223333' },
                'ValidationException',
                400,
            ],
            [
                'an organization with an account principal',
                { StatementId: 's1', Principal: '111122223333', OrganizationId: 'o-abcdefghij' },
                'InvalidParameterValueException',
                400,
            ],
            [
                'a malformed organization id',
                { StatementId: 's1', Principal: '*', OrganizationId: 'org-1' },
                'ValidationException',
                400,
            ],
            [
                'a stale RevisionId',
                { StatementId: 's1', Principal: '111122223333', RevisionId: 'stale' },
                'PreconditionFailedException',
                412,
            ],
            [
                'a deleted version',
                { StatementId: 's1', Principal: '111122223333', VersionNumber: 2 },
                'ResourceNotFoundException',
                404,
            ],
        ];
        for (const [label, over, name, status] of badGrants) {
            it(`AddLayerVersionPermission rejects ${label}`, async () => {
                const input = {
                    LayerName: 'shared-utils',
                    VersionNumber: 7,
                    Action: 'lambda:GetLayerVersion',
                    ...over,
                };
                const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.AddLayerVersionPermissionCommand(input)));
                assert.equal(e.name, name, e.message);
                assert.equal(e.$metadata?.httpStatusCode, status);
                assert.equal(h.emulator.state.layerVersion('shared-utils', 7)?.policy.statements.length, 2);
            });
        }
        it('RemoveLayerVersionPermission answers 404 for an unknown statement', async () => {
            const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.RemoveLayerVersionPermissionCommand({
                LayerName: 'shared-utils',
                VersionNumber: 7,
                StatementId: 'nobody',
            })));
            assert.equal(e.name, 'ResourceNotFoundException');
        });
    });
});
//# sourceMappingURL=lambdaLayers.test.js.map