// Byte layouts of the zip records we write (APPNOTE 6.3.x). Everything here is deterministic: fixed DOS
// timestamp 1980-01-01 00:00, Unix "version made by", Unix mode in the external attributes, and no extra field
// other than the zip64 one (whose content depends only on sizes and offsets).

export const MAX32 = 0xffffffff;
export const MAX16 = 0xffff;
/** DOS time 00:00:00 and date 1980-01-01 ((0 << 9) | (1 << 5) | 1). */
export const DOS_TIME = 0;
export const DOS_DATE = 0x0021;
export const FLAG_UTF8 = 0x0800;
export const MODE_FILE = 0o100644;
export const MODE_EXECUTABLE = 0o100755;

const VERSION_DEFAULT = 20;
const VERSION_ZIP64 = 45;
const UNIX = 3;

export interface CentralRecord {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  executable: boolean;
}

export function encodeName(zipPath: string): { name: Buffer; flags: number } {
  const name = Buffer.from(zipPath, 'utf8');
  // eslint-disable-next-line no-control-regex
  return { name, flags: /^[\x00-\x7f]*$/.test(zipPath) ? 0 : FLAG_UTF8 };
}

export function localNeedsZip64(compressedSize: number, uncompressedSize: number, force: boolean): boolean {
  return force || compressedSize >= MAX32 || uncompressedSize >= MAX32;
}

export function localHeader(
  r: Omit<CentralRecord, 'localHeaderOffset' | 'executable'>,
  force: boolean,
): Buffer {
  const zip64 = localNeedsZip64(r.compressedSize, r.uncompressedSize, force);
  const extraLen = zip64 ? 20 : 0;
  // allocUnsafe: pooled and not zero-filled (every byte is written below); one Buffer.alloc per header made
  // 40,000 separate allocations for 20,000 files and most of the main thread's GC time.
  const b = Buffer.allocUnsafe(30 + r.name.length + extraLen);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFAULT, 4);
  b.writeUInt16LE(r.flags, 6);
  b.writeUInt16LE(r.method, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt32LE(r.crc >>> 0, 14);
  b.writeUInt32LE(zip64 ? MAX32 : r.compressedSize, 18);
  b.writeUInt32LE(zip64 ? MAX32 : r.uncompressedSize, 22);
  b.writeUInt16LE(r.name.length, 26);
  b.writeUInt16LE(extraLen, 28);
  r.name.copy(b, 30);
  if (zip64) {
    const at = 30 + r.name.length;
    b.writeUInt16LE(0x0001, at);
    b.writeUInt16LE(16, at + 2);
    b.writeBigUInt64LE(BigInt(r.uncompressedSize), at + 4);
    b.writeBigUInt64LE(BigInt(r.compressedSize), at + 12);
  }
  return b;
}

export function centralHeader(r: CentralRecord, force: boolean): Buffer {
  const bigU = force || r.uncompressedSize >= MAX32;
  const bigC = force || r.compressedSize >= MAX32;
  const bigO = force || r.localHeaderOffset >= MAX32;
  const extraData = (bigU ? 8 : 0) + (bigC ? 8 : 0) + (bigO ? 8 : 0);
  const extraLen = extraData > 0 ? 4 + extraData : 0;
  const version =
    extraLen > 0 || localNeedsZip64(r.compressedSize, r.uncompressedSize, force)
      ? VERSION_ZIP64
      : VERSION_DEFAULT;
  const b = Buffer.allocUnsafe(46 + r.name.length + extraLen); // every byte is written below
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE((UNIX << 8) | version, 4);
  b.writeUInt16LE(version, 6);
  b.writeUInt16LE(r.flags, 8);
  b.writeUInt16LE(r.method, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(r.crc >>> 0, 16);
  b.writeUInt32LE(bigC ? MAX32 : r.compressedSize, 20);
  b.writeUInt32LE(bigU ? MAX32 : r.uncompressedSize, 24);
  b.writeUInt16LE(r.name.length, 28);
  b.writeUInt16LE(extraLen, 30);
  b.writeUInt16LE(0, 32); // comment length
  b.writeUInt16LE(0, 34); // disk number start
  b.writeUInt16LE(0, 36); // internal attributes
  b.writeUInt32LE(((r.executable ? MODE_EXECUTABLE : MODE_FILE) * 0x10000) >>> 0, 38);
  b.writeUInt32LE(bigO ? MAX32 : r.localHeaderOffset, 42);
  r.name.copy(b, 46);
  if (extraLen > 0) {
    let at = 46 + r.name.length;
    b.writeUInt16LE(0x0001, at);
    b.writeUInt16LE(extraData, at + 2);
    at += 4;
    if (bigU) at = b.writeBigUInt64LE(BigInt(r.uncompressedSize), at);
    if (bigC) at = b.writeBigUInt64LE(BigInt(r.compressedSize), at);
    if (bigO) b.writeBigUInt64LE(BigInt(r.localHeaderOffset), at);
  }
  return b;
}

export function needsZip64End(entries: number, cdSize: number, cdOffset: number, force: boolean): boolean {
  return force || entries > MAX16 || cdSize >= MAX32 || cdOffset >= MAX32;
}

/** Zip64 end record + locator (when needed) + the classic end of central directory record. */
export function endRecords(entries: number, cdSize: number, cdOffset: number, force: boolean): Buffer {
  const zip64 = needsZip64End(entries, cdSize, cdOffset, force);
  const parts: Buffer[] = [];
  if (zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE((UNIX << 8) | VERSION_ZIP64, 12);
    rec.writeUInt16LE(VERSION_ZIP64, 14);
    rec.writeUInt32LE(0, 16);
    rec.writeUInt32LE(0, 20);
    rec.writeBigUInt64LE(BigInt(entries), 24);
    rec.writeBigUInt64LE(BigInt(entries), 32);
    rec.writeBigUInt64LE(BigInt(cdSize), 40);
    rec.writeBigUInt64LE(BigInt(cdOffset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeUInt32LE(0, 4);
    loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
    loc.writeUInt32LE(1, 16);
    parts.push(rec, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  const n16 = zip64 && (force || entries > MAX16) ? MAX16 : entries;
  end.writeUInt16LE(n16, 8);
  end.writeUInt16LE(n16, 10);
  end.writeUInt32LE(zip64 && (force || cdSize >= MAX32) ? MAX32 : cdSize, 12);
  end.writeUInt32LE(zip64 && (force || cdOffset >= MAX32) ? MAX32 : cdOffset, 16);
  end.writeUInt16LE(0, 20);
  parts.push(end);
  return Buffer.concat(parts);
}
