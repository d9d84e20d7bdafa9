"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isViewToHost = isViewToHost;
const MAX_TEXT = 2048;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isText(v, max = MAX_TEXT) {
    return typeof v === 'string' && v.length > 0 && v.length <= max;
}
function optionalText(v) {
    return v === undefined || isText(v);
}
/** Exactly these keys (so that nothing unexpected rides along). */
function onlyKeys(m, keys) {
    return Object.keys(m).every((k) => keys.includes(k));
}
function isGrant(v) {
    if (!isObject(v))
        return false;
    switch (v.kind) {
        case 'account':
            return onlyKeys(v, ['kind', 'accountId']) && isText(v.accountId, 64);
        case 'organization':
            return onlyKeys(v, ['kind', 'organizationId']) && isText(v.organizationId, 64);
        case 'public':
            return onlyKeys(v, ['kind']);
        default:
            return false;
    }
}
const COPY_ITEMS = ['arn', 'sha256', 'policy'];
/**
 * Validates a message from the view. Anything else (wrong type, missing or extra fields, oversized strings)
 * is rejected: the webview is a page that renders untrusted data, so its messages are untrusted too.
 */
function isViewToHost(m) {
    if (!isObject(m) || typeof m.type !== 'string')
        return false;
    switch (m.type) {
        case 'ready':
        case 'refresh':
        case 'openConsole':
        case 'attachLayers':
            return onlyKeys(m, ['type']);
        case 'reveal':
        case 'copyEnv':
            return onlyKeys(m, ['type', 'key']) && isText(m.key, 256);
        case 'copy':
            return onlyKeys(m, ['type', 'item']) && typeof m.item === 'string' && COPY_ITEMS.includes(m.item);
        case 'openLayerVersion':
        case 'openFunction':
            return onlyKeys(m, ['type', 'arn']) && isText(m.arn, 256) && m.arn.startsWith('arn:');
        case 'grant':
            return (onlyKeys(m, ['type', 'grant', 'statementId', 'revisionId']) &&
                isGrant(m.grant) &&
                isText(m.statementId, 100) &&
                optionalText(m.revisionId));
        case 'revoke':
            return (onlyKeys(m, ['type', 'statementId', 'revisionId']) &&
                isText(m.statementId, 100) &&
                optionalText(m.revisionId));
        case 'copyGrants':
            return (onlyKeys(m, ['type', 'fromVersion', 'revisionId']) &&
                typeof m.fromVersion === 'number' &&
                Number.isSafeInteger(m.fromVersion) &&
                m.fromVersion > 0 &&
                optionalText(m.revisionId));
        default:
            return false;
    }
}
//# sourceMappingURL=protocol.js.map