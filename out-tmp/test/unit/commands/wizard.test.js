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
// The multi-step input runner: "Step k of n" (skipped steps not counted), Back rewinds and keeps the answers
// as proposals, Back on the first step cancels, other errors pass through.
const assert = __importStar(require("assert"));
const wizard_1 = require("../../../src/commands/steps/wizard");
const prompter_1 = require("../../../src/ui/prompter");
const recorders_1 = require("../support/recorders");
function steps(p) {
    return [
        {
            ask: async (s, step) => ({
                ...s,
                kind: await p.pick([
                    { label: 'new', value: 'new' },
                    { label: 'old', value: 'old' },
                ], { title: 'kind', step }),
            }),
        },
        {
            skip: (s) => s.kind !== undefined && s.kind !== 'new',
            ask: async (s, step) => ({
                ...s,
                name: await p.input({ title: 'name', value: s.name ?? 'proposed', step }),
            }),
        },
        {
            ask: async (s, step) => ({
                ...s,
                color: await p.input({ title: 'color', value: s.color ?? 'red', step }),
            }),
        },
    ];
}
describe('runWizard (guided input)', () => {
    it('numbers the steps it asks; a step skipped once the answers decide it leaves the count', async () => {
        const p = new recorders_1.ShowingPrompter(['new', 'n1', 'blue']);
        assert.deepStrictEqual(await (0, wizard_1.runWizard)({}, steps(p)), { kind: 'new', name: 'n1', color: 'blue' });
        assert.deepStrictEqual(p.shown, ['kind [1/3]', 'name [2/3]', 'color [3/3]']);
        const q = new recorders_1.ShowingPrompter(['old', 'green']);
        assert.deepStrictEqual(await (0, wizard_1.runWizard)({}, steps(q)), { kind: 'old', color: 'green' });
        assert.deepStrictEqual(q.shown, ['kind [1/3]', 'color [2/2]']);
    });
    it('Back returns to the previous step with its answer proposed, and forward again keeps later answers', async () => {
        const p = new recorders_1.ShowingPrompter(['new', 'n1', recorders_1.BACK, recorders_1.BACK, 'new', 'n2', 'blue']);
        const out = await (0, wizard_1.runWizard)({}, steps(p));
        assert.deepStrictEqual(out, { kind: 'new', name: 'n2', color: 'blue' });
        assert.deepStrictEqual(p.shown, [
            'kind [1/3]',
            'name [2/3]',
            'color [3/3]',
            'name [2/3]',
            'kind [1/3]',
            'name [2/3]',
            'color [3/3]',
        ]);
        assert.strictEqual(p.inputs[2].value, 'n1', 'the name step shows what was answered before');
        assert.strictEqual(p.inputs[3].value, 'n1', 'going forward again proposes the earlier answer');
    });
    it('BackTo from a later step: asks that step again, then comes straight back', async () => {
        const p = new recorders_1.ShowingPrompter(['new', 'n1', 'blue', 'change name', 'n2', 'ok']);
        const all = [
            ...steps(p),
            {
                ask: async (s, step) => {
                    const a = await p.pick([
                        { label: 'ok', value: 'ok' },
                        { label: 'change name', value: 'name' },
                    ], { title: 'summary', step });
                    if (a === 'name')
                        throw new wizard_1.BackTo(1);
                    return s;
                },
            },
        ];
        assert.deepStrictEqual(await (0, wizard_1.runWizard)({}, all), { kind: 'new', name: 'n2', color: 'blue' });
        assert.deepStrictEqual(p.shown, [
            'kind [1/4]',
            'name [2/4]',
            'color [3/4]',
            'summary [4/4]',
            'name [2/4]',
            'summary [4/4]',
        ]);
    });
    it('Back on the first step cancels; a dismissal cancels; other errors pass through', async () => {
        await assert.rejects((0, wizard_1.runWizard)({}, steps(new recorders_1.ShowingPrompter([recorders_1.BACK]))), (e) => e instanceof prompter_1.Cancelled);
        await assert.rejects((0, wizard_1.runWizard)({}, steps(new recorders_1.ShowingPrompter([undefined]))), (e) => e instanceof prompter_1.Cancelled);
        await assert.rejects((0, wizard_1.runWizard)({}, [{ ask: async () => Promise.reject(new Error('boom')) }]), /boom/);
    });
});
//# sourceMappingURL=wizard.test.js.map