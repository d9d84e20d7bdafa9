"use strict";
// Ports for everything a command asks of the user. No vscode: command flows are unit-tested with a scripted
// implementation; src/ui/vscodePorts.ts is the real one.
Object.defineProperty(exports, "__esModule", { value: true });
exports.GoBack = exports.Cancelled = void 0;
exports.confirmButtons = confirmButtons;
/** The user dismissed a prompt or cancelled a progress: the boundary swallows it silently. */
class Cancelled extends Error {
    name = 'Cancelled';
    constructor() {
        super('Cancelled');
    }
}
exports.Cancelled = Cancelled;
/** The user pressed Back on a step of a multi-step input: the gathering goes to the previous step. */
class GoBack extends Error {
    name = 'GoBack';
    constructor() {
        super('Back');
    }
}
exports.GoBack = GoBack;
/** The buttons of a confirmation, first = default; Cancel (dismissal) is added by the dialog itself. */
function confirmButtons(opts) {
    return opts.safeDefault ? [opts.safeDefault, opts.confirm] : [opts.confirm];
}
//# sourceMappingURL=prompter.js.map