// The unzipped size of a remote archive without downloading it: read its end-of-central-directory record and
// central directory with HTTP Range requests on the presigned download URL (GetFunction's Code.Location,
// GetLayerVersion's Content.Location), and sum the entries' uncompressed sizes, as AWS's 250 MB check does.
// Usually one request of ~64 KB (the tail holds the whole directory); two or three for big directories or
// zip64. The URL is a secret for 10 minutes: it never appears in an error message. The parsing is the one the
// Contents tree uses (zipCentral.ts). No vscode.

import { directoryFromTail, parseCentralDirectory, TAIL_BYTES, ZipFormatError } from './zipCentral';
import type { ArchiveBytes } from './zipCentral';

export interface ZipDirectorySummary {
  /** Sum of the entries' uncompressed sizes. */
  unzippedBytes: number;
  entries: number;
  /** The archive's size (zipped). */
  zippedBytes: number;
  /** HTTP requests made. */
  requests: number;
  /** Bytes transferred. */
  bytesRead: number;
}

export class ZipDirectoryError extends Error {
  override readonly name = 'ZipDirectoryError';
}

export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
  body?: { cancel(): Promise<void> } | null;
}

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<FetchResponse>;

/**
 * Where the bytes of a range answer sit: its start and the archive's total size, from Content-Range. Anything but a
 * 206 with a Content-Range throws `fail(message)` (a 200 means the link ignores ranges); the body is left unread.
 */
export async function rangeOf(
  r: FetchResponse,
  fail: (message: string) => Error,
): Promise<{ start: number; total: number }> {
  if (r.status !== 206) {
    await r.body?.cancel().catch(() => undefined);
    throw fail(
      r.status === 200
        ? 'The download link does not support range requests'
        : `The download link answered HTTP ${r.status}`,
    );
  }
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(r.headers.get('content-range') ?? '');
  if (!m) throw fail('The download link answered without a Content-Range');
  return { start: Number(m[1]), total: Number(m[3]) };
}

/** Reads the central directory of the archive at `url` and returns its unzipped size. */
export async function readZipDirectory(
  url: string,
  opts: { fetch?: FetchLike; signal?: AbortSignal } = {},
): Promise<ZipDirectorySummary> {
  const doFetch: FetchLike = opts.fetch ?? ((u, init) => fetch(u, init));
  let requests = 0;
  let bytesRead = 0;
  let total = -1;

  const range = async (spec: string): Promise<ArchiveBytes> => {
    requests++;
    const r = await doFetch(url, { headers: { Range: `bytes=${spec}` }, signal: opts.signal });
    const at = await rangeOf(r, (message) => new ZipDirectoryError(message));
    total = at.total;
    const data = Buffer.from(await r.arrayBuffer());
    bytesRead += data.length;
    return { start: at.start, data };
  };

  const tail = await range(`-${TAIL_BYTES}`);
  const size = total;
  try {
    const { location, raw } = await directoryFromTail(tail, size, async (start, end) => {
      const more = await range(`${start}-${end}`);
      // The object behind the link must not change between requests.
      if (total !== size) throw new ZipDirectoryError('The archive changed while it was read');
      return more;
    });
    const entries = parseCentralDirectory(raw, location.count);
    const unzipped = entries.reduce((sum, e) => sum + e.size, 0);
    return { unzippedBytes: unzipped, entries: location.count, zippedBytes: size, requests, bytesRead };
  } catch (e) {
    throw e instanceof ZipFormatError ? new ZipDirectoryError(e.message) : e;
  }
}
