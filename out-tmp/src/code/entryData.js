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
exports.decodeEntry = decodeEntry;
// An entry's bytes from the archive bytes that hold its local header and data: inflate (stored or deflated),
// then check the size and CRC-32 the central directory promised. No vscode.
const util_1 = require("util");
const zlib = __importStar(require("zlib"));
const crc32_1 = require("../layers/zip/crc32");
const zipCentral_1 = require("./zipCentral");
const inflateRaw = (0, util_1.promisify)(zlib.inflateRaw);
/** `compressed` = exactly the entry's data bytes (after its local header). */
async function decodeEntry(entry, compressed) {
    if (entry.flags & 0x1)
        throw new zipCentral_1.ZipFormatError(`Encrypted entries cannot be opened: ${entry.name}`);
    let data;
    if (entry.method === 0)
        data = compressed;
    else if (entry.method === 8) {
        // maxOutputLength: a deflate bomb stops at the size the directory announced (+1 to notice the lie).
        data = await inflateRaw(compressed, { maxOutputLength: Math.max(1, entry.size + 1) }).catch((e) => {
            throw new zipCentral_1.ZipFormatError(`Cannot inflate ${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
        });
    }
    else
        throw new zipCentral_1.ZipFormatError(`Unsupported compression method ${entry.method}: ${entry.name}`);
    if (data.length !== entry.size)
        throw new zipCentral_1.ZipFormatError(`Size mismatch in ${entry.name}: ${data.length} bytes, expected ${entry.size}`);
    if ((0, crc32_1.crc32)(data) !== entry.crc32 >>> 0)
        throw new zipCentral_1.ZipFormatError(`CRC-32 mismatch in ${entry.name}`);
    return data;
}
//# sourceMappingURL=entryData.js.map