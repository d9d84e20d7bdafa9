// libdeflate (WebAssembly) for whole files of middling size: at level 6 it spends ~12% less CPU than Node's zlib on
// such files, with archives of about the same size (measured: see deflateChoices.ts). The module comes from the
// `libdeflate` package (src/layers/zip/libdeflateWasm.ts, generated); this loader runs it with two imports
// (copy within its memory, grow its memory), so the module reaches nothing outside its own memory.
// One instance per thread, created on first use; one compressor per level and one input and one output buffer,
// reused: libdeflate keeps no state from one call to the next, so the bytes depend on the input and level only.
import { NAMES, WASM_BASE64 } from './libdeflateWasm';

// The few WebAssembly parts used (the project's lib settings declare no WebAssembly values).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

interface Exports {
  memory: WasmMemory;
  init(): void;
  allocCompressor(level: number): number;
  compress(
    compressor: number,
    input: number,
    inputLength: number,
    output: number,
    outputCapacity: number,
  ): number;
  compressBound(compressor: number, inputLength: number): number;
  malloc(bytes: number): number;
  free(pointer: number): void;
}

interface Engine {
  x: Exports;
  compressors: Map<number, number>;
  input: { at: number; capacity: number };
  output: { at: number; capacity: number };
}

let engine: Engine | undefined;

function load(): Engine {
  // Set once the instance exists; its two imports are only called from inside its functions, after that.
  const own: { memory?: WasmMemory } = {};
  const imports = {
    a: {
      [NAMES.memcpyBig]: (dest: number, src: number, bytes: number): void => {
        new Uint8Array(own.memory!.buffer).copyWithin(dest, src, src + bytes);
      },
      [NAMES.resizeHeap]: (requested: number): number => {
        const want = requested >>> 0;
        const have = own.memory!.buffer.byteLength;
        if (want <= have) return 1;
        try {
          own.memory!.grow(Math.ceil((want - have) / 65536));
          return 1;
        } catch {
          return 0;
        }
      },
    },
  };
  const module = new wasm.Module(Buffer.from(WASM_BASE64, 'base64'));
  const raw = new wasm.Instance(module, imports).exports;
  const pick = <T>(name: string): T => {
    const v = raw[name];
    if (v === undefined) throw new Error(`libdeflate: the module has no export ${name}`);
    return v as T;
  };
  const x: Exports = {
    memory: pick(NAMES.memory),
    init: pick(NAMES.init),
    allocCompressor: pick(NAMES.allocCompressor),
    compress: pick(NAMES.compress),
    compressBound: pick(NAMES.compressBound),
    malloc: pick(NAMES.malloc),
    free: pick(NAMES.free),
  };
  own.memory = x.memory;
  x.init();
  return { x, compressors: new Map(), input: { at: 0, capacity: 0 }, output: { at: 0, capacity: 0 } };
}

/** Lets go of this thread's instance and its memory (the next call creates a new one). */
export function releaseLibdeflate(): void {
  engine = undefined;
}

/** A buffer in the module's memory of at least `bytes` (grown by doubling; the old one freed). */
function reserve(x: Exports, buf: { at: number; capacity: number }, bytes: number): number {
  if (bytes > buf.capacity) {
    const capacity = Math.max(bytes, buf.capacity * 2, 64 * 1024);
    if (buf.at !== 0) x.free(buf.at);
    buf.at = 0;
    buf.capacity = 0;
    const at = x.malloc(capacity);
    if (at === 0) throw new Error(`libdeflate: out of memory (${capacity} bytes)`);
    buf.at = at;
    buf.capacity = capacity;
  }
  return buf.at;
}

/** The compressor for `level` (1-12; libdeflate's levels), and the input copied into the module's memory. */
function prepare(input: Uint8Array, level: number): { e: Engine; compressor: number; inAt: number } {
  if (!Number.isInteger(level) || level < 1 || level > 12) throw new RangeError(`libdeflate level ${level}`);
  const e = (engine ??= load());
  let compressor = e.compressors.get(level);
  if (compressor === undefined) {
    compressor = e.x.allocCompressor(level);
    if (compressor === 0) throw new Error(`libdeflate: no compressor for level ${level}`);
    e.compressors.set(level, compressor);
  }
  const inAt = reserve(e.x, e.input, Math.max(1, input.length));
  // After any malloc: the memory may have grown, which replaces its buffer.
  new Uint8Array(e.x.memory.buffer, inAt, input.length).set(input);
  return { e, compressor, inAt };
}

/** Raw deflate (no header) of `input` at `level` (1-12; libdeflate's levels), as a fresh Buffer. */
export function libdeflateRaw(input: Uint8Array, level: number): Buffer {
  const { e, compressor, inAt } = prepare(input, level);
  const bound = e.x.compressBound(compressor, input.length);
  const outAt = reserve(e.x, e.output, bound);
  const written = e.x.compress(compressor, inAt, input.length, outAt, bound);
  if (written === 0) throw new Error('libdeflate: the output did not fit its bound');
  return Buffer.from(new Uint8Array(e.x.memory.buffer, outAt, written));
}

/**
 * Raw deflate of `input` into `target` at `at` if it takes at most `max` bytes: the length written, or 0 when it
 * would take more. The bytes are those libdeflateRaw gives (libdeflate stops early when out of room; it does not
 * compress differently), without an intermediate buffer.
 */
export function libdeflateInto(
  input: Uint8Array,
  level: number,
  target: Uint8Array,
  at: number,
  max: number,
): number {
  if (max <= 0) return 0;
  const { e, compressor, inAt } = prepare(input, level);
  const outAt = reserve(e.x, e.output, max);
  const written = e.x.compress(compressor, inAt, input.length, outAt, max);
  if (written > 0) target.set(new Uint8Array(e.x.memory.buffer, outAt, written), at);
  return written;
}
