// Runs inside a worker_threads Worker (see deflatePool.ts). Reads files itself so the main thread never holds
// the input, deflates them (raw deflate, as zip wants) and sends back CRC, method and the compressed bytes.
// Small files come in batches and their outputs are packed into one transferred ArrayBuffer. The same worker
// also runs scanFolder's synchronous walk (folderWalk.ts), so a scan's worker is reused for deflating.
import * as fs from 'fs';
import { pipeline } from 'stream/promises';
import { Transform } from 'stream';
import { isMainThread, parentPort } from 'worker_threads';
import * as zlib from 'zlib';
import { crc32 } from './crc32';
import {
  compressedByName,
  deflatePiece,
  deflateWholeInto,
  DICTIONARY_BYTES,
  MEM_LEVEL,
  storedBlocks,
} from './deflateChoices';
import { walkFolderSync } from './folderWalk';
import { releaseLibdeflate } from './libdeflate';
import { changedError, checkUnchanged, openScanned, readSpan, readWhole } from './scannedFile';
import type { FileIdentity } from './scannedFile';
import type { WalkRequest, WalkResult } from './folderWalk';

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

export interface BatchRequest {
  id: number;
  kind: 'batch';
  level: number;
  files: readonly string[];
  /** Sizes seen by the scan, same order: the file must still have exactly that many bytes. */
  sizes?: readonly number[];
  /**
   * Identities seen by the scan, same order: device, inode and mtime per file, in one array (cheaper to send than an
   * object per file); NaN for a file without one (only the size and "a regular file" are checked).
   */
  ids?: Float64Array;
}
export interface LargeRequest {
  id: number;
  kind: 'large';
  level: number;
  absPath: string;
  /** Size seen by the scan (-1: not checked). */
  size: number;
  identity: FileIdentity | null;
  /** Where the deflated bytes are spilled; removed by the worker when storing is smaller. */
  spillPath: string;
}
/** One part of a file split for parallel deflate (see zipPlan.ts): bytes [start, end) of the scanned file. */
export interface PartRequest {
  id: number;
  kind: 'part';
  level: number;
  absPath: string;
  /** Size seen by the scan: the file must still have it. */
  size: number;
  identity: FileIdentity | null;
  start: number;
  end: number;
}
export type WorkerRequest = BatchRequest | LargeRequest | PartRequest;

/** scanFolder's request (not a pool request: it has its own progress messages). */
export interface ScanRequest {
  id: number;
  kind: 'scan';
  walk: WalkRequest;
}
export type ScanResponse =
  | { id: number; kind: 'scanProgress'; filesFound: number }
  | { id: number; kind: 'scan'; result: WalkResult }
  | { id: number; kind: 'scanError'; code: string; message: string };

/** Progress messages from the walk: one per this many files. */
export const SCAN_PROGRESS_EVERY = 250;

export type SmallResult =
  | { ok: true; size: number; crc: number; method: number; offset: number; length: number }
  | { ok: false; code: string; message: string };
export type LargeResult =
  | { ok: true; size: number; crc: number; method: number; compressedSize: number; spilled: boolean }
  | { ok: false; code: string; message: string };

/** A part's raw-deflate bytes (ending in a sync flush, or final for the file's last part) and its raw CRC. */
export type PartResult =
  { ok: true; crc: number; length: number } | { ok: false; code: string; message: string };

export type WorkerResponse =
  | ({ id: number; kind: 'batch' } & BatchResult)
  | { id: number; kind: 'large'; result: LargeResult }
  | { id: number; kind: 'part'; result: PartResult; data: ArrayBuffer };

function failure(err: unknown): { ok: false; code: string; message: string } {
  const e = err as NodeJS.ErrnoException;
  return { ok: false, code: e.code ?? 'EUNKNOWN', message: e.message ?? String(err) };
}

/** Numbers per file in a batch's result table: size (-1: failed, see failures), CRC, method, offset, length. */
export const BATCH_FIELDS = 5;

/**
 * A batch's results as they travel between threads: one transferred table of numbers rather than an object per
 * file (serializing 15,000 result objects cost the workers ~40 ms), the failures, and the compressed bytes.
 */
export interface BatchResult {
  table: Float64Array;
  failures: { index: number; code: string; message: string }[];
  data: ArrayBuffer;
}

/** The result for file `k` of a batch. */
export function batchEntry(res: BatchResult, k: number): SmallResult {
  const t = res.table;
  const at = k * BATCH_FIELDS;
  if (t[at]! < 0) {
    const f = res.failures.find((x) => x.index === k);
    return { ok: false, code: f?.code ?? 'EUNKNOWN', message: f?.message ?? 'failed' };
  }
  return {
    ok: true,
    size: t[at]!,
    crc: t[at + 1]!,
    method: t[at + 2]!,
    offset: t[at + 3]!,
    length: t[at + 4]!,
  };
}

/**
 * Where a batch's entries are written, then copied out: kept between a worker's batches (its pages are already
 * mapped; measured on the Node tree, ~50 ms less CPU than a buffer per entry), let go on the main thread.
 */
let batchScratch = new Uint8Array(0);

export function deflateBatch(req: BatchRequest): BatchResult {
  const table = new Float64Array(req.files.length * BATCH_FIELDS);
  const failures: BatchResult['failures'] = [];
  let total = 0;
  for (let i = 0; i < req.files.length; i++) {
    const file = req.files[i]!;
    const at = i * BATCH_FIELDS;
    try {
      const ids = req.ids;
      const id =
        ids && !Number.isNaN(ids[i * 3])
          ? { dev: ids[i * 3]!, ino: ids[i * 3 + 1]!, mtimeMs: ids[i * 3 + 2]! }
          : null;
      const raw = readWhole(file, req.sizes?.[i], id);
      // An entry takes at most its file's size: deflated only when smaller.
      if (batchScratch.length - total < raw.length) {
        const grown = new Uint8Array(Math.max(batchScratch.length * 2, total + raw.length, 1 << 20));
        grown.set(batchScratch.subarray(0, total));
        batchScratch = grown;
      }
      const deflated = deflateWholeInto(file, raw, req.level, batchScratch, total);
      // Stored: copied out of the shared read buffer before the next read reuses it.
      if (deflated === 0) batchScratch.set(raw, total);
      const length = deflated === 0 ? raw.length : deflated;
      table[at] = raw.length;
      table[at + 1] = crc32(raw);
      table[at + 2] = deflated === 0 ? METHOD_STORED : METHOD_DEFLATE;
      table[at + 3] = total;
      table[at + 4] = length;
      total += length;
    } catch (err) {
      table[at] = -1;
      const f = failure(err);
      failures.push({ index: i, code: f.code, message: f.message });
    }
  }
  // One fresh (unpooled) buffer of the batch's size, so it can be transferred without copying back.
  const data = batchScratch.slice(0, total).buffer;
  if (isMainThread) {
    // A re-pack with little to deflate runs here, in the extension host: keep nothing for the next one.
    batchScratch = new Uint8Array(0);
    releaseLibdeflate();
  }
  return { table, failures, data };
}

/**
 * Deflates bytes [start, end) of a file as one piece of a raw deflate stream, as pigz splits work: the 32 KiB before
 * `start` are the dictionary, and a sync flush (byte-aligned, not final) ends every part but the file's last, so the
 * parts concatenated are one stream; their CRCs combine (crc32Combine). The file must be the scanned one, unchanged
 * while read. A part whose first 64 KiB do not shrink is stored blocks (level 0). Depends on bytes and cuts only.
 */
export function deflatePart(req: PartRequest): { result: PartResult; data: ArrayBuffer } {
  try {
    const { fd, stat } = openScanned(req.absPath, req.size, req.identity);
    try {
      const from = Math.max(0, req.start - DICTIONARY_BYTES);
      const want = req.end - from;
      if (req.end > stat.size || req.start >= req.end) throw changedError();
      const read = readSpan(fd, from, want);
      checkUnchanged(fd, stat, read.length, want);
      const dictionary = read.subarray(0, req.start - from);
      const raw = read.subarray(req.start - from);
      const last = req.end === stat.size;
      const out = deflatePiece(req.absPath, { raw, dictionary, last }, req.level) ?? storedBlocks(raw, last);
      // A fresh buffer of its own, so it can be transferred.
      const data = new Uint8Array(out.length);
      data.set(out);
      return { result: { ok: true, crc: crc32(raw), length: raw.length }, data: data.buffer };
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    return { result: failure(err), data: new ArrayBuffer(0) };
  }
}

const SAMPLE_BYTES = 256 * 1024;

/**
 * Large files are stored without a full deflate pass when their first 256 KiB shrink by less than 2%
 * (archives, images, compressed binaries). Decided by content only, so output stays deterministic.
 */
function looksIncompressible(fd: number, level: number): boolean {
  const sample = Buffer.alloc(SAMPLE_BYTES);
  const bytesRead = fs.readSync(fd, sample, 0, SAMPLE_BYTES, 0);
  if (bytesRead < SAMPLE_BYTES) return false;
  return zlib.deflateRawSync(sample, { level, memLevel: MEM_LEVEL }).length >= bytesRead * 0.98;
}

export async function deflateLarge(req: LargeRequest): Promise<LargeResult> {
  let size = 0;
  let crc = 0;
  let compressedSize = 0;
  let opened: { fd: number; stat: fs.Stats } | undefined;
  try {
    opened = openScanned(req.absPath, req.size, req.identity);
    const { fd, stat } = opened;
    const read = (): fs.ReadStream =>
      fs.createReadStream('', { fd, start: 0, autoClose: false, highWaterMark: 1 << 20 });
    if (compressedByName(req.absPath) || looksIncompressible(fd, req.level)) {
      // Store without deflating the whole file: only the CRC needs a pass over the data. The writer copies the
      // bytes in a second read and checks them against this CRC.
      for await (const chunk of read()) {
        const b = chunk as Buffer;
        size += b.length;
        crc = crc32(b, crc);
      }
      checkUnchanged(fd, stat, size);
      return { ok: true, size, crc, method: METHOD_STORED, compressedSize: size, spilled: false };
    }
    const measure = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        crc = crc32(chunk, crc);
        done(null, chunk);
      },
    });
    const count = new Transform({
      transform(chunk: Buffer, _enc, done) {
        compressedSize += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(
      read(),
      measure,
      zlib.createDeflateRaw({ level: req.level, memLevel: MEM_LEVEL, chunkSize: 1 << 18 }),
      count,
      fs.createWriteStream(req.spillPath),
    );
    checkUnchanged(fd, stat, size);
    if (compressedSize >= size) {
      await fs.promises.rm(req.spillPath, { force: true });
      return { ok: true, size, crc, method: METHOD_STORED, compressedSize: size, spilled: false };
    }
    return { ok: true, size, crc, method: METHOD_DEFLATE, compressedSize, spilled: true };
  } catch (err) {
    await fs.promises.rm(req.spillPath, { force: true });
    return failure(err);
  } finally {
    if (opened) fs.closeSync(opened.fd);
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: WorkerRequest | ScanRequest) => {
    if (req.kind === 'scan') {
      let res: ScanResponse;
      try {
        const result = walkFolderSync(req.walk, (n) => {
          if (n % SCAN_PROGRESS_EVERY === 0) {
            const progress: ScanResponse = { id: req.id, kind: 'scanProgress', filesFound: n };
            port.postMessage(progress);
          }
        });
        res = { id: req.id, kind: 'scan', result };
      } catch (err) {
        const f = failure(err);
        res = { id: req.id, kind: 'scanError', code: f.code, message: f.message };
      }
      port.postMessage(res);
    } else if (req.kind === 'part') {
      const { result, data } = deflatePart(req);
      const res: WorkerResponse = { id: req.id, kind: 'part', result, data };
      port.postMessage(res, [data]);
    } else if (req.kind === 'batch') {
      const res: WorkerResponse = { id: req.id, kind: 'batch', ...deflateBatch(req) };
      port.postMessage(res, [res.data, res.table.buffer as ArrayBuffer]);
    } else {
      void deflateLarge(req).then((result) => {
        const res: WorkerResponse = { id: req.id, kind: 'large', result };
        port.postMessage(res);
      });
    }
  });
}
