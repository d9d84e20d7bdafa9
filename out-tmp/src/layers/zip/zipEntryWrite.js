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
exports.commonFolder = commonFolder;
exports.remember = remember;
exports.writeEntry = writeEntry;
exports.writeParted = writeParted;
// Writing one entry into the archive: its local header (and central record, kept for the end) and what the new
// pack remembers of it; and the folder the pack cache keeps an archive under by default.
const path = __importStar(require("path"));
const zipRecords_1 = require("./zipRecords");
const crc32_1 = require("./crc32");
const deflateWorker_1 = require("./deflateWorker");
const zipEntryIo_1 = require("./zipEntryIo");
/** The folder holding every entry: what the cache keeps an archive under by default. */
function commonFolder(entries) {
    let prefix = entries.length > 0 ? path.dirname(entries[0].absPath) : '';
    for (const e of entries) {
        while (!e.absPath.startsWith(prefix + path.sep) && path.dirname(prefix) !== prefix)
            prefix = path.dirname(prefix);
    }
    return prefix;
}
function remember(packOut, e, dataAt, method, crc, compressedSize, dataCrc) {
    if (!packOut)
        return;
    if (e.dev === undefined || e.ino === undefined || e.mtimeMs === undefined)
        return packOut.skip();
    packOut.record(e, dataAt, compressedSize, method, crc, dataCrc);
}
/** One record object for every header written (the writer is synchronous here): no object per entry. */
const header = {
    name: '',
    flags: 0,
    method: 0,
    crc: 0,
    compressedSize: 0,
    uncompressedSize: 0,
    localHeaderOffset: 0,
    executable: false,
};
function writeEntry(sink, central, entry, method, crc, compressedSize, uncompressedSize, force) {
    const length = (0, zipRecords_1.nameBytes)(entry.zipPath);
    header.name = entry.zipPath;
    header.flags = (0, zipRecords_1.nameFlags)(entry.zipPath, length);
    header.method = method;
    header.crc = crc;
    header.compressedSize = compressedSize;
    header.uncompressedSize = uncompressedSize;
    header.localHeaderOffset = sink.offset;
    header.executable = entry.executable;
    // Room first: reserving may replace the buffer.
    const cdAt = central.bytes.reserve((0, zipRecords_1.centralHeaderLength)(header, length, force));
    (0, zipRecords_1.writeCentralHeader)(central.bytes.buf, cdAt, header, length, force);
    central.count++;
    const at = sink.reserve((0, zipRecords_1.localHeaderLength)(header, length, force));
    (0, zipRecords_1.writeLocalHeader)(sink.buffer, at, header, length, force);
}
/**
 * Writes a file deflated in parts (zipPlan.ts): the parts in order, or, when deflate did not shrink it, the file
 * stored, read again and checked against the parts' CRC.
 */
async function writeParted(sink, central, packOut, entry, got, force, signal) {
    const { crc, compressed } = got;
    if (compressed >= entry.size) {
        writeEntry(sink, central, entry, deflateWorker_1.METHOD_STORED, crc, entry.size, entry.size, force);
        const dataAt = sink.offset;
        const dataCrc = await (0, zipEntryIo_1.copyInto)(sink, entry.absPath, entry.size, entry, crc, signal);
        remember(packOut, entry, dataAt, deflateWorker_1.METHOD_STORED, crc, entry.size, dataCrc);
        return;
    }
    writeEntry(sink, central, entry, deflateWorker_1.METHOD_DEFLATE, crc, compressed, entry.size, force);
    const dataAt = sink.offset;
    let dataCrc = 0;
    for (const part of got.parts) {
        dataCrc = (0, crc32_1.crc32)(part, dataCrc);
        sink.append(part);
        if (sink.full())
            await sink.flush();
    }
    remember(packOut, entry, dataAt, deflateWorker_1.METHOD_DEFLATE, crc, compressed, dataCrc);
}
//# sourceMappingURL=zipEntryWrite.js.map