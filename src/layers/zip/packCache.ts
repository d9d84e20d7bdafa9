// A bounded on-disk cache for re-publishing a folder: per folder and deflate level, one pack file holding the last
// archive built from it and an index of its entries (zip path, the file's identity as scanned, where the compressed
// bytes are, their CRC). Re-packing copies the compressed bytes of files whose device/inode/size/mtime are
// unchanged and deflates only the others, so the archive is byte-identical to a clean build; with nothing changed
// the archive's SHA-256 is known from the scan's stat data alone.
// Safety: every cached entry is checked (length and CRC-32 of its compressed bytes) before it is used, and a bad one
// is recomputed; packs are opened without following symlinks and replaced by an atomic rename, so concurrent
// publishes never see a half-written pack. Eviction: least recently used packs go first past `maxBytes`.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { crc32 } from './crc32';
import { NOFOLLOW, NONBLOCK } from './folderWalk';
import { decodeIndex, encodeIndex } from './packIndex';
import type { PackIndex, PackRecord } from './packIndex';

export const PACK_VERSION = 2;
const MAGIC = 0x4b50584c; // 'LXPK'
/** index offset (8), index length (4), index CRC (4), stat digest (32), archive SHA-256 (32), magic (4) */
const TRAILER = 84;
const MAX_INDEX_BYTES = 256 * 1024 * 1024;
export const DEFAULT_CACHE_BYTES = 1024 * 1024 * 1024;

export type { PackIndex, PackRecord } from './packIndex';

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
 * One digest of every entry's zip path and identity as scanned, in archive order: equal digests mean the same
 * files, unchanged (by stat data), so the archive would be the same.
 */
export function statDigest(entries: readonly CacheableEntry[]): Buffer | undefined {
  const h = createHash('sha256');
  for (const e of entries) {
    if (e.dev === undefined) return undefined;
    h.update(`${e.zipPath}\0${e.dev}\0${e.ino}\0${e.size}\0${e.mtimeMs}\0${e.executable ? 1 : 0}\n`);
  }
  return h.digest();
}

function recordDigest(records: readonly PackRecord[]): Buffer {
  const h = createHash('sha256');
  for (const r of records) h.update(`${r.p}\0${r.d}\0${r.i}\0${r.s}\0${r.m}\0${r.x}\n`);
  return h.digest();
}

export function sameAsScanned(r: PackRecord, e: CacheableEntry): boolean {
  return (
    r.p === e.zipPath &&
    r.d === e.dev &&
    r.i === e.ino &&
    r.s === e.size &&
    r.m === e.mtimeMs &&
    r.x === (e.executable ? 1 : 0)
  );
}

/** An open pack: its index and a descriptor to read cached bytes from (the caller closes it). */
export class OpenPack {
  private readonly byPath = new Map<string, PackRecord>();
  constructor(
    readonly fd: number,
    readonly index: PackIndex,
  ) {
    for (const r of index.entries) this.byPath.set(r.p, r);
  }

  /** The cached record for `e` when the file is unchanged since it was cached (stat data only). */
  hit(e: CacheableEntry): PackRecord | undefined {
    if (e.dev === undefined) return undefined;
    const r = this.byPath.get(e.zipPath);
    return r && sameAsScanned(r, e) ? r : undefined;
  }

  /** Reads `length` bytes at `offset`, into `into` when it is large enough. */
  read(offset: number, length: number, into?: Buffer): Promise<Buffer> {
    const buf = into && into.length >= length ? into : Buffer.allocUnsafe(length);
    return new Promise((resolve, reject) => {
      let at = 0;
      const next = (): void =>
        fs.read(this.fd, buf, at, length - at, offset + at, (err, n) => {
          if (err) return reject(err);
          at += n;
          if (n === 0 || at === length) resolve(buf.subarray(0, at));
          else next();
        });
      next();
    });
  }

  /**
   * Closes it off this thread: after a re-pack the old pack is already replaced, and closing the last descriptor
   * of a removed 40 MB file frees it (~20 ms), which the caller need not wait for.
   */
  close(): void {
    fs.close(this.fd, () => undefined);
  }
}

/** The cached compressed bytes of `r` within `span` (read from span offset `spanStart`), if intact. */
export function verifiedSlice(span: Buffer, spanStart: number, r: PackRecord): Buffer | undefined {
  const from = r.o - spanStart;
  if (from < 0 || from + r.c > span.length) return undefined;
  const data = span.subarray(from, from + r.c);
  return crc32(data) === r.dc ? data : undefined;
}

export class PackCache {
  constructor(
    readonly dir: string,
    readonly maxBytes = DEFAULT_CACHE_BYTES,
  ) {}

  /** The pack file for a folder key and level. */
  packPath(key: string, level: number): string {
    const h = createHash('sha256').update(`${PACK_VERSION}\0${level}\0${key}`).digest('hex');
    return path.join(this.dir, `${h.slice(0, 32)}.pack`);
  }

  /** Whether a pack exists for a folder key and level (a re-pack is likely: few files to deflate). */
  holds(key: string, level: number): boolean {
    return fs.existsSync(this.packPath(key, level));
  }

  /** The cache folder, created when missing; undefined (no cache) when it is not a plain folder of ours. */
  private ensureDir(): boolean {
    try {
      fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      return fs.lstatSync(this.dir).isDirectory();
    } catch {
      return false;
    }
  }

  /**
   * The pack for `key`, opened (without following a symlink) with its trailer read and its magic checked; undefined
   * when there is none or it is not a pack. The caller closes `fd`.
   */
  private openTrailer(key: string, level: number): { fd: number; size: number; trailer: Buffer } | undefined {
    let fd: number;
    try {
      fd = fs.openSync(this.packPath(key, level), fs.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    } catch {
      return undefined;
    }
    try {
      const st = fs.fstatSync(fd);
      const trailer = Buffer.alloc(TRAILER);
      if (
        st.isFile() &&
        st.size >= TRAILER &&
        fs.readSync(fd, trailer, 0, TRAILER, st.size - TRAILER) === TRAILER &&
        trailer.readUInt32LE(80) === MAGIC
      )
        return { fd, size: st.size, trailer };
    } catch {
      // not readable: no pack
    }
    fs.closeSync(fd);
    return undefined;
  }

  /** Opens the pack for `key`; undefined when there is none or it is damaged (never thrown). */
  open(key: string, level: number): OpenPack | undefined {
    const found = this.openTrailer(key, level);
    if (!found) return undefined;
    const { fd, size, trailer } = found;
    try {
      const at = Number(trailer.readBigUInt64LE(0));
      const length = trailer.readUInt32LE(8);
      if (length > MAX_INDEX_BYTES || at + length + TRAILER !== size) throw new Error('bad pack');
      const raw = Buffer.allocUnsafe(length);
      if (fs.readSync(fd, raw, 0, length, at) !== length || crc32(raw) !== trailer.readUInt32LE(12))
        throw new Error('bad pack index');
      const index = decodeIndex(raw);
      if (index.v !== PACK_VERSION || index.level !== level || index.size !== at)
        throw new Error('bad pack index');
      // Touch it: eviction goes by last use.
      const now = new Date();
      fs.futimesSync(fd, now, now);
      return new OpenPack(fd, index);
    } catch {
      fs.closeSync(fd);
      return undefined;
    }
  }

  /**
   * The archive's SHA-256 and size when every entry is unchanged since the last pack (and nothing was added or
   * removed), from the entries' stat data alone; undefined otherwise.
   */
  knownArchive(
    key: string,
    level: number,
    sortedEntries: readonly CacheableEntry[],
  ): { sha256: string; size: number } | undefined {
    const digest = statDigest(sortedEntries);
    if (!digest) return undefined;
    // The trailer alone: no index to parse.
    const found = this.openTrailer(key, level);
    if (!found) return undefined;
    fs.closeSync(found.fd);
    const t = found.trailer;
    if (!t.subarray(16, 48).equals(digest)) return undefined;
    return { sha256: t.subarray(48, 80).toString('base64'), size: Number(t.readBigUInt64LE(0)) };
  }

  /**
   * When nothing changed (see knownArchive), copies the cached archive to `file`, hashing it on the way: returned
   * only when the bytes hash to the SHA-256 recorded for them (else undefined, and the caller builds as usual).
   */
  async copyKnown(
    key: string,
    level: number,
    sortedEntries: readonly CacheableEntry[],
    file: string,
    signal?: AbortSignal,
  ): Promise<{ sha256: string; size: number } | undefined> {
    const known = this.knownArchive(key, level, sortedEntries);
    if (!known) return undefined;
    let src: fs.promises.FileHandle | undefined;
    let dst: fs.promises.FileHandle | undefined;
    try {
      src = await fs.promises.open(this.packPath(key, level), fs.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
      dst = await fs.promises.open(file, 'w');
      const hash = createHash('sha256');
      const buf = Buffer.allocUnsafe(1024 * 1024);
      for (let at = 0; at < known.size;) {
        signal?.throwIfAborted();
        const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, known.size - at), at);
        if (bytesRead === 0) return undefined;
        const chunk = buf.subarray(0, bytesRead);
        hash.update(chunk);
        for (let w = 0; w < bytesRead;) w += (await dst.write(chunk, w, bytesRead - w)).bytesWritten;
        at += bytesRead;
      }
      if (hash.digest('base64') !== known.sha256) return undefined;
      const now = new Date();
      await src.utimes(now, now);
      return known;
    } catch (err) {
      if (signal?.aborted) throw err;
      return undefined;
    } finally {
      await src?.close();
      await dst?.close();
    }
  }

  /** A new pack being written next to its final name; `commit` renames it into place, `discard` removes it. */
  create(key: string, level: number): PackWriter | undefined {
    if (!this.ensureDir()) return undefined;
    const final = this.packPath(key, level);
    const temp = `${final}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const fd = fs.openSync(
        temp,
        fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NOFOLLOW,
        0o600,
      );
      return new PackWriter(this, fd, temp, final, level);
    } catch {
      return undefined;
    }
  }

  /** Removes the least recently used packs (and stale temp files) until the cache fits in `maxBytes`. */
  trim(keep?: string): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    const packs: { file: string; size: number; used: number }[] = [];
    const hourAgo = Date.now() - 3600_000;
    for (const name of names) {
      const file = path.join(this.dir, name);
      try {
        const st = fs.lstatSync(file);
        if (!st.isFile()) continue;
        if (name.endsWith('.tmp')) {
          if (st.mtimeMs < hourAgo) fs.rmSync(file, { force: true });
        } else if (name.endsWith('.pack')) packs.push({ file, size: st.size, used: st.mtimeMs });
      } catch {
        // gone meanwhile (another publish)
      }
    }
    packs.sort((a, b) => b.used - a.used);
    let total = 0;
    for (const p of packs) {
      total += p.size;
      if (total > this.maxBytes && p.file !== keep) fs.rmSync(p.file, { force: true });
    }
  }
}

/** Writes a pack: the archive bytes as the writer produces them, then the index and the trailer. */
export class PackWriter {
  private readonly records: PackRecord[] = [];
  private failed: unknown;
  private incomplete = false;

  constructor(
    private readonly cache: PackCache,
    private readonly fd: number,
    private readonly temp: string,
    private readonly final: string,
    private readonly level: number,
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

  record(r: PackRecord): void {
    this.records.push(r);
  }

  /** An entry without a scanned identity went into the archive: the pack cannot vouch for the whole archive. */
  skip(): void {
    this.incomplete = true;
  }

  /** Finishes the pack and renames it into place; never throws (a cache that cannot be written is no cache). */
  commit(size: number, sha256: string): void {
    const index: PackIndex = { v: PACK_VERSION, level: this.level, size, sha256, entries: this.records };
    const raw = encodeIndex(index);
    const trailer = Buffer.alloc(TRAILER);
    trailer.writeBigUInt64LE(BigInt(size), 0);
    trailer.writeUInt32LE(raw.length, 8);
    trailer.writeUInt32LE(crc32(raw), 12);
    if (!this.incomplete) recordDigest(this.records).copy(trailer, 16);
    Buffer.from(sha256, 'base64').copy(trailer, 48);
    trailer.writeUInt32LE(MAGIC, 80);
    this.write(raw);
    this.write(trailer);
    try {
      fs.closeSync(this.fd);
      if (this.failed === undefined) {
        fs.renameSync(this.temp, this.final);
        this.cache.trim(this.final);
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
