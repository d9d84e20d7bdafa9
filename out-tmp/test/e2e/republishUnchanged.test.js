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
// Re-publishing a folder whose content the newest layer version already has: the progress notification ends
// before the "Publish Anyway?" question, and the question (a modal) stays until it is answered.
const assert = __importStar(require("assert"));
const workbench_1 = require("./support/workbench");
describe('Re-publishing an unchanged folder as a layer', () => {
    const fx = (0, workbench_1.useWorkbench)('republish');
    /** Right-click layers/shared-utils in the Explorer → Publish… → accept every proposal up to the summary. */
    async function publishSharedUtils(again) {
        const { page } = fx.wb;
        const quickInput = page.locator('.quick-input-widget');
        const accept = async (text) => {
            await quickInput.filter({ hasText: text }).waitFor({ state: 'visible', timeout: 20_000 });
            await page.keyboard.press('Enter');
        };
        await page.keyboard.press('Control+Shift+E');
        const folder = page
            .locator('.explorer-folders-view .monaco-list-row', { hasText: 'shared-utils' })
            .first();
        if (!(await folder.isVisible())) {
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'layers' }).first().click();
        }
        await folder.click();
        await fx.wb.contextMenu(folder, 'Publish Folder as Lambda Layer…');
        if (again) {
            // The second time: "Publish with the same answers as last time" is offered first.
            await accept('with the same answers as last time');
            return;
        }
        const sameName = page
            .locator('.quick-input-list .monaco-list-row', { hasText: 'same name as the folder' })
            .first();
        await sameName.waitFor({ timeout: 20_000 });
        await sameName.click();
        await accept('package.json found');
        await accept('Current runtimes');
        await accept('Graviton');
        await accept('Description of this version');
        await accept('License (optional');
        await quickInput
            .locator('input[placeholder*="pick a line to change an answer"]')
            .waitFor({ state: 'visible', timeout: 20_000 });
        await page.keyboard.press('Enter');
    }
    it('ends the progress before asking, and the question waits for an answer', async function () {
        this.timeout(240_000);
        const { wb } = fx;
        const { page } = wb;
        await page.locator('.activitybar [aria-label^="Lambda"]').first().click();
        await wb.treeRow('shared-utils', 'Layers').waitFor({ timeout: 30_000 });
        await publishSharedUtils(false);
        await wb.expectNotification('Published shared-utils version 9', 60_000);
        assert.ok(wb.emulator.state.layerVersion('shared-utils', 9));
        await wb.runCommand('Notifications: Clear All Notifications');
        // The same folder again: the newest version (9) has exactly this content.
        await publishSharedUtils(true);
        const dialog = page.locator('.monaco-dialog-box', { hasText: 'Unchanged' });
        await dialog.waitFor({ timeout: 60_000 });
        // Both progress notifications (compressing, comparing) have ended: the workbench keeps a finished one on
        // screen for a moment (its minimum display time), never while the question waits.
        const progressToasts = page.locator('.notifications-toasts .notification-toast', {
            hasText: 'Publishing shared-utils',
        });
        await progressToasts.first().waitFor({ state: 'hidden', timeout: 3_000 });
        assert.strictEqual(await progressToasts.count(), 0, 'no progress notification is left');
        assert.ok(await dialog.isVisible(), 'the question is there');
        assert.ok((await dialog.textContent())?.includes('shared-utils version 9'), 'the question names the version that has this content');
        await wb.screenshot('after-1-unchanged-question');
        // A toast would have gone by now (they hide after about 10 s); the question is still there.
        await page.waitForTimeout(12_000);
        assert.ok(await dialog.isVisible(), 'the question is still there 12 s later');
        assert.strictEqual(await progressToasts.count(), 0, 'still no progress notification');
        await wb.screenshot('after-1-unchanged-question-12s-later');
        await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
        await dialog.waitFor({ state: 'hidden' });
        assert.strictEqual(wb.emulator.state.layerVersion('shared-utils', 10), undefined, 'nothing was published');
        await wb.screenshot('after-1-answered-cancel');
    });
});
//# sourceMappingURL=republishUnchanged.test.js.map