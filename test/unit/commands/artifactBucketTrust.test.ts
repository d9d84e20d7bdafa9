// Where code goes is the user's choice, not the workspace's: a bucket named in workspace or folder settings is
// confirmed by name (once per workspace) before anything is uploaded, and S3 itself refuses a bucket that
// another account owns (every call sends ExpectedBucketOwner = the caller's account, from STS).
import * as assert from 'assert';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { publishLayerFromFolder } from '../../../src/commands/publishLayer';
import { runCommand } from '../../../src/commands/runCommand';
import { bucketConfirmedKey } from '../../../src/commands/steps/packageAndUpload';
import { callsOf } from '../support/emulatorService';
import { createBucket, makeHarness, objectKeys, usePublishFixture } from './publishSupport';

const S3_WRITES = ['PutObject', 'CreateMultipartUpload', 'UploadPart', 'CompleteMultipartUpload'];

describe('the artifact bucket: confirmed when a workspace chose it, and only in our own account', function () {
  this.timeout(120_000);
  const fx = usePublishFixture('bucket-trust-', 100);
  let folder: string;
  beforeEach(() => {
    folder = path.join(fx.work, 'large');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'model.bin'), randomBytes(52 * 1024 * 1024));
  });
  const answers = (layer: string, ...more: unknown[]) => [
    'New layer…',
    layer,
    'Keep paths (no prefix)',
    [],
    ['x86_64'],
    '',
    '',
    'Publish',
    ...more,
  ];

  it('a bucket from the folder settings is named in a question; declined, nothing is uploaded', async () => {
    await createBucket(fx.emu, 'their-bucket');
    const h = makeHarness(fx.emu, fx.lambda, answers('model', false), {
      bucket: 'their-bucket',
      bucketFromWorkspace: true,
    });
    fx.emu.resetCalls();
    const out = await runCommand('id', 'Publish', h.deps, () => publishLayerFromFolder(h.deps, folder));
    assert.strictEqual(out, undefined, 'declining cancels silently');
    const asked = h.prompter.shown.find((m) => m.endsWith(': their-bucket'));
    assert.ok(asked, `asked by name: ${JSON.stringify(h.prompter.shown)}`);
    assert.match(asked, /This workspace's settings send archives over 50 MB to the S3 bucket/);
    for (const op of S3_WRITES) assert.strictEqual(callsOf(fx.emu, op), 0, op);
    assert.deepStrictEqual(objectKeys(fx.emu, 'their-bucket'), []);
    assert.strictEqual(callsOf(fx.emu, 'PublishLayerVersion'), 0);
    assert.strictEqual(h.memory.get(bucketConfirmedKey('their-bucket')), undefined, 'a no is not remembered');
  });

  it('confirmed once, the same bucket is not asked about again in this workspace', async () => {
    await createBucket(fx.emu, 'team-bucket');
    const first = makeHarness(fx.emu, fx.lambda, answers('model', true), {
      bucket: 'team-bucket',
      bucketFromWorkspace: true,
    });
    const out = await publishLayerFromFolder(first.deps, folder);
    assert.strictEqual(out.status, 'published');
    assert.ok(out.viaS3);
    assert.strictEqual(first.prompter.shown.filter((m) => /team-bucket/.test(m)).length, 1);
    assert.strictEqual(objectKeys(fx.emu, 'team-bucket').length, 1);

    // The folder's last answers are remembered: one confirmation of the plan, then "publish anyway?" (same content).
    const again = makeHarness(fx.emu, fx.lambda, answers('model2', true), {
      bucket: 'team-bucket',
      bucketFromWorkspace: true,
      memory: first.memory,
    });
    assert.strictEqual((await publishLayerFromFolder(again.deps, folder)).status, 'published');
    assert.deepStrictEqual(
      again.prompter.shown.filter((m) => /team-bucket/.test(m)),
      [],
      'remembered for this workspace',
    );
  });

  it('a bucket of another account is refused by S3 itself, with a message that says whose bucket it must be', async () => {
    fx.emu.state.s3.createBucket('open-bucket', '999999999999');
    const h = makeHarness(fx.emu, fx.lambda, answers('model'), { bucket: 'open-bucket' });
    fx.emu.resetCalls();
    const out = await runCommand('id', 'Publish', h.deps, () => publishLayerFromFolder(h.deps, folder));
    assert.strictEqual(out, undefined);
    assert.ok(!h.prompter.shown.some((m) => /open-bucket/.test(m)), 'a user setting is not asked about');
    assert.strictEqual(callsOf(fx.emu, 'GetCallerIdentity'), 1);
    const shown = h.notifier.shown.map((n) => n.message).join('\n');
    assert.match(
      shown,
      /Access to the artifact bucket was denied: it must be a bucket of the connection's own AWS account.*: open-bucket/,
    );
    for (const op of S3_WRITES) assert.strictEqual(callsOf(fx.emu, op), 0, op);
    assert.deepStrictEqual(objectKeys(fx.emu, 'open-bucket'), []);
    assert.strictEqual(callsOf(fx.emu, 'PublishLayerVersion'), 0);
  });
});
