// A zip archive behind a presigned download link, read with HTTP Range requests: the central directory
// (tail first, then the directory if the tail did not hold it) and one entry at a time (its local header
// and data in one request). Every request after the first carries If-Match with the link's ETag, so bytes of
// two different objects are never spliced. An expired link (403/410) is renewed once through `renew` (a
// fresh GetLayerVersion / GetFunction). The URL is a secret: it never appears in an error. No vscode.
import { rangeOf } from './zipDirectory';
import type { FetchLike } from './zipDirectory';
import { decodeEntry } from './entryData';
import {
  directoryFromTail,
  localDataStart,
  parseCentralDirectory,
  TAIL_BYTES,
  ZipFormatError,
} from './zipCentral';
import type { DirectoryLocation, ZipEntry } from './zipCentral';

export type { FetchLike } from './zipDirectory';

/** A download link for one archive: where it is and what it must be. */
export interface CodeLink {
  url: string;
  /** CodeSha256 (base64): the cache key. */
  sha256: string;
  /** Archive size in bytes. */
  size: number;
}

export class ArchiveChangedError extends Error {
  override readonly name = 'ArchiveChangedError';
  constructor() {
    super('The published code changed while it was being read: open it again');
  }
}

export class DownloadLinkError extends Error {
  override readonly name = 'DownloadLinkError';
}

export interface CentralDirectory {
  entries: ZipEntry[];
  /** The raw directory bytes (what the disk cache keeps) and where it sits in the archive. */
  raw: Buffer;
  location: DirectoryLocation;
  archiveSize: number;
}

/** Bytes the local extra field may exceed the central one by before a second request is needed. */
const LOCAL_EXTRA_SLACK = 64;

export interface TransferStats {
  requests: number;
  bytes: number;
}

export class RemoteArchive {
  private etag: string | undefined;
  readonly stats: TransferStats = { requests: 0, bytes: 0 };

  constructor(
    private link: CodeLink,
    private readonly renew: (signal?: AbortSignal) => Promise<CodeLink>,
    private readonly doFetch: FetchLike = (u, init) => fetch(u, init),
  ) {}

  get sha256(): string {
    return this.link.sha256;
  }
  get size(): number {
    return this.link.size;
  }

  /** Bytes `start..end` (inclusive; `start < 0` = the last -start bytes) with their position. */
  async range(
    start: number,
    end: number | undefined,
    signal?: AbortSignal,
  ): Promise<{ start: number; data: Buffer }> {
    const spec = start < 0 ? `${start}` : `${start}-${end ?? ''}`;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { Range: `bytes=${spec}` };
      if (this.etag) headers['If-Match'] = this.etag;
      this.stats.requests++;
      const r = await this.doFetch(this.link.url, { headers, signal });
      if ((r.status === 403 || r.status === 410) && attempt === 0) {
        await r.body?.cancel().catch(() => undefined);
        const fresh = await this.renew(signal);
        if (fresh.sha256 !== this.link.sha256) throw new ArchiveChangedError();
        this.link = fresh;
        continue;
      }
      if (r.status === 412) {
        await r.body?.cancel().catch(() => undefined);
        throw new ArchiveChangedError();
      }
      const at = await rangeOf(r, (message) => new DownloadLinkError(message));
      if (at.total !== this.link.size) throw new ArchiveChangedError();
      const etag = r.headers.get('etag') ?? undefined;
      if (this.etag && etag && etag !== this.etag) throw new ArchiveChangedError();
      this.etag ??= etag;
      const data = Buffer.from(await r.arrayBuffer());
      this.stats.bytes += data.length;
      return { start: at.start, data };
    }
  }

  /** The whole archive in one request (for Download to Folder), with If-Match once the ETag is known. */
  async whole(signal?: AbortSignal, onBytes?: (received: number) => void): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let received = 0;
    // A range request of everything: 206 with the ETag check, and progress as it streams.
    const step = 8 * 1024 * 1024;
    for (let at = 0; at < this.link.size; at += step) {
      const part = await this.range(at, Math.min(this.link.size, at + step) - 1, signal);
      chunks.push(part.data);
      received += part.data.length;
      onBytes?.(received);
    }
    return Buffer.concat(chunks);
  }

  async readDirectory(signal?: AbortSignal): Promise<CentralDirectory> {
    const size = this.link.size;
    const tail = await this.range(-Math.min(TAIL_BYTES, size), undefined, signal);
    const { location, raw } = await directoryFromTail(tail, size, (start, end) =>
      this.range(start, end, signal),
    );
    return {
      entries: parseCentralDirectory(raw, location.count),
      raw: Buffer.from(raw),
      location,
      archiveSize: size,
    };
  }

  /** One entry's bytes: usually one Range request (local header + data), inflated and CRC-checked. */
  async readEntry(entry: ZipEntry, signal?: AbortSignal): Promise<Buffer> {
    if (entry.isDirectory) throw new ZipFormatError(`${entry.name} is a folder`);
    const guessHeader = 30 + entry.nameBytes + entry.extraBytes + LOCAL_EXTRA_SLACK;
    const start = entry.localHeaderOffset;
    const end = Math.min(this.link.size, start + guessHeader + entry.compressedSize) - 1;
    let { data } = await this.range(start, end, signal);
    const dataStart = localDataStart(data, entry);
    if (typeof dataStart !== 'number') throw new ZipFormatError(`Truncated local header: ${entry.name}`);
    if (dataStart + entry.compressedSize > data.length) {
      const more = await this.range(
        start + data.length,
        start + dataStart + entry.compressedSize - 1,
        signal,
      );
      data = Buffer.concat([data, more.data]);
    }
    return decodeEntry(entry, data.subarray(dataStart, dataStart + entry.compressedSize));
  }
}

/** Reads an entry out of a whole archive already in memory (Download to Folder). */
export async function entryFromArchive(archive: Buffer, entry: ZipEntry): Promise<Buffer> {
  const local = archive.subarray(entry.localHeaderOffset);
  const dataStart = localDataStart(local, entry);
  if (typeof dataStart !== 'number' || dataStart + entry.compressedSize > local.length)
    throw new ZipFormatError(`Truncated entry: ${entry.name}`);
  return decodeEntry(entry, local.subarray(dataStart, dataStart + entry.compressedSize));
}
