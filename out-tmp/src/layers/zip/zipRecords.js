"use strict";
// Byte layouts of the zip records we write (APPNOTE 6.3.x). Everything here is deterministic: fixed DOS
// timestamp 1980-01-01 00:00, Unix "version made by", Unix mode in the external attributes, and no extra field
// other than the zip64 one (whose content depends only on sizes and offsets).
Object.defineProperty(exports, "__esModule", { value: true });
exports.MODE_EXECUTABLE = exports.MODE_FILE = exports.FLAG_UTF8 = exports.DOS_DATE = exports.DOS_TIME = exports.MAX16 = exports.MAX32 = void 0;
exports.encodeName = encodeName;
exports.nameBytes = nameBytes;
exports.nameFlags = nameFlags;
exports.localNeedsZip64 = localNeedsZip64;
exports.localHeaderLength = localHeaderLength;
exports.writeLocalHeader = writeLocalHeader;
exports.localHeader = localHeader;
exports.centralHeaderLength = centralHeaderLength;
exports.writeCentralHeader = writeCentralHeader;
exports.centralHeader = centralHeader;
exports.needsZip64End = needsZip64End;
exports.endRecords = endRecords;
exports.MAX32 = 0xffffffff;
exports.MAX16 = 0xffff;
/** DOS time 00:00:00 and date 1980-01-01 ((0 << 9) | (1 << 5) | 1). */
exports.DOS_TIME = 0;
exports.DOS_DATE = 0x0021;
exports.FLAG_UTF8 = 0x0800;
exports.MODE_FILE = 0o100644;
exports.MODE_EXECUTABLE = 0o100755;
const VERSION_DEFAULT = 20;
const VERSION_ZIP64 = 45;
const UNIX = 3;
function encodeName(zipPath) {
    const name = Buffer.from(zipPath, 'utf8');
    return { name, flags: nameFlags(zipPath, name.length) };
}
/** The UTF-8 length of a name. */
function nameBytes(name) {
    return typeof name === 'string' ? Buffer.byteLength(name, 'utf8') : name.length;
}
/** The UTF-8 flag, set for a name that is not plain ASCII (its UTF-8 is longer than its UTF-16 code units). */
function nameFlags(zipPath, utf8Length) {
    return utf8Length === zipPath.length ? 0 : exports.FLAG_UTF8;
}
function writeName(b, at, name, length) {
    if (typeof name === 'string')
        b.write(name, at, length, 'utf8');
    else
        name.copy(b, at);
}
function localNeedsZip64(compressedSize, uncompressedSize, force) {
    return force || compressedSize >= exports.MAX32 || uncompressedSize >= exports.MAX32;
}
/**
 * The 26 bytes both headers share, from "version needed to extract" to "extra field length" (APPNOTE 4.3.7 and
 * 4.3.12); a size in the zip64 extra field is MAX32 here.
 */
function writeSharedFields(b, at, version, r, bigCompressed, bigUncompressed, nameLength, extraLength) {
    b.writeUInt16LE(version, at);
    b.writeUInt16LE(r.flags, at + 2);
    b.writeUInt16LE(r.method, at + 4);
    b.writeUInt16LE(exports.DOS_TIME, at + 6);
    b.writeUInt16LE(exports.DOS_DATE, at + 8);
    b.writeUInt32LE(r.crc >>> 0, at + 10);
    b.writeUInt32LE(bigCompressed ? exports.MAX32 : r.compressedSize, at + 14);
    b.writeUInt32LE(bigUncompressed ? exports.MAX32 : r.uncompressedSize, at + 18);
    b.writeUInt16LE(nameLength, at + 22);
    b.writeUInt16LE(extraLength, at + 24);
}
/** The length of an entry's local header, for a name of `nameLength` UTF-8 bytes. */
function localHeaderLength(r, nameLength, force) {
    return 30 + nameLength + (localNeedsZip64(r.compressedSize, r.uncompressedSize, force) ? 20 : 0);
}
/**
 * Writes an entry's local header into `b` at `at` (localHeaderLength bytes): straight into the writer's buffer, no
 * Buffer per header (30,000 of them for 15,000 files were most of the main thread's garbage).
 */
function writeLocalHeader(b, at, r, nameLength, force) {
    const zip64 = localNeedsZip64(r.compressedSize, r.uncompressedSize, force);
    b.writeUInt32LE(0x04034b50, at);
    writeSharedFields(b, at + 4, zip64 ? VERSION_ZIP64 : VERSION_DEFAULT, r, zip64, zip64, nameLength, zip64 ? 20 : 0);
    writeName(b, at + 30, r.name, nameLength);
    if (zip64) {
        const x = at + 30 + nameLength;
        b.writeUInt16LE(0x0001, x);
        b.writeUInt16LE(16, x + 2);
        b.writeBigUInt64LE(BigInt(r.uncompressedSize), x + 4);
        b.writeBigUInt64LE(BigInt(r.compressedSize), x + 12);
    }
}
function localHeader(r, force) {
    const n = nameBytes(r.name);
    const b = Buffer.allocUnsafe(localHeaderLength(r, n, force)); // every byte is written
    writeLocalHeader(b, 0, r, n, force);
    return b;
}
/** The zip64 extra field's data length of a central header (0: none). */
function centralExtraData(r, force) {
    return ((force || r.uncompressedSize >= exports.MAX32 ? 8 : 0) +
        (force || r.compressedSize >= exports.MAX32 ? 8 : 0) +
        (force || r.localHeaderOffset >= exports.MAX32 ? 8 : 0));
}
function centralHeaderLength(r, nameLength, force) {
    const extraData = centralExtraData(r, force);
    return 46 + nameLength + (extraData > 0 ? 4 + extraData : 0);
}
/** Writes an entry's central directory header into `b` at `at` (centralHeaderLength bytes). */
function writeCentralHeader(b, at, r, nameLength, force) {
    const bigU = force || r.uncompressedSize >= exports.MAX32;
    const bigC = force || r.compressedSize >= exports.MAX32;
    const bigO = force || r.localHeaderOffset >= exports.MAX32;
    const extraData = centralExtraData(r, force);
    const extraLen = extraData > 0 ? 4 + extraData : 0;
    const version = extraLen > 0 || localNeedsZip64(r.compressedSize, r.uncompressedSize, force)
        ? VERSION_ZIP64
        : VERSION_DEFAULT;
    b.writeUInt32LE(0x02014b50, at);
    b.writeUInt16LE((UNIX << 8) | version, at + 4);
    writeSharedFields(b, at + 6, version, r, bigC, bigU, nameLength, extraLen);
    b.writeUInt16LE(0, at + 32); // comment length
    b.writeUInt16LE(0, at + 34); // disk number start
    b.writeUInt16LE(0, at + 36); // internal attributes
    b.writeUInt32LE(((r.executable ? exports.MODE_EXECUTABLE : exports.MODE_FILE) * 0x10000) >>> 0, at + 38);
    b.writeUInt32LE(bigO ? exports.MAX32 : r.localHeaderOffset, at + 42);
    writeName(b, at + 46, r.name, nameLength);
    if (extraLen > 0) {
        let x = at + 46 + nameLength;
        b.writeUInt16LE(0x0001, x);
        b.writeUInt16LE(extraData, x + 2);
        x += 4;
        if (bigU)
            x = b.writeBigUInt64LE(BigInt(r.uncompressedSize), x);
        if (bigC)
            x = b.writeBigUInt64LE(BigInt(r.compressedSize), x);
        if (bigO)
            b.writeBigUInt64LE(BigInt(r.localHeaderOffset), x);
    }
}
function centralHeader(r, force) {
    const n = nameBytes(r.name);
    const b = Buffer.allocUnsafe(centralHeaderLength(r, n, force)); // every byte is written
    writeCentralHeader(b, 0, r, n, force);
    return b;
}
function needsZip64End(entries, cdSize, cdOffset, force) {
    return force || entries > exports.MAX16 || cdSize >= exports.MAX32 || cdOffset >= exports.MAX32;
}
/** Zip64 end record + locator (when needed) + the classic end of central directory record. */
function endRecords(entries, cdSize, cdOffset, force) {
    const zip64 = needsZip64End(entries, cdSize, cdOffset, force);
    const parts = [];
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
    const n16 = zip64 && (force || entries > exports.MAX16) ? exports.MAX16 : entries;
    end.writeUInt16LE(n16, 8);
    end.writeUInt16LE(n16, 10);
    end.writeUInt32LE(zip64 && (force || cdSize >= exports.MAX32) ? exports.MAX32 : cdSize, 12);
    end.writeUInt32LE(zip64 && (force || cdOffset >= exports.MAX32) ? exports.MAX32 : cdOffset, 16);
    end.writeUInt16LE(0, 20);
    parts.push(end);
    return Buffer.concat(parts);
}
//# sourceMappingURL=zipRecords.js.map