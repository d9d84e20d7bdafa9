"use strict";
// Errors from the one door, in our words. No vscode, no SDK types: the SDK adapter maps into these.
Object.defineProperty(exports, "__esModule", { value: true });
exports.LambdaError = void 0;
exports.repeatedMarkerError = repeatedMarkerError;
exports.isLambdaError = isLambdaError;
/**
 * An endpoint sent a page marker it had sent before in the same listing (the same page again, or a cycle): the
 * listing would never end.
 */
function repeatedMarkerError(marker) {
    return new LambdaError('Service', 'The endpoint sent a page marker it had sent before: its listing would never end. Check the endpoint setting.', { awsMessage: `NextMarker ${JSON.stringify(marker.slice(0, 100))} again` });
}
class LambdaError extends Error {
    kind;
    details;
    name = 'LambdaError';
    constructor(kind, 
    /** A user-facing sentence that says what happened and what to do. */
    message, details = {}) {
        super(message);
        this.kind = kind;
        this.details = details;
    }
}
exports.LambdaError = LambdaError;
function isLambdaError(e, kind) {
    return e instanceof LambdaError && (kind === undefined || e.kind === kind);
}
//# sourceMappingURL=errors.js.map