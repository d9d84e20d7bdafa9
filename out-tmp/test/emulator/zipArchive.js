"use strict";
// Just enough ZIP for the emulator: read the central directory of an archive (zip64 aware) to validate it and
// sum its uncompressed sizes, and build small deterministic "stored" archives for seeds and tests.
Object.defineProperty(exports, "__esModule", { value: true });
exports.InvalidZipError = void 0;
exports.readZipSummary = readZipSummary;
exports.buildZip = buildZip;
exports.buildZipClaimingSize = buildZipClaimingSize;
const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** Thrown for anything that is not a readable ZIP archive. */
class InvalidZipError extends Error {
    name = 'InvalidZipError';
}
exports.InvalidZipError = InvalidZipError;
function u64(buf, offset) {
    const value = buf.readBigUInt64LE(offset);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw new InvalidZipError(`zip64 value too large: ${value}`);
    return Number(value);
}
/** Parses the end-of-central-directory record and the central directory; throws InvalidZipError. */
function readZipSummary(buf) {
    if (buf.length < 22)
        throw new InvalidZipError(`archive too short: ${buf.length}`);
    let eocd = -1;
    const stop = Math.max(0, buf.length - 22 - 0xffff);
    for (let i = buf.length - 22; i >= stop; i--) {
        if (buf.readUInt32LE(i) === EOCD_SIG && i + 22 + buf.readUInt16LE(i + 20) === buf.length) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new InvalidZipError('no end of central directory record');
    let count = buf.readUInt16LE(eocd + 10);
    let cdSize = buf.readUInt32LE(eocd + 12);
    let cdOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
        const locator = eocd - 20;
        if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR_SIG)
            throw new InvalidZipError('missing zip64 locator');
        const rec = u64(buf, locator + 8);
        if (rec + 56 > buf.length || buf.readUInt32LE(rec) !== ZIP64_EOCD_SIG)
            throw new InvalidZipError('bad zip64 record');
        count = u64(buf, rec + 32);
        cdSize = u64(buf, rec + 40);
        cdOffset = u64(buf, rec + 48);
    }
    if (cdOffset + cdSize > buf.length)
        throw new InvalidZipError('central directory outside the archive');
    let pos = cdOffset;
    let total = 0;
    const names = [];
    for (let n = 0; n < count; n++) {
        if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CENTRAL_SIG)
            throw new InvalidZipError(`bad central entry: ${n}`);
        let size = buf.readUInt32LE(pos + 24);
        let compressed = buf.readUInt32LE(pos + 20);
        let localOffset = buf.readUInt32LE(pos + 42);
        const nameLen = buf.readUInt16LE(pos + 28);
        const extraLen = buf.readUInt16LE(pos + 30);
        const commentLen = buf.readUInt16LE(pos + 32);
        const name = buf.toString('utf8', pos + 46, pos + 46 + nameLen);
        if (size === 0xffffffff || compressed === 0xffffffff || localOffset === 0xffffffff) {
            let e = pos + 46 + nameLen;
            const end = e + extraLen;
            while (e + 4 <= end) {
                const id = buf.readUInt16LE(e);
                const len = buf.readUInt16LE(e + 2);
                if (id === 0x0001) {
                    let f = e + 4;
                    if (size === 0xffffffff) {
                        size = u64(buf, f);
                        f += 8;
                    }
                    if (compressed === 0xffffffff) {
                        compressed = u64(buf, f);
                        f += 8;
                    }
                    if (localOffset === 0xffffffff)
                        localOffset = u64(buf, f);
                }
                e += 4 + len;
            }
        }
        if (localOffset + 4 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL_SIG)
            throw new InvalidZipError(`bad local header: ${name}`);
        total += size;
        names.push(name);
        pos += 46 + nameLen + extraLen + commentLen;
    }
    return { entries: count, uncompressedSize: total, names };
}
const CRC_TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();
function crc32(data) {
    let c = 0xffffffff;
    for (const byte of data)
        c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
/**
 * Builds a deterministic "stored" (uncompressed) ZIP from path → content. Same input, same bytes
 * (fixed timestamp 2024-05-01 12:00), so seeds get stable CodeSha256 values.
 */
function buildZip(files) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    const dosTime = (12 << 11) | (0 << 5) | 0;
    const dosDate = ((2024 - 1980) << 9) | (5 << 5) | 1;
    for (const [path, content] of Object.entries(files)) {
        const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        const name = Buffer.from(path, 'utf8');
        const crc = crc32(data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(LOCAL_SIG, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(0x0800, 6);
        local.writeUInt16LE(0, 8);
        local.writeUInt16LE(dosTime, 10);
        local.writeUInt16LE(dosDate, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(data.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(name.length, 26);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(CENTRAL_SIG, 0);
        central.writeUInt16LE(0x031e, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(0x0800, 8);
        central.writeUInt16LE(dosTime, 12);
        central.writeUInt16LE(dosDate, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(data.length, 20);
        central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, data);
        centrals.push(central, name);
        offset += 30 + name.length + data.length;
    }
    const cd = Buffer.concat(centrals);
    const count = Object.keys(files).length;
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(EOCD_SIG, 0);
    eocd.writeUInt16LE(count, 8);
    eocd.writeUInt16LE(count, 10);
    eocd.writeUInt32LE(cd.length, 12);
    eocd.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, cd, eocd]);
}
/**
 * A tiny valid archive whose central directory *claims* `uncompressedSize` bytes for one entry (zip64 fields),
 * without the data: lets tests hit the 250 MB unzipped limit with a few hundred bytes. Only the central
 * directory is consulted for sizes, as AWS's pre-check does.
 */
function buildZipClaimingSize(name, uncompressedSize) {
    const zip = buildZip({ [name]: '' });
    // Rewrite the single central entry: sizes → 0xffffffff, append a zip64 extra field.
    const nameBuf = Buffer.from(name, 'utf8');
    const localLen = 30 + nameBuf.length;
    const central = Buffer.from(zip.subarray(localLen, localLen + 46 + nameBuf.length));
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt32LE(0xffffffff, 20);
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(uncompressedSize), 4);
    extra.writeBigUInt64LE(0n, 12);
    central.writeUInt16LE(extra.length, 30);
    const cd = Buffer.concat([central, extra]);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(EOCD_SIG, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(cd.length, 12);
    eocd.writeUInt32LE(localLen, 16);
    return Buffer.concat([zip.subarray(0, localLen), cd, eocd]);
}
//# sourceMappingURL=zipArchive.js.map