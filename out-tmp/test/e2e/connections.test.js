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
// The explorer over two connections in the real workbench: the default one (the emulator in us-east-1) and a
// second emulator in eu-west-1 from lambdaExplorer.connections. Both views list one `profile @ Region` root per
// connection; the status bar shows the active one and how many more.
const assert = __importStar(require("assert"));
const emulator_1 = require("../emulator/emulator");
const workbench_1 = require("./support/workbench");
describe('Explorer over two connections in the workbench', () => {
    let west;
    before(async () => {
        west = await (0, emulator_1.startEmulator)({ seed: 'sample', region: 'eu-west-1' });
    });
    after(async () => {
        await west?.stop();
    });
    const fx = (0, workbench_1.useWorkbench)('connections', {
        settings: () => ({
            'lambdaExplorer.connections': [{ profile: 'emulator', region: 'eu-west-1', endpoint: west.endpoint }],
        }),
    });
    it('lists a root per connection in both views, each with its own resources, and the count in the status bar', async () => {
        const { page } = fx.wb;
        const icon = page.locator('.activitybar [aria-label^="Lambda Explorer"]').first();
        await icon.waitFor({ timeout: 30_000 });
        await icon.click();
        await fx.wb.treeRow('emulator @ us-east-1', 'Functions').waitFor({ timeout: 30_000 });
        await fx.wb.treeRow('emulator @ eu-west-1', 'Functions').waitFor({ timeout: 30_000 });
        await fx.wb.treeRow('emulator @ eu-west-1', 'Layers').waitFor({ timeout: 30_000 });
        // Each connection lists its own layers (the Functions roots are taller than the pane, so count layers).
        const rows = page
            .locator('.pane', { has: page.locator('.pane-header', { hasText: 'Layers' }) })
            .locator('.monaco-list-row', { hasText: 'aws-sdk-extras' });
        await rows.nth(1).waitFor({ timeout: 30_000 });
        assert.strictEqual(await rows.count(), 2, 'aws-sdk-extras under each connection');
        await page
            .locator('.statusbar-item', { hasText: 'emulator @ us-east-1 (+1)' })
            .first()
            .waitFor({ timeout: 10_000 });
        await fx.wb.screenshot('explorer-two-connections');
    });
    it('Add Region… names every Region it offers, so typing a city finds it', async () => {
        const { page } = fx.wb;
        await fx.wb.runCommand('Lambda Explorer: Add Region…');
        await page
            .locator('.quick-input-widget .quick-input-title', { hasText: 'Add a Region for' })
            .waitFor({ timeout: 15_000 });
        await page.locator('.quick-input-widget input').fill('Stockholm');
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'eu-north-1' }).first();
        await row.waitFor({ timeout: 10_000 });
        assert.match((await row.textContent()) ?? '', /Europe \(Stockholm\)/);
        await fx.wb.screenshot('add-region-named');
        await page.keyboard.press('Escape');
    });
});
//# sourceMappingURL=connections.test.js.map