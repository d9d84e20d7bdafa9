// The index of a pack (packCache.ts): one record per archive entry, in a compact binary form. A JSON index of
// 15,000 records took ~15 ms to parse and ~20 ms to write on every re-pack. Layout (little-endian): version u32,
// level u32, archive size f64, SHA-256 length u8 + ASCII, record count u32, names length u32; then every record's
// numbers as f64 (see FIELDS), then the names as one UTF-8 text, NUL-separated. A malformed index throws (the pack
// is then ignored).

/** One entry of a pack: compact keys, 20,000 of them per index. */
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

export interface PackIndex {
  v: number;
  level: number;
  /** The archive's size (= where the index starts) and SHA-256 (base64). */
  size: number;
  sha256: string;
  entries: PackRecord[];
}

/** Numbers per record, kept in one Float64Array: d, i, s, m, x, o, c, k, crc, dc. */
const FIELDS = 10;

export function encodeIndex(index: PackIndex): Buffer {
  const count = index.entries.length;
  const numbers = new Float64Array(count * FIELDS);
  index.entries.forEach((r, k) => {
    numbers.set([r.d, r.i, r.s, r.m, r.x, r.o, r.c, r.k, r.crc >>> 0, r.dc >>> 0], k * FIELDS);
  });
  // A file name never holds NUL: the names are one text, NUL-separated.
  const names = Buffer.from(index.entries.map((r) => r.p).join('\0'), 'utf8');
  const sha = Buffer.from(index.sha256, 'latin1');
  const head = Buffer.alloc(4 + 4 + 8 + 1 + sha.length + 4 + 4);
  let at = head.writeUInt32LE(index.v, 0);
  at = head.writeUInt32LE(index.level, at);
  at = head.writeDoubleLE(index.size, at);
  at = head.writeUInt8(sha.length, at);
  at += sha.copy(head, at);
  at = head.writeUInt32LE(count, at);
  head.writeUInt32LE(names.length, at);
  return Buffer.concat([head, Buffer.from(numbers.buffer), names]);
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
  const entries: PackRecord[] = new Array<PackRecord>(count);
  for (let k = 0, n = 0; k < count; k++, n += FIELDS) {
    entries[k] = {
      p: names[k]!,
      d: numbers[n]!,
      i: numbers[n + 1]!,
      s: numbers[n + 2]!,
      m: numbers[n + 3]!,
      x: numbers[n + 4]!,
      o: numbers[n + 5]!,
      c: numbers[n + 6]!,
      k: numbers[n + 7]!,
      crc: numbers[n + 8]!,
      dc: numbers[n + 9]!,
    };
  }
  return { v, level, size, sha256, entries };
}
