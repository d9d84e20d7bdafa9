"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BackTo = void 0;
exports.runWizard = runWizard;
// Guided input: a flow gathers a plan with a multi-step input, then an executor carries it out. Each step gets
// "Step k of n" to show and the state so far (its own earlier answer included, so Back shows what was chosen);
// a GoBack from the prompter rewinds to the previous step's state, as if that step had not been answered.
// Steps may be skipped for a state (e.g. the name question when the layer is given). No vscode.
const prompter_1 = require("../../ui/prompter");
/**
 * Thrown by a step to go back to the step at `index` of the list: a summary whose rows say "change this". Once
 * that step is answered again, the wizard comes straight back to the step that threw (the later answers stand).
 */
class BackTo extends Error {
    index;
    name = 'BackTo';
    constructor(index) {
        super(`Back to step ${index}`);
        this.index = index;
    }
}
exports.BackTo = BackTo;
/** Runs the steps in order with Back; resolves with the last state. Back on the first step cancels. */
async function runWizard(initial, steps) {
    const history = [];
    let state = initial;
    let i = 0;
    /** After a BackTo: where to come back to once the step it went to is answered. */
    let resume;
    while (i < steps.length) {
        const step = steps[i];
        if (step.skip?.(state)) {
            i++;
            continue;
        }
        const asked = steps.slice(0, i).filter((s) => !s.skip?.(state)).length;
        const total = asked + steps.slice(i).filter((s) => !s.skip?.(state)).length;
        try {
            const next = await step.ask(state, { index: asked + 1, total });
            history.push({ index: i, state });
            state = next;
            i = resume?.after === i ? resume.at : i + 1;
            resume = undefined;
        }
        catch (e) {
            if (!(e instanceof prompter_1.GoBack) && !(e instanceof BackTo))
                throw e;
            resume = undefined;
            let previous = history.pop();
            // BackTo: rewind to that step (or the earliest one asked, if it was skipped).
            if (e instanceof BackTo)
                while (previous && previous.index > e.index && history.length > 0)
                    previous = history.pop();
            if (!previous)
                throw new prompter_1.Cancelled();
            if (e instanceof BackTo)
                resume = { after: previous.index, at: i };
            i = previous.index;
            // Keep what the later steps answered, so that going forward again shows the same answers.
            state = { ...previous.state, ...pickDefined(state, previous.state) };
        }
    }
    return state;
}
/** The answers `later` has that `earlier` lacks (so Back does not forget them as proposals). */
function pickDefined(later, earlier) {
    if (typeof later !== 'object' || later === null)
        return {};
    const out = {};
    for (const [k, v] of Object.entries(later)) {
        if (v !== undefined && earlier[k] === undefined)
            out[k] = v;
    }
    return out;
}
//# sourceMappingURL=wizard.js.map