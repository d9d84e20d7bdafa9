"use strict";
// Parses a zip archive's end records and central directory (APPNOTE 6.3.x, zip64 aware) into plain entries.
// Pure functions over buffers: remoteArchive.ts fetches the bytes with Range requests. No vscode.
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZipFormatError = exports.TAIL_BYTES = exports.LOCAL_SIG = exports.EOCD_SIG = void 0;
exports.locateDirectory = locateDirectory;
exports.parseZip64Record = parseZip64Record;
exports.directoryFromTail = directoryFromTail;
exports.parseCentralDirectory = parseCentralDirectory;
exports.localDataStart = localDataStart;
exports.EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
exports.LOCAL_SIG = 0x04034b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
/** EOCD (22) + the longest comment (65535) + zip64 locator (20) + zip64 record (56). */
exports.TAIL_BYTES = 22 + 0xffff + 20 + 56;
class ZipFormatError extends Error {
    name = 'ZipFormatError';
}
exports.ZipFormatError = ZipFormatError;
function u64(buf, offset) {
    const v = buf.readBigUInt64LE(offset);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipFormatError(`zip64 value too large: ${v}`);
    return Number(v);
}
/**
 * Finds the end of central directory record in `tail` (the archive's last bytes, starting at `tailStart`).
 * Returns the location, or the zip64 record's offset when the archive needs one and `tail` does not hold it.
 */
function locateDirectory(tail, tailStart, archiveSize) {
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === exports.EOCD_SIG && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipFormatError('Not a ZIP archive: no end of central directory record');
    const count = tail.readUInt16LE(eocd + 10);
    const size = tail.readUInt32LE(eocd + 12);
    const offset = tail.readUInt32LE(eocd + 16);
    if (count !== MAX16 && size !== MAX32 && offset !== MAX32)
        return checked({ offset, size, count }, archiveSize);
    if (eocd < 20 || tail.readUInt32LE(eocd - 20) !== ZIP64_LOCATOR_SIG)
        throw new ZipFormatError('Missing zip64 locator');
    const recordAt = u64(tail, eocd - 20 + 8);
    if (recordAt >= tailStart && recordAt + 56 <= tailStart + tail.length)
        return parseZip64Record(tail.subarray(recordAt - tailStart, recordAt - tailStart + 56), archiveSize);
    return { zip64RecordAt: recordAt };
}
function parseZip64Record(record, archiveSize) {
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIG)
        throw new ZipFormatError('Bad zip64 end of central directory record');
    return checked({ count: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) }, archiveSize);
}
function checked(loc, archiveSize) {
    if (loc.offset + loc.size > archiveSize)
        throw new ZipFormatError('Central directory outside the archive');
    return loc;
}
/**
 * The central directory's location and bytes, from the archive's `tail` (its last TAIL_BYTES, or all of it) and
 * size: the zip64 record and the part of the directory the tail does not hold are read through `read`, and each
 * answer must start where it was asked to and be as long (else ZipFormatError).
 */
async function directoryFromTail(tail, archiveSize, read) {
    const exactly = async (start, length) => {
        const got = await read(start, start + length - 1);
        if (got.start !== start || got.data.length !== length)
            throw new ZipFormatError('Short range answer');
        return got.data;
    };
    const found = locateDirectory(tail.data, tail.start, archiveSize);
    const location = 'zip64RecordAt' in found ? parseZip64Record(await exactly(found.zip64RecordAt, 56), archiveSize) : found;
    const { offset, size } = location;
    let raw;
    if (offset >= tail.start)
        raw = tail.data.subarray(offset - tail.start, offset - tail.start + size);
    else if (size === 0)
        raw = Buffer.alloc(0);
    else {
        // Only the part the tail does not already hold.
        const head = await exactly(offset, Math.min(offset + size, tail.start) - offset);
        const rest = offset + size > tail.start ? tail.data.subarray(0, offset + size - tail.start) : Buffer.alloc(0);
        raw = Buffer.concat([head, rest]);
    }
    if (raw.length !== size)
        throw new ZipFormatError('Short central directory');
    return { location, raw };
}
/** The entries of a central directory (`cd` = exactly its bytes). */
function parseCentralDirectory(cd, count) {
    const entries = [];
    let pos = 0;
    for (let n = 0; n < count; n++) {
        if (pos + 46 > cd.length || cd.readUInt32LE(pos) !== CENTRAL_SIG)
            throw new ZipFormatError(`Bad central directory entry: ${n}`);
        const madeBy = cd.readUInt16LE(pos + 4) >> 8;
        const flags = cd.readUInt16LE(pos + 8);
        const method = cd.readUInt16LE(pos + 10);
        const crc = cd.readUInt32LE(pos + 16);
        let compressedSize = cd.readUInt32LE(pos + 20);
        let size = cd.readUInt32LE(pos + 24);
        const nameLen = cd.readUInt16LE(pos + 28);
        const extraLen = cd.readUInt16LE(pos + 30);
        const commentLen = cd.readUInt16LE(pos + 32);
        const external = cd.readUInt32LE(pos + 38);
        let localHeaderOffset = cd.readUInt32LE(pos + 42);
        const nameStart = pos + 46;
        if (nameStart + nameLen + extraLen > cd.length)
            throw new ZipFormatError(`Truncated entry: ${n}`);
        const name = cd.toString('utf8', nameStart, nameStart + nameLen);
        if (size === MAX32 || compressedSize === MAX32 || localHeaderOffset === MAX32) {
            // zip64 extended information (0x0001): only the overflowed fields, in this order.
            let e = nameStart + nameLen;
            const end = e + extraLen;
            let found = false;
            while (e + 4 <= end) {
                const id = cd.readUInt16LE(e);
                const len = cd.readUInt16LE(e + 2);
                if (id === 0x0001) {
                    let at = e + 4;
                    const next = () => {
                        if (at + 8 > e + 4 + len)
                            throw new ZipFormatError(`Short zip64 field: ${name}`);
                        const v = u64(cd, at);
                        at += 8;
                        return v;
                    };
                    if (size === MAX32)
                        size = next();
                    if (compressedSize === MAX32)
                        compressedSize = next();
                    if (localHeaderOffset === MAX32)
                        localHeaderOffset = next();
                    found = true;
                    break;
                }
                e += 4 + len;
            }
            if (!found)
                throw new ZipFormatError(`Missing zip64 field: ${name}`);
        }
        const mode = madeBy === 3 ? external >>> 16 : 0;
        const type = mode & S_IFMT;
        entries.push({
            name,
            crc32: crc,
            compressedSize,
            size,
            method,
            flags,
            localHeaderOffset,
            nameBytes: nameLen,
            extraBytes: extraLen,
            mode,
            isDirectory: name.endsWith('/') || type === S_IFDIR || (external & 0x10) !== 0,
            isSymlink: type === S_IFLNK,
            executable: type !== S_IFLNK && (mode & 0o111) !== 0,
        });
        pos = nameStart + nameLen + extraLen + commentLen;
    }
    return entries;
}
/** Where an entry's data starts, from its local header (which `buf` holds from its first byte). */
function localDataStart(buf, entry) {
    if (buf.length < 30)
        return { needBytes: 30 };
    if (buf.readUInt32LE(0) !== exports.LOCAL_SIG)
        throw new ZipFormatError(`Bad local header: ${entry.name}`);
    return 30 + buf.readUInt16LE(26) + buf.readUInt16LE(28);
}
//# sourceMappingURL=zipCentral.js.map