// The index of a pack (packCache.ts): one record per archive entry, in a compact binary form, kept in columns (the
// names, and the numbers of every record in one Float64Array) rather than one object per record: 15,000 objects
// per re-pack, built while the folder is scanned and kept to the end, cost the main thread ~15 ms of collection.
// Layout (little-endian): version u32, level u32, archive size f64, SHA-256 length u8 + ASCII, record count u32,
// names length u32; then every record's numbers as f64 (see FIELDS), then the names as one UTF-8 text,
// NUL-separated. A malformed index throws (the pack is then ignored).

/** One entry of a pack, as an object (for tests and one-off use; the index itself is columns). */
export interface PackRecord {
  /** zip path */
  p: string;
  /** dev, ino, size, mtimeMs as scanned; executable 0/1 */
  d: number;
  i: number;
  s: number;
  m: number;
  x: number;
  /** offset of the compressed bytes in the pack (= the archive), their length, method */
  o: number;
  c: number;
  k: number;
  /** CRC-32 of the uncompressed bytes (the zip header's), and of the compressed bytes (the cache's own check) */
  crc: number;
  dc: number;
}

/** Where each number of a record sits among its FIELDS numbers. */
export const F = { d: 0, i: 1, s: 2, m: 3, x: 4, o: 5, c: 6, k: 7, crc: 8, dc: 9 } as const;
export const FIELDS = 10;

export interface PackIndex {
  v: number;
  level: number;
  /** The archive's size (= where the index starts) and SHA-256 (base64). */
  size: number;
  sha256: string;
  /** Zip paths, in archive order. */
  names: string[];
  /** FIELDS numbers per name (see F). */
  numbers: Float64Array;
}

/** Record `k` as an object. */
export function recordAt(index: PackIndex, k: number): PackRecord {
  const n = index.numbers;
  const at = k * FIELDS;
  return {
    p: index.names[k]!,
    d: n[at + F.d]!,
    i: n[at + F.i]!,
    s: n[at + F.s]!,
    m: n[at + F.m]!,
    x: n[at + F.x]!,
    o: n[at + F.o]!,
    c: n[at + F.c]!,
    k: n[at + F.k]!,
    crc: n[at + F.crc]!,
    dc: n[at + F.dc]!,
  };
}

/** An index made of record objects. */
export function indexOf(
  head: Omit<PackIndex, 'names' | 'numbers'>,
  records: readonly PackRecord[],
): PackIndex {
  const numbers = new Float64Array(records.length * FIELDS);
  records.forEach((r, k) => {
    numbers.set([r.d, r.i, r.s, r.m, r.x, r.o, r.c, r.k, r.crc >>> 0, r.dc >>> 0], k * FIELDS);
  });
  return { ...head, names: records.map((r) => r.p), numbers };
}

export function encodeIndex(index: PackIndex): Buffer {
  const count = index.names.length;
  if (index.numbers.length < count * FIELDS) throw new RangeError('pack index: numbers missing');
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
  const numbers = Buffer.from(index.numbers.buffer, index.numbers.byteOffset, count * FIELDS * 8);
  return Buffer.concat([head, numbers, names]);
}

/** Reads an index written by encodeIndex; throws on anything else (sizes that do not add up). */
export function decodeIndex(b: Buffer): PackIndex {
  let at = 0;
  const v = b.readUInt32LE(at);
  const level = b.readUInt32LE((at += 4));
  const size = b.readDoubleLE((at += 4));
  const shaLength = b.readUInt8((at += 8));
  at += 1;
  if (at + shaLength + 8 > b.length) throw new RangeError('pack index: truncated');
  const sha256 = b.toString('latin1', at, (at += shaLength));
  const count = b.readUInt32LE(at);
  const namesLength = b.readUInt32LE(at + 4);
  at += 8;
  if (at + count * FIELDS * 8 + namesLength !== b.length) throw new RangeError('pack index: truncated');
  // Copied into an array of its own: the numbers need 8-byte alignment.
  const numbers = new Float64Array(count * FIELDS);
  b.copy(new Uint8Array(numbers.buffer), 0, at, (at += count * FIELDS * 8));
  const names = count === 0 ? [] : b.toString('utf8', at, at + namesLength).split('\0');
  if (names.length !== count) throw new RangeError('pack index: names do not match the records');
  return { v, level, size, sha256, names, numbers };
}
