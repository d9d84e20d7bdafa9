// Reading a central directory over range requests, shared by the 250 MB check (readZipDirectory) and the
// published-code reader (RemoteArchive): only what the tail lacks is asked for, and an answer that is not the
// bytes asked for, or an archive that changes size between requests, is refused instead of parsed.
import * as assert from 'assert';
import { RemoteArchive } from '../../../src/code/remoteArchive';
import {
  directoryFromTail,
  parseCentralDirectory,
  TAIL_BYTES,
  ZipFormatError,
} from '../../../src/code/zipCentral';
import type { FetchLike, FetchResponse } from '../../../src/code/zipDirectory';
import { readZipDirectory, ZipDirectoryError } from '../../../src/code/zipDirectory';
import { buildZip } from '../../emulator/zipArchive';

/** A directory of `count` entries with long names: larger than the tail. */
function manyEntries(count: number): Buffer {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`python/pkg_${i}/${'m'.repeat(60)}_${i}.py`] = 'pass\n';
  return buildZip(files);
}

/** A range server over `zip`; `lie` may change an answer (the request number, the bytes asked, the answer). */
function server(
  zip: Buffer,
  lie: (n: number, answer: { start: number; data: Buffer; total: number }) => void = () => undefined,
): { fetch: FetchLike; asked: string[] } {
  const asked: string[] = [];
  const fetch: FetchLike = (_url, init) => {
    const spec = init.headers['Range']!.slice('bytes='.length);
    asked.push(spec);
    const [a, b] = spec.split('-');
    const start = a === '' ? Math.max(0, zip.length - Number(b)) : Number(a);
    const end = a === '' || b === '' ? zip.length - 1 : Math.min(Number(b), zip.length - 1);
    const answer = { start, data: zip.subarray(start, end + 1), total: zip.length };
    lie(asked.length, answer);
    const res: FetchResponse = {
      status: 206,
      headers: {
        get: (h: string) =>
          h.toLowerCase() === 'content-range'
            ? `bytes ${answer.start}-${answer.start + answer.data.length - 1}/${answer.total}`
            : h.toLowerCase() === 'etag'
              ? '"same"'
              : null,
      },
      arrayBuffer: () => Promise.resolve(new Uint8Array(answer.data).buffer),
    };
    return Promise.resolve(res);
  };
  return { fetch, asked };
}

describe('directoryFromTail', () => {
  it('asks only for the part of a large directory that the tail does not hold', async () => {
    const zip = manyEntries(2000);
    const tail = { start: zip.length - TAIL_BYTES, data: zip.subarray(zip.length - TAIL_BYTES) };
    const reads: [number, number][] = [];
    const { location, raw } = await directoryFromTail(tail, zip.length, (start, end) => {
      reads.push([start, end]);
      return Promise.resolve({ start, data: zip.subarray(start, end + 1) });
    });
    assert.strictEqual(parseCentralDirectory(raw, location.count).length, 2000);
    assert.ok(location.size > TAIL_BYTES, 'the directory is larger than the tail');
    assert.deepStrictEqual(reads, [[location.offset, tail.start - 1]]);
  });

  it('refuses an answer that starts elsewhere or is short', async () => {
    const zip = manyEntries(2000);
    const tail = { start: zip.length - TAIL_BYTES, data: zip.subarray(zip.length - TAIL_BYTES) };
    for (const lie of [
      (start: number, end: number) => ({ start: start + 1, data: zip.subarray(start + 1, end + 2) }),
      (start: number, end: number) => ({ start, data: zip.subarray(start, end) }),
    ]) {
      await assert.rejects(
        directoryFromTail(tail, zip.length, (s, e) => Promise.resolve(lie(s, e))),
        (e: unknown) => e instanceof ZipFormatError && /Short range answer/.test(e.message),
      );
    }
  });
});

describe('readZipDirectory and RemoteArchive against a server that lies', () => {
  it('readZipDirectory refuses an archive that changed size between its requests', async () => {
    const zip = manyEntries(2000);
    const { fetch } = server(zip, (n, answer) => {
      if (n === 2) answer.total += 1;
    });
    await assert.rejects(
      readZipDirectory('https://example.invalid/code.zip', { fetch }),
      (e: unknown) => e instanceof ZipDirectoryError && /changed while it was read/.test(e.message),
    );
  });

  it('readZipDirectory refuses bytes from another place than it asked for', async () => {
    const zip = manyEntries(2000);
    const { fetch } = server(zip, (n, answer) => {
      if (n === 2) {
        answer.start += 100;
        answer.data = zip.subarray(answer.start, answer.start + answer.data.length);
      }
    });
    await assert.rejects(
      readZipDirectory('https://example.invalid/code.zip', { fetch }),
      (e: unknown) => e instanceof ZipDirectoryError && /Short range answer/.test(e.message),
    );
  });

  it('RemoteArchive refuses bytes from another place than it asked for (it spliced them before)', async () => {
    const zip = manyEntries(2000);
    const link = { url: 'https://example.invalid/code.zip', sha256: 'x', size: zip.length };
    const honest = server(zip);
    const good = await new RemoteArchive(link, () => Promise.resolve(link), honest.fetch).readDirectory();
    assert.strictEqual(good.entries.length, 2000);
    assert.strictEqual(honest.asked.length, 2);
    const { fetch } = server(zip, (n, answer) => {
      if (n === 2) {
        answer.start += 100;
        answer.data = zip.subarray(answer.start, answer.start + answer.data.length);
      }
    });
    await assert.rejects(
      new RemoteArchive(link, () => Promise.resolve(link), fetch).readDirectory(),
      (e: unknown) => e instanceof ZipFormatError && /Short range answer/.test(e.message),
    );
  });
});
