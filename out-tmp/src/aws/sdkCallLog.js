"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.callLogLine = callLogLine;
exports.addCallLog = addCallLog;
/** The log line for a call: `Lambda.ListFunctions → 200 in 42 ms (1 attempt, request 1f2e…)`. */
function callLogLine(e) {
    const outcome = e.ok
        ? `${e.status ?? 'ok'}`
        : `failed${e.status ? ` ${e.status}` : ''} ${e.error ?? ''}`.trim();
    const extra = [
        e.attempts !== undefined ? `${e.attempts} attempt${e.attempts === 1 ? '' : 's'}` : undefined,
        e.requestId ? `request ${e.requestId}` : undefined,
    ].filter(Boolean);
    return `AWS ${e.operation} → ${outcome} in ${Math.round(e.ms)} ms${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
/** Only a short identifier-like string from the SDK's context gets into the log. */
function safeName(s, fallback) {
    return typeof s === 'string' && /^[A-Za-z0-9_.-]{1,80}$/.test(s) ? s : fallback;
}
/**
 * Adds the call log to a client: `onCall` gets one event per operation (after the SDK's retries), on success and
 * on failure. The error itself goes on unchanged.
 */
function addCallLog(client, onCall, now = () => performance.now()) {
    const middleware = (next, context) => async (args) => {
        const c = context;
        const operation = `${safeName(c.clientName, 'Client').replace(/Client$/, '')}.${safeName(c.commandName, 'Command').replace(/Command$/, '')}`;
        const started = now();
        try {
            const result = await next(args);
            const meta = result.output?.$metadata;
            report(onCall, {
                operation,
                ok: true,
                ms: now() - started,
                status: meta?.httpStatusCode,
                requestId: meta?.requestId ? safeName(meta.requestId, '') || undefined : undefined,
                attempts: meta?.attempts,
            });
            return result;
        }
        catch (e) {
            const err = e;
            const meta = err?.$metadata;
            report(onCall, {
                operation,
                ok: false,
                ms: now() - started,
                status: meta?.httpStatusCode,
                error: safeName(err?.name, 'Error'),
                requestId: meta?.requestId ? safeName(meta.requestId, '') || undefined : undefined,
                attempts: meta?.attempts,
            });
            throw e;
        }
    };
    client.middlewareStack.add(middleware, {
        step: 'initialize',
        name: 'lambdaExplorerCallLog',
        override: true,
    });
}
function report(onCall, event) {
    try {
        onCall(event);
    }
    catch {
        // Logging never breaks a call.
    }
}
//# sourceMappingURL=sdkCallLog.js.map