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
exports.zipOf = zipOf;
exports.craftZip = craftZip;
// Archives for the published-code tests: real deflated zips from our writer, and hand-made ones with the
// names and modes a hostile archive uses (absolute paths, .., symlink entries).
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const crc32_1 = require("../../../src/layers/zip/crc32");
const zipWriter_1 = require("../../../src/layers/zip/zipWriter");
/** A deflated archive of `files` (path → content); names ending in `*` are written executable. */
async function zipOf(files, opts = {}) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-fixture-'));
    try {
        const entries = Object.entries(files).map(([name, content], i) => {
            const executable = name.endsWith('*');
            const zipPath = executable ? name.slice(0, -1) : name;
            const absPath = path.join(dir, String(i));
            fs.writeFileSync(absPath, content);
            return { zipPath, absPath, size: Buffer.byteLength(content), executable };
        });
        const out = path.join(dir, 'out.zip');
        await (0, zipWriter_1.writeZip)(entries, out, { workers: 1, forceZip64: opts.forceZip64 });
        return fs.readFileSync(out);
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
/** A stored (uncompressed) archive made on "Unix" with exactly these names and modes. */
function craftZip(entries) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const e of entries) {
        const data = Buffer.from(e.data ?? '', 'utf8');
        const name = Buffer.from(e.name, 'utf8');
        const crc = (0, crc32_1.crc32)(data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(0x0800, 6);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(data.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(name.length, 26);
        locals.push(local, name, data);
        const c = Buffer.alloc(46);
        c.writeUInt32LE(0x02014b50, 0);
        c.writeUInt16LE((3 << 8) | 20, 4);
        c.writeUInt16LE(20, 6);
        c.writeUInt16LE(0x0800, 8);
        c.writeUInt32LE(crc, 16);
        c.writeUInt32LE(data.length, 20);
        c.writeUInt32LE(data.length, 24);
        c.writeUInt16LE(name.length, 28);
        c.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
        c.writeUInt32LE(offset, 42);
        centrals.push(c, name);
        offset += 30 + name.length + data.length;
    }
    const cd = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, cd, end]);
}
//# sourceMappingURL=codeFixtures.js.map