"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.releaseLibdeflate = releaseLibdeflate;
exports.libdeflateRaw = libdeflateRaw;
exports.libdeflateInto = libdeflateInto;
// libdeflate (WebAssembly) for whole files: at level 6 it spends less CPU than Node's zlib on files of every size,
// with archives of about the same size (measured: see deflateChoices.ts). The module is libdeflate's compressor built
// from its source by scripts/libdeflate/build.mjs (src/layers/zip/libdeflateWasm.ts, generated). It imports
// nothing, so it reaches nothing outside its own memory.
// One instance per thread, created on first use; one compressor per level and one input and one output buffer,
// reused: libdeflate keeps no state from one call to the next, so the bytes depend on the input and level only.
const libdeflateWasm_1 = require("./libdeflateWasm");
const wasm = globalThis.WebAssembly;
let engine;
function load() {
    const module = new wasm.Module(Buffer.from(libdeflateWasm_1.WASM_BASE64, 'base64'));
    const raw = new wasm.Instance(module, {}).exports;
    for (const name of ['memory', 'ld_alloc', 'ld_compress', 'ld_bound', 'ld_malloc'])
        if (raw[name] === undefined)
            throw new Error(`libdeflate: the module has no export ${name}`);
    const x = raw;
    return { x, compressors: new Map(), input: { at: 0, capacity: 0 }, output: { at: 0, capacity: 0 } };
}
/** Lets go of this thread's instance and its memory (the next call creates a new one). */
function releaseLibdeflate() {
    engine = undefined;
}
/** A buffer in the module's memory of at least `bytes` (grown by doubling). */
function reserve(x, buf, bytes) {
    if (bytes > buf.capacity) {
        const capacity = Math.max(bytes, buf.capacity * 2, 64 * 1024);
        const at = x.ld_malloc(capacity);
        if (at === 0)
            throw new Error(`libdeflate: out of memory (${capacity} bytes)`);
        buf.at = at;
        buf.capacity = capacity;
    }
    return buf.at;
}
/** The compressor for `level` (1-12; libdeflate's levels), and the input copied into the module's memory. */
function prepare(input, level) {
    if (!Number.isInteger(level) || level < 1 || level > 12)
        throw new RangeError(`libdeflate level ${level}`);
    const e = (engine ??= load());
    let compressor = e.compressors.get(level);
    if (compressor === undefined) {
        compressor = e.x.ld_alloc(level);
        if (compressor === 0)
            throw new Error(`libdeflate: no compressor for level ${level}`);
        e.compressors.set(level, compressor);
    }
    const inAt = reserve(e.x, e.input, Math.max(1, input.length));
    // After any malloc: the memory may have grown, which replaces its buffer.
    new Uint8Array(e.x.memory.buffer, inAt, input.length).set(input);
    return { e, compressor, inAt };
}
/** Raw deflate (no header) of `input` at `level` (1-12; libdeflate's levels), as a fresh Buffer. */
function libdeflateRaw(input, level) {
    const { e, compressor, inAt } = prepare(input, level);
    const bound = e.x.ld_bound(compressor, input.length);
    const outAt = reserve(e.x, e.output, bound);
    const written = e.x.ld_compress(compressor, inAt, input.length, outAt, bound);
    if (written === 0)
        throw new Error('libdeflate: the output did not fit its bound');
    return Buffer.from(new Uint8Array(e.x.memory.buffer, outAt, written));
}
/**
 * Raw deflate of `input` into `target` at `at` if it takes at most `max` bytes: the length written, or 0 when it
 * would take more. The bytes are those libdeflateRaw gives (libdeflate stops early when out of room; it does not
 * compress differently), without an intermediate buffer.
 */
function libdeflateInto(input, level, target, at, max) {
    if (max <= 0)
        return 0;
    const { e, compressor, inAt } = prepare(input, level);
    const outAt = reserve(e.x, e.output, max);
    const written = e.x.ld_compress(compressor, inAt, input.length, outAt, max);
    if (written > 0)
        target.set(new Uint8Array(e.x.memory.buffer, outAt, written), at);
    return written;
}
//# sourceMappingURL=libdeflate.js.map