"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guardedWrite = guardedWrite;
// The one implementation of a RevisionId-guarded write. AWS answers a write made on an out-of-date revision
// with 412 (PreconditionFailed) and a write while another update runs with 409 (ResourceConflict). Both are
// handled the same way everywhere (layer edits, bulk upgrades, deploys, publishing a version, policy grants):
//   412 → read the resource again, tell the caller what changed, and re-apply the change on top (or stop);
//   409 → wait until the other update finished, then the same;
// a bounded number of times, and never after the signal aborted. No vscode, no prompts: the caller decides
// what "tell" means (a modal, a note in a bulk report, or an error that makes a panel reload).
const errors_1 = require("./errors");
const limits_1 = require("./limits");
async function guardedWrite(spec) {
    const outOfDate = (e) => spec.isOutOfDate ? spec.isOutOfDate(e) : (0, errors_1.isLambdaError)(e, 'PreconditionFailed');
    const max = spec.maxRetries ?? limits_1.MAX_CONFLICT_RETRIES;
    let state = spec.state;
    for (let attempt = 0;; attempt++) {
        spec.signal?.throwIfAborted();
        try {
            return { result: await spec.write(state, spec.signal), state, reapplied: attempt };
        }
        catch (e) {
            const changed = outOfDate(e);
            const busy = !changed && (0, errors_1.isLambdaError)(e, 'Conflict') && spec.waitUntilIdle !== undefined;
            if ((!changed && !busy) || attempt >= max || spec.signal?.aborted)
                throw e;
            const now = changed ? await spec.reread(spec.signal) : await spec.waitUntilIdle(spec.signal);
            const again = spec.onConflict ? await spec.onConflict(state, now, changed ? 'changed' : 'busy') : true;
            if (!again)
                throw spec.stopped?.() ?? e;
            state = now;
        }
    }
}
//# sourceMappingURL=guardedWrite.js.map