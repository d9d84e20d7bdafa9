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
exports.CHANGED = void 0;
exports.changedError = changedError;
exports.openScanned = openScanned;
exports.sameFile = sameFile;
exports.checkUnchanged = checkUnchanged;
exports.readSpan = readSpan;
exports.readWhole = readWhole;
// Reading a file the scan listed (deflateWorker.ts, zipEntryIo.ts): opened without following a symlink or blocking
// on a FIFO, and refused (CHANGED) unless it is the regular file the scan saw, unchanged while read.
const fs = __importStar(require("fs"));
const folderWalk_1 = require("./folderWalk");
/** The file is not the one that was scanned (swapped, rewritten, grown, or now a symlink, FIFO or device). */
exports.CHANGED = 'ECHANGED';
function changedError() {
    const e = new Error('changed while packaging');
    e.code = exports.CHANGED;
    return e;
}
/**
 * Opens a file for packaging without following a symlink in its last component and without blocking on a FIFO,
 * and checks that it is the regular file the scan saw (device, inode, mtime, size). A symlink or a different
 * file found there means it changed underfoot: thrown as CHANGED. The caller closes the descriptor.
 */
function openScanned(file, size, id) {
    let fd;
    try {
        fd = fs.openSync(file, fs.constants.O_RDONLY | folderWalk_1.NOFOLLOW | folderWalk_1.NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP' || code === 'EMLINK' || code === 'ENXIO')
            throw changedError();
        throw err;
    }
    try {
        const stat = fs.fstatSync(fd);
        if (!stat.isFile() || (size >= 0 && stat.size !== size) || (id && !sameFile(stat, id)))
            throw changedError();
        return { fd, stat };
    }
    catch (err) {
        fs.closeSync(fd);
        throw err;
    }
}
function sameFile(stat, id) {
    return stat.dev === id.dev && stat.ino === id.ino && stat.mtimeMs === id.mtimeMs;
}
/** After reading: the file was not written to meanwhile (size and mtime as when it was opened). */
function checkUnchanged(fd, before, bytesRead) {
    const after = fs.fstatSync(fd);
    if (bytesRead !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs)
        throw changedError();
}
/** One read buffer per worker, grown on demand: reading into fresh buffers made V8 hold up to ~64 MB of dead
 * external memory per worker before collecting it (peak RSS), for no gain. */
let readBuffer = Buffer.allocUnsafeSlow(1 << 20);
/**
 * Reads up to `length` bytes of `fd` from `position` into the worker's read buffer (grown as needed): a view of what
 * was read, valid until the next read.
 */
function readSpan(fd, position, length) {
    if (readBuffer.length < length) {
        let n = readBuffer.length;
        while (n < length)
            n *= 2;
        readBuffer = Buffer.allocUnsafeSlow(n);
    }
    let done = 0;
    while (done < length) {
        const n = fs.readSync(fd, readBuffer, done, length - done, position + done);
        if (n === 0)
            break;
        done += n;
    }
    return readBuffer.subarray(0, done);
}
/**
 * The whole file as a view into `readBuffer` (valid until the next call), checked to be the scanned file (see
 * openScanned) and unchanged while read. Reading stops at the size fstat gave (no extra read returning 0).
 */
function readWhole(file, expected = -1, id) {
    const { fd, stat } = openScanned(file, expected, id);
    try {
        const read = readSpan(fd, 0, stat.size);
        checkUnchanged(fd, stat, read.length);
        return read;
    }
    finally {
        fs.closeSync(fd);
    }
}
//# sourceMappingURL=scannedFile.js.map