// Reading one entry's bytes for the zip writer: the "changed while packaging" failure, the identity the scan saw,
// and copying a large entry (spilled deflate output, or a stored file read a second time and checked by CRC).
import * as fs from 'fs';
import { crc32 } from './crc32';
import { CHANGED, openScanned } from './scannedFile';
import type { FileIdentity } from './scannedFile';
import type { CacheableEntry } from './packCache';
import type { Sink } from './zipSink';
import { FLUSH_BYTES } from './zipSink';

/** A file that could not be read or changed while it was packaged. */
export class ZipEntryError extends Error {
  constructor(
    message: string,
    readonly zipPath: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ZipEntryError';
  }
}

export function changedWhilePackaging(zipPath: string): ZipEntryError {
  return new ZipEntryError(`${zipPath} changed while packaging — publish again`, zipPath, CHANGED);
}

export function identity(e: CacheableEntry): FileIdentity | null {
  return e.dev !== undefined && e.ino !== undefined && e.mtimeMs !== undefined
    ? { dev: e.dev, ino: e.ino, mtimeMs: e.mtimeMs }
    : null;
}

/** The identities of `entries` as a batch request carries them (see BatchRequest.ids). */
export function identities(entries: readonly CacheableEntry[]): Float64Array {
  const ids = new Float64Array(entries.length * 3).fill(NaN);
  entries.forEach((e, i) => {
    if (e.dev === undefined || e.ino === undefined || e.mtimeMs === undefined) return;
    ids[i * 3] = e.dev;
    ids[i * 3 + 1] = e.ino;
    ids[i * 3 + 2] = e.mtimeMs;
  });
  return ids;
}

export function entryFailure(entry: CacheableEntry, r: { code: string; message: string }): ZipEntryError {
  if (r.code === CHANGED) return changedWhilePackaging(entry.zipPath);
  return new ZipEntryError(
    `Cannot read file for the archive: ${entry.zipPath} (${r.code})`,
    entry.zipPath,
    r.code,
  );
}

/**
 * Copies `expected` bytes of `source` into the sink and returns their CRC-32. With `crc` (a stored source file, read a second time) the file
 * is opened as the scanned one (no symlink, same identity) and the copied bytes must have that CRC: a file
 * rewritten between the two reads fails instead of leaving an archive whose CRC does not match its bytes.
 */
export async function copyInto(
  sink: Sink,
  source: string,
  expected: number,
  entry: CacheableEntry,
  crc: number | undefined,
  signal?: AbortSignal,
): Promise<number> {
  let fd: number;
  try {
    fd = crc === undefined ? fs.openSync(source, 'r') : openScanned(source, expected, identity(entry)).fd;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    throw entryFailure(entry, { code, message: String(err) });
  }
  const read = (b: Buffer): Promise<number> =>
    new Promise((resolve, reject) =>
      fs.read(fd, b, 0, b.length, null, (err, n) => (err ? reject(err) : resolve(n))),
    );
  try {
    let copied = 0;
    let sum = 0;
    // One buffer, reused (the sink copies what it is given).
    const buf = Buffer.allocUnsafe(FLUSH_BYTES);
    for (;;) {
      signal?.throwIfAborted();
      const bytesRead = await read(buf);
      if (bytesRead === 0) break;
      copied += bytesRead;
      if (copied > expected) break;
      const chunk = buf.subarray(0, bytesRead);
      sum = crc32(chunk, sum);
      await sink.push(chunk);
    }
    if (copied !== expected || (crc !== undefined && sum >>> 0 !== crc >>> 0))
      throw changedWhilePackaging(entry.zipPath);
    return sum;
  } finally {
    fs.closeSync(fd);
  }
}
