// Lambda's limits, in one place (the reference: shared/reference/lambda-api.md). Pure.

/** Layers per function. */
export const MAX_LAYERS = 5;
/** Function code plus all its layers, unzipped (AWS: `Unzipped size must be smaller than 262144000 bytes`). */
export const MAX_UNZIPPED_BYTES = 262_144_000;
/** Largest archive sent inline (ZipFile); larger ones go through S3. */
export const MAX_DIRECT_UPLOAD_BYTES = 52_428_800;
/** Compatible runtimes one layer version may list. */
export const MAX_COMPATIBLE_RUNTIMES = 15;
/** Characters of a function's or a version's description. */
export const MAX_DESCRIPTION = 256;
/** Concurrent 409/412 re-tries of one write before giving up. */
export const MAX_CONFLICT_RETRIES = 3;
