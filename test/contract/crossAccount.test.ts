// Contract: several accounts and Regions (the `multi` seed). The account comes from the access key id, the Region
// from the credential scope; another account's layer version is readable and attachable only when its policy
// grants the caller's account, organization or `*`; only the owner changes or deletes it; a function uses layers
// of its own Region only; download links are served from their owner's store.

import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  AddLayerVersionPermissionCommand,
  CreateFunctionCommand,
  DeleteLayerVersionCommand,
  GetFunctionConfigurationCommand,
  GetLayerVersionByArnCommand,
  GetLayerVersionCommand,
  GetLayerVersionPolicyCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListLayerVersionsCommand,
  ListLayersCommand,
  PublishLayerVersionCommand,
  RemoveLayerVersionPermissionCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { RunningEmulator } from '../emulator/emulator';
import { startEmulator } from '../emulator/emulator';
import { MULTI_ACCOUNTS } from '../emulator/multiSeed';
import { buildZip } from '../emulator/zipArchive';
import { rejection } from './contractClients';

type Who = keyof typeof MULTI_ACCOUNTS | 'unknownKey';
const PUB = MULTI_ACCOUNTS.publisher.accountId;
const layerArn = (name: string, version: number, region = 'us-east-1', account = PUB): string =>
  `arn:aws:lambda:${region}:${account}:layer:${name}:${version}`;
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('base64');
const ZIP = buildZip({ 'index.mjs': 'export const handler = async () => 1;\n' });

function denial(
  who: (typeof MULTI_ACCOUNTS)[keyof typeof MULTI_ACCOUNTS],
  action: string,
  arn: string,
): string {
  return `User: arn:aws:iam::${who.accountId}:user/${who.userName} is not authorized to perform: lambda:${action} on resource: ${arn} because no resource-based policy allows the lambda:${action} action`;
}

describe('contract: accounts, Regions and layer permissions (multi seed)', function () {
  this.timeout(20000);
  let emu: RunningEmulator;
  const clients: { destroy(): void }[] = [];
  const lambda = (who: Who, region = 'us-east-1'): LambdaClient => {
    const accessKeyId = who === 'unknownKey' ? 'AKIDEXAMPLE' : MULTI_ACCOUNTS[who].accessKeyId;
    const c = new LambdaClient({
      endpoint: emu.endpoint,
      region,
      credentials: { accessKeyId, secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    clients.push(c);
    return c;
  };
  const s3 = (who: keyof typeof MULTI_ACCOUNTS, region: string): S3Client => {
    const c = new S3Client({
      endpoint: emu.endpoint,
      region,
      forcePathStyle: true,
      credentials: { accessKeyId: MULTI_ACCOUNTS[who].accessKeyId, secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    emu = await startEmulator({ seed: 'multi', updateDelayMs: 0 });
  });
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await emu.stop();
  });

  it('serves each request from its caller account and Region: same name, independent layers and numbers', async () => {
    const newest = async (who: Who, region: string): Promise<number | undefined> =>
      (await lambda(who, region).send(new ListLayerVersionsCommand({ LayerName: 'shared-utils' })))
        .LayerVersions?.[0]?.Version;
    assert.equal(await newest('publisher', 'us-east-1'), 8);
    assert.equal(await newest('publisher', 'eu-west-1'), 8);
    assert.equal(await newest('publisher', 'ap-southeast-2'), 6);
    assert.equal(
      await newest('orgConsumer', 'us-east-1'),
      undefined,
      'the consumer has no layer of that name',
    );
    const sample = await lambda('unknownKey').send(new ListLayersCommand({}));
    assert.ok(
      sample.Layers?.every((l) => l.LayerArn?.includes(':123456789012:')),
      'an unknown key is the default account, which holds the sample seed',
    );
    assert.equal(sample.Layers?.length, 7);
    const elsewhere = await lambda('unknownKey', 'eu-west-1').send(new ListFunctionsCommand({}));
    assert.deepEqual(elsewhere.Functions, [], 'another Region of the default account is empty');
    const published = await lambda('publisher', 'eu-west-1').send(
      new PublishLayerVersionCommand({ LayerName: 'shared-utils', Content: { ZipFile: ZIP } }),
    );
    assert.equal(published.LayerVersionArn, layerArn('shared-utils', 9, 'eu-west-1'));
    assert.equal(await newest('publisher', 'us-east-1'), 8, 'us-east-1 did not move');
  });

  it('lets every account read a public layer version by ARN, with a link to the owner’s archive', async () => {
    const arn = layerArn('shared-utils', 8);
    for (const who of ['orgConsumer', 'outsider', 'unknownKey'] as const) {
      const byArn = await lambda(who).send(new GetLayerVersionByArnCommand({ Arn: arn }));
      assert.equal(byArn.LayerVersionArn, arn, who);
      assert.equal(byArn.LayerArn, arn.replace(/:8$/, ''));
      const byName = await lambda(who).send(
        new GetLayerVersionCommand({ LayerName: arn.replace(/:8$/, ''), VersionNumber: 8 }),
      );
      assert.equal(byName.Content?.CodeSha256, byArn.Content?.CodeSha256);
      const body = Buffer.from(await (await fetch(byArn.Content!.Location!)).arrayBuffer());
      assert.equal(sha(body), emu.world.state(PUB, 'us-east-1').layerVersion('shared-utils', 8)?.codeSha256);
    }
    const ours = await lambda('unknownKey').send(
      new GetLayerVersionCommand({ LayerName: 'shared-utils', VersionNumber: 8 }),
    );
    assert.notEqual(ours.LayerVersionArn, arn, 'by name it is still our own shared-utils:8');
  });

  it('denies a version its policy does not grant, and one that does not exist, in AWS’s words', async () => {
    for (const [version, why] of [
      [7, 'not shared'],
      [99, 'does not exist'],
    ] as const) {
      const arn = layerArn('shared-utils', version);
      const e = await rejection(lambda('outsider').send(new GetLayerVersionByArnCommand({ Arn: arn })));
      assert.equal(e.name, 'AccessDeniedException', why);
      assert.equal(e.$metadata?.httpStatusCode, 403);
      assert.equal(e.message, denial(MULTI_ACCOUNTS.outsider, 'GetLayerVersion', arn));
      const byName = await rejection(
        lambda('outsider').send(
          new GetLayerVersionCommand({ LayerName: arn.replace(/:\d+$/, ''), VersionNumber: version }),
        ),
      );
      assert.equal(byName.name, 'AccessDeniedException');
    }
  });

  it('grants by organization (aws:PrincipalOrgID) and by account, to those only', async () => {
    const org = layerArn('org-tools', 1);
    assert.ok((await lambda('orgConsumer').send(new GetLayerVersionByArnCommand({ Arn: org }))).Content);
    const outside = await rejection(lambda('outsider').send(new GetLayerVersionByArnCommand({ Arn: org })));
    assert.equal(outside.message, denial(MULTI_ACCOUNTS.outsider, 'GetLayerVersion', org));
    const partner = layerArn('partner-lib', 1);
    assert.ok((await lambda('outsider').send(new GetLayerVersionByArnCommand({ Arn: partner }))).Content);
    const notPartner = await rejection(
      lambda('orgConsumer').send(new GetLayerVersionByArnCommand({ Arn: partner })),
    );
    assert.equal(notPartner.name, 'AccessDeniedException');
  });

  it('attaches another account’s layer only when granted (CreateFunction, UpdateFunctionConfiguration)', async () => {
    const org = layerArn('org-tools', 1);
    const role = 'arn:aws:iam::111111111111:role/lambda-exec';
    const created = await lambda('orgConsumer').send(
      new CreateFunctionCommand({
        FunctionName: 'uses-org-tools',
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Role: role,
        Code: { ZipFile: ZIP },
        Layers: [org],
      }),
    );
    assert.equal(created.Layers?.[0]?.Arn, org);
    assert.ok((created.Layers?.[0]?.CodeSize ?? 0) > 0, 'the size of the foreign layer is reported');
    const create = await rejection(
      lambda('outsider').send(
        new CreateFunctionCommand({
          FunctionName: 'wants-org-tools',
          Runtime: 'nodejs22.x',
          Handler: 'index.handler',
          Role: role.replace('111111111111', '222222222222'),
          Code: { ZipFile: ZIP },
          Layers: [org],
        }),
      ),
    );
    assert.equal(create.name, 'AccessDeniedException');
    assert.equal(create.message, denial(MULTI_ACCOUNTS.outsider, 'GetLayerVersion', org));
    const before = await lambda('outsider').send(
      new GetFunctionConfigurationCommand({ FunctionName: 'ext-consumer' }),
    );
    const update = await rejection(
      lambda('outsider').send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: 'ext-consumer',
          Layers: [...(before.Layers ?? []).map((l) => l.Arn!), org],
        }),
      ),
    );
    assert.equal(update.name, 'AccessDeniedException');
    const after = await lambda('outsider').send(
      new GetFunctionConfigurationCommand({ FunctionName: 'ext-consumer' }),
    );
    assert.deepEqual(after.Layers, before.Layers, 'nothing changed');
  });

  it('refuses a layer from another Region, even a public one, with InvalidParameterValueException', async () => {
    const e = await rejection(
      lambda('orgConsumer').send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: 'org-consumer',
          Layers: [layerArn('otel-collector', 3, 'eu-west-1')],
        }),
      ),
    );
    assert.equal(e.name, 'InvalidParameterValueException');
    assert.equal(
      e.message,
      'Layers are not in the same region as the function. Layers are expected to be in region us-east-1.',
    );
  });

  it('lets only the owner read or change the policy, or delete the version', async () => {
    const arn = layerArn('shared-utils', 8);
    const name = arn.replace(/:8$/, '');
    const c = lambda('outsider');
    const attempts: [string, Promise<unknown>][] = [
      [
        'GetLayerVersionPolicy',
        c.send(new GetLayerVersionPolicyCommand({ LayerName: name, VersionNumber: 8 })),
      ],
      [
        'AddLayerVersionPermission',
        c.send(
          new AddLayerVersionPermissionCommand({
            LayerName: name,
            VersionNumber: 8,
            StatementId: 'me',
            Action: 'lambda:GetLayerVersion',
            Principal: '222222222222',
          }),
        ),
      ],
      [
        'RemoveLayerVersionPermission',
        c.send(
          new RemoveLayerVersionPermissionCommand({
            LayerName: name,
            VersionNumber: 8,
            StatementId: 'public',
          }),
        ),
      ],
      ['DeleteLayerVersion', c.send(new DeleteLayerVersionCommand({ LayerName: name, VersionNumber: 8 }))],
    ];
    for (const [action, p] of attempts) {
      const e = await rejection(p);
      assert.equal(e.name, 'AccessDeniedException', action);
      assert.equal(e.message, denial(MULTI_ACCOUNTS.outsider, action, arn));
    }
    const v = emu.world.state(PUB, 'us-east-1').layerVersion('shared-utils', 8);
    assert.deepEqual(
      v?.policy.statements.map((s) => s.Sid),
      ['public'],
      'the publisher’s statement is still there',
    );
    const publish = await rejection(
      c.send(new PublishLayerVersionCommand({ LayerName: name, Content: { ZipFile: ZIP } })),
    );
    assert.equal(publish.message, denial(MULTI_ACCOUNTS.outsider, 'PublishLayerVersion', name));
    // The owner revokes: from then on the others are denied.
    await lambda('publisher').send(
      new RemoveLayerVersionPermissionCommand({
        LayerName: 'shared-utils',
        VersionNumber: 8,
        StatementId: 'public',
      }),
    );
    assert.equal(
      (await rejection(c.send(new GetLayerVersionByArnCommand({ Arn: arn })))).name,
      'AccessDeniedException',
    );
  });

  it('serves download links from the store of the account and Region that issued them', async () => {
    const arn = layerArn('otel-collector', 3, 'eu-west-1');
    const got = await lambda('publisher', 'eu-west-1').send(new GetLayerVersionByArnCommand({ Arn: arn }));
    const url = new URL(got.Content!.Location!);
    assert.match(url.searchParams.get('X-Amz-Credential') ?? '', /^ASIAEMU0999999999999\/\d{8}\/eu-west-1\//);
    assert.equal((await fetch(url)).status, 200);
    // The same link re-pointed at another account (same blob id, same signature) is refused.
    const moved = new URL(url);
    moved.searchParams.set(
      'X-Amz-Credential',
      url.searchParams.get('X-Amz-Credential')!.replace('999999999999', '123456789012'),
    );
    assert.equal((await fetch(moved)).status, 403);
  });

  it('keeps S3 buckets per account and Region: publishing from a bucket of another Region fails', async () => {
    await s3('publisher', 'eu-west-1').send(new CreateBucketCommand({ Bucket: 'pub-artifacts-eu' }));
    await s3('publisher', 'eu-west-1').send(
      new PutObjectCommand({ Bucket: 'pub-artifacts-eu', Key: 'layer.zip', Body: ZIP }),
    );
    const ok = await lambda('publisher', 'eu-west-1').send(
      new PublishLayerVersionCommand({
        LayerName: 'from-s3',
        Content: { S3Bucket: 'pub-artifacts-eu', S3Key: 'layer.zip' },
      }),
    );
    assert.equal(ok.Content?.CodeSha256, sha(ZIP));
    const e = await rejection(
      lambda('publisher', 'us-east-1').send(
        new PublishLayerVersionCommand({
          LayerName: 'from-s3',
          Content: { S3Bucket: 'pub-artifacts-eu', S3Key: 'layer.zip' },
        }),
      ),
    );
    assert.equal(e.name, 'InvalidParameterValueException');
  });

  it('reports sizes of foreign layers in the consumer’s function listing', async () => {
    const fns = await lambda('orgConsumer').send(new ListFunctionsCommand({}));
    const fn = fns.Functions?.find((f) => f.FunctionName === 'org-consumer');
    assert.deepEqual(
      fn?.Layers?.map((l) => l.Arn),
      [layerArn('org-tools', 1), layerArn('otel-collector', 3)],
    );
    assert.ok(fn?.Layers?.every((l) => (l.CodeSize ?? 0) > 0));
    assert.equal(fn?.FunctionArn, 'arn:aws:lambda:us-east-1:111111111111:function:org-consumer');
  });
});
