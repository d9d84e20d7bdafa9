// Lambda's limits, in one place (the reference: shared/reference/lambda-api.md). Pure.

/** Layers per function. */
export const MAX_LAYERS = 5;
/** Function code plus all its layers, unzipped (AWS: `Unzipped size must be smaller than 262144000 bytes`). */
export const MAX_UNZIPPED_BYTES = 262_144_000;
/**
 * AWS's limit on a request that carries the archive inline (ZipFile): the whole JSON body, in which the zip is
 * base64 (4 characters per 3 bytes). Over it AWS answers 413 RequestEntityTooLargeException. The documented
 * "50 MB zipped" is this limit seen from the zip's side, with no room for the rest of the request.
 */
export const MAX_INLINE_REQUEST_BYTES = 69_905_067;
/** Room kept for the rest of an inline request: names, role, runtimes, description, environment (JSON-escaped). */
export const INLINE_REQUEST_OVERHEAD_BYTES = 32_768;

/** Bytes of a request that carries an archive of `archiveBytes` inline (base64 plus the JSON around it). */
export function inlineRequestBytes(
  archiveBytes: number,
  overheadBytes = INLINE_REQUEST_OVERHEAD_BYTES,
): number {
  return 4 * Math.ceil(archiveBytes / 3) + overheadBytes;
}

/** Largest archive sent inline (ZipFile), decided on the encoded request; larger ones go through S3. */
export const MAX_DIRECT_UPLOAD_BYTES =
  Math.floor((MAX_INLINE_REQUEST_BYTES - INLINE_REQUEST_OVERHEAD_BYTES) / 4) * 3;
/** Compatible runtimes one layer version may list. */
export const MAX_COMPATIBLE_RUNTIMES = 15;
/** Characters of a function's or a version's description. */
export const MAX_DESCRIPTION = 256;
/** Concurrent 409/412 re-tries of one write before giving up. */
export const MAX_CONFLICT_RETRIES = 3;
