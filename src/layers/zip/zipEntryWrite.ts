// Writing one entry into the archive: its local header (and central record, kept for the end) and what the new
// pack remembers of it; and the folder the pack cache keeps an archive under by default.
import * as path from 'path';
import type { CacheableEntry, PackWriter } from './packCache';
import {
  centralHeaderLength,
  localHeaderLength,
  nameBytes,
  nameFlags,
  writeCentralHeader,
  writeLocalHeader,
} from './zipRecords';
import type { CentralRecord } from './zipRecords';
import type { Bytes, Sink } from './zipSink';
import { crc32 } from './crc32';
import { METHOD_DEFLATE, METHOD_STORED } from './deflateWorker';
import { copyInto } from './zipEntryIo';

/** The folder holding every entry: what the cache keeps an archive under by default. */
export function commonFolder(entries: readonly CacheableEntry[]): string {
  let prefix = entries.length > 0 ? path.dirname(entries[0]!.absPath) : '';
  for (const e of entries) {
    while (!e.absPath.startsWith(prefix + path.sep) && path.dirname(prefix) !== prefix)
      prefix = path.dirname(prefix);
  }
  return prefix;
}

export function remember(
  packOut: PackWriter | undefined,
  e: CacheableEntry,
  dataAt: number,
  method: number,
  crc: number,
  compressedSize: number,
  dataCrc: number,
): void {
  if (!packOut) return;
  if (e.dev === undefined || e.ino === undefined || e.mtimeMs === undefined) return packOut.skip();
  packOut.record(e as Required<CacheableEntry>, dataAt, compressedSize, method, crc, dataCrc);
}

/** The central directory as it is built: one buffer of headers, and their count. */
export interface CentralDirectory {
  bytes: Bytes;
  count: number;
}

/** One record object for every header written (the writer is synchronous here): no object per entry. */
const header: CentralRecord = {
  name: '',
  flags: 0,
  method: 0,
  crc: 0,
  compressedSize: 0,
  uncompressedSize: 0,
  localHeaderOffset: 0,
  executable: false,
};

export function writeEntry(
  sink: Sink,
  central: CentralDirectory,
  entry: CacheableEntry,
  method: number,
  crc: number,
  compressedSize: number,
  uncompressedSize: number,
  force: boolean,
): void {
  const length = nameBytes(entry.zipPath);
  header.name = entry.zipPath;
  header.flags = nameFlags(entry.zipPath, length);
  header.method = method;
  header.crc = crc;
  header.compressedSize = compressedSize;
  header.uncompressedSize = uncompressedSize;
  header.localHeaderOffset = sink.offset;
  header.executable = entry.executable;
  // Room first: reserving may replace the buffer.
  const cdAt = central.bytes.reserve(centralHeaderLength(header, length, force));
  writeCentralHeader(central.bytes.buf, cdAt, header, length, force);
  central.count++;
  const at = sink.reserve(localHeaderLength(header, length, force));
  writeLocalHeader(sink.buffer, at, header, length, force);
}

/**
 * Writes a file deflated in parts (zipPlan.ts): the parts in order, or, when deflate did not shrink it, the file
 * stored, read again and checked against the parts' CRC.
 */
export async function writeParted(
  sink: Sink,
  central: CentralDirectory,
  packOut: PackWriter | undefined,
  entry: CacheableEntry,
  got: { crc: number; compressed: number; parts: readonly Buffer[] },
  force: boolean,
  signal?: AbortSignal,
): Promise<void> {
  const { crc, compressed } = got;
  if (compressed >= entry.size) {
    writeEntry(sink, central, entry, METHOD_STORED, crc, entry.size, entry.size, force);
    const dataAt = sink.offset;
    const dataCrc = await copyInto(sink, entry.absPath, entry.size, entry, crc, signal);
    remember(packOut, entry, dataAt, METHOD_STORED, crc, entry.size, dataCrc);
    return;
  }
  writeEntry(sink, central, entry, METHOD_DEFLATE, crc, compressed, entry.size, force);
  const dataAt = sink.offset;
  let dataCrc = 0;
  for (const part of got.parts) {
    dataCrc = crc32(part, dataCrc);
    sink.append(part);
    if (sink.full()) await sink.flush();
  }
  remember(packOut, entry, dataAt, METHOD_DEFLATE, crc, compressed, dataCrc);
}
