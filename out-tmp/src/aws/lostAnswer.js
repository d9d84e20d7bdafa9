"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RECONCILE_WINDOW_MS = exports.LostAnswer = void 0;
exports.isLostAnswerError = isLostAnswerError;
exports.sendOnce = sendOnce;
// Calls that are not idempotent (PublishLayerVersion, CreateFunction, PublishVersion, AddLayerVersionPermission)
// are sent once, never re-sent blindly: when the answer is lost (a socket timeout, a dropped connection), AWS may
// have done the work. Reconcile first: look for what the call would have made; found → that is the answer;
// proven absent → send once more; unknown → say so, never "try again" (that would make a second one). No SDK,
// no vscode: the adapter supplies `send` (one attempt) and `find` (the reads that prove what happened).
const errors_1 = require("./errors");
/** A failed attempt whose request may have reached AWS but whose answer did not come back. */
class LostAnswer extends Error {
    cause;
    name = 'LostAnswer';
    constructor(cause) {
        super(cause.message);
        this.cause = cause;
    }
}
exports.LostAnswer = LostAnswer;
const LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET']);
/**
 * Whether an SDK/network error means "sent, answer lost" (duck-typed, no SDK import). A refused connection or an
 * unknown host never reached AWS: not lost, just failed.
 */
function isLostAnswerError(e) {
    if (typeof e !== 'object' || e === null)
        return false;
    const x = e;
    if (x.$metadata?.httpStatusCode !== undefined)
        return false; // AWS answered
    if (typeof x.code === 'string' && LOST_CODES.has(x.code))
        return true;
    if (x.name === 'TimeoutError' || x.name === 'RequestTimeout')
        return true;
    return typeof x.message === 'string' && /socket hang up|timed? ?out/i.test(x.message);
}
/** How far back a reconciliation looks for something the lost call made (clock skew included). */
exports.RECONCILE_WINDOW_MS = 5 * 60_000;
/** Sends once; after a lost answer reconciles, and sends once more only when nothing happened. */
async function sendOnce(spec) {
    const now = spec.now ?? Date.now;
    const since = now() - exports.RECONCILE_WINDOW_MS;
    for (let attempt = 1;; attempt++) {
        let lost;
        try {
            return await spec.send();
        }
        catch (e) {
            if (!(e instanceof LostAnswer))
                throw e;
            lost = e;
        }
        let found;
        try {
            found = await spec.find(since);
        }
        catch (e) {
            if ((0, errors_1.isLambdaError)(e, 'Conflict'))
                throw e;
            throw new errors_1.LambdaError('Network', `${spec.what}: AWS did not answer, and checking whether the call went through failed too. Do not send it again yet: refresh and look first (${(0, errors_1.isLambdaError)(e) ? e.message : String(e)})`, { ...lost.cause.details });
        }
        if (found !== undefined) {
            spec.onRecovered?.(`${spec.what}: AWS did not answer in time, but the call went through: ${spec.describe(found)} (not sent again).`);
            return found;
        }
        if (attempt >= 2) {
            throw new errors_1.LambdaError('Network', `${spec.what}: AWS did not answer twice, and nothing was made. Check your network connection, then try again: ${lost.cause.details.awsMessage ?? lost.cause.message}`, { ...lost.cause.details });
        }
    }
}
//# sourceMappingURL=lostAnswer.js.map