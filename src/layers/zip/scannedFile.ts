// Reading a file the scan listed (deflateWorker.ts, zipEntryIo.ts): opened without following a symlink or blocking
// on a FIFO, and refused (CHANGED) unless it is the regular file the scan saw, unchanged while read.
import * as fs from 'fs';
import { NOFOLLOW, NONBLOCK } from './folderWalk';

/** What the scan saw of a file: packaging refuses anything else found at its path. */
export interface FileIdentity {
  dev: number;
  ino: number;
  mtimeMs: number;
}

/** The file is not the one that was scanned (swapped, rewritten, grown, or now a symlink, FIFO or device). */
export const CHANGED = 'ECHANGED';

export function changedError(): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error('changed while packaging');
  e.code = CHANGED;
  return e;
}

/**
 * Opens a file for packaging without following a symlink in its last component and without blocking on a FIFO,
 * and checks that it is the regular file the scan saw (device, inode, mtime, size). A symlink or a different
 * file found there means it changed underfoot: thrown as CHANGED. The caller closes the descriptor.
 */
export function openScanned(
  file: string,
  size: number,
  id: FileIdentity | null | undefined,
): { fd: number; stat: fs.Stats } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK' || code === 'ENXIO') throw changedError();
    throw err;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || (size >= 0 && stat.size !== size) || (id && !sameFile(stat, id)))
      throw changedError();
    return { fd, stat };
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
}

export function sameFile(stat: fs.Stats, id: FileIdentity): boolean {
  return stat.dev === id.dev && stat.ino === id.ino && stat.mtimeMs === id.mtimeMs;
}

/**
 * After reading `wanted` bytes (the whole file by default): all were read, and the file was not written to meanwhile
 * (size and mtime as when it was opened).
 */
export function checkUnchanged(fd: number, before: fs.Stats, bytesRead: number, wanted = before.size): void {
  const after = fs.fstatSync(fd);
  if (bytesRead !== wanted || after.size !== before.size || after.mtimeMs !== before.mtimeMs)
    throw changedError();
}

/** One read buffer per worker, grown on demand: reading into fresh buffers made V8 hold up to ~64 MB of dead
 * external memory per worker before collecting it (peak RSS), for no gain. */
let readBuffer = Buffer.allocUnsafeSlow(1 << 20);

/**
 * Reads up to `length` bytes of `fd` from `position` into the worker's read buffer (grown as needed): a view of what
 * was read, valid until the next read.
 */
export function readSpan(fd: number, position: number, length: number): Buffer {
  if (readBuffer.length < length) {
    let n = readBuffer.length;
    while (n < length) n *= 2;
    readBuffer = Buffer.allocUnsafeSlow(n);
  }
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, readBuffer, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return readBuffer.subarray(0, done);
}

/**
 * The whole file as a view into `readBuffer` (valid until the next call), checked to be the scanned file (see
 * openScanned) and unchanged while read. Reading stops at the size fstat gave (no extra read returning 0).
 */
export function readWhole(file: string, expected = -1, id?: FileIdentity | null): Buffer {
  const { fd, stat } = openScanned(file, expected, id);
  try {
    const read = readSpan(fd, 0, stat.size);
    checkUnchanged(fd, stat, read.length);
    return read;
  } finally {
    fs.closeSync(fd);
  }
}
