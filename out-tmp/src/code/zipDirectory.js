"use strict";
// The unzipped size of a remote archive without downloading it: read its end-of-central-directory record and
// central directory with HTTP Range requests on the presigned download URL (GetFunction's Code.Location,
// GetLayerVersion's Content.Location), and sum the entries' uncompressed sizes, as AWS's 250 MB check does.
// Usually one request of ~64 KB (the tail holds the whole directory); two or three for big directories or
// zip64. The URL is a secret for 10 minutes: it never appears in an error message. The parsing is the one the
// Contents tree uses (zipCentral.ts). No vscode.
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZipDirectoryError = void 0;
exports.rangeOf = rangeOf;
exports.readZipDirectory = readZipDirectory;
const zipCentral_1 = require("./zipCentral");
class ZipDirectoryError extends Error {
    name = 'ZipDirectoryError';
}
exports.ZipDirectoryError = ZipDirectoryError;
/**
 * Where the bytes of a range answer sit: its start and the archive's total size, from Content-Range. Anything but a
 * 206 with a Content-Range throws `fail(message)` (a 200 means the link ignores ranges); the body is left unread.
 */
async function rangeOf(r, fail) {
    if (r.status !== 206) {
        await r.body?.cancel().catch(() => undefined);
        throw fail(r.status === 200
            ? 'The download link does not support range requests'
            : `The download link answered HTTP ${r.status}`);
    }
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(r.headers.get('content-range') ?? '');
    if (!m)
        throw fail('The download link answered without a Content-Range');
    return { start: Number(m[1]), total: Number(m[3]) };
}
/** Reads the central directory of the archive at `url` and returns its unzipped size. */
async function readZipDirectory(url, opts = {}) {
    const doFetch = opts.fetch ?? ((u, init) => fetch(u, init));
    let requests = 0;
    let bytesRead = 0;
    let total = -1;
    const range = async (spec) => {
        requests++;
        const r = await doFetch(url, { headers: { Range: `bytes=${spec}` }, signal: opts.signal });
        const at = await rangeOf(r, (message) => new ZipDirectoryError(message));
        total = at.total;
        const data = Buffer.from(await r.arrayBuffer());
        bytesRead += data.length;
        return { start: at.start, data };
    };
    const tail = await range(`-${zipCentral_1.TAIL_BYTES}`);
    const size = total;
    try {
        const { location, raw } = await (0, zipCentral_1.directoryFromTail)(tail, size, async (start, end) => {
            const more = await range(`${start}-${end}`);
            // The object behind the link must not change between requests.
            if (total !== size)
                throw new ZipDirectoryError('The archive changed while it was read');
            return more;
        });
        const entries = (0, zipCentral_1.parseCentralDirectory)(raw, location.count);
        const unzipped = entries.reduce((sum, e) => sum + e.size, 0);
        return { unzippedBytes: unzipped, entries: location.count, zippedBytes: size, requests, bytesRead };
    }
    catch (e) {
        throw e instanceof zipCentral_1.ZipFormatError ? new ZipDirectoryError(e.message) : e;
    }
}
//# sourceMappingURL=zipDirectory.js.map