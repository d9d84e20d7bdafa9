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
exports.ZipEntryError = void 0;
exports.changedWhilePackaging = changedWhilePackaging;
exports.identity = identity;
exports.identities = identities;
exports.entryFailure = entryFailure;
exports.copyInto = copyInto;
// Reading one entry's bytes for the zip writer: the "changed while packaging" failure, the identity the scan saw,
// and copying a large entry (spilled deflate output, or a stored file read a second time and checked by CRC).
const fs = __importStar(require("fs"));
const crc32_1 = require("./crc32");
const scannedFile_1 = require("./scannedFile");
const zipSink_1 = require("./zipSink");
/** A file that could not be read or changed while it was packaged. */
class ZipEntryError extends Error {
    zipPath;
    code;
    constructor(message, zipPath, code) {
        super(message);
        this.zipPath = zipPath;
        this.code = code;
        this.name = 'ZipEntryError';
    }
}
exports.ZipEntryError = ZipEntryError;
function changedWhilePackaging(zipPath) {
    return new ZipEntryError(`${zipPath} changed while packaging — publish again`, zipPath, scannedFile_1.CHANGED);
}
function identity(e) {
    return e.dev !== undefined && e.ino !== undefined && e.mtimeMs !== undefined
        ? { dev: e.dev, ino: e.ino, mtimeMs: e.mtimeMs }
        : null;
}
/** The identities of `entries` as a batch request carries them (see BatchRequest.ids). */
function identities(entries) {
    const ids = new Float64Array(entries.length * 3).fill(NaN);
    entries.forEach((e, i) => {
        if (e.dev === undefined || e.ino === undefined || e.mtimeMs === undefined)
            return;
        ids[i * 3] = e.dev;
        ids[i * 3 + 1] = e.ino;
        ids[i * 3 + 2] = e.mtimeMs;
    });
    return ids;
}
function entryFailure(entry, r) {
    if (r.code === scannedFile_1.CHANGED)
        return changedWhilePackaging(entry.zipPath);
    return new ZipEntryError(`Cannot read file for the archive: ${entry.zipPath} (${r.code})`, entry.zipPath, r.code);
}
/**
 * Copies `expected` bytes of `source` into the sink and returns their CRC-32. With `crc` (a stored source file, read a second time) the file
 * is opened as the scanned one (no symlink, same identity) and the copied bytes must have that CRC: a file
 * rewritten between the two reads fails instead of leaving an archive whose CRC does not match its bytes.
 */
async function copyInto(sink, source, expected, entry, crc, signal) {
    let fd;
    try {
        fd = crc === undefined ? fs.openSync(source, 'r') : (0, scannedFile_1.openScanned)(source, expected, identity(entry)).fd;
    }
    catch (err) {
        const code = err.code ?? 'EUNKNOWN';
        throw entryFailure(entry, { code, message: String(err) });
    }
    const read = (b) => new Promise((resolve, reject) => fs.read(fd, b, 0, b.length, null, (err, n) => (err ? reject(err) : resolve(n))));
    try {
        let copied = 0;
        let sum = 0;
        // One buffer, reused (the sink copies what it is given).
        const buf = Buffer.allocUnsafe(zipSink_1.FLUSH_BYTES);
        for (;;) {
            signal?.throwIfAborted();
            const bytesRead = await read(buf);
            if (bytesRead === 0)
                break;
            copied += bytesRead;
            if (copied > expected)
                break;
            const chunk = buf.subarray(0, bytesRead);
            sum = (0, crc32_1.crc32)(chunk, sum);
            await sink.push(chunk);
        }
        if (copied !== expected || (crc !== undefined && sum >>> 0 !== crc >>> 0))
            throw changedWhilePackaging(entry.zipPath);
        return sum;
    }
    finally {
        fs.closeSync(fd);
    }
}
//# sourceMappingURL=zipEntryIo.js.map