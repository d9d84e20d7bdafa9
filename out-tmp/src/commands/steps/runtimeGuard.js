"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.updateBlockedNote = updateBlockedNote;
exports.checkUpdatable = checkUpdatable;
// Before a change to a function starts: AWS refuses updates (code, configuration, publishing a version) of a
// function whose runtime is past its block-update date. Say so before any question or upload, with what the user
// can still do, instead of failing at the end with AWS's terse InvalidParameterValueException.
const runtimes_1 = require("../../layers/runtimes");
/** The warning to show next to a function in a picker when AWS no longer lets it change; undefined if it can. */
function updateBlockedNote(fn, now = new Date()) {
    if (fn.packageType === 'Image')
        return undefined;
    const a = (0, runtimes_1.assessRuntime)(fn.runtime, now);
    return a.status === 'updateBlocked' ? a.note : undefined;
}
/** Throws (naming the function, the runtime's dates and what is still possible) when AWS would refuse a change. */
function checkUpdatable(fn, now = new Date()) {
    const note = updateBlockedNote(fn, now);
    if (note !== undefined)
        throw new Error(`${fn.name} cannot be changed: ${note}`);
}
//# sourceMappingURL=runtimeGuard.js.map