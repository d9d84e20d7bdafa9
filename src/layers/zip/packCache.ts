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
import { PACK_VERSION, parseTrailer, sameAsScanned, statDigest, TRAILER } from './packFormat';
import type { CacheableEntry, Trailer } from './packFormat';
import { decodeIndex, F, FIELDS } from './packIndex';
import type { PackIndex } from './packIndex';
import { compareZipPaths } from './zipOrder';
import { PackWriter } from './packWriter';

export const DEFAULT_CACHE_BYTES = 1024 * 1024 * 1024;
/** A pack opened ahead (prefetch) and not taken within this time is closed again. */
const PREFETCH_MS = 60_000;

export type { CacheableEntry } from './packFormat';
export type { PackWriter } from './packWriter';

/** An open pack: its index and a descriptor to read cached bytes from (the caller closes it). */
export class OpenPack {
  constructor(
    readonly fd: number,
    readonly index: PackIndex,
  ) {}

  /**
   * For each of `sortedEntries` (archive order), the index of its record when the file is unchanged since it was
   * cached (stat data), else -1. Both lists are in archive order, so one merge pass finds them (no map of 15,000
   * names); a pack whose names are out of order only finds fewer.
   */
  hitsFor(sortedEntries: readonly CacheableEntry[]): Int32Array {
    const hits = new Int32Array(sortedEntries.length).fill(-1);
    const names = this.index.names;
    let k = 0;
    for (let i = 0; i < sortedEntries.length && k < names.length; i++) {
      const e = sortedEntries[i]!;
      let order = compareZipPaths(names[k]!, e.zipPath);
      while (order < 0 && ++k < names.length) order = compareZipPaths(names[k]!, e.zipPath);
      if (order === 0 && e.dev !== undefined && sameAsScanned(this.index, k, e)) hits[i] = k++;
    }
    return hits;
  }

  /**
   * Whether the archive in the pack is the archive of `sortedEntries`: the same files in the same order, each
   * unchanged (stat data). A pack that skipped an entry has fewer records, so it never matches.
   */
  unchangedFor(sortedEntries: readonly CacheableEntry[]): boolean {
    if (this.index.names.length !== sortedEntries.length) return false;
    for (let i = 0; i < sortedEntries.length; i++)
      if (!sameAsScanned(this.index, i, sortedEntries[i]!)) return false;
    return true;
  }

  /**
   * Copies the cached archive to `file`, hashing it on the way: returned only when the bytes hash to the SHA-256
   * recorded for them (else undefined, and the caller builds as usual). Rejects only when cancelled.
   */
  async copyArchive(
    file: string,
    signal?: AbortSignal,
  ): Promise<{ sha256: string; size: number } | undefined> {
    const { size, sha256 } = this.index;
    let dst: fs.promises.FileHandle | undefined;
    try {
      dst = await fs.promises.open(file, 'w');
      const hash = createHash('sha256');
      const buf = Buffer.allocUnsafe(1024 * 1024);
      for (let at = 0; at < size;) {
        signal?.throwIfAborted();
        const chunk = await this.read(at, Math.min(buf.length, size - at), buf);
        if (chunk.length === 0) return undefined;
        hash.update(chunk);
        for (let w = 0; w < chunk.length;) w += (await dst.write(chunk, w, chunk.length - w)).bytesWritten;
        at += chunk.length;
      }
      return hash.digest('base64') === sha256 ? { sha256, size } : undefined;
    } catch (err) {
      if (signal?.aborted) throw err;
      return undefined;
    } finally {
      await dst?.close();
    }
  }

  /** Reads `length` bytes at `offset`, into `into` when it is large enough. */
  read(offset: number, length: number, into?: Buffer): Promise<Buffer> {
    return readAt(this.fd, offset, length, into);
  }

  /**
   * Closes it off this thread: after a re-pack the old pack is already replaced, and closing the last descriptor
   * of a removed 40 MB file frees it (~20 ms), which the caller need not wait for.
   */
  close(): void {
    fs.close(this.fd, () => undefined);
  }
}

/** The cached compressed bytes of record `k` within `span` (read from pack offset `spanStart`), if intact. */
export function verifiedSlice(
  span: Buffer,
  spanStart: number,
  index: PackIndex,
  k: number,
): Buffer | undefined {
  const at = k * FIELDS;
  const from = index.numbers[at + F.o]! - spanStart;
  const length = index.numbers[at + F.c]!;
  if (from < 0 || from + length > span.length) return undefined;
  const data = span.subarray(from, from + length);
  return crc32(data) === index.numbers[at + F.dc] ? data : undefined;
}

const packFlags = fs.constants.O_RDONLY | NOFOLLOW | NONBLOCK;

/** Reads `length` bytes at `offset` (fewer at the end of the file), into `into` when it is large enough. */
function readAt(fd: number, offset: number, length: number, into?: Buffer): Promise<Buffer> {
  const buf = into && into.length >= length ? into : Buffer.allocUnsafe(length);
  return new Promise((resolve, reject) => {
    let at = 0;
    const next = (): void =>
      fs.read(fd, buf, at, length - at, offset + at, (err, n) => {
        if (err) return reject(err);
        at += n;
        if (n === 0 || at === length) resolve(buf.subarray(0, at));
        else next();
      });
    next();
  });
}

/** Packs being opened ahead of a re-pack (see prefetch), by pack file; each is taken at most once. */
const prefetched = new Map<string, { pack: Promise<OpenPack | undefined>; timer: NodeJS.Timeout }>();

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

  /**
   * Starts opening the pack for `key` in the background (reading and decoding its index while a scan runs, when
   * this thread would wait anyway), for `open` to take; false when there is no pack. Not taken within `keepMs`
   * (a minute), it is closed again.
   */
  prefetch(key: string, level: number, keepMs = PREFETCH_MS): boolean {
    const file = this.packPath(key, level);
    if (!fs.existsSync(file)) return false;
    if (!prefetched.has(file)) {
      const pack = this.openAsync(file, level).catch(() => undefined);
      const timer = setTimeout(() => {
        prefetched.delete(file);
        void pack.then((p) => p?.close());
      }, keepMs);
      timer.unref();
      prefetched.set(file, { pack, timer });
    }
    return true;
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

  /** Opens the pack for `key` (the prefetched one, if any); undefined when there is none or it is damaged. */
  open(key: string, level: number): Promise<OpenPack | undefined> {
    const file = this.packPath(key, level);
    const ahead = prefetched.get(file);
    if (ahead) {
      prefetched.delete(file);
      clearTimeout(ahead.timer);
      return ahead.pack;
    }
    return this.openAsync(file, level).catch(() => undefined);
  }

  private async openAsync(file: string, level: number): Promise<OpenPack | undefined> {
    const fd = await new Promise<number | undefined>((resolve) =>
      fs.open(file, packFlags, (err, f) => resolve(err ? undefined : f)),
    );
    if (fd === undefined) return undefined;
    try {
      const st = await new Promise<fs.Stats>((resolve, reject) =>
        fs.fstat(fd, (err, stat) => (err ? reject(err) : resolve(stat))),
      );
      if (!st.isFile() || st.size < TRAILER) throw new Error('not a pack');
      const t = parseTrailer(await readAt(fd, st.size - TRAILER, TRAILER), st.size);
      if (!t) throw new Error('not a pack');
      const raw = await readAt(fd, t.indexAt, t.indexLength);
      if (raw.length !== t.indexLength || crc32(raw) !== t.indexCrc) throw new Error('bad pack index');
      const index = decodeIndex(raw);
      if (index.v !== PACK_VERSION || index.level !== level || index.size !== t.indexAt)
        throw new Error('bad pack index');
      // Touch it: eviction goes by last use.
      const now = new Date();
      fs.futimes(fd, now, now, () => undefined);
      return new OpenPack(fd, index);
    } catch {
      fs.close(fd, () => undefined);
      return undefined;
    }
  }

  /** The trailer of the pack for `key` (its magic and size checked); undefined when there is none. */
  private readTrailer(key: string, level: number): Trailer | undefined {
    let fd: number;
    try {
      fd = fs.openSync(this.packPath(key, level), packFlags);
    } catch {
      return undefined;
    }
    try {
      const st = fs.fstatSync(fd);
      const raw = Buffer.alloc(TRAILER);
      if (
        !st.isFile() ||
        st.size < TRAILER ||
        fs.readSync(fd, raw, 0, TRAILER, st.size - TRAILER) !== TRAILER
      )
        return undefined;
      return parseTrailer(raw, st.size);
    } catch {
      return undefined;
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * The archive's SHA-256 and size when every entry is unchanged since the last pack (and nothing was added or
   * removed), from the entries' stat data and the pack's trailer alone (no index to read); undefined otherwise.
   */
  knownArchive(
    key: string,
    level: number,
    sortedEntries: readonly CacheableEntry[],
  ): { sha256: string; size: number } | undefined {
    const digest = statDigest(sortedEntries);
    if (!digest) return undefined;
    const t = this.readTrailer(key, level);
    if (!t || !t.digest.equals(digest)) return undefined;
    return { sha256: t.sha256, size: t.indexAt };
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
      return new PackWriter(fd, temp, final, level, (f) => this.trim(f));
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
