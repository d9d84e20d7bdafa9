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
exports.DirectoryCache = void 0;
// Central directories cached per CodeSha256: a small LRU in memory and a bounded folder on disk (the
// extension's global storage). The disk keeps the raw directory bytes, so a listing after a restart costs no
// request at all. Content-addressed: the same archive in two accounts shares one entry. No vscode.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const zipCentral_1 = require("./zipCentral");
function fileName(sha256, size) {
    return `${Buffer.from(sha256, 'base64').toString('hex')}-${size}.zipdir`;
}
class DirectoryCache {
    options;
    memory = new Map();
    constructor(options = {}) {
        this.options = options;
    }
    async get(sha256, archiveSize) {
        const key = `${sha256}/${archiveSize}`;
        const hit = this.memory.get(key);
        if (hit) {
            this.memory.delete(key);
            this.memory.set(key, hit);
            return hit;
        }
        if (!this.options.folder)
            return undefined;
        const file = path.join(this.options.folder, fileName(sha256, archiveSize));
        try {
            const buf = await fs.promises.readFile(file);
            // Layout: count (u32) + offset (f64) + the raw directory.
            const count = buf.readUInt32LE(0);
            const offset = buf.readDoubleLE(4);
            const raw = buf.subarray(12);
            const dir = {
                entries: (0, zipCentral_1.parseCentralDirectory)(raw, count),
                raw,
                location: { offset, size: raw.length, count },
                archiveSize,
            };
            const now = new Date();
            await fs.promises.utimes(file, now, now).catch(() => undefined);
            this.remember(key, dir);
            return dir;
        }
        catch {
            return undefined; // missing or damaged: read it again from the link
        }
    }
    async put(sha256, dir) {
        this.remember(`${sha256}/${dir.archiveSize}`, dir);
        const folder = this.options.folder;
        if (!folder)
            return;
        const header = Buffer.alloc(12);
        header.writeUInt32LE(dir.location.count, 0);
        header.writeDoubleLE(dir.location.offset, 4);
        try {
            await fs.promises.mkdir(folder, { recursive: true });
            const file = path.join(folder, fileName(sha256, dir.archiveSize));
            await fs.promises.writeFile(`${file}.tmp`, Buffer.concat([header, dir.raw]));
            await fs.promises.rename(`${file}.tmp`, file);
            await this.trim(folder);
        }
        catch {
            // A cache that cannot be written only costs a request next time.
        }
    }
    remember(key, dir) {
        this.memory.delete(key);
        this.memory.set(key, dir);
        const max = this.options.memoryEntries ?? 16;
        while (this.memory.size > max)
            this.memory.delete(this.memory.keys().next().value);
    }
    /** Deletes the least recently used files until the folder is within its bound. */
    async trim(folder) {
        const bound = this.options.diskBytes ?? 64 * 1024 * 1024;
        const names = (await fs.promises.readdir(folder)).filter((n) => n.endsWith('.zipdir'));
        const files = await Promise.all(names.map(async (n) => {
            const s = await fs.promises.stat(path.join(folder, n));
            return { file: path.join(folder, n), size: s.size, used: s.mtimeMs };
        }));
        let total = files.reduce((a, f) => a + f.size, 0);
        files.sort((a, b) => a.used - b.used);
        for (const f of files) {
            if (total <= bound)
                break;
            await fs.promises.rm(f.file, { force: true });
            total -= f.size;
        }
    }
}
exports.DirectoryCache = DirectoryCache;
//# sourceMappingURL=directoryCache.js.map