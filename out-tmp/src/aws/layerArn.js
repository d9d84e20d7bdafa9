"use strict";
// Layer and function ARNs, parsed. Pure.
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseLayerVersionArn = parseLayerVersionArn;
exports.parseFunctionArn = parseFunctionArn;
exports.layerVersionLabel = layerVersionLabel;
exports.layerVersionWhere = layerVersionWhere;
exports.layerNameForCalls = layerNameForCalls;
const LAYER_VERSION_ARN = /^arn:(aws[a-zA-Z-]*):lambda:([a-z]{2}(?:-gov)?-[a-z]+-\d{1}):(\d{12}):layer:([a-zA-Z0-9-_]+):([0-9]+)$/;
const FUNCTION_ARN = /^arn:(aws[a-zA-Z-]*):lambda:([a-z]{2}(?:-gov)?-[a-z]+-\d{1}):(\d{12}):function:([a-zA-Z0-9-_]+)(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;
function parseLayerVersionArn(arn) {
    const m = LAYER_VERSION_ARN.exec(arn);
    if (!m)
        return undefined;
    // A version past 2^53 would silently round to another number: the ARN would name one version and act on another.
    if (!Number.isSafeInteger(Number(m[5])))
        return undefined;
    const [, partition, region, accountId, layerName, version] = m;
    return {
        partition,
        region,
        accountId,
        layerName,
        layerArn: `arn:${partition}:lambda:${region}:${accountId}:layer:${layerName}`,
        version: Number(version),
    };
}
function parseFunctionArn(arn) {
    const m = FUNCTION_ARN.exec(arn);
    if (!m)
        return undefined;
    return { partition: m[1], region: m[2], accountId: m[3], name: m[4], qualifier: m[5] };
}
/** `name:version` for display. Falls back to the ARN itself when it is not a layer version ARN. */
function layerVersionLabel(arn) {
    const p = parseLayerVersionArn(arn);
    return p ? `${p.layerName}:${p.version}` : arn;
}
/** The account and Region a layer version lives in, as confirmations name them: `account 123456789012, us-east-1`. */
function layerVersionWhere(arn) {
    const p = parseLayerVersionArn(arn);
    return p ? `account ${p.accountId}, ${p.region}` : undefined;
}
/**
 * What to pass as `LayerName` for a layer version: its layer ARN, so that a version of another account (or Region)
 * is that version and never our own layer of the same name. Falls back to `name` when `arn` is not a layer ARN.
 */
function layerNameForCalls(arn, name) {
    return parseLayerVersionArn(arn)?.layerArn ?? name;
}
//# sourceMappingURL=layerArn.js.map