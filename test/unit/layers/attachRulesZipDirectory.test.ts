// The 250 MB rule's input: unzipped sizes read from the central directory over HTTP Range requests on the
// emulator's presigned download links, never downloading the archive.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LambdaService } from '../../../src/aws/lambdaService';
import { checkUnzippedSize } from '../../../src/layers/attachRules';
import { writeZip } from '../../../src/layers/zip/zipWriter';
import { readZipDirectory } from '../../../src/code/zipDirectory';
import type { RunningEmulator } from '../../emulator/emulator';
import { startEmulator } from '../../emulator/emulator';
import { buildZip, buildZipClaimingSize, readZipSummary } from '../../emulator/zipArchive';
import { serviceFor } from '../support/emulatorService';

describe('readZipDirectory (emulator download links)', function () {
  this.timeout(30_000);
  let emu: RunningEmulator;
  let lambda: LambdaService;
  before(async () => {
    emu = await startEmulator();
    lambda = serviceFor(emu);
  });
  after(async () => emu.stop());

  async function linkFor(zip: Buffer, name: string): Promise<string> {
    const v = await lambda.publishLayerVersion({ layerName: name, content: { zipFile: zip } });
    const details = await lambda.getLayerVersion(name, v.version);
    return details.location!;
  }

  it('sums the uncompressed sizes with one range request of the tail, not the whole archive', async () => {
    const big = 'x'.repeat(200_000);
    const zip = buildZip({ 'nodejs/a.js': big, 'nodejs/b.js': big, 'nodejs/c.txt': 'c' });
    const url = await linkFor(zip, 'small');
    emu.resetCalls();
    const r = await readZipDirectory(url);
    assert.strictEqual(r.unzippedBytes, readZipSummary(zip).uncompressedSize);
    assert.strictEqual(r.unzippedBytes, 400_001);
    assert.strictEqual(r.entries, 3);
    assert.strictEqual(r.zippedBytes, zip.length);
    assert.strictEqual(r.requests, 1);
    assert.ok(r.bytesRead < 70_000 && r.bytesRead < zip.length, `read ${r.bytesRead} of ${zip.length}`);
    assert.ok(emu.calls.every((c) => c.operation === 'DownloadCode' && c.status === 206));
  });

  it('fetches a central directory larger than the tail with a second range request', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++)
      files[`python/lib/python3.12/site-packages/package_${i}/${'m'.repeat(40)}_${i}.py`] = 'pass\n';
    const zip = buildZip(files);
    const r = await readZipDirectory(await linkFor(zip, 'many'));
    assert.strictEqual(r.entries, 1500);
    assert.strictEqual(r.unzippedBytes, 1500 * 5);
    assert.strictEqual(r.requests, 2);
  });

  it('reads zip64 sizes (an entry claiming 200 MB) so the 250 MB rule can refuse before any call', async () => {
    const MB = 1024 * 1024;
    const url = await linkFor(buildZipClaimingSize('bin/huge', 200 * MB), 'huge');
    emu.resetCalls();
    const r = await readZipDirectory(url);
    assert.strictEqual(r.unzippedBytes, 200 * MB);
    const verdict = checkUnzippedSize(60 * MB, [
      { arn: 'arn:aws:lambda:us-east-1:123456789012:layer:huge:1', unzipped: r.unzippedBytes },
    ]);
    assert.strictEqual(verdict.kind, 'tooLarge');
    assert.ok(
      emu.calls.every((c) => c.operation === 'DownloadCode'),
      'no Lambda call was needed to know',
    );
  });

  it('reads archives with zip64 end records (our own writer, forced)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zipdir-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'a'.repeat(1000));
      const target = path.join(dir, 'out.zip');
      await writeZip(
        [{ zipPath: 'a.txt', absPath: path.join(dir, 'a.txt'), size: 1000, executable: false }],
        target,
        { forceZip64: true, workers: 1 },
      );
      const r = await readZipDirectory(await linkFor(fs.readFileSync(target), 'z64'));
      assert.strictEqual(r.unzippedBytes, 1000);
      assert.strictEqual(r.entries, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails without revealing the link when it expired or is not an archive', async () => {
    const url = await linkFor(buildZip({ a: 'a' }), 'tampered');
    const forged = url.replace(/X-Amz-Signature=[0-9a-f]+/, 'X-Amz-Signature=00');
    await assert.rejects(
      readZipDirectory(forged),
      (e: Error) => /HTTP 403/.test(e.message) && !e.message.includes('X-Amz'),
    );
    const notZip = async () => ({
      status: 206,
      headers: { get: (h: string) => (h === 'content-range' ? 'bytes 0-9/10' : null) },
      arrayBuffer: async () => new ArrayBuffer(10),
    });
    await assert.rejects(readZipDirectory('http://x', { fetch: notZip }), /no end of central directory/);
    const noRanges = async () => ({
      status: 200,
      headers: { get: () => null },
      arrayBuffer: async () => new ArrayBuffer(0),
    });
    await assert.rejects(
      readZipDirectory('http://x', { fetch: noRanges }),
      /does not support range requests/,
    );
  });
});
