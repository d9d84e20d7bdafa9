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
// libdeflate (WebAssembly, built from its source by scripts/libdeflate/build.mjs) as the archive's deflate for whole
// files: every output must inflate to its input with Node's zlib (as unzip and Lambda do), and its bytes must depend
// on the input and level only, never on what the reused compressor and buffers held before, or a re-pack would
// differ from a clean build.
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const path = __importStar(require("path"));
const worker_threads_1 = require("worker_threads");
const zlib = __importStar(require("zlib"));
const deflateChoices_1 = require("../../../src/layers/zip/deflateChoices");
const libdeflate_1 = require("../../../src/layers/zip/libdeflate");
const libdeflateWasm_1 = require("../../../src/layers/zip/libdeflateWasm");
const text = (bytes, seed) => {
    const lines = [];
    let n = 0;
    for (let i = 0; n < bytes; i++) {
        const line = `export function f${(i * 7919 + seed) % 10007}(x) { return x * ${i % 113} + "${seed}-${i % 37}"; }\n`;
        lines.push(line);
        n += line.length;
    }
    return Buffer.from(lines.join('')).subarray(0, bytes);
};
/** Inputs of many shapes and sizes: text, random, zeros, short repeats, mixed. */
function inputs() {
    const out = [Buffer.alloc(0), Buffer.from('a'), Buffer.alloc(1, 0xff)];
    for (const size of [100, 4096, 16 * 1024, 65_537, 300_000, 1024 * 1024 + 3]) {
        out.push(text(size, size));
        out.push((0, crypto_1.randomBytes)(size));
        out.push(Buffer.alloc(size));
        out.push(Buffer.from('abc'.repeat(Math.ceil(size / 3))).subarray(0, size));
        out.push(Buffer.concat([text(size >> 1, 7), (0, crypto_1.randomBytes)(size - (size >> 1))]));
    }
    return out;
}
const sha = (b) => (0, crypto_1.createHash)('sha256').update(b).digest('hex');
describe('libdeflate (WebAssembly)', function () {
    this.timeout(120_000);
    it('writes raw deflate that zlib inflates back to the input, at levels 1, 6 and 12', () => {
        for (const level of [1, 6, 12]) {
            for (const input of inputs()) {
                const out = (0, libdeflate_1.libdeflateRaw)(input, level);
                assert.ok(zlib.inflateRawSync(out).equals(input), `level ${level}, ${input.length} bytes`);
            }
        }
    });
    it('shrinks text (sizes against zlib on real trees: npm run bench), and random bytes grow by a few bytes', () => {
        const t = text(512 * 1024, 3);
        const ours = (0, libdeflate_1.libdeflateRaw)(t, 6).length;
        assert.ok(ours < t.length / 5, `${ours} of ${t.length}`);
        const r = (0, crypto_1.randomBytes)(512 * 1024);
        assert.ok((0, libdeflate_1.libdeflateRaw)(r, 6).length <= r.length + 1024);
    });
    it('gives the same bytes for the same input whatever was compressed before, and in a fresh instance', async () => {
        const all = inputs();
        const first = all.map((b) => sha((0, libdeflate_1.libdeflateRaw)(b, 6)));
        // In reverse, after a 6 MiB input that grows the module's memory and both buffers.
        (0, libdeflate_1.libdeflateRaw)(text(6 * 1024 * 1024, 9), 6);
        const reversed = [...all].reverse().map((b) => sha((0, libdeflate_1.libdeflateRaw)(b, 6)));
        assert.deepStrictEqual(reversed.reverse(), first);
        // A new instance on this thread after letting go of the old one.
        (0, libdeflate_1.releaseLibdeflate)();
        assert.deepStrictEqual(all.map((b) => sha((0, libdeflate_1.libdeflateRaw)(b, 6))), first);
        // A fresh module instance in another thread.
        const modulePath = path.resolve(__dirname, '../../../src/layers/zip/libdeflate.js');
        const fresh = await new Promise((resolve, reject) => {
            const w = new worker_threads_1.Worker(`const { parentPort, workerData } = require('worker_threads');
         const { createHash } = require('crypto');
         const { libdeflateRaw } = require(workerData.modulePath);
         parentPort.postMessage(workerData.inputs.map((b) =>
           createHash('sha256').update(libdeflateRaw(Buffer.from(b), 6)).digest('hex')));`, { eval: true, workerData: { modulePath, inputs: all.map((b) => new Uint8Array(b)) } });
            w.once('message', (m) => {
                resolve(m);
                void w.terminate();
            });
            w.once('error', reject);
        });
        assert.deepStrictEqual(fresh, first);
    });
    it('writes into a buffer the same bytes, or nothing (0) when they would take more than the room given', () => {
        for (const input of inputs()) {
            const whole = (0, libdeflate_1.libdeflateRaw)(input, 6);
            const target = Buffer.alloc(whole.length + 10, 0xee);
            assert.strictEqual((0, libdeflate_1.libdeflateInto)(input, 6, target, 7, whole.length), whole.length);
            assert.ok(target.subarray(7, 7 + whole.length).equals(whole), `${input.length} bytes`);
            assert.strictEqual(target[6], 0xee);
            assert.strictEqual(target[7 + whole.length], 0xee);
            assert.strictEqual((0, libdeflate_1.libdeflateInto)(input, 6, target, 0, whole.length - 1), 0);
        }
    });
    it('decides deflate or store for a whole file as deflatePiece does, writing the same bytes', () => {
        const files = inputs().map((b, i) => [`f${i}.js`, b]);
        files.push(['w.bin', (0, crypto_1.randomBytes)(1536 * 1024)], ['t.js', text(1536 * 1024, 4)], ['a.png', text(8192, 1)]);
        for (const [name, raw] of files) {
            for (const level of [6, 9]) {
                const piece = (0, deflateChoices_1.deflatePiece)(name, { raw, last: true }, level);
                const expected = piece !== undefined && piece.length < raw.length ? piece : undefined;
                const target = Buffer.alloc(raw.length);
                const n = (0, deflateChoices_1.deflateWholeInto)(name, raw, level, target, 0);
                if (expected === undefined)
                    assert.strictEqual(n, 0, `${name} at ${level}: stored`);
                else
                    assert.ok(target.subarray(0, n).equals(expected), `${name} at ${level}`);
            }
        }
    });
    it('refuses a level libdeflate does not have', () => {
        for (const level of [0, 13, 2.5, NaN])
            assert.throws(() => (0, libdeflate_1.libdeflateRaw)(Buffer.from('x'), level), RangeError);
    });
    it('is the module the build recorded, importing nothing and exporting only its memory and four functions', () => {
        const bytes = Buffer.from(libdeflateWasm_1.WASM_BASE64, 'base64');
        assert.strictEqual(sha(bytes), libdeflateWasm_1.WASM_SHA256);
        const wasm = globalThis.WebAssembly;
        const m = new wasm.Module(bytes);
        assert.deepStrictEqual(wasm.Module.imports(m), []);
        assert.deepStrictEqual(wasm.Module.exports(m)
            .map((e) => `${e.name}:${e.kind}`)
            .sort(), [
            'ld_alloc:function',
            'ld_bound:function',
            'ld_compress:function',
            'ld_malloc:function',
            'memory:memory',
        ]);
    });
    it('deflates whole files with libdeflate at level 6; other levels and pieces with a dictionary with zlib', () => {
        for (const raw of [text(100, 4), text(3 * 1024, 6), text(100 * 1024, 5)])
            assert.ok((0, deflateChoices_1.deflatePiece)('a.js', { raw, last: true }, 6).equals((0, libdeflate_1.libdeflateRaw)(raw, 6)), `${raw.length} bytes`);
        const mid = text(100 * 1024, 5);
        const z = (b, o) => zlib.deflateRawSync(b, { memLevel: 8, ...o });
        assert.ok((0, deflateChoices_1.deflatePiece)('a.js', { raw: mid, last: true }, 9).equals(z(mid, { level: 9 })));
        const dictionary = text(32 * 1024, 7);
        assert.ok((0, deflateChoices_1.deflatePiece)('a.js', { raw: mid, dictionary, last: true }, 6).equals(z(mid, { level: 6, windowBits: 15, dictionary })));
        // A 1.5 MiB file whose first 64 KiB do not shrink is stored; one that shrinks is deflated whole.
        assert.strictEqual((0, deflateChoices_1.deflatePiece)('w.bin', { raw: (0, crypto_1.randomBytes)(1536 * 1024), last: true }, 6), undefined);
        const big = text(1536 * 1024, 8);
        assert.ok((0, deflateChoices_1.deflatePiece)('b.js', { raw: big, last: true }, 6).equals((0, libdeflate_1.libdeflateRaw)(big, 6)));
    });
});
//# sourceMappingURL=libdeflate.test.js.map