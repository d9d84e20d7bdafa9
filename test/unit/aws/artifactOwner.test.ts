// The S3 side of a connection, as the extension builds it (openArtifactStore: an S3 client and an STS client),
// against the emulator: the caller's account comes from STS GetCallerIdentity once, and every S3 call names it
// as the bucket's expected owner, so S3 refuses a bucket of another account.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openArtifactStore } from '../../../src/aws/sdkClientFactory';
import type { OwnedArtifactStore } from '../../../src/aws/sdkArtifacts';
import { startEmulator } from '../../emulator/emulator';
import type { RunningEmulator } from '../../emulator/emulator';
import { callsOf } from '../support/emulatorService';

describe('aws/sdkArtifacts: the bucket must belong to the caller', function () {
  this.timeout(30_000);
  let emu: RunningEmulator;
  let store: OwnedArtifactStore;
  let dir: string;
  let file: string;
  before(async () => {
    emu = await startEmulator({ accountId: '111122223333' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'owner-test-'));
    file = path.join(dir, 'a.zip');
    fs.writeFileSync(file, Buffer.alloc(1024, 1));
  });
  after(async () => {
    await emu.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    store = await openArtifactStore(
      { region: 'us-east-1', endpoint: emu.endpoint },
      { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1, env: {} },
    );
    emu.resetCalls();
  });
  afterEach(() => store.destroy());

  it('uploads to a bucket of its own account, asking STS once for the account', async () => {
    emu.state.s3.createBucket('mine');
    await store.checkBucket('mine');
    const r = await store.upload(file, { bucket: 'mine', key: 'k.zip' });
    assert.strictEqual(r.size, 1024);
    assert.strictEqual(emu.state.s3.getObject('mine', 'k.zip')?.data.length, 1024);
    assert.strictEqual(callsOf(emu, 'GetCallerIdentity'), 1);
    assert.strictEqual(await store.remove({ bucket: 'mine', key: 'k.zip' }), true);
    assert.strictEqual(emu.state.s3.getObject('mine', 'k.zip'), undefined);
  });

  it("refuses another account's bucket before and during the upload, naming the bucket", async () => {
    emu.state.s3.createBucket('theirs', '999999999999');
    const refused = (e: unknown) =>
      e instanceof Error &&
      /^Access to the artifact bucket was denied: it must be a bucket of the connection's own AWS account.*: theirs$/.test(
        e.message,
      );
    await assert.rejects(store.checkBucket('theirs'), refused);
    await assert.rejects(store.upload(file, { bucket: 'theirs', key: 'k.zip' }), refused);
    assert.strictEqual(callsOf(emu, 'PutObject'), 1, 'S3 itself refused it');
    assert.deepStrictEqual([...(emu.state.s3.buckets.get('theirs')?.keys() ?? [])], []);
    assert.strictEqual(await store.remove({ bucket: 'theirs', key: 'k.zip' }), false);
  });

  it('says so when the account cannot be found, and uploads nothing', async () => {
    emu.state.s3.createBucket('mine2');
    emu.setFaults([{ operation: 'GetCallerIdentity', kind: 'error' }]);
    try {
      await assert.rejects(
        store.upload(file, { bucket: 'mine2', key: 'k.zip' }),
        /Could not find out which AWS account the credentials belong to \(STS GetCallerIdentity\).*: mine2: /,
      );
      assert.strictEqual(callsOf(emu, 'PutObject'), 0);
    } finally {
      emu.setFaults([]);
    }
  });
});
