// The pack file's own parts (packCache.ts): what an entry is compared on, the digest of those identities, and the
// trailer at the end of every pack. A pack is the archive's bytes, then its index (packIndex.ts), then the trailer.
import { createHash } from 'crypto';
import { F, FIELDS } from './packIndex';
import type { PackIndex } from './packIndex';

/** 4: whole files are deflated by libdeflate, so entries cached by version 3 differ from a clean build. */
export const PACK_VERSION = 4;
export const MAGIC = 0x4b50584c; // 'LXPK'
/** index offset (8), index length (4), index CRC (4), stat digest (32), archive SHA-256 (32), magic (4) */
export const TRAILER = 84;
export const MAX_INDEX_BYTES = 256 * 1024 * 1024;

/** One file of an archive (the zip writer's ZipEntry), and what the cache compares: the identity the scan saw. */
export interface CacheableEntry {
  /** Path inside the archive, forward slashes, no leading slash. */
  zipPath: string;
  absPath: string;
  /** Size seen when scanning: a file found with another size changed underfoot and is refused. */
  size: number;
  executable: boolean;
  /** Identity seen when scanning (scanFolder sets it): a different file found at absPath is refused. */
  dev?: number;
  ino?: number;
  mtimeMs?: number;
}

/**
 * SHA-256 over every entry's zip path and identity, in archive order, in one binary form (path, NUL, five numbers):
 * a string and a hash update per entry took ~9 ms for 15,000 entries, this ~2 ms.
 */
class IdentityDigest {
  private readonly hash = createHash('sha256');
  private readonly buf = Buffer.allocUnsafe(64 * 1024);
  private at = 0;

  add(p: string, d: number, i: number, s: number, m: number, x: number): void {
    // A path is at most 65,535 UTF-8 bytes (a zip name), each UTF-16 unit at most 3 bytes.
    if (this.at + p.length * 3 + 42 > this.buf.length) {
      this.hash.update(this.buf.subarray(0, this.at));
      this.at = 0;
    }
    if (p.length * 3 + 42 > this.buf.length) this.hash.update(Buffer.from(p, 'utf8'));
    else this.at += this.buf.write(p, this.at, 'utf8');
    const b = this.buf;
    b[this.at++] = 0;
    this.at = b.writeDoubleLE(d, this.at);
    this.at = b.writeDoubleLE(i, this.at);
    this.at = b.writeDoubleLE(s, this.at);
    this.at = b.writeDoubleLE(m, this.at);
    b[this.at++] = x;
  }

  digest(): Buffer {
    this.hash.update(this.buf.subarray(0, this.at));
    return this.hash.digest();
  }
}

/**
 * One digest of every entry's zip path and identity as scanned, in archive order: equal digests mean the same
 * files, unchanged (by stat data), so the archive would be the same.
 */
export function statDigest(entries: readonly CacheableEntry[]): Buffer | undefined {
  const h = new IdentityDigest();
  for (const e of entries) {
    if (e.dev === undefined || e.ino === undefined || e.mtimeMs === undefined) return undefined;
    h.add(e.zipPath, e.dev, e.ino, e.size, e.mtimeMs, e.executable ? 1 : 0);
  }
  return h.digest();
}

/** The same digest over a pack's records (what statDigest gave for the entries they were made from). */
export function recordDigest(names: readonly string[], numbers: Float64Array): Buffer {
  const h = new IdentityDigest();
  for (let k = 0, at = 0; k < names.length; k++, at += FIELDS)
    h.add(
      names[k]!,
      numbers[at + F.d]!,
      numbers[at + F.i]!,
      numbers[at + F.s]!,
      numbers[at + F.m]!,
      numbers[at + F.x]!,
    );
  return h.digest();
}

/** Whether record `k` of `index` is `e` as scanned now (same zip path and identity). */
export function sameAsScanned(index: PackIndex, k: number, e: CacheableEntry): boolean {
  const n = index.numbers;
  const at = k * FIELDS;
  return (
    index.names[k] === e.zipPath &&
    n[at + F.d] === e.dev &&
    n[at + F.i] === e.ino &&
    n[at + F.s] === e.size &&
    n[at + F.m] === e.mtimeMs &&
    n[at + F.x] === (e.executable ? 1 : 0)
  );
}

export interface Trailer {
  /** Where the index starts (= the archive's size) and its length and CRC-32. */
  indexAt: number;
  indexLength: number;
  indexCrc: number;
  /** statDigest of the entries, or zeros when the pack does not hold every entry of its archive. */
  digest: Buffer;
  /** The archive's SHA-256, base64. */
  sha256: string;
}

/** The trailer of a pack of `fileSize` bytes, or undefined when `raw` is not one (or does not fit the file). */
export function parseTrailer(raw: Buffer, fileSize: number): Trailer | undefined {
  if (raw.length !== TRAILER || raw.readUInt32LE(80) !== MAGIC) return undefined;
  const indexAt = Number(raw.readBigUInt64LE(0));
  const indexLength = raw.readUInt32LE(8);
  if (indexLength > MAX_INDEX_BYTES || indexAt + indexLength + TRAILER !== fileSize) return undefined;
  return {
    indexAt,
    indexLength,
    indexCrc: raw.readUInt32LE(12),
    digest: raw.subarray(16, 48),
    sha256: raw.subarray(48, 80).toString('base64'),
  };
}

export function encodeTrailer(t: Omit<Trailer, 'digest'> & { digest?: Buffer }): Buffer {
  const raw = Buffer.alloc(TRAILER);
  raw.writeBigUInt64LE(BigInt(t.indexAt), 0);
  raw.writeUInt32LE(t.indexLength, 8);
  raw.writeUInt32LE(t.indexCrc, 12);
  t.digest?.copy(raw, 16);
  Buffer.from(t.sha256, 'base64').copy(raw, 48);
  raw.writeUInt32LE(MAGIC, 80);
  return raw;
}
