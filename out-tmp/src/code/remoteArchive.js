"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RemoteArchive = exports.DownloadLinkError = exports.ArchiveChangedError = void 0;
exports.entryFromArchive = entryFromArchive;
// A zip archive behind a presigned download link, read with HTTP Range requests: the central directory
// (tail first, then the directory if the tail did not hold it) and one entry at a time (its local header
// and data in one request). Every request after the first carries If-Match with the link's ETag, so bytes of
// two different objects are never spliced. An expired link (403/410) is renewed once through `renew` (a
// fresh GetLayerVersion / GetFunction). The URL is a secret: it never appears in an error. No vscode.
const zipDirectory_1 = require("./zipDirectory");
const entryData_1 = require("./entryData");
const zipCentral_1 = require("./zipCentral");
class ArchiveChangedError extends Error {
    name = 'ArchiveChangedError';
    constructor() {
        super('The published code changed while it was being read: open it again');
    }
}
exports.ArchiveChangedError = ArchiveChangedError;
class DownloadLinkError extends Error {
    name = 'DownloadLinkError';
}
exports.DownloadLinkError = DownloadLinkError;
/** Bytes the local extra field may exceed the central one by before a second request is needed. */
const LOCAL_EXTRA_SLACK = 64;
class RemoteArchive {
    link;
    renew;
    doFetch;
    etag;
    stats = { requests: 0, bytes: 0 };
    constructor(link, renew, doFetch = (u, init) => fetch(u, init)) {
        this.link = link;
        this.renew = renew;
        this.doFetch = doFetch;
    }
    get sha256() {
        return this.link.sha256;
    }
    get size() {
        return this.link.size;
    }
    /** Bytes `start..end` (inclusive; `start < 0` = the last -start bytes) with their position. */
    async range(start, end, signal) {
        const spec = start < 0 ? `${start}` : `${start}-${end ?? ''}`;
        for (let attempt = 0;; attempt++) {
            const headers = { Range: `bytes=${spec}` };
            if (this.etag)
                headers['If-Match'] = this.etag;
            this.stats.requests++;
            const r = await this.doFetch(this.link.url, { headers, signal });
            if ((r.status === 403 || r.status === 410) && attempt === 0) {
                await r.body?.cancel().catch(() => undefined);
                const fresh = await this.renew(signal);
                if (fresh.sha256 !== this.link.sha256)
                    throw new ArchiveChangedError();
                this.link = fresh;
                continue;
            }
            if (r.status === 412) {
                await r.body?.cancel().catch(() => undefined);
                throw new ArchiveChangedError();
            }
            const at = await (0, zipDirectory_1.rangeOf)(r, (message) => new DownloadLinkError(message));
            if (at.total !== this.link.size)
                throw new ArchiveChangedError();
            const etag = r.headers.get('etag') ?? undefined;
            if (this.etag && etag && etag !== this.etag)
                throw new ArchiveChangedError();
            this.etag ??= etag;
            const data = Buffer.from(await r.arrayBuffer());
            this.stats.bytes += data.length;
            return { start: at.start, data };
        }
    }
    /** The whole archive in one request (for Download to Folder), with If-Match once the ETag is known. */
    async whole(signal, onBytes) {
        const chunks = [];
        let received = 0;
        // A range request of everything: 206 with the ETag check, and progress as it streams.
        const step = 8 * 1024 * 1024;
        for (let at = 0; at < this.link.size; at += step) {
            const part = await this.range(at, Math.min(this.link.size, at + step) - 1, signal);
            chunks.push(part.data);
            received += part.data.length;
            onBytes?.(received);
        }
        return Buffer.concat(chunks);
    }
    async readDirectory(signal) {
        const size = this.link.size;
        const tail = await this.range(-Math.min(zipCentral_1.TAIL_BYTES, size), undefined, signal);
        const { location, raw } = await (0, zipCentral_1.directoryFromTail)(tail, size, (start, end) => this.range(start, end, signal));
        return {
            entries: (0, zipCentral_1.parseCentralDirectory)(raw, location.count),
            raw: Buffer.from(raw),
            location,
            archiveSize: size,
        };
    }
    /** One entry's bytes: usually one Range request (local header + data), inflated and CRC-checked. */
    async readEntry(entry, signal) {
        if (entry.isDirectory)
            throw new zipCentral_1.ZipFormatError(`${entry.name} is a folder`);
        const guessHeader = 30 + entry.nameBytes + entry.extraBytes + LOCAL_EXTRA_SLACK;
        const start = entry.localHeaderOffset;
        const end = Math.min(this.link.size, start + guessHeader + entry.compressedSize) - 1;
        let { data } = await this.range(start, end, signal);
        const dataStart = (0, zipCentral_1.localDataStart)(data, entry);
        if (typeof dataStart !== 'number')
            throw new zipCentral_1.ZipFormatError(`Truncated local header: ${entry.name}`);
        if (dataStart + entry.compressedSize > data.length) {
            const more = await this.range(start + data.length, start + dataStart + entry.compressedSize - 1, signal);
            data = Buffer.concat([data, more.data]);
        }
        return (0, entryData_1.decodeEntry)(entry, data.subarray(dataStart, dataStart + entry.compressedSize));
    }
}
exports.RemoteArchive = RemoteArchive;
/** Reads an entry out of a whole archive already in memory (Download to Folder). */
async function entryFromArchive(archive, entry) {
    const local = archive.subarray(entry.localHeaderOffset);
    const dataStart = (0, zipCentral_1.localDataStart)(local, entry);
    if (typeof dataStart !== 'number' || dataStart + entry.compressedSize > local.length)
        throw new zipCentral_1.ZipFormatError(`Truncated entry: ${entry.name}`);
    return (0, entryData_1.decodeEntry)(entry, local.subarray(dataStart, dataStart + entry.compressedSize));
}
//# sourceMappingURL=remoteArchive.js.map