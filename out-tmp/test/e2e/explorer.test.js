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
// The explorer in the real workbench: expand functions and layers, used-by, filter from the palette.
const assert = __importStar(require("assert"));
const workbench_1 = require("./support/workbench");
describe('Explorer views in the workbench', () => {
    const fx = (0, workbench_1.useWorkbench)('explorer');
    before(async () => {
        const { page } = fx.wb;
        const icon = page.locator('.activitybar [aria-label^="Lambda Explorer"]').first();
        await icon.waitFor({ timeout: 30_000 });
        await icon.click();
        await fx.wb.treeRow('orders-api', 'Functions').waitFor({ timeout: 30_000 });
        // Park the mouse away from the activity bar so no hover tooltip covers the tree in screenshots.
        await page.mouse.move(900, 500);
    });
    it('shows the connection in the status bar', async () => {
        const item = fx.wb.page.locator('.statusbar-item', { hasText: 'emulator @ us-east-1' }).first();
        await item.waitFor({ timeout: 10_000 });
    });
    it('expands a function into its layers (merge order, outdated marked) and its published versions', async () => {
        const { page } = fx.wb;
        await fx.wb.treeRow('thumbnailer', 'Functions').click();
        const layers = fx.wb.treeRow('2 of 5', 'Functions');
        await layers.waitFor({ timeout: 10_000 });
        await layers.click();
        await fx.wb.treeRow('sharp-bin:2', 'Functions').waitFor({ timeout: 10_000 });
        const outdated = fx.wb.treeRow('shared-utils:5', 'Functions');
        await outdated.waitFor({ timeout: 10_000 });
        assert.match((await outdated.textContent()) ?? '', /outdated: version 8 available/);
        // Collapse it again: the view is a virtualized list, and rows pushed below the pane are not rendered.
        await fx.wb.treeRow('thumbnailer', 'Functions').click();
        await fx.wb.treeRow('sharp-bin:2', 'Functions').waitFor({ state: 'detached', timeout: 10_000 });
        await fx.wb.treeRow('orders-api', 'Functions').click();
        const versions = page.locator('.sidebar .monaco-list-row', { hasText: 'Versions' }).last();
        await versions.waitFor({ timeout: 10_000 });
        await versions.click();
        const v2 = fx.wb.treeRow('Version 2', 'Functions');
        await v2.waitFor({ timeout: 10_000 });
        assert.match((await v2.textContent()) ?? '', /layers: shared-utils:7, otel-collector:2/);
        await page.mouse.move(900, 500);
        await fx.wb.screenshot('explorer-functions-expanded');
    });
    it('expands a layer into versions, newest first, and a version into the functions that use it', async () => {
        const { page } = fx.wb;
        const shared = fx.wb.treeRow('shared-utils', 'Layers');
        await shared.waitFor({ timeout: 10_000 });
        await shared.click();
        const v7 = fx.wb.treeRow('Version 7', 'Layers');
        await v7.waitFor({ timeout: 10_000 });
        await v7.click();
        const usedBy = fx.wb.treeRow('Used by', 'Layers');
        await usedBy.waitFor({ timeout: 10_000 });
        await usedBy.click();
        await fx.wb.treeRow('auth-authorizer', 'Layers').waitFor({ timeout: 20_000 });
        await page
            .locator('.sidebar .monaco-list-row', { hasText: /Used by\s*\d+ functions?/ })
            .first()
            .waitFor({ timeout: 10_000 });
        await page.mouse.move(900, 500);
        await fx.wb.screenshot('explorer-layers-used-by');
    });
    it('filters functions by name from the palette and clears the filter', async () => {
        const { page } = fx.wb;
        await fx.wb.runCommand('Lambda Explorer: Filter Functions by Name…');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill('pay');
        await page.keyboard.press('Enter');
        await fx.wb.treeRow('payments-worker', 'Functions').waitFor({ timeout: 10_000 });
        await page
            .locator('.sidebar .pane-header', { hasText: 'name contains "pay"' })
            .first()
            .waitFor({ timeout: 10_000 });
        await fx.wb.treeRow('orders-api', 'Functions').waitFor({ state: 'detached', timeout: 10_000 });
        await fx.wb.screenshot('explorer-filtered');
        await fx.wb.runCommand('Lambda Explorer: Clear Functions Filter');
        await fx.wb.treeRow('orders-api', 'Functions').waitFor({ timeout: 10_000 });
    });
});
//# sourceMappingURL=explorer.test.js.map