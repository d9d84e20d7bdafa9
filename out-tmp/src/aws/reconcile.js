"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expectedSha256 = expectedSha256;
exports.findPublishedLayerVersion = findPublishedLayerVersion;
exports.findCreatedFunction = findCreatedFunction;
exports.findOwnCodeUpdate = findOwnCodeUpdate;
exports.findPublishedVersion = findPublishedVersion;
exports.findGrantedStatement = findGrantedStatement;
// What a non-idempotent call would have made, looked up after its answer was lost (see lostAnswer.ts). Each finder
// resolves to the result the call would have returned, undefined when it provably made nothing, or throws a
// Conflict when something else is in the way. Reads only, through the LambdaService port. No SDK, no vscode.
const node_crypto_1 = require("node:crypto");
const errors_1 = require("./errors");
const policy_1 = require("./policy");
/**
 * Hashes of archives already hashed (an archive read for publishing is never changed afterwards): Publish to Regions
 * sends one archive to many Regions, ~25 ms per 40 MB each.
 */
const hashed = new WeakMap();
/** CodeSha256 (base64, as AWS reports it) of inline code; undefined for S3 code unless the caller said it. */
function expectedSha256(code, given) {
    if (given !== undefined)
        return given;
    if (!('zipFile' in code))
        return undefined;
    let sha = hashed.get(code.zipFile);
    if (sha === undefined) {
        sha = (0, node_crypto_1.createHash)('sha256').update(code.zipFile).digest('base64');
        hashed.set(code.zipFile, sha);
    }
    return sha;
}
function unprovable(what) {
    return new errors_1.LambdaError('Unknown', `Cannot tell whether ${what} went through (its content hash is unknown)`);
}
/** The newest layer version created since `since` with the same description and content. */
async function findPublishedLayerVersion(lambda, input, sha, since) {
    const description = input.description ?? '';
    for await (const page of lambda.listLayerVersions(input.layerName)) {
        for (const v of page.items) {
            const created = v.createdDate !== undefined ? Date.parse(v.createdDate.replace(/\+0000$/, 'Z')) : NaN;
            if (Number.isFinite(created) && created < since)
                return undefined; // newest first: older ones follow
            if ((v.description ?? '') !== description)
                continue;
            if (sha === undefined)
                throw unprovable(`publishing ${input.layerName}`);
            const details = await lambda.getLayerVersion(input.layerName, v.version);
            if (details.codeSha256 === sha)
                return details;
        }
    }
    return undefined;
}
/** The function, when it now exists with our code; a Conflict when it exists with other code. */
async function findCreatedFunction(lambda, name, sha) {
    let config;
    try {
        config = await lambda.getFunctionConfiguration(name);
    }
    catch (e) {
        if ((0, errors_1.isLambdaError)(e, 'NotFound'))
            return undefined;
        throw e;
    }
    if (sha === undefined)
        throw unprovable(`creating ${name}`);
    if (config.codeSha256 === sha)
        return config;
    throw new errors_1.LambdaError('Conflict', `A function with this name now exists with other code (someone else created it). Refresh and pick another name: ${name}`);
}
/**
 * UpdateFunctionCode is retried by the SDK (re-sending the same code is harmless), but when the first attempt went
 * through and only its answer was lost, the retry's RevisionId is out of date: AWS answers 412 to our own update.
 * For such a 412 (`failed`, after more than one attempt), the function when it now runs our code (`sha`), reported
 * through `onRecovered`; undefined when it does not (the 412 is the conflict it says) or nothing proves it.
 */
async function findOwnCodeUpdate(lambda, failed, functionName, sha, opts) {
    const retried = (0, errors_1.isLambdaError)(failed, 'PreconditionFailed') && (failed.details.attempts ?? 1) > 1;
    if (!retried || sha === undefined)
        return undefined;
    const now = await lambda.getFunctionConfiguration(functionName, opts?.signal ? { signal: opts.signal } : {});
    if (now.codeSha256 !== sha)
        return undefined;
    opts?.onRecovered?.(`UpdateFunctionCode of ${functionName}: AWS did not answer in time, but the update went through (the function runs this code, CodeSha256 ${sha}).`);
    return now;
}
/** The newest published version with the code and description the lost PublishVersion asked for. */
async function findPublishedVersion(lambda, functionName, want) {
    const latest = await lambda.getFunctionConfiguration(functionName);
    const sha = want.codeSha256 ?? latest.codeSha256;
    const description = want.description ?? latest.description ?? '';
    let found;
    for await (const page of lambda.listVersionsByFunction(functionName)) {
        for (const v of page.items) {
            if (v.version === '$LATEST' || v.codeSha256 !== sha || (v.description ?? '') !== description)
                continue;
            if (!found || Number(v.version) > Number(found.version))
                found = v;
        }
    }
    return found;
}
/** Our statement, when the policy now has it; a Conflict when the Sid is there with another grant. */
async function findGrantedStatement(lambda, layerName, version, statementId, grant) {
    const policy = await lambda.getLayerVersionPolicy(layerName, version);
    const statement = policy?.document.statements.find((s) => s.sid === statementId);
    if (!policy || !statement)
        return undefined;
    const granted = (0, policy_1.statementToGrant)(statement);
    if (granted && (0, policy_1.sameGrant)(granted, grant))
        return { statement, revisionId: policy.revisionId };
    throw new errors_1.LambdaError('Conflict', `The layer version's policy now has a statement with this ID for someone else. Refresh and pick another statement ID: ${statementId}`);
}
//# sourceMappingURL=reconcile.js.map