"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isCancellation = isCancellation;
exports.userMessage = userMessage;
exports.runCommand = runCommand;
// The one error boundary every command runs inside: a cancel is silent, a failure is logged with details
// and shown once as a message that says what to do. The toast is never awaited (a command must not hang
// until the user closes it).
const errors_1 = require("../aws/errors");
const prompter_1 = require("../ui/prompter");
function isCancellation(e) {
    return (e instanceof prompter_1.Cancelled || (0, errors_1.isLambdaError)(e, 'Cancelled') || (e instanceof Error && e.name === 'AbortError'));
}
/** The message a user sees for a failure. */
function userMessage(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}
async function runCommand(id, title, deps, fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (isCancellation(e)) {
            deps.log.trace(`${id}: cancelled`);
            return undefined;
        }
        deps.log.error(`${id} failed`, e);
        deps.onFailure?.(e);
        void deps.notifier.error(`${title} failed: ${userMessage(e)}`, 'Show Log').then((a) => {
            if (a === 'Show Log')
                deps.showLog?.();
            return a;
        });
        return undefined;
    }
}
//# sourceMappingURL=runCommand.js.map