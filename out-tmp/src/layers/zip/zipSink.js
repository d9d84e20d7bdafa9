"use strict";
// Where the zip writer's bytes go: a Sink that buffers, hashes (SHA-256) and counts them, and the Target it
// flushes to (a file, removed again on failure, or a Writable, destroyed on failure).
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
exports.Sink = exports.Bytes = exports.FLUSH_BYTES = void 0;
exports.openTarget = openTarget;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
/** The Sink flushes at this many buffered bytes; also the read size for large entries. */
exports.FLUSH_BYTES = 1024 * 1024;
/** A byte buffer that grows: bytes are written at the offset `reserve` gives, in `buf` (which may be replaced). */
class Bytes {
    buf;
    used = 0;
    constructor(initial) {
        this.buf = Buffer.allocUnsafeSlow(initial);
    }
    /** Room for `n` more bytes: the offset in `buf` to write them at (before anything else is reserved). */
    reserve(n) {
        if (this.used + n > this.buf.length) {
            let size = this.buf.length * 2;
            while (size < this.used + n)
                size *= 2;
            const bigger = Buffer.allocUnsafeSlow(size);
            this.buf.copy(bigger, 0, 0, this.used);
            this.buf = bigger;
        }
        const at = this.used;
        this.used += n;
        return at;
    }
    append(data) {
        const at = this.reserve(data.length); // first: it may replace buf
        this.buf.set(data, at);
    }
}
exports.Bytes = Bytes;
/**
 * Collects the archive's bytes in one buffer, hashes everything written (SHA-256) and tracks the offset. `append`
 * copies and `reserve` hands out room for a header written in place: no promise and no Buffer per header or entry
 * (30,000 and more for 15,000 files). Callers flush when `full()`.
 */
class Sink {
    out;
    reuse;
    offset = 0;
    hash = (0, crypto_1.createHash)('sha256');
    /** Reused across flushes: a fresh 1 MB per flush was ~40 MB of garbage per archive (RSS). */
    staging = new Bytes(2 * exports.FLUSH_BYTES);
    /**
     * `reuse`: the consumer is done with the bytes once `out` resolves (a file), so the buffer is reused; otherwise
     * (a stream may keep what it is given) each flush hands over a copy of its own.
     */
    constructor(out, reuse = false) {
        this.out = out;
        this.reuse = reuse;
    }
    /** The buffer `reserve` offsets point into (valid until the next reserve or append). */
    get buffer() {
        return this.staging.buf;
    }
    reserve(n) {
        this.offset += n;
        return this.staging.reserve(n);
    }
    append(data) {
        this.offset += data.length;
        this.staging.append(data);
    }
    full() {
        return this.staging.used >= exports.FLUSH_BYTES;
    }
    /**
     * Writes `data` on without copying it into the buffer (what is buffered goes first): for one big piece, which
     * copying would hold twice. A stream target may keep `data`.
     */
    async writeThrough(data) {
        await this.flush();
        this.offset += data.length;
        this.hash.update(data);
        await this.out(data);
    }
    async push(data) {
        this.append(data);
        if (this.full())
            await this.flush();
    }
    async flush() {
        const used = this.staging.used;
        if (used === 0)
            return;
        const view = this.staging.buf.subarray(0, used);
        this.hash.update(view);
        this.staging.used = 0;
        const data = this.reuse ? view : Buffer.from(view);
        // A buffer grown for one big piece is not kept past it.
        if (this.staging.buf.length > 8 * exports.FLUSH_BYTES)
            this.staging.buf = Buffer.allocUnsafeSlow(2 * exports.FLUSH_BYTES);
        await this.out(data);
    }
    digest() {
        return this.hash.digest('base64');
    }
}
exports.Sink = Sink;
async function openTarget(target) {
    if (typeof target === 'string') {
        const fh = await fs.promises.open(target, 'w');
        let closed = false;
        return {
            async write(data) {
                let at = 0;
                while (at < data.length)
                    at += (await fh.write(data, at, data.length - at)).bytesWritten;
            },
            async finish() {
                closed = true;
                await fh.close();
            },
            async fail() {
                if (!closed)
                    await fh.close().catch(() => undefined);
                await fs.promises.rm(target, { force: true });
            },
        };
    }
    const stream = target;
    let error;
    stream.on('error', (e) => (error ??= e));
    const waitFor = (event) => new Promise((resolve, reject) => {
        const onEvent = () => {
            stream.off('error', onError);
            resolve();
        };
        const onError = (e) => {
            stream.off(event, onEvent);
            reject(e);
        };
        stream.once(event, onEvent);
        stream.once('error', onError);
    });
    return {
        async write(data) {
            if (error !== undefined)
                throw error;
            if (!stream.write(data))
                await waitFor('drain');
        },
        async finish() {
            if (error !== undefined)
                throw error;
            const done = waitFor('finish');
            stream.end();
            await done;
        },
        async fail(err) {
            stream.destroy(err instanceof Error ? err : new Error(String(err)));
        },
    };
}
//# sourceMappingURL=zipSink.js.map