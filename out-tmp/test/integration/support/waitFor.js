"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.waitFor = waitFor;
/** Polls until predicate returns a truthy value (returned) or the timeout passes (throws with message). */
async function waitFor(predicate, options = {}) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const intervalMs = options.intervalMs ?? 50;
    const deadline = Date.now() + timeoutMs;
    let lastError;
    for (;;) {
        try {
            const value = await predicate();
            if (value) {
                return value;
            }
        }
        catch (err) {
            lastError = err;
        }
        if (Date.now() > deadline) {
            const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
            throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${options.message ?? 'condition'}${cause}`);
        }
        await new Promise((r) => setTimeout(r, intervalMs));
    }
}
//# sourceMappingURL=waitFor.js.map