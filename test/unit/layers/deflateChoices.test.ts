// Deflating a piece of a file: a big piece's sample output is kept as the start of its output, so it must still be
// one valid stream (alone, or continued by the next piece) and as small as deflating it in one go.
import * as assert from 'assert';
import { randomBytes } from 'crypto';
import * as zlib from 'zlib';
import { deflatePiece, storedBlocks } from '../../../src/layers/zip/deflateChoices';

const text = (bytes: number, seed: number): Buffer => {
  const lines: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const line = `export const value${(i * 7919 + seed) % 10007} = { id: ${i}, name: "item-${i % 97}" };\n`;
    lines.push(line);
    n += line.length;
  }
  return Buffer.from(lines.join('')).subarray(0, bytes);
};

describe('deflatePiece', () => {
  it('deflates a big file once into one stream no larger than a one-shot deflate (+0.1%)', () => {
    const raw = text(1536 * 1024, 1);
    const out = deflatePiece('big.js', { raw, last: true }, 6)!;
    assert.ok(zlib.inflateRawSync(out).equals(raw));
    const oneShot = zlib.deflateRawSync(raw, { level: 6, memLevel: 8 }).length;
    assert.ok(out.length <= oneShot * 1.001, `${out.length} vs ${oneShot}`);
  });

  it('leaves a big piece whose first 64 KiB do not shrink, and already compressed names, to be stored', () => {
    assert.strictEqual(
      deflatePiece('weights.bin', { raw: randomBytes(1536 * 1024), last: true }, 6),
      undefined,
    );
    assert.strictEqual(deflatePiece('pkg.whl', { raw: text(4096, 2), last: true }, 6), undefined);
    assert.strictEqual(deflatePiece('empty.js', { raw: Buffer.alloc(0), last: true }, 6), undefined);
  });

  it('continues a stream: pieces deflated apart (each after the last 32 KiB of the one before) are one stream', () => {
    const raw = text(3 * 1024 * 1024, 3);
    const cut1 = 1200 * 1024;
    const cut2 = 2400 * 1024;
    const first = deflatePiece('a.js', { raw: raw.subarray(0, cut1), last: false }, 6)!;
    // A piece that does not shrink goes as stored blocks in the same stream.
    const middle = storedBlocks(raw.subarray(cut1, cut2), false);
    const last = deflatePiece(
      'a.js',
      { raw: raw.subarray(cut2), dictionary: raw.subarray(cut2 - 32 * 1024, cut2), last: true },
      6,
    )!;
    assert.ok(zlib.inflateRawSync(Buffer.concat([first, middle, last])).equals(raw));
  });
});
