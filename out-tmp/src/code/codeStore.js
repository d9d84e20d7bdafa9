"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CodeStore = exports.CodeNotFoundError = exports.LARGE_ENTRY_BYTES = void 0;
exports.largePlaceholder = largePlaceholder;
exports.looksBinary = looksBinary;
const archiveTree_1 = require("./archiveTree");
const codeUri_1 = require("./codeUri");
const remoteArchive_1 = require("./remoteArchive");
/** Entries larger than this are announced with a placeholder instead of being read. */
exports.LARGE_ENTRY_BYTES = 5 * 1024 * 1024;
class CodeNotFoundError extends Error {
    name = 'CodeNotFoundError';
}
exports.CodeNotFoundError = CodeNotFoundError;
/** How long a function's code is trusted before GetFunction is asked again ($LATEST changes on deploy). */
const FUNCTION_TTL_MS = 30_000;
const MAX_OPEN = 32;
class CodeStore {
    lambda;
    region;
    cache;
    options;
    open = new Map();
    /** Transfers of archives this store dropped, so that totals survive eviction. */
    retired = { requests: 0, bytes: 0 };
    constructor(lambda, 
    /** The connection's Region: targets elsewhere need another connection. */
    region, cache, options = {}) {
        this.lambda = lambda;
        this.region = region;
        this.cache = cache;
        this.options = options;
    }
    /** The archive of `target`, its directory read (or taken from the cache). */
    archive(target, signal) {
        if (target.region !== this.region)
            throw new codeUri_1.CodeUriError(`Connect to ${target.region} to open ${(0, codeUri_1.targetLabel)(target)} (connected to ${this.region})`);
        const key = (0, codeUri_1.targetKey)(target);
        const now = (this.options.now ?? Date.now)();
        const hit = this.open.get(key);
        if (hit && (target.kind === 'layer' || now - hit.at < FUNCTION_TTL_MS)) {
            this.open.delete(key);
            this.open.set(key, hit);
            return hit.archive;
        }
        if (hit)
            void this.retire(hit.archive);
        const archive = this.load(target, signal);
        this.open.set(key, { at: now, archive });
        archive.catch(() => this.open.get(key)?.archive === archive && this.open.delete(key));
        while (this.open.size > MAX_OPEN) {
            const oldest = this.open.keys().next().value;
            void this.retire(this.open.get(oldest).archive);
            this.open.delete(oldest);
        }
        return archive;
    }
    /** Drop what is known about a target (after a deploy or publish, or a refresh). */
    forget(target) {
        const key = (0, codeUri_1.targetKey)(target);
        const hit = this.open.get(key);
        if (hit)
            void this.retire(hit.archive);
        this.open.delete(key);
    }
    async retire(archive) {
        const a = await archive.catch(() => undefined);
        if (!a)
            return;
        this.retired.requests += a.remote.stats.requests;
        this.retired.bytes += a.remote.stats.bytes;
    }
    /** Requests and bytes sent to download links so far (the bench reads it). */
    async transferred() {
        const total = { ...this.retired };
        for (const { archive } of this.open.values()) {
            const a = await archive.catch(() => undefined);
            if (!a)
                continue;
            total.requests += a.remote.stats.requests;
            total.bytes += a.remote.stats.bytes;
        }
        return total;
    }
    async link(target, signal) {
        if (target.kind === 'layer') {
            const arn = `arn:aws:lambda:${target.region}:${target.account}:layer:${target.name}:${target.version}`;
            const v = await this.lambda.getLayerVersionByArn(arn, { signal });
            if (!v.location || !v.codeSha256 || v.codeSize === undefined)
                throw new CodeNotFoundError(`${(0, codeUri_1.targetLabel)(target)} has no downloadable code`);
            return { url: v.location, sha256: v.codeSha256, size: v.codeSize };
        }
        const f = await this.lambda.getFunction(target.name, { signal, qualifier: target.qualifier });
        if (!f.codeLocation || !f.configuration.codeSha256)
            throw new CodeNotFoundError(f.imageUri
                ? `${(0, codeUri_1.targetLabel)(target)} is a container image: its code is not a zip archive`
                : `${(0, codeUri_1.targetLabel)(target)} has no downloadable code`);
        return { url: f.codeLocation, sha256: f.configuration.codeSha256, size: f.configuration.codeSize };
    }
    async load(target, signal) {
        const link = await this.link(target, signal);
        const remote = new remoteArchive_1.RemoteArchive(link, (s) => this.link(target, s), this.options.fetch);
        let directory = await this.cache.get(link.sha256, link.size);
        if (!directory) {
            directory = await remote.readDirectory(signal);
            await this.cache.put(link.sha256, directory);
        }
        return { target, remote, directory, tree: new archiveTree_1.ArchiveTree(directory.entries) };
    }
    async stat(loc, signal) {
        const a = await this.archive(loc.target, signal);
        const item = a.tree.lookup(loc.path);
        if (!item)
            throw new CodeNotFoundError(`No ${loc.path} in ${(0, codeUri_1.targetLabel)(loc.target)}`);
        return { ...item, size: item.entry ? item.entry.size : 0 };
    }
    async readDirectory(loc, signal) {
        const a = await this.archive(loc.target, signal);
        const items = a.tree.list(loc.path);
        if (!items)
            throw new CodeNotFoundError(`No folder ${loc.path || '/'} in ${(0, codeUri_1.targetLabel)(loc.target)}`);
        return items;
    }
    /** A file's bytes; a placeholder text for entries over LARGE_ENTRY_BYTES (never read). */
    async readFile(loc, signal) {
        const a = await this.archive(loc.target, signal);
        const entry = a.tree.file(loc.path);
        if (!entry)
            throw new CodeNotFoundError(`No file ${loc.path} in ${(0, codeUri_1.targetLabel)(loc.target)}`);
        if (entry.size > exports.LARGE_ENTRY_BYTES)
            return Buffer.from(largePlaceholder(loc, entry), 'utf8');
        return a.remote.readEntry(entry, signal);
    }
}
exports.CodeStore = CodeStore;
function largePlaceholder(loc, entry) {
    const mb = (entry.size / (1024 * 1024)).toFixed(1);
    return (`${loc.path} is ${mb} MB uncompressed, too large to open in the editor (the limit is ` +
        `${exports.LARGE_ENTRY_BYTES / (1024 * 1024)} MB).\n` +
        `Use "Download to Folder…" on ${(0, codeUri_1.targetLabel)(loc.target)} to get the file.\n`);
}
const BINARY_EXTENSIONS = new Set('so node dll dylib exe bin o a pyc pyo class jar war zip gz tgz bz2 xz 7z png jpg jpeg gif webp ico bmp pdf woff woff2 ttf otf eot wasm mp3 mp4 sqlite db'.split(' '));
/** By extension: an entry that a text editor would only show as noise. */
function looksBinary(p) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return (dot > 0 && BINARY_EXTENSIONS.has(base.slice(dot + 1).toLowerCase())) || /\.so(\.\d+)+$/.test(base);
}
//# sourceMappingURL=codeStore.js.map