"use strict";
// Contract: several accounts and Regions (the `multi` seed). The account comes from the access key id, the Region
// from the credential scope; another account's layer version is readable and attachable only when its policy
// grants the caller's account, organization or `*`; only the owner changes or deletes it; a function uses layers
// of its own Region only; download links are served from their owner's store.
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
const emulator_1 = require("../emulator/emulator");
const multiSeed_1 = require("../emulator/multiSeed");
const zipArchive_1 = require("../emulator/zipArchive");
const contractClients_1 = require("./contractClients");
const PUB = multiSeed_1.MULTI_ACCOUNTS.publisher.accountId;
const layerArn = (name, version, region = 'us-east-1', account = PUB) => `arn:aws:lambda:${region}:${account}:layer:${name}:${version}`;
const sha = (b) => (0, node_crypto_1.createHash)('sha256').update(b).digest('base64');
const ZIP = (0, zipArchive_1.buildZip)({ 'index.mjs': 'export const handler = async () => 1;\n' });
function denial(who, action, arn) {
    return `User: arn:aws:iam::${who.accountId}:user/${who.userName} is not authorized to perform: lambda:${action} on resource: ${arn} because no resource-based policy allows the lambda:${action} action`;
}
describe('contract: accounts, Regions and layer permissions (multi seed)', function () {
    this.timeout(20000);
    let emu;
    const clients = [];
    const lambda = (who, region = 'us-east-1') => {
        const accessKeyId = who === 'unknownKey' ? 'AKIDEXAMPLE' : multiSeed_1.MULTI_ACCOUNTS[who].accessKeyId;
        const c = new client_lambda_1.LambdaClient({
            endpoint: emu.endpoint,
            region,
            credentials: { accessKeyId, secretAccessKey: 'x' },
            maxAttempts: 1,
        });
        clients.push(c);
        return c;
    };
    const s3 = (who, region) => {
        const c = new client_s3_1.S3Client({
            endpoint: emu.endpoint,
            region,
            forcePathStyle: true,
            credentials: { accessKeyId: multiSeed_1.MULTI_ACCOUNTS[who].accessKeyId, secretAccessKey: 'x' },
            maxAttempts: 1,
        });
        clients.push(c);
        return c;
    };
    beforeEach(async () => {
        emu = await (0, emulator_1.startEmulator)({ seed: 'multi', updateDelayMs: 0 });
    });
    afterEach(async () => {
        clients.splice(0).forEach((c) => c.destroy());
        await emu.stop();
    });
    it('serves each request from its caller account and Region: same name, independent layers and numbers', async () => {
        const newest = async (who, region) => (await lambda(who, region).send(new client_lambda_1.ListLayerVersionsCommand({ LayerName: 'shared-utils' })))
            .LayerVersions?.[0]?.Version;
        assert.equal(await newest('publisher', 'us-east-1'), 8);
        assert.equal(await newest('publisher', 'eu-west-1'), 8);
        assert.equal(await newest('publisher', 'ap-southeast-2'), 6);
        assert.equal(await newest('orgConsumer', 'us-east-1'), undefined, 'the consumer has no layer of that name');
        const sample = await lambda('unknownKey').send(new client_lambda_1.ListLayersCommand({}));
        assert.ok(sample.Layers?.every((l) => l.LayerArn?.includes(':123456789012:')), 'an unknown key is the default account, which holds the sample seed');
        assert.equal(sample.Layers?.length, 7);
        const elsewhere = await lambda('unknownKey', 'eu-west-1').send(new client_lambda_1.ListFunctionsCommand({}));
        assert.deepEqual(elsewhere.Functions, [], 'another Region of the default account is empty');
        const published = await lambda('publisher', 'eu-west-1').send(new client_lambda_1.PublishLayerVersionCommand({ LayerName: 'shared-utils', Content: { ZipFile: ZIP } }));
        assert.equal(published.LayerVersionArn, layerArn('shared-utils', 9, 'eu-west-1'));
        assert.equal(await newest('publisher', 'us-east-1'), 8, 'us-east-1 did not move');
    });
    it('lets every account read a public layer version by ARN, with a link to the owner’s archive', async () => {
        const arn = layerArn('shared-utils', 8);
        for (const who of ['orgConsumer', 'outsider', 'unknownKey']) {
            const byArn = await lambda(who).send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: arn }));
            assert.equal(byArn.LayerVersionArn, arn, who);
            assert.equal(byArn.LayerArn, arn.replace(/:8$/, ''));
            const byName = await lambda(who).send(new client_lambda_1.GetLayerVersionCommand({ LayerName: arn.replace(/:8$/, ''), VersionNumber: 8 }));
            assert.equal(byName.Content?.CodeSha256, byArn.Content?.CodeSha256);
            const body = Buffer.from(await (await fetch(byArn.Content.Location)).arrayBuffer());
            assert.equal(sha(body), emu.world.state(PUB, 'us-east-1').layerVersion('shared-utils', 8)?.codeSha256);
        }
        const ours = await lambda('unknownKey').send(new client_lambda_1.GetLayerVersionCommand({ LayerName: 'shared-utils', VersionNumber: 8 }));
        assert.notEqual(ours.LayerVersionArn, arn, 'by name it is still our own shared-utils:8');
    });
    it('denies a version its policy does not grant, and one that does not exist, in AWS’s words', async () => {
        for (const [version, why] of [
            [7, 'not shared'],
            [99, 'does not exist'],
        ]) {
            const arn = layerArn('shared-utils', version);
            const e = await (0, contractClients_1.rejection)(lambda('outsider').send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: arn })));
            assert.equal(e.name, 'AccessDeniedException', why);
            assert.equal(e.$metadata?.httpStatusCode, 403);
            assert.equal(e.message, denial(multiSeed_1.MULTI_ACCOUNTS.outsider, 'GetLayerVersion', arn));
            const byName = await (0, contractClients_1.rejection)(lambda('outsider').send(new client_lambda_1.GetLayerVersionCommand({ LayerName: arn.replace(/:\d+$/, ''), VersionNumber: version })));
            assert.equal(byName.name, 'AccessDeniedException');
        }
    });
    it('grants by organization (aws:PrincipalOrgID) and by account, to those only', async () => {
        const org = layerArn('org-tools', 1);
        assert.ok((await lambda('orgConsumer').send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: org }))).Content);
        const outside = await (0, contractClients_1.rejection)(lambda('outsider').send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: org })));
        assert.equal(outside.message, denial(multiSeed_1.MULTI_ACCOUNTS.outsider, 'GetLayerVersion', org));
        const partner = layerArn('partner-lib', 1);
        assert.ok((await lambda('outsider').send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: partner }))).Content);
        const notPartner = await (0, contractClients_1.rejection)(lambda('orgConsumer').send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: partner })));
        assert.equal(notPartner.name, 'AccessDeniedException');
    });
    it('attaches another account’s layer only when granted (CreateFunction, UpdateFunctionConfiguration)', async () => {
        const org = layerArn('org-tools', 1);
        const role = 'arn:aws:iam::111111111111:role/lambda-exec';
        const created = await lambda('orgConsumer').send(new client_lambda_1.CreateFunctionCommand({
            FunctionName: 'uses-org-tools',
            Runtime: 'nodejs22.x',
            Handler: 'index.handler',
            Role: role,
            Code: { ZipFile: ZIP },
            Layers: [org],
        }));
        assert.equal(created.Layers?.[0]?.Arn, org);
        assert.ok((created.Layers?.[0]?.CodeSize ?? 0) > 0, 'the size of the foreign layer is reported');
        const create = await (0, contractClients_1.rejection)(lambda('outsider').send(new client_lambda_1.CreateFunctionCommand({
            FunctionName: 'wants-org-tools',
            Runtime: 'nodejs22.x',
            Handler: 'index.handler',
            Role: role.replace('111111111111', '222222222222'),
            Code: { ZipFile: ZIP },
            Layers: [org],
        })));
        assert.equal(create.name, 'AccessDeniedException');
        assert.equal(create.message, denial(multiSeed_1.MULTI_ACCOUNTS.outsider, 'GetLayerVersion', org));
        const before = await lambda('outsider').send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'ext-consumer' }));
        const update = await (0, contractClients_1.rejection)(lambda('outsider').send(new client_lambda_1.UpdateFunctionConfigurationCommand({
            FunctionName: 'ext-consumer',
            Layers: [...(before.Layers ?? []).map((l) => l.Arn), org],
        })));
        assert.equal(update.name, 'AccessDeniedException');
        const after = await lambda('outsider').send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'ext-consumer' }));
        assert.deepEqual(after.Layers, before.Layers, 'nothing changed');
    });
    it('refuses a layer from another Region, even a public one, with InvalidParameterValueException', async () => {
        const e = await (0, contractClients_1.rejection)(lambda('orgConsumer').send(new client_lambda_1.UpdateFunctionConfigurationCommand({
            FunctionName: 'org-consumer',
            Layers: [layerArn('otel-collector', 3, 'eu-west-1')],
        })));
        assert.equal(e.name, 'InvalidParameterValueException');
        assert.equal(e.message, 'Layers are not in the same region as the function. Layers are expected to be in region us-east-1.');
    });
    it('lets only the owner read or change the policy, or delete the version', async () => {
        const arn = layerArn('shared-utils', 8);
        const name = arn.replace(/:8$/, '');
        const c = lambda('outsider');
        const attempts = [
            [
                'GetLayerVersionPolicy',
                c.send(new client_lambda_1.GetLayerVersionPolicyCommand({ LayerName: name, VersionNumber: 8 })),
            ],
            [
                'AddLayerVersionPermission',
                c.send(new client_lambda_1.AddLayerVersionPermissionCommand({
                    LayerName: name,
                    VersionNumber: 8,
                    StatementId: 'me',
                    Action: 'lambda:GetLayerVersion',
                    Principal: '222222222222',
                })),
            ],
            [
                'RemoveLayerVersionPermission',
                c.send(new client_lambda_1.RemoveLayerVersionPermissionCommand({
                    LayerName: name,
                    VersionNumber: 8,
                    StatementId: 'public',
                })),
            ],
            ['DeleteLayerVersion', c.send(new client_lambda_1.DeleteLayerVersionCommand({ LayerName: name, VersionNumber: 8 }))],
        ];
        for (const [action, p] of attempts) {
            const e = await (0, contractClients_1.rejection)(p);
            assert.equal(e.name, 'AccessDeniedException', action);
            assert.equal(e.message, denial(multiSeed_1.MULTI_ACCOUNTS.outsider, action, arn));
        }
        const v = emu.world.state(PUB, 'us-east-1').layerVersion('shared-utils', 8);
        assert.deepEqual(v?.policy.statements.map((s) => s.Sid), ['public'], 'the publisher’s statement is still there');
        const publish = await (0, contractClients_1.rejection)(c.send(new client_lambda_1.PublishLayerVersionCommand({ LayerName: name, Content: { ZipFile: ZIP } })));
        assert.equal(publish.message, denial(multiSeed_1.MULTI_ACCOUNTS.outsider, 'PublishLayerVersion', name));
        // The owner revokes: from then on the others are denied.
        await lambda('publisher').send(new client_lambda_1.RemoveLayerVersionPermissionCommand({
            LayerName: 'shared-utils',
            VersionNumber: 8,
            StatementId: 'public',
        }));
        assert.equal((await (0, contractClients_1.rejection)(c.send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: arn })))).name, 'AccessDeniedException');
    });
    it('serves download links from the store of the account and Region that issued them', async () => {
        const arn = layerArn('otel-collector', 3, 'eu-west-1');
        const got = await lambda('publisher', 'eu-west-1').send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: arn }));
        const url = new URL(got.Content.Location);
        assert.match(url.searchParams.get('X-Amz-Credential') ?? '', /^ASIAEMU0999999999999\/\d{8}\/eu-west-1\//);
        assert.equal((await fetch(url)).status, 200);
        // The same link re-pointed at another account (same blob id, same signature) is refused.
        const moved = new URL(url);
        moved.searchParams.set('X-Amz-Credential', url.searchParams.get('X-Amz-Credential').replace('999999999999', '123456789012'));
        assert.equal((await fetch(moved)).status, 403);
    });
    it('keeps S3 buckets per account and Region: publishing from a bucket of another Region fails', async () => {
        await s3('publisher', 'eu-west-1').send(new client_s3_1.CreateBucketCommand({ Bucket: 'pub-artifacts-eu' }));
        await s3('publisher', 'eu-west-1').send(new client_s3_1.PutObjectCommand({ Bucket: 'pub-artifacts-eu', Key: 'layer.zip', Body: ZIP }));
        const ok = await lambda('publisher', 'eu-west-1').send(new client_lambda_1.PublishLayerVersionCommand({
            LayerName: 'from-s3',
            Content: { S3Bucket: 'pub-artifacts-eu', S3Key: 'layer.zip' },
        }));
        assert.equal(ok.Content?.CodeSha256, sha(ZIP));
        const e = await (0, contractClients_1.rejection)(lambda('publisher', 'us-east-1').send(new client_lambda_1.PublishLayerVersionCommand({
            LayerName: 'from-s3',
            Content: { S3Bucket: 'pub-artifacts-eu', S3Key: 'layer.zip' },
        })));
        assert.equal(e.name, 'InvalidParameterValueException');
    });
    it('reports sizes of foreign layers in the consumer’s function listing', async () => {
        const fns = await lambda('orgConsumer').send(new client_lambda_1.ListFunctionsCommand({}));
        const fn = fns.Functions?.find((f) => f.FunctionName === 'org-consumer');
        assert.deepEqual(fn?.Layers?.map((l) => l.Arn), [layerArn('org-tools', 1), layerArn('otel-collector', 3)]);
        assert.ok(fn?.Layers?.every((l) => (l.CodeSize ?? 0) > 0));
        assert.equal(fn?.FunctionArn, 'arn:aws:lambda:us-east-1:111111111111:function:org-consumer');
    });
});
//# sourceMappingURL=crossAccount.test.js.map