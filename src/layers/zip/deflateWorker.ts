// Runs inside a worker_threads Worker (see deflatePool.ts). Reads files itself so the main thread never holds
// the input, deflates them (raw deflate, as zip wants) and sends back CRC, method and the compressed bytes.
// Small files come in batches and their outputs are packed into one transferred ArrayBuffer. The same worker
// also runs scanFolder's synchronous walk (folderWalk.ts), so a scan's worker is reused for deflating.
import * as fs from 'fs';
import { pipeline } from 'stream/promises';
import { Transform } from 'stream';
import { parentPort } from 'worker_threads';
import * as zlib from 'zlib';
import { crc32 } from './crc32';
import { walkFolderSync } from './folderWalk';
import type { WalkRequest, WalkResult } from './folderWalk';

/** zlib's largest hash table (default 8): same level 6 matching, measured no slower here; fixed so bytes stay stable. */
const MEM_LEVEL = 9;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

export interface BatchRequest {
  id: number;
  kind: 'batch';
  level: number;
  files: readonly string[];
  /** Sizes seen by the scan, same order: a read that returns exactly that many bytes ends the file. */
  sizes?: readonly number[];
}
export interface LargeRequest {
  id: number;
  kind: 'large';
  level: number;
  absPath: string;
  /** Where the deflated bytes are spilled; removed by the worker when storing is smaller. */
  spillPath: string;
}
export type WorkerRequest = BatchRequest | LargeRequest;

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

export type WorkerResponse =
  | { id: number; kind: 'batch'; results: SmallResult[]; data: ArrayBuffer }
  | { id: number; kind: 'large'; result: LargeResult };

function failure(err: unknown): { ok: false; code: string; message: string } {
  const e = err as NodeJS.ErrnoException;
  return { ok: false, code: e.code ?? 'EUNKNOWN', message: e.message ?? String(err) };
}

/** One read buffer per worker, grown on demand: reading into fresh buffers made V8 hold up to ~64 MB of dead
 * external memory per worker before collecting it (peak RSS), for no gain. */
let readBuffer = Buffer.allocUnsafeSlow(1 << 20);

/**
 * The whole file as a view into `readBuffer` (valid until the next call). When the first reads return exactly
 * `expected` bytes and stopped short of the buffer's end, that is the end of the file and the read that would
 * return 0 is skipped (one syscall and binding call less per file: ~20,000 for a node_modules tree).
 */
function readWhole(file: string, expected = -1): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) {
        const bigger = Buffer.allocUnsafeSlow(readBuffer.length * 2);
        readBuffer.copy(bigger, 0, 0, length);
        readBuffer = bigger;
      }
      const n = fs.readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === expected && length < readBuffer.length) break;
    }
    return readBuffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

export function deflateBatch(req: BatchRequest): { results: SmallResult[]; data: ArrayBuffer } {
  const outputs: Uint8Array[] = [];
  const results: SmallResult[] = [];
  let total = 0;
  for (let i = 0; i < req.files.length; i++) {
    const file = req.files[i]!;
    try {
      const raw = readWhole(file, req.sizes?.[i]);
      const deflated =
        raw.length === 0 ? raw : zlib.deflateRawSync(raw, { level: req.level, memLevel: MEM_LEVEL });
      const stored = deflated.length >= raw.length;
      // A stored file is copied out of the shared read buffer before the next read reuses it.
      const out = stored ? Buffer.from(raw) : deflated;
      results.push({
        ok: true,
        size: raw.length,
        crc: crc32(raw),
        method: stored ? METHOD_STORED : METHOD_DEFLATE,
        offset: total,
        length: out.length,
      });
      outputs.push(out);
      total += out.length;
    } catch (err) {
      results.push(failure(err));
    }
  }
  // One fresh (unpooled) buffer so it can be transferred without copying back.
  const packed = new Uint8Array(total);
  let at = 0;
  for (const out of outputs) {
    packed.set(out, at);
    at += out.length;
  }
  return { results, data: packed.buffer };
}

const SAMPLE_BYTES = 256 * 1024;

/**
 * Large files are stored without a full deflate pass when their first 256 KiB shrink by less than 2%
 * (archives, images, compressed binaries). Decided by content only, so output stays deterministic.
 */
async function looksIncompressible(absPath: string, level: number): Promise<boolean> {
  const fh = await fs.promises.open(absPath, 'r');
  try {
    const sample = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await fh.read(sample, 0, SAMPLE_BYTES, 0);
    if (bytesRead < SAMPLE_BYTES) return false;
    return zlib.deflateRawSync(sample, { level, memLevel: MEM_LEVEL }).length >= bytesRead * 0.98;
  } finally {
    await fh.close();
  }
}

export async function deflateLarge(req: LargeRequest): Promise<LargeResult> {
  let size = 0;
  let crc = 0;
  let compressedSize = 0;
  try {
    if (await looksIncompressible(req.absPath, req.level)) {
      // Store without deflating the whole file: only the CRC needs a pass over the data.
      for await (const chunk of fs.createReadStream(req.absPath, { highWaterMark: 1 << 20 })) {
        const b = chunk as Buffer;
        size += b.length;
        crc = crc32(b, crc);
      }
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
      fs.createReadStream(req.absPath, { highWaterMark: 1 << 20 }),
      measure,
      zlib.createDeflateRaw({ level: req.level, memLevel: MEM_LEVEL, chunkSize: 1 << 18 }),
      count,
      fs.createWriteStream(req.spillPath),
    );
    if (compressedSize >= size) {
      await fs.promises.rm(req.spillPath, { force: true });
      return { ok: true, size, crc, method: METHOD_STORED, compressedSize: size, spilled: false };
    }
    return { ok: true, size, crc, method: METHOD_DEFLATE, compressedSize, spilled: true };
  } catch (err) {
    await fs.promises.rm(req.spillPath, { force: true });
    return failure(err);
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
    } else if (req.kind === 'batch') {
      const { results, data } = deflateBatch(req);
      const res: WorkerResponse = { id: req.id, kind: 'batch', results, data };
      port.postMessage(res, [data]);
    } else {
      void deflateLarge(req).then((result) => {
        const res: WorkerResponse = { id: req.id, kind: 'large', result };
        port.postMessage(res);
      });
    }
  });
}
