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
exports.DICTIONARY_BYTES = exports.MEM_LEVEL = void 0;
exports.compressedByName = compressedByName;
exports.deflatePiece = deflatePiece;
exports.deflateWholeInto = deflateWholeInto;
exports.storedBlocks = storedBlocks;
// What the deflate workers choose per file or part, by content and name only (so the archive stays deterministic):
// whether to try deflate at all, which deflate (libdeflate for whole files, zlib for parts of big files and other
// levels), the window, zlib's hash table and output buffer sizes.
const zlib = __importStar(require("zlib"));
const libdeflate_1 = require("./libdeflate");
/**
 * zlib's hash table size (8 is zlib's default). Measured on Node 24 (Node and Python trees): 8 gave the smallest
 * CPU time and, against 9, smaller archives too (38.75 vs 38.78 MB, 39.41 vs 39.52 MB); 6 and 7 are smaller
 * still but slower. Fixed, so the bytes stay stable.
 */
exports.MEM_LEVEL = 8;
/**
 * The smallest window that still reaches back to the start of a `size`-byte input (zlib's matches reach
 * 2^bits - 262 bytes back): the same matches, so the same bytes, as the 32 KiB window, but deflateInit allocates
 * and clears less (a 1 KiB file: ~2 KiB of window and chain instead of ~128 KiB). On Node 24 it saves no measurable
 * CPU (the Node tree: 1,953 vs 1,976 ms of deflate, identical output); an older measurement said ~20%.
 */
function windowBitsFor(size) {
    let bits = 9;
    while (bits < 15 && (1 << bits) - 262 < size)
        bits++;
    return bits;
}
/**
 * Whole files are deflated by libdeflate (WebAssembly, built from its source: libdeflate.ts) instead of zlib, at
 * level 6 (the level the extension uses; the others are not measured). Measured on Node 24, one thread, against
 * zlib's level 6: the Node tree's files of 4 KiB-2 MiB in 891 instead of ~1,300 ms, files under 1 KiB in 83 instead
 * of 146 ms, 1-4 KiB in 91 instead of 155 ms, with the same output within 0.1%; the SIMD build is 18% faster than a
 * build without SIMD (the WebAssembly build on npm, 1,087 ms). Full builds of the Node tree, 8 interleaved runs:
 * 1,222 ms against 1,421 ms with that build from 4 KiB on. Pieces with a dictionary (parts of big files) stay with
 * zlib: libdeflate has no dictionary.
 */
const LIBDEFLATE_LEVEL = 6;
/** zlib's output buffer for `size` input bytes: one allocation for most files, not one per 16 KiB. */
const outputChunk = (size) => Math.min(Math.max(size >> 1, 1024), 1 << 20);
/** Formats that are already compressed: stored without trying deflate (it would shrink them by ~0–2%). */
const COMPRESSED_EXT = /\.(zip|jar|war|ear|whl|egg|gz|tgz|bz2|xz|zst|lz4|br|7z|png|jpe?g|gif|webp|avif|heic|woff2?|mp3|mp4|m4a|ogg|webm|pdf)$/i;
/** Inputs at least this big are tried on their first SAMPLE_SMALL bytes first; stored when those do not shrink. */
const SAMPLE_FROM = 1024 * 1024;
const SAMPLE_SMALL = 64 * 1024;
/** Deflate's window: a piece deflated after another takes this much of what precedes it as its dictionary. */
exports.DICTIONARY_BYTES = 32 * 1024;
/** Whether a file goes into the archive as stored without trying deflate (by its name: already compressed). */
function compressedByName(file) {
    return COMPRESSED_EXT.test(file);
}
/**
 * Raw deflate of a piece of a file, chosen by name and content only (the bytes stay deterministic). Undefined when
 * the piece is better stored: the file is already compressed (by name) or empty, or the piece has SAMPLE_FROM bytes
 * or more and its first SAMPLE_SMALL bytes shrink by less than 2%. Otherwise, for a big piece, the sample's output
 * (ended by a sync flush) is the start of the piece's output and the rest follows with the sample's last 32 KiB as
 * its dictionary: the sample is not deflated twice (it was: ~35 ms of CPU on the Node tree).
 */
function deflatePiece(file, piece, level) {
    const { raw, dictionary, last } = piece;
    if (raw.length === 0 || COMPRESSED_EXT.test(file))
        return undefined;
    if (dictionary === undefined && last && level === LIBDEFLATE_LEVEL) {
        const out = Buffer.allocUnsafe(raw.length);
        const n = deflateWholeInto(file, raw, level, out, 0);
        return n === 0 ? undefined : out.subarray(0, n);
    }
    if (raw.length < SAMPLE_FROM)
        return zlib.deflateRawSync(raw, pieceOptions(raw, dictionary, last, level));
    const sample = raw.subarray(0, SAMPLE_SMALL);
    const head = zlib.deflateRawSync(sample, pieceOptions(sample, dictionary, false, level));
    if (head.length >= sample.length * 0.98)
        return undefined;
    const rest = raw.subarray(SAMPLE_SMALL);
    const tail = zlib.deflateRawSync(rest, pieceOptions(rest, sample.subarray(-exports.DICTIONARY_BYTES), last, level));
    return Buffer.concat([head, tail], head.length + tail.length);
}
/**
 * A whole file's raw deflate written into `target` at `at` (which has room for `raw.length` bytes): the length
 * written, or 0 when the file is better stored (already compressed by name, empty, its first SAMPLE_SMALL bytes of
 * SAMPLE_FROM or more shrink by less than 2%, or deflate does not make it smaller). Same choice and bytes as
 * deflatePiece; libdeflate's output goes straight from its memory into `target`.
 */
function deflateWholeInto(file, raw, level, target, at) {
    if (raw.length === 0 || COMPRESSED_EXT.test(file))
        return 0;
    if (level !== LIBDEFLATE_LEVEL) {
        const out = deflatePiece(file, { raw, last: true }, level);
        if (out === undefined || out.length >= raw.length)
            return 0;
        target.set(out, at);
        return out.length;
    }
    if (raw.length >= SAMPLE_FROM) {
        const sample = raw.subarray(0, SAMPLE_SMALL);
        // The sample "shrinks by 2%" when its output fits in 98% of its size (rounded up, as `< 0.98 * n` was).
        const room = Math.ceil(sample.length * 0.98) - 1;
        const scratch = new Uint8Array(room);
        if ((0, libdeflate_1.libdeflateInto)(sample, level, scratch, 0, room) === 0)
            return 0;
    }
    // Smaller than the file, or stored.
    return (0, libdeflate_1.libdeflateInto)(raw, level, target, at, raw.length - 1);
}
/** A piece as deflate's stored blocks (level 0): its place in a stream whose other pieces are deflated. */
function storedBlocks(raw, last) {
    return zlib.deflateRawSync(raw, pieceOptions(raw, undefined, last, 0));
}
function pieceOptions(input, dictionary, last, level) {
    const dict = level > 0 && dictionary !== undefined && dictionary.length > 0 ? dictionary : undefined;
    return {
        chunkSize: outputChunk(input.length),
        level,
        memLevel: exports.MEM_LEVEL,
        windowBits: dict ? 15 : windowBitsFor(input.length),
        ...(dict ? { dictionary: dict } : {}),
        finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    };
}
//# sourceMappingURL=deflateChoices.js.map