"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ShowingPrompter = exports.ImmediateProgress = exports.ScriptedPrompter = exports.RecordingNotifier = exports.RecordingLogger = exports.BACK = void 0;
const prompter_1 = require("../../../src/ui/prompter");
/** A scripted answer that presses the Back button of a multi-step input. */
exports.BACK = Symbol('back');
class RecordingLogger {
    lines = [];
    errors = [];
    trace(m) {
        this.lines.push(`trace ${m}`);
    }
    info(m) {
        this.lines.push(`info ${m}`);
    }
    warn(m) {
        this.lines.push(`warn ${m}`);
    }
    error(m, e) {
        this.errors.push(e === undefined ? m : `${m}: ${e instanceof Error ? e.message : JSON.stringify(e)}`);
    }
}
exports.RecordingLogger = RecordingLogger;
class RecordingNotifier {
    opts;
    shown = [];
    constructor(opts = {}) {
        this.opts = opts;
    }
    show(level, message, actions) {
        this.shown.push(actions.length > 0 ? { level, message, actions } : { level, message });
        return this.opts.neverResolve ? new Promise(() => undefined) : Promise.resolve(this.opts.answer);
    }
    info(m, ...actions) {
        return this.show('info', m, actions);
    }
    warn(m, ...actions) {
        return this.show('warn', m, actions);
    }
    error(m, ...actions) {
        return this.show('error', m, actions);
    }
}
exports.RecordingNotifier = RecordingNotifier;
/** Answers prompts from a script, in order; an `undefined` answer is a dismissal (Cancelled). */
class ScriptedPrompter {
    answers;
    asked = [];
    constructor(answers) {
        this.answers = answers;
    }
    next(title) {
        this.asked.push(title);
        if (this.answers.length === 0)
            throw new Error(`unexpected prompt: ${title}`);
        const a = this.answers.shift();
        if (a === undefined)
            throw new prompter_1.Cancelled();
        if (a === exports.BACK)
            throw new prompter_1.GoBack();
        return a;
    }
    async pick(items, opts) {
        const a = this.next(opts.title);
        const byLabel = items.find((i) => i.label === a);
        if (byLabel)
            return byLabel.value;
        // Text no item matches, typed where the pick makes an item of it: that item.
        const typed = typeof a === 'string' ? opts.typedItem?.(a) : undefined;
        return typed ? typed.value : a;
    }
    async pickMany(items, opts) {
        const a = this.next(opts.title);
        return items.filter((i) => a.includes(i.label)).map((i) => i.value);
    }
    async input(opts) {
        const a = this.next(opts.title);
        const problem = opts.validate?.(a);
        if (problem)
            throw new Error(`invalid input for ${opts.title}: ${problem}`);
        return a;
    }
    async confirm(message, _opts) {
        return Boolean(this.next(message));
    }
}
exports.ScriptedPrompter = ScriptedPrompter;
/** Runs the task at once; `cancelAfterMs` aborts it like the user pressing Cancel. */
class ImmediateProgress {
    cancelAfterMs;
    steps = [];
    constructor(cancelAfterMs) {
        this.cancelAfterMs = cancelAfterMs;
    }
    async run(title, _o, task) {
        this.steps.push(title);
        const controller = new AbortController();
        if (this.cancelAfterMs !== undefined)
            setTimeout(() => controller.abort(), this.cancelAfterMs);
        return task((s) => s.message && this.steps.push(s.message), controller.signal);
    }
}
exports.ImmediateProgress = ImmediateProgress;
/** A scripted prompter that also keeps what it showed (pick items, proposed input values). */
class ShowingPrompter extends ScriptedPrompter {
    picks = [];
    /** Every prompt in order: its title (or message) and "k/n" when it was a step of a multi-step input. */
    shown = [];
    inputs = [];
    /** The confirmations asked, with their options (buttons, modal). */
    confirms = [];
    record(title, step) {
        this.shown.push(step ? `${title} [${step.index}/${step.total}]` : title);
    }
    async pick(items, opts) {
        this.picks.push({
            title: opts.title,
            ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
            ...(opts.step ? { step: opts.step } : {}),
            items,
            ...(opts.typedItem ? { typedItem: opts.typedItem } : {}),
        });
        this.record(opts.title, opts.step);
        return super.pick(items, opts);
    }
    async pickMany(items, opts) {
        this.picks.push({
            title: opts.title,
            ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
            ...(opts.step ? { step: opts.step } : {}),
            items,
        });
        this.record(opts.title, opts.step);
        return super.pickMany(items, opts);
    }
    async input(opts) {
        this.inputs.push(opts);
        this.record(opts.title, opts.step);
        return super.input(opts);
    }
    async confirm(message, opts) {
        this.record(message, undefined);
        this.confirms.push({ message, opts });
        return super.confirm(message, opts);
    }
}
exports.ShowingPrompter = ShowingPrompter;
//# sourceMappingURL=recorders.js.map