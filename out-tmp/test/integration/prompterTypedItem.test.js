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
// The item a pick makes from what the user types ("Create new layer 'x'"), on the VS Code quick pick API: it
// appears as the user types, follows the text, goes away for text that makes none, and Enter takes it.
const assert = __importStar(require("assert"));
const vscode = __importStar(require("vscode"));
const vscodePorts_1 = require("../../src/ui/vscodePorts");
const testWindow_1 = require("./support/testWindow");
const LAYERS = [
    { label: 'New layer…', value: 'new' },
    { label: 'shared-utils', value: 'existing:shared-utils', group: 'Publish a new version of' },
];
const typedItem = (typed) => /^[a-z-]+$/.test(typed.trim()) && typed.trim() !== 'shared-utils'
    ? { label: `Create new layer '${typed.trim()}'`, value: `typed:${typed.trim()}` }
    : undefined;
describe('VscodePrompter: an item made from the typed text (test window)', () => {
    const ui = (0, testWindow_1.useTestWindow)();
    const prompter = new vscodePorts_1.VscodePrompter();
    it('offers "Create new layer \'x\'" as the user types, updates it, and Enter picks it', async () => {
        const seen = [];
        const labels = (w) => w.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).map((i) => i.label);
        const act = (widget) => {
            const w = widget;
            w.type('tea');
            seen.push(labels(w));
            w.type('team-tools');
            seen.push(labels(w));
            w.type('bad name!');
            seen.push(labels(w));
            w.type('shared');
            seen.push(labels(w));
            w.type('team-tools');
            const made = w.items.find((i) => i.label === "Create new layer 'team-tools'");
            assert.strictEqual(made.alwaysShow, true, 'the filter never hides it');
            w.activeItems = [made];
            w.accept();
        };
        ui().script([act]);
        const value = await prompter.pick(LAYERS, { title: 'Publish', typedItem });
        assert.strictEqual(value, 'typed:team-tools');
        assert.deepStrictEqual(seen, [
            ["Create new layer 'tea'", 'New layer…', 'shared-utils'],
            ["Create new layer 'team-tools'", 'New layer…', 'shared-utils'],
            ['New layer…', 'shared-utils'],
            ['New layer…', 'shared-utils', "Create new layer 'shared'"],
        ]);
    });
});
//# sourceMappingURL=prompterTypedItem.test.js.map