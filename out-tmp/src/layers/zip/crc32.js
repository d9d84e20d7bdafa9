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
exports.hasNativeCrc32 = void 0;
exports.crc32Js = crc32Js;
exports.crc32 = crc32;
exports.crc32Combine = crc32Combine;
const zlib = __importStar(require("zlib"));
// CRC-32 (IEEE 802.3, the one zip uses). Node >= 20.15 / 22.2 ships a native `zlib.crc32`; older runtimes get a
// slicing-by-8 table implementation that is about 1 GB/s in V8.
const TABLES = buildTables();
function buildTables() {
    const t0 = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t0[n] = c >>> 0;
    }
    const tables = [t0];
    for (let k = 1; k < 8; k++) {
        const prev = tables[k - 1];
        const t = new Uint32Array(256);
        for (let n = 0; n < 256; n++)
            t[n] = ((prev[n] >>> 8) ^ t0[prev[n] & 0xff]) >>> 0;
        tables.push(t);
    }
    return tables;
}
/** Table-driven slicing-by-8 CRC-32; `previous` continues a running CRC. */
function crc32Js(data, previous = 0) {
    const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES;
    let crc = ~previous >>> 0;
    let i = 0;
    const len = data.length;
    const end8 = len - (len % 8);
    while (i < end8) {
        const a = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) ^ crc;
        const b = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
        crc =
            t7[a & 0xff] ^
                t6[(a >>> 8) & 0xff] ^
                t5[(a >>> 16) & 0xff] ^
                t4[a >>> 24] ^
                t3[b & 0xff] ^
                t2[(b >>> 8) & 0xff] ^
                t1[(b >>> 16) & 0xff] ^
                t0[b >>> 24];
        i += 8;
    }
    while (i < len)
        crc = t0[(crc ^ data[i++]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
const native = typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;
/** True when the running Node has `zlib.crc32` (used by the bench report). */
exports.hasNativeCrc32 = native !== undefined;
/** CRC-32 of `data`, continuing from `previous` (0 to start). Native when available, else slicing-by-8. */
function crc32(data, previous = 0) {
    return native ? native(data, previous) >>> 0 : crc32Js(data, previous);
}
const POLY = 0xedb88320;
/** a(x) * b(x) modulo the CRC polynomial (reflected), as in zlib's crc32_combine. */
function multModP(a, b) {
    let m = 0x80000000;
    let p = 0;
    for (;;) {
        if (a & m) {
            p ^= b;
            if ((a & (m - 1)) === 0)
                break;
        }
        m >>>= 1;
        b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
    }
    return p >>> 0;
}
/** x^(2^k) modulo the polynomial, k = 0..63. */
const X2N = (() => {
    const t = [];
    let p = 0x40000000; // x^1
    for (let k = 0; k < 64; k++) {
        t.push(p);
        p = multModP(p, p);
    }
    return t;
})();
/**
 * The CRC-32 of A followed by B, from crc(A), crc(B) and B's length (zlib's crc32_combine): lets parts of one file
 * be read and checked by different workers.
 */
function crc32Combine(crcA, crcB, lengthB) {
    // x^(8 * lengthB) mod P, by squaring: bit i of the length (in bits) uses x^(2^i).
    let p = 0x80000000; // x^0
    let n = lengthB;
    let k = 3; // 8 = 2^3 bits per byte
    while (n > 0) {
        if (n % 2 === 1)
            p = multModP(X2N[k % 64], p);
        n = Math.floor(n / 2);
        k++;
    }
    return (multModP(p, crcA >>> 0) ^ (crcB >>> 0)) >>> 0;
}
//# sourceMappingURL=crc32.js.map