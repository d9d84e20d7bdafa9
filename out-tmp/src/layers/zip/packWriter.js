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
exports.PackWriter = void 0;
// Writing a pack (packCache.ts): the archive bytes as the zip writer produces them, then the index and the trailer,
// into a temp file renamed into place at the end, so a concurrent publish never sees a half-written pack.
const fs = __importStar(require("fs"));
const crc32_1 = require("./crc32");
const packFormat_1 = require("./packFormat");
const packIndex_1 = require("./packIndex");
class PackWriter {
    fd;
    temp;
    final;
    level;
    onCommitted;
    /** The index's columns as the entries are written (see packIndex.ts): no object per entry. */
    names = [];
    numbers = new Float64Array(1024 * packIndex_1.FIELDS);
    failed;
    incomplete = false;
    constructor(fd, temp, final, level, 
    /** Called once the pack is in place (the cache trims itself to its size limit). */
    onCommitted) {
        this.fd = fd;
        this.temp = temp;
        this.final = final;
        this.level = level;
        this.onCommitted = onCommitted;
    }
    /**
     * Archive bytes, in order. Written at once (the caller reuses its buffers); a failure is kept and makes commit
     * drop the pack.
     */
    write(data) {
        if (this.failed !== undefined)
            return;
        try {
            let at = 0;
            while (at < data.length)
                at += fs.writeSync(this.fd, data, at, data.length - at);
        }
        catch (e) {
            this.failed = e;
        }
    }
    /**
     * The same as `write`, in the background (alongside the archive's own write); resolves once written, never
     * rejects (a failure makes commit drop the pack). Calls must not overlap.
     */
    writeAsync(data) {
        if (this.failed !== undefined)
            return Promise.resolve();
        return new Promise((resolve) => {
            let at = 0;
            const next = () => fs.write(this.fd, data, at, data.length - at, null, (err, n) => {
                if (err)
                    this.failed = err;
                else
                    at += n;
                if (err || at >= data.length)
                    resolve();
                else
                    next();
            });
            next();
        });
    }
    /** Remembers an entry written with its scanned identity: its compressed bytes at `offset` (`length` bytes). */
    record(e, offset, length, method, crc, dataCrc) {
        const k = this.names.length;
        if ((k + 1) * packIndex_1.FIELDS > this.numbers.length) {
            const bigger = new Float64Array(this.numbers.length * 2);
            bigger.set(this.numbers);
            this.numbers = bigger;
        }
        const n = this.numbers;
        const at = k * packIndex_1.FIELDS;
        n[at + packIndex_1.F.d] = e.dev;
        n[at + packIndex_1.F.i] = e.ino;
        n[at + packIndex_1.F.s] = e.size;
        n[at + packIndex_1.F.m] = e.mtimeMs;
        n[at + packIndex_1.F.x] = e.executable ? 1 : 0;
        n[at + packIndex_1.F.o] = offset;
        n[at + packIndex_1.F.c] = length;
        n[at + packIndex_1.F.k] = method;
        n[at + packIndex_1.F.crc] = crc >>> 0;
        n[at + packIndex_1.F.dc] = dataCrc >>> 0;
        this.names.push(e.zipPath);
    }
    /** An entry without a scanned identity went into the archive: the pack cannot vouch for the whole archive. */
    skip() {
        this.incomplete = true;
    }
    /** Finishes the pack and renames it into place; never throws (a cache that cannot be written is no cache). */
    commit(size, sha256) {
        const numbers = this.numbers.subarray(0, this.names.length * packIndex_1.FIELDS);
        const raw = (0, packIndex_1.encodeIndex)({ v: packFormat_1.PACK_VERSION, level: this.level, size, sha256, names: this.names, numbers });
        this.write(raw);
        this.write((0, packFormat_1.encodeTrailer)({
            indexAt: size,
            indexLength: raw.length,
            indexCrc: (0, crc32_1.crc32)(raw),
            sha256,
            ...(this.incomplete ? {} : { digest: (0, packFormat_1.recordDigest)(this.names, numbers) }),
        }));
        try {
            fs.closeSync(this.fd);
            if (this.failed === undefined) {
                fs.renameSync(this.temp, this.final);
                this.onCommitted(this.final);
                return;
            }
        }
        catch {
            // fall through: drop the temp file
        }
        fs.rmSync(this.temp, { force: true });
    }
    discard() {
        try {
            fs.closeSync(this.fd);
        }
        catch {
            // closed
        }
        fs.rmSync(this.temp, { force: true });
    }
}
exports.PackWriter = PackWriter;
//# sourceMappingURL=packWriter.js.map