"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_INDEX_BYTES = exports.TRAILER = exports.MAGIC = exports.PACK_VERSION = void 0;
exports.statDigest = statDigest;
exports.recordDigest = recordDigest;
exports.sameAsScanned = sameAsScanned;
exports.parseTrailer = parseTrailer;
exports.encodeTrailer = encodeTrailer;
// The pack file's own parts (packCache.ts): what an entry is compared on, the digest of those identities, and the
// trailer at the end of every pack. A pack is the archive's bytes, then its index (packIndex.ts), then the trailer.
const crypto_1 = require("crypto");
const packIndex_1 = require("./packIndex");
/** 4: whole files of 4 KiB-2 MiB deflated by libdeflate, so entries cached by version 3 differ from a clean build. */
exports.PACK_VERSION = 4;
exports.MAGIC = 0x4b50584c; // 'LXPK'
/** index offset (8), index length (4), index CRC (4), stat digest (32), archive SHA-256 (32), magic (4) */
exports.TRAILER = 84;
exports.MAX_INDEX_BYTES = 256 * 1024 * 1024;
/**
 * SHA-256 over every entry's zip path and identity, in archive order, in one binary form (path, NUL, five numbers):
 * a string and a hash update per entry took ~9 ms for 15,000 entries, this ~2 ms.
 */
class IdentityDigest {
    hash = (0, crypto_1.createHash)('sha256');
    buf = Buffer.allocUnsafe(64 * 1024);
    at = 0;
    add(p, d, i, s, m, x) {
        // A path is at most 65,535 UTF-8 bytes (a zip name), each UTF-16 unit at most 3 bytes.
        if (this.at + p.length * 3 + 42 > this.buf.length) {
            this.hash.update(this.buf.subarray(0, this.at));
            this.at = 0;
        }
        if (p.length * 3 + 42 > this.buf.length)
            this.hash.update(Buffer.from(p, 'utf8'));
        else
            this.at += this.buf.write(p, this.at, 'utf8');
        const b = this.buf;
        b[this.at++] = 0;
        this.at = b.writeDoubleLE(d, this.at);
        this.at = b.writeDoubleLE(i, this.at);
        this.at = b.writeDoubleLE(s, this.at);
        this.at = b.writeDoubleLE(m, this.at);
        b[this.at++] = x;
    }
    digest() {
        this.hash.update(this.buf.subarray(0, this.at));
        return this.hash.digest();
    }
}
/**
 * One digest of every entry's zip path and identity as scanned, in archive order: equal digests mean the same
 * files, unchanged (by stat data), so the archive would be the same.
 */
function statDigest(entries) {
    const h = new IdentityDigest();
    for (const e of entries) {
        if (e.dev === undefined || e.ino === undefined || e.mtimeMs === undefined)
            return undefined;
        h.add(e.zipPath, e.dev, e.ino, e.size, e.mtimeMs, e.executable ? 1 : 0);
    }
    return h.digest();
}
/** The same digest over a pack's records (what statDigest gave for the entries they were made from). */
function recordDigest(names, numbers) {
    const h = new IdentityDigest();
    for (let k = 0, at = 0; k < names.length; k++, at += packIndex_1.FIELDS)
        h.add(names[k], numbers[at + packIndex_1.F.d], numbers[at + packIndex_1.F.i], numbers[at + packIndex_1.F.s], numbers[at + packIndex_1.F.m], numbers[at + packIndex_1.F.x]);
    return h.digest();
}
/** Whether record `k` of `index` is `e` as scanned now (same zip path and identity). */
function sameAsScanned(index, k, e) {
    const n = index.numbers;
    const at = k * packIndex_1.FIELDS;
    return (index.names[k] === e.zipPath &&
        n[at + packIndex_1.F.d] === e.dev &&
        n[at + packIndex_1.F.i] === e.ino &&
        n[at + packIndex_1.F.s] === e.size &&
        n[at + packIndex_1.F.m] === e.mtimeMs &&
        n[at + packIndex_1.F.x] === (e.executable ? 1 : 0));
}
/** The trailer of a pack of `fileSize` bytes, or undefined when `raw` is not one (or does not fit the file). */
function parseTrailer(raw, fileSize) {
    if (raw.length !== exports.TRAILER || raw.readUInt32LE(80) !== exports.MAGIC)
        return undefined;
    const indexAt = Number(raw.readBigUInt64LE(0));
    const indexLength = raw.readUInt32LE(8);
    if (indexLength > exports.MAX_INDEX_BYTES || indexAt + indexLength + exports.TRAILER !== fileSize)
        return undefined;
    return {
        indexAt,
        indexLength,
        indexCrc: raw.readUInt32LE(12),
        digest: raw.subarray(16, 48),
        sha256: raw.subarray(48, 80).toString('base64'),
    };
}
function encodeTrailer(t) {
    const raw = Buffer.alloc(exports.TRAILER);
    raw.writeBigUInt64LE(BigInt(t.indexAt), 0);
    raw.writeUInt32LE(t.indexLength, 8);
    raw.writeUInt32LE(t.indexCrc, 12);
    t.digest?.copy(raw, 16);
    Buffer.from(t.sha256, 'base64').copy(raw, 48);
    raw.writeUInt32LE(exports.MAGIC, 80);
    return raw;
}
//# sourceMappingURL=packFormat.js.map