"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.TestWindow = exports.TestInputBox = exports.TestQuickPick = exports.RecordedPanel = exports.BACK = void 0;
exports.useTestWindow = useTestWindow;
// A test double for `vscode.window`, installed for one test at a time. In the extension host every file under
// the extension's folder gets the same `vscode` API object as the extension (the module factory resolves it
// per extension, by file path), so replacing `vscode.window.createQuickPick` here replaces it for the
// extension's bundle too. The shim:
//   - answers the quick inputs (createQuickPick / createInputBox / showQuickPick / showInputBox), the
//     questions (a show*Message with options, e.g. a modal confirmation) and the open dialog from a script,
//     in order, by label, like test/unit/support/recorders.ts ScriptedPrompter: a string picks the item with
//     that label (or is typed into an input box), a string[] picks several, `true`/`false` confirm or not,
//     BACK presses the Back button, `undefined` dismisses (Escape). A function answer gets the widget and
//     drives it itself.
//   - records notifications (a show*Message without options) and notification progress, and can cancel a
//     progress when a step message matches;
//   - wraps createWebviewPanel: what the host posts, what the view sends, and delivery of messages as if the
//     view had posted them.
// restore() puts the real functions back.
const vscode = __importStar(require("vscode"));
/** Answer: press the Back button of the prompt (it must have one). */
exports.BACK = Symbol('Back');
/** A webview panel the extension created while the shim was installed. */
class RecordedPanel {
    panel;
    viewType;
    /** What the extension posted to the view, in order. */
    sent = [];
    /** What the real view posted to the extension, in order. */
    received = [];
    listeners = new Set();
    waiters = new Set();
    constructor(panel, viewType) {
        this.panel = panel;
        this.viewType = viewType;
        const webview = panel.webview;
        const realPost = webview.postMessage.bind(webview);
        const realEvent = webview.onDidReceiveMessage;
        realEvent((m) => {
            this.received.push(m);
            this.notify();
        });
        webview.postMessage = (message) => {
            this.sent.push(message);
            this.notify();
            return realPost(message);
        };
        const onDidReceiveMessage = (listener, thisArgs, disposables) => {
            const bound = (m) => listener.call(thisArgs, m);
            this.listeners.add(bound);
            const sub = realEvent(bound);
            const d = {
                dispose: () => {
                    this.listeners.delete(bound);
                    sub.dispose();
                },
            };
            disposables?.push(d);
            return d;
        };
        Object.defineProperty(webview, 'onDidReceiveMessage', { value: onDidReceiveMessage, configurable: true });
    }
    get title() {
        return this.panel.title;
    }
    /** Hands a message to the extension's listeners as if the view had posted it. */
    deliver(message) {
        for (const l of [...this.listeners])
            l(message);
    }
    /** The messages posted of one type. */
    sentOfType(type) {
        return this.sent.filter((m) => m.type === type);
    }
    /** Resolves when the predicate over this panel's record holds (checked on every message). */
    async until(predicate, what, timeoutMs = 20_000) {
        const now = predicate();
        if (now)
            return now;
        return new Promise((resolve, reject) => {
            const check = () => {
                const v = predicate();
                if (v) {
                    clearTimeout(timer);
                    this.waiters.delete(check);
                    resolve(v);
                }
            };
            const timer = setTimeout(() => {
                this.waiters.delete(check);
                reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (panel ${this.viewType}; ` +
                    `sent: ${this.sent.map((m) => m.type).join(',')}; received: ${this.received.map((m) => m.type).join(',')})`));
            }, timeoutMs);
            this.waiters.add(check);
        });
    }
    /** Resolves with the first message posted from now on that matches. */
    nextSent(match, what, timeoutMs) {
        const from = this.sent.length;
        return this.until(() => this.sent.slice(from).find(match), what, timeoutMs);
    }
    notify() {
        for (const w of [...this.waiters])
            w();
    }
}
exports.RecordedPanel = RecordedPanel;
/** The parts of both quick inputs: a fake the test drives, with the fields the extension sets. */
class TestQuickInput {
    shim;
    title;
    step;
    totalSteps;
    enabled = true;
    busy = false;
    ignoreFocusOut = false;
    placeholder;
    value = '';
    buttons = [];
    visible = false;
    disposed = false;
    valueEmitter = new vscode.EventEmitter();
    acceptEmitter = new vscode.EventEmitter();
    buttonEmitter = new vscode.EventEmitter();
    hideEmitter = new vscode.EventEmitter();
    onDidChangeValue = this.valueEmitter.event;
    onDidAccept = this.acceptEmitter.event;
    onDidTriggerButton = this.buttonEmitter.event;
    onDidHide = this.hideEmitter.event;
    constructor(shim) {
        this.shim = shim;
    }
    show() {
        if (this.disposed)
            return;
        this.visible = true;
        this.shim.answer(this);
    }
    hide() {
        if (!this.visible)
            return;
        this.visible = false;
        this.hideEmitter.fire();
    }
    dispose() {
        if (this.disposed)
            return;
        this.hide();
        this.disposed = true;
        for (const e of [this.valueEmitter, this.acceptEmitter, this.buttonEmitter, this.hideEmitter])
            e.dispose();
        this.disposeMore();
    }
    disposeMore() { }
    /** Types a value (the extension hears onDidChangeValue, as when the user types). */
    type(value) {
        this.value = value;
        this.valueEmitter.fire(value);
    }
    /** Presses Enter. */
    accept() {
        this.acceptEmitter.fire();
    }
    /** Presses the Back button; fails when the prompt has none. */
    pressBack() {
        if (!this.buttons.includes(vscode.QuickInputButtons.Back)) {
            throw new Error(`"${this.title}" has no Back button`);
        }
        this.buttonEmitter.fire(vscode.QuickInputButtons.Back);
    }
}
class TestQuickPick extends TestQuickInput {
    items = [];
    canSelectMany = false;
    matchOnDescription = false;
    matchOnDetail = false;
    keepScrollPosition;
    activeItems = [];
    selectedItems = [];
    activeEmitter = new vscode.EventEmitter();
    selectionEmitter = new vscode.EventEmitter();
    itemButtonEmitter = new vscode.EventEmitter();
    onDidChangeActive = this.activeEmitter.event;
    onDidChangeSelection = this.selectionEmitter.event;
    onDidTriggerItemButton = this.itemButtonEmitter.event;
    disposeMore() {
        this.activeEmitter.dispose();
        this.selectionEmitter.dispose();
        this.itemButtonEmitter.dispose();
    }
    /** The items that can be chosen (no separators). */
    get choices() {
        return this.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
    }
    /** The items with these labels; fails on a label that is not offered. */
    byLabel(labels) {
        return labels.map((label) => {
            const item = this.choices.find((i) => i.label === label);
            if (!item) {
                throw new Error(`"${this.title}" offers no item "${label}"; it offers: ${this.choices.map((i) => i.label).join(' | ')}`);
            }
            return item;
        });
    }
    /** Selects the items with these labels (as clicking or Space does). */
    select(labels) {
        this.selectedItems = this.byLabel(labels);
        this.activeItems = this.selectedItems.slice(0, 1);
        this.activeEmitter.fire(this.activeItems);
        this.selectionEmitter.fire(this.selectedItems);
    }
}
exports.TestQuickPick = TestQuickPick;
class TestInputBox extends TestQuickInput {
    valueSelection;
    password = false;
    prompt;
    validationMessage;
}
exports.TestInputBox = TestInputBox;
/** The labels an answer names; fails on anything else. */
function labelsOf(title, answer) {
    if (typeof answer === 'string')
        return [answer];
    if (Array.isArray(answer))
        return answer;
    throw new Error(`"${title}" takes a label or labels, not ${String(answer)}`);
}
/** The text an answer types; fails on anything else. */
function textOf(title, answer) {
    if (typeof answer === 'string')
        return answer;
    throw new Error(`"${title}" takes a text, not ${Array.isArray(answer) ? JSON.stringify(answer) : String(answer)}`);
}
/** The real functions the shim replaces. */
const PATCHED = [
    'createQuickPick',
    'createInputBox',
    'showQuickPick',
    'showInputBox',
    'showWarningMessage',
    'showInformationMessage',
    'showErrorMessage',
    'withProgress',
    'showOpenDialog',
    'createWebviewPanel',
];
class TestWindow {
    /** Prompt titles (and confirmation messages), in the order they were asked. */
    asked = [];
    /** Every quick input the extension created, in order. */
    prompts = [];
    /** Notifications shown (show*Message without options). */
    notifications = [];
    /** Titles and step messages of notification progress. */
    progress = [];
    /** Webview panels created. */
    panels = [];
    answers = [];
    cancelWhen;
    saved = new Map();
    /** Sets the answers for the prompts to come (replacing any left). */
    script(answers) {
        this.answers = [...answers];
        return this;
    }
    /** Answers not used yet. */
    get unused() {
        return [...this.answers];
    }
    /** Cancels a notification progress (as its Cancel button does) when a step message matches. */
    cancelProgressWhen(match) {
        this.cancelWhen = match;
    }
    /** The panels created for a view type's title, newest last. */
    panel(title) {
        return this.panels.filter((p) => p.title === title).at(-1);
    }
    install() {
        const w = vscode.window;
        for (const name of PATCHED)
            this.saved.set(name, w[name]);
        const real = (name) => this.saved.get(name);
        w.createQuickPick = () => this.track(new TestQuickPick(this));
        w.createInputBox = () => this.track(new TestInputBox(this));
        w.showQuickPick = async (items, options) => {
            const title = options?.title ?? options?.placeHolder ?? '';
            const answer = this.next(title);
            if (answer === undefined)
                return undefined;
            const pick = new TestQuickPick(this);
            pick.title = title;
            pick.items = await items;
            const chosen = pick.byLabel(labelsOf(title, answer));
            return options?.canPickMany ? chosen : chosen[0];
        };
        w.showInputBox = async (options) => {
            const title = options?.title ?? options?.prompt ?? '';
            const answer = this.next(title);
            if (answer === undefined)
                return undefined;
            const text = textOf(title, answer);
            const problem = await options?.validateInput?.(text);
            if (problem)
                throw new Error(`invalid input for ${title}: ${JSON.stringify(problem)}`);
            return text;
        };
        const message = (level) => async (text, ...rest) => {
            const options = typeof rest[0] === 'object' && rest[0] !== null && !('title' in rest[0]) ? rest.shift() : undefined;
            if (options === undefined) {
                const actions = rest.map((r) => (typeof r === 'string' ? r : r.title));
                this.notifications.push(actions.length > 0 ? { level, message: text, actions } : { level, message: text });
                return undefined;
            }
            // A question (modal or with a detail): the next answer decides.
            const answer = this.next(text);
            if (answer === true)
                return rest[0];
            if (typeof answer === 'string') {
                const item = rest.find((r) => (typeof r === 'string' ? r : r.title) === answer);
                if (!item)
                    throw new Error(`"${text}" offers no button "${answer}"`);
                return item;
            }
            return undefined;
        };
        w.showInformationMessage = message('info');
        w.showWarningMessage = message('warn');
        w.showErrorMessage = message('error');
        w.withProgress = (options, task) => {
            if (options.location !== vscode.ProgressLocation.Notification) {
                return real('withProgress')(options, task); // progress inside a view or the status bar: the real one
            }
            this.progress.push(options.title ?? '');
            const source = new vscode.CancellationTokenSource();
            return Promise.resolve(task({
                report: (step) => {
                    if (!step.message)
                        return;
                    this.progress.push(step.message);
                    if (options.cancellable && this.cancelWhen?.(step.message))
                        source.cancel();
                },
            }, source.token)).finally(() => source.dispose());
        };
        w.showOpenDialog = async (options) => {
            const answer = this.next(options?.title ?? 'Open');
            if (answer === undefined)
                return undefined;
            return [
                answer instanceof vscode.Uri ? answer : vscode.Uri.file(textOf(options?.title ?? 'Open', answer)),
            ];
        };
        w.createWebviewPanel = (...args) => {
            const panel = real('createWebviewPanel')(...args);
            this.panels.push(new RecordedPanel(panel, args[0]));
            return panel;
        };
        return this;
    }
    restore() {
        const w = vscode.window;
        for (const [name, fn] of this.saved)
            w[name] = fn;
        this.saved.clear();
        for (const p of this.prompts)
            p.dispose();
    }
    track(widget) {
        this.prompts.push(widget);
        return widget;
    }
    next(title) {
        this.asked.push(title);
        if (this.answers.length === 0)
            throw new Error(`unexpected prompt: ${title}`);
        return this.answers.shift();
    }
    /**
     * A quick input was shown: takes the next answer. A wrong answer (no such label, an invalid value) throws
     * here, so the extension's prompt fails with the reason; the answer itself is given on the next tick, as a
     * user would.
     */
    answer(widget) {
        const answer = this.next(widget.title ?? '');
        const later = (f) => setTimeout(f, 0);
        if (typeof answer === 'function') {
            later(() => void answer(widget));
        }
        else if (answer === undefined) {
            later(() => widget.hide());
        }
        else if (answer === exports.BACK) {
            if (!widget.buttons.includes(vscode.QuickInputButtons.Back)) {
                throw new Error(`"${widget.title}" has no Back button`);
            }
            later(() => widget.pressBack());
        }
        else if (widget instanceof TestQuickPick) {
            const labels = labelsOf(widget.title ?? '', answer);
            if (!widget.canSelectMany && labels.length !== 1) {
                throw new Error(`"${widget.title}" takes one answer, not ${JSON.stringify(answer)}`);
            }
            widget.byLabel(labels); // fails now on a label that is not offered
            later(() => {
                widget.select(labels);
                widget.accept();
            });
        }
        else {
            widget.type(textOf(widget.title ?? '', answer));
            if (widget.validationMessage) {
                const m = widget.validationMessage;
                throw new Error(`invalid input for ${widget.title}: ${typeof m === 'string' ? m : m.message}`);
            }
            later(() => widget.accept());
        }
    }
}
exports.TestWindow = TestWindow;
/**
 * Mocha helper for a describe block: each test gets a fresh TestWindow installed before it and removed after.
 * Call the returned function inside a test to get the current one.
 */
function useTestWindow() {
    let current;
    beforeEach(() => {
        current = new TestWindow().install();
    });
    afterEach(() => {
        current?.restore();
        current = undefined;
    });
    return () => {
        if (!current)
            throw new Error('The test window is only available inside a test of a useTestWindow() block');
        return current;
    };
}
//# sourceMappingURL=testWindow.js.map