"use strict";
// Lambda's limits, in one place (the reference: shared/reference/lambda-api.md). Pure.
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_CONFLICT_RETRIES = exports.MAX_DESCRIPTION = exports.MAX_COMPATIBLE_RUNTIMES = exports.MAX_DIRECT_UPLOAD_BYTES = exports.INLINE_REQUEST_OVERHEAD_BYTES = exports.MAX_INLINE_REQUEST_BYTES = exports.MAX_UNZIPPED_BYTES = exports.MAX_LAYERS = void 0;
exports.inlineRequestBytes = inlineRequestBytes;
/** Layers per function. */
exports.MAX_LAYERS = 5;
/** Function code plus all its layers, unzipped (AWS: `Unzipped size must be smaller than 262144000 bytes`). */
exports.MAX_UNZIPPED_BYTES = 262_144_000;
/**
 * AWS's limit on a request that carries the archive inline (ZipFile): the whole JSON body, in which the zip is
 * base64 (4 characters per 3 bytes). Over it AWS answers 413 RequestEntityTooLargeException. The documented
 * "50 MB zipped" is this limit seen from the zip's side, with no room for the rest of the request.
 */
exports.MAX_INLINE_REQUEST_BYTES = 69_905_067;
/** Room kept for the rest of an inline request: names, role, runtimes, description, environment (JSON-escaped). */
exports.INLINE_REQUEST_OVERHEAD_BYTES = 32_768;
/** Bytes of a request that carries an archive of `archiveBytes` inline (base64 plus the JSON around it). */
function inlineRequestBytes(archiveBytes, overheadBytes = exports.INLINE_REQUEST_OVERHEAD_BYTES) {
    return 4 * Math.ceil(archiveBytes / 3) + overheadBytes;
}
/** Largest archive sent inline (ZipFile), decided on the encoded request; larger ones go through S3. */
exports.MAX_DIRECT_UPLOAD_BYTES = Math.floor((exports.MAX_INLINE_REQUEST_BYTES - exports.INLINE_REQUEST_OVERHEAD_BYTES) / 4) * 3;
/** Compatible runtimes one layer version may list. */
exports.MAX_COMPATIBLE_RUNTIMES = 15;
/** Characters of a function's or a version's description. */
exports.MAX_DESCRIPTION = 256;
/** Concurrent 409/412 re-tries of one write before giving up. */
exports.MAX_CONFLICT_RETRIES = 3;
//# sourceMappingURL=limits.js.map