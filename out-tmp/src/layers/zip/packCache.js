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
exports.PackCache = exports.OpenPack = exports.DEFAULT_CACHE_BYTES = void 0;
exports.verifiedSlice = verifiedSlice;
// A bounded on-disk cache for re-publishing a folder: per folder and deflate level, one pack file holding the last
// archive built from it and an index of its entries (zip path, the file's identity as scanned, where the compressed
// bytes are, their CRC). Re-packing copies the compressed bytes of files whose device/inode/size/mtime are
// unchanged and deflates only the others, so the archive is byte-identical to a clean build; with nothing changed
// the archive's SHA-256 is known from the scan's stat data alone.
// Safety: every cached entry is checked (length and CRC-32 of its compressed bytes) before it is used, and a bad one
// is recomputed; packs are opened without following symlinks and replaced by an atomic rename, so concurrent
// publishes never see a half-written pack. Eviction: least recently used packs go first past `maxBytes`.
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const crc32_1 = require("./crc32");
const folderWalk_1 = require("./folderWalk");
const packFormat_1 = require("./packFormat");
const packIndex_1 = require("./packIndex");
const zipOrder_1 = require("./zipOrder");
const packWriter_1 = require("./packWriter");
exports.DEFAULT_CACHE_BYTES = 1024 * 1024 * 1024;
/** A pack opened ahead (prefetch) and not taken within this time is closed again. */
const PREFETCH_MS = 60_000;
/** An open pack: its index and a descriptor to read cached bytes from (the caller closes it). */
class OpenPack {
    fd;
    index;
    constructor(fd, index) {
        this.fd = fd;
        this.index = index;
    }
    /**
     * For each of `sortedEntries` (archive order), the index of its record when the file is unchanged since it was
     * cached (stat data), else -1. Both lists are in archive order, so one merge pass finds them (no map of 15,000
     * names); a pack whose names are out of order only finds fewer.
     */
    hitsFor(sortedEntries) {
        const hits = new Int32Array(sortedEntries.length).fill(-1);
        const names = this.index.names;
        let k = 0;
        for (let i = 0; i < sortedEntries.length && k < names.length; i++) {
            const e = sortedEntries[i];
            let order = (0, zipOrder_1.compareZipPaths)(names[k], e.zipPath);
            while (order < 0 && ++k < names.length)
                order = (0, zipOrder_1.compareZipPaths)(names[k], e.zipPath);
            if (order === 0 && e.dev !== undefined && (0, packFormat_1.sameAsScanned)(this.index, k, e))
                hits[i] = k++;
        }
        return hits;
    }
    /**
     * Whether the archive in the pack is the archive of `sortedEntries`: the same files in the same order, each
     * unchanged (stat data). A pack that skipped an entry has fewer records, so it never matches.
     */
    unchangedFor(sortedEntries) {
        if (this.index.names.length !== sortedEntries.length)
            return false;
        for (let i = 0; i < sortedEntries.length; i++)
            if (!(0, packFormat_1.sameAsScanned)(this.index, i, sortedEntries[i]))
                return false;
        return true;
    }
    /**
     * Copies the cached archive to `file`, hashing it on the way: returned only when the bytes hash to the SHA-256
     * recorded for them (else undefined, and the caller builds as usual). Rejects only when cancelled.
     */
    async copyArchive(file, signal) {
        const { size, sha256 } = this.index;
        let dst;
        try {
            dst = await fs.promises.open(file, 'w');
            const hash = (0, crypto_1.createHash)('sha256');
            const buf = Buffer.allocUnsafe(1024 * 1024);
            for (let at = 0; at < size;) {
                signal?.throwIfAborted();
                const chunk = await this.read(at, Math.min(buf.length, size - at), buf);
                if (chunk.length === 0)
                    return undefined;
                hash.update(chunk);
                for (let w = 0; w < chunk.length;)
                    w += (await dst.write(chunk, w, chunk.length - w)).bytesWritten;
                at += chunk.length;
            }
            return hash.digest('base64') === sha256 ? { sha256, size } : undefined;
        }
        catch (err) {
            if (signal?.aborted)
                throw err;
            return undefined;
        }
        finally {
            await dst?.close();
        }
    }
    /** Reads `length` bytes at `offset`, into `into` when it is large enough. */
    read(offset, length, into) {
        return readAt(this.fd, offset, length, into);
    }
    /**
     * Closes it off this thread: after a re-pack the old pack is already replaced, and closing the last descriptor
     * of a removed 40 MB file frees it (~20 ms), which the caller need not wait for.
     */
    close() {
        fs.close(this.fd, () => undefined);
    }
}
exports.OpenPack = OpenPack;
/** The cached compressed bytes of record `k` within `span` (read from pack offset `spanStart`), if intact. */
function verifiedSlice(span, spanStart, index, k) {
    const at = k * packIndex_1.FIELDS;
    const from = index.numbers[at + packIndex_1.F.o] - spanStart;
    const length = index.numbers[at + packIndex_1.F.c];
    if (from < 0 || from + length > span.length)
        return undefined;
    const data = span.subarray(from, from + length);
    return (0, crc32_1.crc32)(data) === index.numbers[at + packIndex_1.F.dc] ? data : undefined;
}
const packFlags = fs.constants.O_RDONLY | folderWalk_1.NOFOLLOW | folderWalk_1.NONBLOCK;
/** Reads `length` bytes at `offset` (fewer at the end of the file), into `into` when it is large enough. */
function readAt(fd, offset, length, into) {
    const buf = into && into.length >= length ? into : Buffer.allocUnsafe(length);
    return new Promise((resolve, reject) => {
        let at = 0;
        const next = () => fs.read(fd, buf, at, length - at, offset + at, (err, n) => {
            if (err)
                return reject(err);
            at += n;
            if (n === 0 || at === length)
                resolve(buf.subarray(0, at));
            else
                next();
        });
        next();
    });
}
/** Packs being opened ahead of a re-pack (see prefetch), by pack file; each is taken at most once. */
const prefetched = new Map();
class PackCache {
    dir;
    maxBytes;
    constructor(dir, maxBytes = exports.DEFAULT_CACHE_BYTES) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }
    /** The pack file for a folder key and level. */
    packPath(key, level) {
        const h = (0, crypto_1.createHash)('sha256').update(`${packFormat_1.PACK_VERSION}\0${level}\0${key}`).digest('hex');
        return path.join(this.dir, `${h.slice(0, 32)}.pack`);
    }
    /**
     * Starts opening the pack for `key` in the background (reading and decoding its index while a scan runs, when
     * this thread would wait anyway), for `open` to take; false when there is no pack. Not taken within `keepMs`
     * (a minute), it is closed again.
     */
    prefetch(key, level, keepMs = PREFETCH_MS) {
        const file = this.packPath(key, level);
        if (!fs.existsSync(file))
            return false;
        if (!prefetched.has(file)) {
            const pack = this.openAsync(file, level).catch(() => undefined);
            const timer = setTimeout(() => {
                prefetched.delete(file);
                void pack.then((p) => p?.close());
            }, keepMs);
            timer.unref();
            prefetched.set(file, { pack, timer });
        }
        return true;
    }
    /** The cache folder, created when missing; undefined (no cache) when it is not a plain folder of ours. */
    ensureDir() {
        try {
            fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
            return fs.lstatSync(this.dir).isDirectory();
        }
        catch {
            return false;
        }
    }
    /** Opens the pack for `key` (the prefetched one, if any); undefined when there is none or it is damaged. */
    open(key, level) {
        const file = this.packPath(key, level);
        const ahead = prefetched.get(file);
        if (ahead) {
            prefetched.delete(file);
            clearTimeout(ahead.timer);
            return ahead.pack;
        }
        return this.openAsync(file, level).catch(() => undefined);
    }
    async openAsync(file, level) {
        const fd = await new Promise((resolve) => fs.open(file, packFlags, (err, f) => resolve(err ? undefined : f)));
        if (fd === undefined)
            return undefined;
        try {
            const st = await new Promise((resolve, reject) => fs.fstat(fd, (err, stat) => (err ? reject(err) : resolve(stat))));
            if (!st.isFile() || st.size < packFormat_1.TRAILER)
                throw new Error('not a pack');
            const t = (0, packFormat_1.parseTrailer)(await readAt(fd, st.size - packFormat_1.TRAILER, packFormat_1.TRAILER), st.size);
            if (!t)
                throw new Error('not a pack');
            const raw = await readAt(fd, t.indexAt, t.indexLength);
            if (raw.length !== t.indexLength || (0, crc32_1.crc32)(raw) !== t.indexCrc)
                throw new Error('bad pack index');
            const index = (0, packIndex_1.decodeIndex)(raw);
            if (index.v !== packFormat_1.PACK_VERSION || index.level !== level || index.size !== t.indexAt)
                throw new Error('bad pack index');
            // Touch it: eviction goes by last use.
            const now = new Date();
            fs.futimes(fd, now, now, () => undefined);
            return new OpenPack(fd, index);
        }
        catch {
            fs.close(fd, () => undefined);
            return undefined;
        }
    }
    /** The trailer of the pack for `key` (its magic and size checked); undefined when there is none. */
    readTrailer(key, level) {
        let fd;
        try {
            fd = fs.openSync(this.packPath(key, level), packFlags);
        }
        catch {
            return undefined;
        }
        try {
            const st = fs.fstatSync(fd);
            const raw = Buffer.alloc(packFormat_1.TRAILER);
            if (!st.isFile() ||
                st.size < packFormat_1.TRAILER ||
                fs.readSync(fd, raw, 0, packFormat_1.TRAILER, st.size - packFormat_1.TRAILER) !== packFormat_1.TRAILER)
                return undefined;
            return (0, packFormat_1.parseTrailer)(raw, st.size);
        }
        catch {
            return undefined;
        }
        finally {
            fs.closeSync(fd);
        }
    }
    /**
     * The archive's SHA-256 and size when every entry is unchanged since the last pack (and nothing was added or
     * removed), from the entries' stat data and the pack's trailer alone (no index to read); undefined otherwise.
     */
    knownArchive(key, level, sortedEntries) {
        const digest = (0, packFormat_1.statDigest)(sortedEntries);
        if (!digest)
            return undefined;
        const t = this.readTrailer(key, level);
        if (!t || !t.digest.equals(digest))
            return undefined;
        return { sha256: t.sha256, size: t.indexAt };
    }
    /** A new pack being written next to its final name; `commit` renames it into place, `discard` removes it. */
    create(key, level) {
        if (!this.ensureDir())
            return undefined;
        const final = this.packPath(key, level);
        const temp = `${final}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
            const fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | folderWalk_1.NOFOLLOW, 0o600);
            return new packWriter_1.PackWriter(fd, temp, final, level, (f) => this.trim(f));
        }
        catch {
            return undefined;
        }
    }
    /** Removes the least recently used packs (and stale temp files) until the cache fits in `maxBytes`. */
    trim(keep) {
        let names;
        try {
            names = fs.readdirSync(this.dir);
        }
        catch {
            return;
        }
        const packs = [];
        const hourAgo = Date.now() - 3600_000;
        for (const name of names) {
            const file = path.join(this.dir, name);
            try {
                const st = fs.lstatSync(file);
                if (!st.isFile())
                    continue;
                if (name.endsWith('.tmp')) {
                    if (st.mtimeMs < hourAgo)
                        fs.rmSync(file, { force: true });
                }
                else if (name.endsWith('.pack'))
                    packs.push({ file, size: st.size, used: st.mtimeMs });
            }
            catch {
                // gone meanwhile (another publish)
            }
        }
        packs.sort((a, b) => b.used - a.used);
        let total = 0;
        for (const p of packs) {
            total += p.size;
            if (total > this.maxBytes && p.file !== keep)
                fs.rmSync(p.file, { force: true });
        }
    }
}
exports.PackCache = PackCache;
//# sourceMappingURL=packCache.js.map