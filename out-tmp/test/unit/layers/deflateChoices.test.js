"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
// Deflating a piece of a file: a big piece's sample output is kept as the start of its output, so it must still be
// one valid stream (alone, or continued by the next piece) and as small as deflating it in one go.
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const zlib = __importStar(require("zlib"));
const deflateChoices_1 = require("../../../src/layers/zip/deflateChoices");
const text = (bytes, seed) => {
    const lines = [];
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
        const out = (0, deflateChoices_1.deflatePiece)('big.js', { raw, last: true }, 6);
        assert.ok(zlib.inflateRawSync(out).equals(raw));
        const oneShot = zlib.deflateRawSync(raw, { level: 6, memLevel: 8 }).length;
        assert.ok(out.length <= oneShot * 1.001, `${out.length} vs ${oneShot}`);
    });
    it('leaves a big piece whose first 64 KiB do not shrink, and already compressed names, to be stored', () => {
        assert.strictEqual((0, deflateChoices_1.deflatePiece)('weights.bin', { raw: (0, crypto_1.randomBytes)(1536 * 1024), last: true }, 6), undefined);
        assert.strictEqual((0, deflateChoices_1.deflatePiece)('pkg.whl', { raw: text(4096, 2), last: true }, 6), undefined);
        assert.strictEqual((0, deflateChoices_1.deflatePiece)('empty.js', { raw: Buffer.alloc(0), last: true }, 6), undefined);
    });
    it('continues a stream: pieces deflated apart (each after the last 32 KiB of the one before) are one stream', () => {
        const raw = text(3 * 1024 * 1024, 3);
        const cut1 = 1200 * 1024;
        const cut2 = 2400 * 1024;
        const first = (0, deflateChoices_1.deflatePiece)('a.js', { raw: raw.subarray(0, cut1), last: false }, 6);
        // A piece that does not shrink goes as stored blocks in the same stream.
        const middle = (0, deflateChoices_1.storedBlocks)(raw.subarray(cut1, cut2), false);
        const last = (0, deflateChoices_1.deflatePiece)('a.js', { raw: raw.subarray(cut2), dictionary: raw.subarray(cut2 - 32 * 1024, cut2), last: true }, 6);
        assert.ok(zlib.inflateRawSync(Buffer.concat([first, middle, last])).equals(raw));
    });
});
//# sourceMappingURL=deflateChoices.test.js.map