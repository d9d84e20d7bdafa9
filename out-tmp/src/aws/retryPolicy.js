"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_ATTEMPTS_PER_CALL = exports.MAX_RETRY_WAIT_SECONDS = void 0;
exports.retryDecision = retryDecision;
exports.requestsSpent = requestsSpent;
exports.sleepUnlessAborted = sleepUnlessAborted;
// The one retry policy for calls we repeat ourselves (the bulk upgrade): which errors are worth another try, how
// many requests one call may cost in total (the SDK's own attempts count), and how long we wait: what AWS asks
// (Retry-After) but never more than MAX_RETRY_WAIT_SECONDS, and never past a cancel. No SDK, no vscode.
const errors_1 = require("./errors");
/** The longest single wait before another try, whatever Retry-After says (a day-long Retry-After is not obeyed). */
exports.MAX_RETRY_WAIT_SECONDS = 60;
/** Requests one call may cost in total, the SDK's attempts included (a persistent 500 costs this many, not 28). */
exports.MAX_ATTEMPTS_PER_CALL = 4;
/**
 * After a failed call that has cost `used` requests so far (the SDK's attempts included) and was tried `tries` times
 * by us: the wait before the next try, or undefined to give up.
 */
function retryDecision(e, used, tries) {
    const retriable = (0, errors_1.isLambdaError)(e, 'Throttled') || (0, errors_1.isLambdaError)(e, 'Service') || (0, errors_1.isLambdaError)(e, 'Network');
    if (!retriable || used >= exports.MAX_ATTEMPTS_PER_CALL)
        return undefined;
    if ((0, errors_1.isLambdaError)(e, 'Throttled')) {
        const asked = e.details.retryAfterSeconds ?? 1;
        const seconds = Math.min(Math.max(asked, 0), exports.MAX_RETRY_WAIT_SECONDS);
        return { waitMs: seconds * 1000, ...(asked > seconds ? { cappedFromSeconds: asked } : {}) };
    }
    return { waitMs: Math.min(2 ** tries * 200, 5_000) };
}
/** Requests a failed call cost (the SDK reports its attempts on the error; 1 when it does not). */
function requestsSpent(e) {
    return (0, errors_1.isLambdaError)(e) && e.details.attempts !== undefined ? Math.max(1, e.details.attempts) : 1;
}
/** Waits `ms` (with `sleep`), or less: resolves as soon as `signal` aborts. */
function sleepUnlessAborted(ms, signal, sleep) {
    if (!signal)
        return sleep(ms);
    if (signal.aborted)
        return Promise.resolve();
    return new Promise((resolve, reject) => {
        const done = () => {
            signal.removeEventListener('abort', done);
            resolve();
        };
        signal.addEventListener('abort', done, { once: true });
        sleep(ms).then(done, (e) => {
            signal.removeEventListener('abort', done);
            reject(e instanceof Error ? e : new Error(String(e)));
        });
    });
}
//# sourceMappingURL=retryPolicy.js.map