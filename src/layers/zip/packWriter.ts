// Writing a pack (packCache.ts): the archive bytes as the zip writer produces them, then the index and the trailer,
// into a temp file renamed into place at the end, so a concurrent publish never sees a half-written pack.
import * as fs from 'fs';
import { crc32 } from './crc32';
import { encodeTrailer, PACK_VERSION, recordDigest } from './packFormat';
import type { CacheableEntry } from './packFormat';
import { encodeIndex, F, FIELDS } from './packIndex';

export class PackWriter {
  /** The index's columns as the entries are written (see packIndex.ts): no object per entry. */
  private readonly names: string[] = [];
  private numbers = new Float64Array(1024 * FIELDS);
  private failed: unknown;
  private incomplete = false;

  constructor(
    private readonly fd: number,
    private readonly temp: string,
    private readonly final: string,
    private readonly level: number,
    /** Called once the pack is in place (the cache trims itself to its size limit). */
    private readonly onCommitted: (final: string) => void,
  ) {}

  /**
   * Archive bytes, in order. Written at once (the caller reuses its buffers); a failure is kept and makes commit
   * drop the pack.
   */
  write(data: Buffer): void {
    if (this.failed !== undefined) return;
    try {
      let at = 0;
      while (at < data.length) at += fs.writeSync(this.fd, data, at, data.length - at);
    } catch (e) {
      this.failed = e;
    }
  }

  /**
   * The same as `write`, in the background (alongside the archive's own write); resolves once written, never
   * rejects (a failure makes commit drop the pack). Calls must not overlap.
   */
  writeAsync(data: Buffer): Promise<void> {
    if (this.failed !== undefined) return Promise.resolve();
    return new Promise((resolve) => {
      let at = 0;
      const next = (): void =>
        fs.write(this.fd, data, at, data.length - at, null, (err, n) => {
          if (err) this.failed = err;
          else at += n;
          if (err || at >= data.length) resolve();
          else next();
        });
      next();
    });
  }

  /** Remembers an entry written with its scanned identity: its compressed bytes at `offset` (`length` bytes). */
  record(
    e: Required<CacheableEntry>,
    offset: number,
    length: number,
    method: number,
    crc: number,
    dataCrc: number,
  ): void {
    const k = this.names.length;
    if ((k + 1) * FIELDS > this.numbers.length) {
      const bigger = new Float64Array(this.numbers.length * 2);
      bigger.set(this.numbers);
      this.numbers = bigger;
    }
    const n = this.numbers;
    const at = k * FIELDS;
    n[at + F.d] = e.dev;
    n[at + F.i] = e.ino;
    n[at + F.s] = e.size;
    n[at + F.m] = e.mtimeMs;
    n[at + F.x] = e.executable ? 1 : 0;
    n[at + F.o] = offset;
    n[at + F.c] = length;
    n[at + F.k] = method;
    n[at + F.crc] = crc >>> 0;
    n[at + F.dc] = dataCrc >>> 0;
    this.names.push(e.zipPath);
  }

  /** An entry without a scanned identity went into the archive: the pack cannot vouch for the whole archive. */
  skip(): void {
    this.incomplete = true;
  }

  /** Finishes the pack and renames it into place; never throws (a cache that cannot be written is no cache). */
  commit(size: number, sha256: string): void {
    const numbers = this.numbers.subarray(0, this.names.length * FIELDS);
    const raw = encodeIndex({ v: PACK_VERSION, level: this.level, size, sha256, names: this.names, numbers });
    this.write(raw);
    this.write(
      encodeTrailer({
        indexAt: size,
        indexLength: raw.length,
        indexCrc: crc32(raw),
        sha256,
        ...(this.incomplete ? {} : { digest: recordDigest(this.names, numbers) }),
      }),
    );
    try {
      fs.closeSync(this.fd);
      if (this.failed === undefined) {
        fs.renameSync(this.temp, this.final);
        this.onCommitted(this.final);
        return;
      }
    } catch {
      // fall through: drop the temp file
    }
    fs.rmSync(this.temp, { force: true });
  }

  discard(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // closed
    }
    fs.rmSync(this.temp, { force: true });
  }
}
