"use strict";
// How SdkLambdaService drives the SDK beyond a single request: paginators as AsyncIterable<Page<T>> that
// stop on abort, and the function waiters. Every failure leaves as a LambdaError.
Object.defineProperty(exports, "__esModule", { value: true });
exports.inlineBytes = inlineBytes;
exports.cancelled = cancelled;
exports.mappedPages = mappedPages;
exports.waitForFunction = waitForFunction;
const client_lambda_1 = require("@aws-sdk/client-lambda");
const errors_1 = require("./errors");
const limits_1 = require("./limits");
const mapError_1 = require("./mapError");
const sdkShapes_1 = require("./sdkShapes");
const DEFAULT_MAX_WAIT_SECONDS = 300;
/** Bytes of the request body that carries this code (inline: base64 plus the JSON around it; S3: small). */
function inlineBytes(code) {
    return 'zipFile' in code ? (0, limits_1.inlineRequestBytes)(code.zipFile.byteLength) : 0;
}
function cancelled() {
    return new errors_1.LambdaError('Cancelled', 'The operation was cancelled.', { awsName: 'AbortError' });
}
/**
 * Pages of an SDK paginator, mapped; errors and aborts become LambdaErrors. Each iteration of the returned
 * iterable is a fresh listing (a new paginator), so a caller may iterate it again to start over.
 */
function mappedPages(signal, paginator, map, fail) {
    return {
        async *[Symbol.asyncIterator]() {
            if (signal?.aborted)
                throw cancelled();
            const it = paginator()[Symbol.asyncIterator]();
            // The SDK's paginator asks for the next page as long as a marker comes back: an endpoint that sends one it
            // sent before (the same page again, or a cycle) would make a listing that never ends.
            const markers = new Set();
            try {
                while (true) {
                    let next;
                    try {
                        next = await it.next();
                    }
                    catch (e) {
                        throw fail(e);
                    }
                    if (next.done)
                        return;
                    const mapped = map(next.value);
                    if (mapped.nextMarker !== undefined) {
                        if (markers.has(mapped.nextMarker))
                            throw (0, errors_1.repeatedMarkerError)(mapped.nextMarker);
                        markers.add(mapped.nextMarker);
                    }
                    yield mapped;
                    if (signal?.aborted)
                        throw cancelled();
                }
            }
            finally {
                // The caller stopped early (break) or failed: close the SDK paginator so it sends nothing more.
                await it.return?.();
            }
        },
    };
}
/**
 * The SDK's V2 waiters (GetFunction polling with backoff). We use the `waitFor…` form of the same waiter:
 * `waitUntil…` throws an Error whose message is the JSON of the last GetFunction response, presigned code
 * URL included; here the outcome is read from the result and turned into a LambdaError.
 */
async function waitForFunction(ctx, functionName, opts, what) {
    const signal = opts?.signal;
    if (signal?.aborted)
        throw cancelled();
    const maxWaitTime = opts?.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
    const minDelay = Math.min(ctx.options.waiterMinDelaySeconds ?? 1, maxWaitTime / 2);
    const params = {
        client: ctx.client,
        maxWaitTime,
        minDelay,
        maxDelay: Math.max(minDelay, ctx.options.waiterMaxDelaySeconds ?? 5),
        ...(signal ? { abortSignal: signal } : {}),
    };
    // One read first: the SDK waiter retries on every error (a missing function, expired credentials) until
    // maxWaitTime, so those fail here at once; and a function already settled needs no waiting.
    const current = await ctx.read(functionName, opts);
    const settled = what === 'updated' ? current.lastUpdateStatus : current.state;
    if (settled === (what === 'updated' ? 'Successful' : 'Active'))
        return current;
    if (settled === 'Failed') {
        throw waitFailure(what, what === 'updated' ? current.lastUpdateStatusReason : current.stateReason, undefined);
    }
    const input = { FunctionName: functionName };
    let result;
    try {
        result =
            what === 'updated'
                ? await (0, client_lambda_1.waitForFunctionUpdatedV2)(params, input)
                : await (0, client_lambda_1.waitForFunctionActiveV2)(params, input);
    }
    catch (e) {
        throw ctx.fail(e, signal);
    }
    const config = result.reason?.Configuration;
    switch (result.state) {
        case 'SUCCESS':
            return (0, sdkShapes_1.toConfiguration)(config ?? {});
        case 'ABORTED':
            throw cancelled();
        case 'FAILURE':
            throw waitFailure(what, what === 'updated' ? config?.LastUpdateStatusReason : config?.StateReason, what === 'updated' ? config?.LastUpdateStatusReasonCode : config?.StateReasonCode);
        default: {
            const seen = Object.keys(result.observedResponses ?? {});
            const last = seen[seen.length - 1];
            const status = what === 'updated' ? 'still updating' : 'still not active';
            throw new errors_1.LambdaError('Timeout', `The function is ${status} after ${maxWaitTime} s. Check it again later${last ? ` (last answer: ${(0, mapError_1.redactMessage)(last)})` : ''}: ${functionName}`, {});
        }
    }
}
/** The function's update (or activation) failed on AWS's side: say why, in AWS's words. */
function waitFailure(what, reason, code) {
    const advice = what === 'updated'
        ? 'The function update failed on AWS. Fix the cause and update the function again'
        : 'The function could not become active. Fix the cause and update the function again';
    return new errors_1.LambdaError('Unknown', `${advice}: ${(0, mapError_1.redactMessage)(reason ?? code ?? 'no reason given')}`, {
        awsName: code ?? (what === 'updated' ? 'LastUpdateStatus: Failed' : 'State: Failed'),
        ...(reason !== undefined ? { awsMessage: (0, mapError_1.redactMessage)(reason) } : {}),
    });
}
//# sourceMappingURL=sdkCalls.js.map