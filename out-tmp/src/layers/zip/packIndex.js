"use strict";
// The index of a pack (packCache.ts): one record per archive entry, in a compact binary form, kept in columns (the
// names, and the numbers of every record in one Float64Array) rather than one object per record: 15,000 objects
// per re-pack, built while the folder is scanned and kept to the end, cost the main thread ~15 ms of collection.
// Layout (little-endian): version u32, level u32, archive size f64, SHA-256 length u8 + ASCII, record count u32,
// names length u32; then every record's numbers as f64 (see FIELDS), then the names as one UTF-8 text,
// NUL-separated. A malformed index throws (the pack is then ignored).
Object.defineProperty(exports, "__esModule", { value: true });
exports.FIELDS = exports.F = void 0;
exports.recordAt = recordAt;
exports.indexOf = indexOf;
exports.encodeIndex = encodeIndex;
exports.decodeIndex = decodeIndex;
/** Where each number of a record sits among its FIELDS numbers. */
exports.F = { d: 0, i: 1, s: 2, m: 3, x: 4, o: 5, c: 6, k: 7, crc: 8, dc: 9 };
exports.FIELDS = 10;
/** Record `k` as an object. */
function recordAt(index, k) {
    const n = index.numbers;
    const at = k * exports.FIELDS;
    return {
        p: index.names[k],
        d: n[at + exports.F.d],
        i: n[at + exports.F.i],
        s: n[at + exports.F.s],
        m: n[at + exports.F.m],
        x: n[at + exports.F.x],
        o: n[at + exports.F.o],
        c: n[at + exports.F.c],
        k: n[at + exports.F.k],
        crc: n[at + exports.F.crc],
        dc: n[at + exports.F.dc],
    };
}
/** An index made of record objects. */
function indexOf(head, records) {
    const numbers = new Float64Array(records.length * exports.FIELDS);
    records.forEach((r, k) => {
        numbers.set([r.d, r.i, r.s, r.m, r.x, r.o, r.c, r.k, r.crc >>> 0, r.dc >>> 0], k * exports.FIELDS);
    });
    return { ...head, names: records.map((r) => r.p), numbers };
}
function encodeIndex(index) {
    const count = index.names.length;
    if (index.numbers.length < count * exports.FIELDS)
        throw new RangeError('pack index: numbers missing');
    // A file name never holds NUL: the names are one text, NUL-separated.
    const names = Buffer.from(index.names.join('\0'), 'utf8');
    const sha = Buffer.from(index.sha256, 'latin1');
    const head = Buffer.alloc(4 + 4 + 8 + 1 + sha.length + 4 + 4);
    let at = head.writeUInt32LE(index.v, 0);
    at = head.writeUInt32LE(index.level, at);
    at = head.writeDoubleLE(index.size, at);
    at = head.writeUInt8(sha.length, at);
    at += sha.copy(head, at);
    at = head.writeUInt32LE(count, at);
    head.writeUInt32LE(names.length, at);
    const numbers = Buffer.from(index.numbers.buffer, index.numbers.byteOffset, count * exports.FIELDS * 8);
    return Buffer.concat([head, numbers, names]);
}
/** Reads an index written by encodeIndex; throws on anything else (sizes that do not add up). */
function decodeIndex(b) {
    let at = 0;
    const v = b.readUInt32LE(at);
    const level = b.readUInt32LE((at += 4));
    const size = b.readDoubleLE((at += 4));
    const shaLength = b.readUInt8((at += 8));
    at += 1;
    if (at + shaLength + 8 > b.length)
        throw new RangeError('pack index: truncated');
    const sha256 = b.toString('latin1', at, (at += shaLength));
    const count = b.readUInt32LE(at);
    const namesLength = b.readUInt32LE(at + 4);
    at += 8;
    if (at + count * exports.FIELDS * 8 + namesLength !== b.length)
        throw new RangeError('pack index: truncated');
    // Copied into an array of its own: the numbers need 8-byte alignment.
    const numbers = new Float64Array(count * exports.FIELDS);
    b.copy(new Uint8Array(numbers.buffer), 0, at, (at += count * exports.FIELDS * 8));
    const names = count === 0 ? [] : b.toString('utf8', at, at + namesLength).split('\0');
    if (names.length !== count)
        throw new RangeError('pack index: names do not match the records');
    return { v, level, size, sha256, names, numbers };
}
//# sourceMappingURL=packIndex.js.map