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
exports.ChannelLogger = exports.VscodeProgress = exports.VscodeNotifier = exports.VscodePrompter = void 0;
// The vscode implementations of the UI ports (prompter, notifier, progress, logger).
const vscode = __importStar(require("vscode"));
const displayText_1 = require("./displayText");
const logger_1 = require("./logger");
const prompter_1 = require("./prompter");
function toItems(items) {
    const out = [];
    let group;
    for (const i of items) {
        if (i.group && i.group !== group) {
            group = i.group;
            out.push({ label: i.group, kind: vscode.QuickPickItemKind.Separator });
        }
        // Items name AWS resources: invisible and bidi characters show as <U+202E>, long text is cut.
        out.push({
            label: (0, displayText_1.displayLine)(i.label, displayText_1.DISPLAY_LIMITS.message),
            description: i.description === undefined ? undefined : (0, displayText_1.displayLine)(i.description, displayText_1.DISPLAY_LIMITS.message),
            detail: i.detail === undefined ? undefined : (0, displayText_1.displayLine)(i.detail, displayText_1.DISPLAY_LIMITS.message),
            picked: i.picked,
            value: i.value,
        });
    }
    return out;
}
/** Settles once: disposes the listeners and the widget, then resolves or rejects. */
function settleOnce(widget, subscriptions) {
    let settled = false;
    return (settle) => {
        if (settled)
            return;
        settled = true;
        for (const s of subscriptions)
            s.dispose();
        widget.dispose();
        settle();
    };
}
/** Title, "Step k of n", a Back button from step 2 on, and staying open when focus moves elsewhere. */
function frame(widget, opts) {
    widget.title = (0, displayText_1.displayLine)(opts.title);
    widget.ignoreFocusOut = true;
    if (opts.step) {
        widget.step = opts.step.index;
        widget.totalSteps = opts.step.total;
        if (opts.step.index > 1)
            widget.buttons = [vscode.QuickInputButtons.Back];
    }
}
/** The prompts as VS Code quick inputs: one implementation with or without a step of a multi-step input. */
class VscodePrompter {
    async pick(items, opts) {
        const [chosen] = await this.choose(items, opts, false);
        return chosen;
    }
    async pickMany(items, opts) {
        return this.choose(items, opts, true);
    }
    choose(items, opts, many) {
        const pick = vscode.window.createQuickPick();
        frame(pick, opts);
        pick.placeholder = opts.placeholder === undefined ? undefined : (0, displayText_1.displayLine)(opts.placeholder);
        pick.matchOnDescription = true;
        pick.canSelectMany = many;
        const shown = toItems(items);
        pick.items = shown;
        if (many)
            pick.selectedItems = shown.filter((i) => i.picked);
        return new Promise((resolve, reject) => {
            const subscriptions = [];
            const finish = settleOnce(pick, subscriptions);
            const typedItem = opts.typedItem;
            if (typedItem) {
                // The item made from the text, always shown (the filter would hide it otherwise).
                subscriptions.push(pick.onDidChangeValue((value) => {
                    const made = typedItem(value);
                    if (!made) {
                        pick.items = shown;
                        return;
                    }
                    const item = {
                        label: made.label,
                        description: made.description,
                        detail: made.detail,
                        alwaysShow: true,
                        value: made.value,
                    };
                    // First (so Enter takes it) unless the text also filters to items already there: then after them.
                    const lower = value.trim().toLowerCase();
                    const matches = shown.some((i) => i.kind !== vscode.QuickPickItemKind.Separator && i.label.toLowerCase().includes(lower));
                    pick.items = matches ? [...shown, item] : [item, ...shown];
                }));
            }
            subscriptions.push(pick.onDidTriggerButton((button) => {
                if (button === vscode.QuickInputButtons.Back)
                    finish(() => reject(new prompter_1.GoBack()));
            }), pick.onDidAccept(() => {
                const chosen = many ? pick.selectedItems : pick.selectedItems.slice(0, 1);
                const single = chosen[0] ?? pick.activeItems[0];
                if (!many && !single)
                    return;
                finish(() => resolve((many ? chosen : [single]).map((c) => c.value)));
            }), pick.onDidHide(() => finish(() => reject(new prompter_1.Cancelled()))));
            pick.show();
        });
    }
    async input(opts) {
        const box = vscode.window.createInputBox();
        frame(box, opts);
        box.prompt = opts.prompt === undefined ? undefined : (0, displayText_1.displayLine)(opts.prompt);
        box.placeholder = opts.placeholder === undefined ? undefined : (0, displayText_1.displayLine)(opts.placeholder);
        box.password = opts.password ?? false;
        box.value = opts.value ?? '';
        const problem = (value) => {
            const message = opts.validate?.(value);
            return message ? (0, displayText_1.displayLine)(message) : undefined;
        };
        box.validationMessage = opts.value ? problem(opts.value) : undefined;
        return new Promise((resolve, reject) => {
            const subscriptions = [];
            const finish = settleOnce(box, subscriptions);
            subscriptions.push(box.onDidChangeValue((value) => {
                box.validationMessage = problem(value);
            }), box.onDidTriggerButton((button) => {
                if (button === vscode.QuickInputButtons.Back)
                    finish(() => reject(new prompter_1.GoBack()));
            }), box.onDidAccept(() => {
                const value = box.value;
                const invalid = problem(value);
                box.validationMessage = invalid;
                if (invalid === undefined)
                    finish(() => resolve(value));
            }), box.onDidHide(() => finish(() => reject(new prompter_1.Cancelled()))));
            box.show();
        });
    }
    async confirm(message, opts) {
        const answer = await vscode.window.showWarningMessage(shown(message), {
            modal: opts.modal ?? true,
            detail: opts.detail === undefined ? undefined : (0, displayText_1.truncate)((0, displayText_1.showInvisible)(opts.detail), 4000),
        }, ...(0, prompter_1.confirmButtons)(opts));
        return answer === opts.confirm;
    }
}
exports.VscodePrompter = VscodePrompter;
/** A notification or confirmation message: names in it come from AWS. Line breaks are kept (modal dialogs). */
function shown(message) {
    return (0, displayText_1.truncate)((0, displayText_1.showInvisible)(message), displayText_1.DISPLAY_LIMITS.message);
}
class VscodeNotifier {
    async info(message, ...actions) {
        return vscode.window.showInformationMessage(shown(message), ...actions);
    }
    async warn(message, ...actions) {
        return vscode.window.showWarningMessage(shown(message), ...actions);
    }
    async error(message, ...actions) {
        return vscode.window.showErrorMessage(shown(message), ...actions);
    }
}
exports.VscodeNotifier = VscodeNotifier;
class VscodeProgress {
    async run(title, opts, task) {
        const location = opts.viewId ? { viewId: opts.viewId } : vscode.ProgressLocation.Notification;
        return vscode.window.withProgress({ location, title: (0, displayText_1.displayLine)(title), cancellable: opts.cancellable ?? false }, async (progress, token) => {
            const controller = new AbortController();
            const sub = token.onCancellationRequested(() => controller.abort());
            try {
                return await task((step) => progress.report(step.message === undefined ? step : { ...step, message: (0, displayText_1.displayLine)(step.message) }), controller.signal);
            }
            catch (e) {
                if (controller.signal.aborted)
                    throw new prompter_1.Cancelled();
                throw e;
            }
            finally {
                sub.dispose();
            }
        });
    }
}
exports.VscodeProgress = VscodeProgress;
/** A Logger over a LogOutputChannel; every line goes through logLine (redacted, invisible characters shown). */
class ChannelLogger {
    channel;
    constructor(channel) {
        this.channel = channel;
    }
    debug(message) {
        this.channel.debug((0, logger_1.logLine)(message));
    }
    trace(message) {
        this.channel.trace((0, logger_1.logLine)(message));
    }
    info(message) {
        this.channel.info((0, logger_1.logLine)(message));
    }
    warn(message) {
        this.channel.warn((0, logger_1.logLine)(message));
    }
    error(message, error) {
        this.channel.error(error === undefined ? (0, logger_1.logLine)(message) : `${(0, logger_1.logLine)(message)}: ${(0, logger_1.logLine)((0, logger_1.describeForLog)(error))}`);
    }
}
exports.ChannelLogger = ChannelLogger;
//# sourceMappingURL=vscodePorts.js.map