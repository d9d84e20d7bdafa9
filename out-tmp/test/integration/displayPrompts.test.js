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
// Quick picks and notifications name AWS resources: a right-to-left override in a name shows as <U+202E> there
// too (the vscode ports apply it, so every command's prompts get it), and the answer is still the item's value.
const assert = __importStar(require("assert"));
const vscodePorts_1 = require("../../src/ui/vscodePorts");
const testWindow_1 = require("./support/testWindow");
describe('AWS names in quick picks and notifications', () => {
    const ui = (0, testWindow_1.useTestWindow)();
    it('shows U+202E in a pick item, its description and the title as <U+202E>, and returns the value', async () => {
        let seen;
        const answer = async (w) => {
            const pick = w;
            seen = {
                labels: pick.choices.map((i) => i.label),
                descriptions: pick.choices.map((i) => i.description),
                title: pick.title,
            };
            pick.select(['invoice<U+202E>gnp.exe']);
            pick.accept();
        };
        ui().script([answer]);
        const value = await new vscodePorts_1.VscodePrompter().pick([
            { label: 'invoice\u202Egnp.exe', description: 'Invoices \u202Efdp.exe', value: 'spoof' },
            { label: 'orders-api', value: 'orders' },
        ], { title: 'Attach to invoice\u202Egnp.exe' });
        assert.strictEqual(value, 'spoof');
        assert.deepStrictEqual(seen, {
            labels: ['invoice<U+202E>gnp.exe', 'orders-api'],
            descriptions: ['Invoices <U+202E>fdp.exe', undefined],
            title: 'Attach to invoice<U+202E>gnp.exe',
        });
    });
    it('shows U+202E in a notification as <U+202E>', async () => {
        await new vscodePorts_1.VscodeNotifier().info('Deployed invoice\u202Egnp.exe');
        assert.strictEqual(ui().notifications.at(-1)?.message, 'Deployed invoice<U+202E>gnp.exe');
    });
});
//# sourceMappingURL=displayPrompts.test.js.map