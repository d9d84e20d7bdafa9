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
// The vscode Prompter (src/ui/vscodePorts.ts VscodePrompter) on VS Code's quick inputs: steps of a multi-step
// input, the Back button, validation as you type, dismissal, and that the widget is always disposed. The class
// is tsc's copy, run here in the test; the commands' tests exercise the bundle's copy the same way. First
// through the test window (which records the widgets it hands out), then on the workbench's real quick input.
const assert = __importStar(require("assert"));
const vscode = __importStar(require("vscode"));
const vscodePorts_1 = require("../../src/ui/vscodePorts");
const testWindow_1 = require("./support/testWindow");
const ITEMS = [
    { label: 'one', description: 'first', value: 1, group: 'Small' },
    { label: 'two', description: 'second', value: 2, group: 'Small', picked: true },
    { label: 'ten', description: 'tenth', value: 10, group: 'Large', picked: true },
];
/** Settles with the error's name (or 'resolved:<value>') so a test can assert on either outcome. */
async function outcome(p) {
    return p.then((v) => `resolved:${JSON.stringify(v)}`, (e) => (e instanceof Error ? e.name : String(e)));
}
const tick = () => new Promise((r) => setTimeout(r, 0));
describe('VscodePrompter on quick inputs (test window)', () => {
    const ui = (0, testWindow_1.useTestWindow)();
    const prompter = new vscodePorts_1.VscodePrompter();
    /**
     * Answers the next prompt with `act`, which gets the widget; resolves with the widget when `act` is done, or
     * rejects with its failure (and dismisses the widget).
     */
    function drive(act) {
        return new Promise((resolve, reject) => {
            const answer = async (w) => {
                try {
                    await act(w);
                    resolve(w);
                }
                catch (e) {
                    reject(e instanceof Error ? e : new Error(String(e)));
                    w.hide();
                }
            };
            ui().script([answer]);
        });
    }
    it('a pick at step 2 of 3: title, placeholder, step, Back button, separators; accepting returns the value', async () => {
        const widget = drive((w) => {
            w.select(['ten']);
            w.accept();
        });
        const [value, w] = await Promise.all([
            prompter.pick(ITEMS, { title: 'Choose', placeholder: 'a number', step: { index: 2, total: 3 } }),
            widget,
        ]);
        assert.strictEqual(value, 10);
        assert.strictEqual(w.title, 'Choose');
        assert.strictEqual(w.placeholder, 'a number');
        assert.strictEqual(w.step, 2);
        assert.strictEqual(w.totalSteps, 3);
        assert.ok(w.buttons.includes(vscode.QuickInputButtons.Back), 'a Back button');
        assert.strictEqual(w.ignoreFocusOut, true);
        assert.strictEqual(w.matchOnDescription, true);
        assert.strictEqual(w.canSelectMany, false);
        assert.deepStrictEqual(w.items.map((i) => (i.kind === vscode.QuickPickItemKind.Separator ? `-- ${i.label}` : i.label)), ['-- Small', 'one', 'two', '-- Large', 'ten']);
        assert.strictEqual(w.disposed, true, 'disposed after accepting');
    });
    it('the first step has no Back button, a prompt without a step shows no step', async () => {
        ui().script(['one', 'two']);
        assert.strictEqual(await prompter.pick(ITEMS, { title: 'First', step: { index: 1, total: 3 } }), 1);
        assert.strictEqual(await prompter.pick(ITEMS, { title: 'Plain' }), 2);
        const [first, plain] = ui().prompts;
        assert.strictEqual(first?.step, 1);
        assert.deepStrictEqual(first?.buttons, []);
        assert.strictEqual(plain?.step, undefined);
        assert.strictEqual(plain?.totalSteps, undefined);
        assert.deepStrictEqual(plain?.buttons, []);
    });
    it('Back rejects with GoBack and Escape with Cancelled; the widget is disposed either way', async () => {
        const back = drive((w) => w.pressBack());
        assert.strictEqual(await outcome(prompter.pick(ITEMS, { title: 'Back', step: { index: 3, total: 3 } })), 'GoBack');
        assert.strictEqual((await back).disposed, true);
        const escape = drive((w) => w.hide());
        assert.strictEqual(await outcome(prompter.pick(ITEMS, { title: 'Escape', step: { index: 2, total: 3 } })), 'Cancelled');
        assert.strictEqual((await escape).disposed, true);
    });
    it('pickMany preselects the picked items; an empty selection is an answer', async () => {
        const widget = drive((w) => w.accept());
        const [values, w] = await Promise.all([
            prompter.pickMany(ITEMS, { title: 'Several', step: { index: 2, total: 4 } }),
            widget,
        ]);
        assert.deepStrictEqual(values, [2, 10], 'what was preselected');
        assert.strictEqual(w.canSelectMany, true);
        assert.deepStrictEqual(w.selectedItems.map((i) => i.label), ['two', 'ten']);
        assert.strictEqual(w.step, 2);
        assert.ok(w.buttons.includes(vscode.QuickInputButtons.Back));
        const none = drive((w2) => {
            w2.selectedItems = [];
            w2.accept();
        });
        assert.deepStrictEqual(await prompter.pickMany(ITEMS, { title: 'None' }), []);
        assert.strictEqual((await none).disposed, true);
    });
    it('input validates as the user types and refuses Enter while invalid', async () => {
        let refused;
        const widget = drive(async (w) => {
            w.type('BAD NAME');
            assert.strictEqual(w.validationMessage, 'lowercase only');
            w.accept();
            await tick();
            refused = w.disposed ? 'accepted' : 'still open';
            w.type('good-name');
            assert.strictEqual(w.validationMessage, undefined);
            w.accept();
        });
        const [value, w] = await Promise.all([
            prompter.input({
                title: 'Name',
                prompt: 'The layer name',
                value: 'start',
                placeholder: 'my-layer',
                validate: (v) => (/^[a-z-]+$/.test(v) ? undefined : 'lowercase only'),
                step: { index: 2, total: 5 },
            }),
            widget,
        ]);
        assert.strictEqual(value, 'good-name');
        assert.strictEqual(refused, 'still open', 'Enter on an invalid value does nothing');
        assert.strictEqual(w.title, 'Name');
        assert.strictEqual(w.prompt, 'The layer name');
        assert.strictEqual(w.placeholder, 'my-layer');
        assert.strictEqual(w.step, 2);
        assert.strictEqual(w.totalSteps, 5);
        assert.ok(w.buttons.includes(vscode.QuickInputButtons.Back));
        assert.strictEqual(w.ignoreFocusOut, true);
        assert.strictEqual(w.disposed, true);
    });
    it('input: an invalid starting value is flagged at once; Back and Escape reject', async () => {
        const flagged = drive((w) => w.hide());
        const escaped = await outcome(prompter.input({ title: 'Start', value: 'BAD', validate: (v) => (v === 'BAD' ? 'no' : undefined) }));
        assert.strictEqual(escaped, 'Cancelled');
        const w = await flagged;
        assert.strictEqual(w.value, 'BAD');
        assert.strictEqual(w.validationMessage, 'no');
        assert.strictEqual(w.disposed, true);
        const back = drive((b) => b.pressBack());
        assert.strictEqual(await outcome(prompter.input({ title: 'Back', step: { index: 2, total: 2 } })), 'GoBack');
        assert.strictEqual((await back).disposed, true);
    });
    it('confirm asks with a modal warning: the confirm button says yes, dismissing says no', async () => {
        ui().script([true, undefined]);
        assert.strictEqual(await prompter.confirm('Delete it?', { confirm: 'Delete', detail: 'for good' }), true);
        assert.strictEqual(await prompter.confirm('Delete it?', { confirm: 'Delete' }), false);
        assert.deepStrictEqual(ui().asked, ['Delete it?', 'Delete it?']);
    });
});
describe('VscodePrompter on the real quick input of the workbench', function () {
    this.timeout(60_000);
    const prompter = new vscodePorts_1.VscodePrompter();
    /** Runs a workbench command until the prompt settles (the quick input opens asynchronously). */
    async function settleWith(command, prompt) {
        let settled;
        const result = outcome(prompt).then((o) => (settled = o));
        for (let i = 0; i < 40 && settled === undefined; i++) {
            await new Promise((r) => setTimeout(r, 250));
            if (settled === undefined)
                await vscode.commands.executeCommand(command);
        }
        return result;
    }
    afterEach(async () => {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    });
    it('Enter accepts the active item of a step-2-of-3 pick', async () => {
        const result = await settleWith('workbench.action.acceptSelectedQuickOpenItem', prompter.pick(ITEMS, { title: 'Real pick', step: { index: 2, total: 3 } }));
        assert.strictEqual(result, 'resolved:1');
    });
    it('the Back command rejects with GoBack', async () => {
        const result = await settleWith('workbench.action.quickInputBack', prompter.pick(ITEMS, { title: 'Real back', step: { index: 2, total: 3 } }));
        assert.strictEqual(result, 'GoBack');
    });
    it('closing the quick input rejects with Cancelled', async () => {
        const result = await settleWith('workbench.action.closeQuickOpen', prompter.input({ title: 'Real input', value: 'x', step: { index: 2, total: 2 } }));
        assert.strictEqual(result, 'Cancelled');
    });
    it('Enter accepts a valid input value', async () => {
        const result = await settleWith('workbench.action.acceptSelectedQuickOpenItem', prompter.input({ title: 'Real input', value: 'kept', validate: (v) => (v ? undefined : 'required') }));
        assert.strictEqual(result, 'resolved:"kept"');
    });
});
//# sourceMappingURL=prompter.test.js.map