"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHARED_BODY_MIN_BYTES = void 0;
exports.addSharedBody = addSharedBody;
// A large inline archive (PublishLayerVersion's Content.ZipFile, CreateFunction's Code.ZipFile, UpdateFunctionCode's
// ZipFile) is sent as JSON with the archive in base64: for a 40 MB layer, 53 MB of text that the SDK would build
// with JSON.stringify and hash for the signature on every request. Publishing one archive to ten Regions sends the
// same body ten times, so it is built once: the body (as bytes) and its SHA-256 are kept per archive and reused by
// every client that sends that archive with the same other fields. The request is signed over the body it carries
// (the hash goes in `x-amz-content-sha256`, which SigV4 takes as the payload hash).
const crypto_1 = require("crypto");
/** Archives below this size are sent the SDK's usual way: there is little to save. */
exports.SHARED_BODY_MIN_BYTES = 1024 * 1024;
const prepared = new WeakMap();
const PENDING = Symbol('lambdaExplorerSharedBody');
/** The object holding `ZipFile` in the command's input (the input itself, `Content` or `Code`), if any. */
function zipHolder(input) {
    if (input.ZipFile instanceof Uint8Array)
        return { holder: input };
    for (const key of ['Content', 'Code']) {
        const h = input[key];
        if (h && h.ZipFile instanceof Uint8Array)
            return { key, holder: h };
    }
    return undefined;
}
/** The body for `zip` between `prefix` and `suffix` (JSON bytes), built (and hashed) once per archive and text. */
function sharedBody(zip, prefix, suffix) {
    const known = prepared.get(zip);
    if (known && known.prefix.equals(prefix) && known.suffix.equals(suffix))
        return known;
    const b64 = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength).toString('base64');
    const body = Buffer.allocUnsafe(prefix.length + b64.length + suffix.length);
    prefix.copy(body, 0);
    body.write(b64, prefix.length, 'latin1');
    suffix.copy(body, prefix.length + b64.length);
    const made = { prefix, suffix, body, sha256: (0, crypto_1.createHash)('sha256').update(body).digest('hex') };
    prepared.set(zip, made);
    return made;
}
/** The serialized body as bytes: the SDK gives a string or (its JSON codec) a Uint8Array. */
function bodyBytes(body) {
    if (typeof body === 'string')
        return Buffer.from(body, 'utf8');
    if (body instanceof Uint8Array)
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    return undefined;
}
/** Adds the shared body to a Lambda client (before its serializer, and after it, before signing). */
function addSharedBody(client) {
    const take = (next, context) => async (args) => {
        const input = args.input;
        const found = zipHolder(input);
        const zip = found?.holder.ZipFile;
        if (!found || !zip || zip.byteLength < exports.SHARED_BODY_MIN_BYTES)
            return next(args);
        const placeholder = (0, crypto_1.randomBytes)(12);
        const holder = { ...found.holder, ZipFile: placeholder };
        const swapped = found.key ? { ...input, [found.key]: holder } : holder;
        context[PENDING] = { zip, mark: Buffer.from(`"${placeholder.toString('base64')}"`) };
        return next({ ...args, input: swapped });
    };
    const put = (next, context) => async (args) => {
        const pending = context[PENDING];
        const request = args.request;
        const bytes = pending && request.headers ? bodyBytes(request.body) : undefined;
        if (!pending || !bytes)
            return next(args);
        const at = bytes.indexOf(pending.mark);
        if (at < 0 || bytes.indexOf(pending.mark, at + 1) >= 0)
            throw new Error('The request body could not be assembled: the archive placeholder was not found once');
        // Copies: the SDK may reuse its buffer; the prepared body keeps these.
        const made = sharedBody(pending.zip, Buffer.from(bytes.subarray(0, at + 1)), Buffer.from(bytes.subarray(at + pending.mark.length - 1)));
        const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([k]) => !['content-length', 'x-amz-content-sha256'].includes(k.toLowerCase())));
        headers['content-length'] = String(made.body.byteLength);
        headers['x-amz-content-sha256'] = made.sha256;
        Object.assign(request, { body: made.body, headers });
        return next(args);
    };
    client.middlewareStack.add(take, {
        step: 'initialize',
        name: 'lambdaExplorerSharedBodyTake',
        override: true,
    });
    client.middlewareStack.add(put, { step: 'build', name: 'lambdaExplorerSharedBodyPut', override: true });
}
//# sourceMappingURL=sdkSharedBody.js.map