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
// Right-click layers/shared-utils in the Explorer → "Publish Folder as Lambda Layer…" → answer the quick
// picks with the keyboard (a new version of the existing shared-utils layer, proposals accepted, the summary
// step confirmed) → the new version is published to the emulator and appears in the Layers view.
const assert = __importStar(require("assert"));
const workbench_1 = require("./support/workbench");
describe('Publish a folder as a layer from the Explorer context menu', () => {
    const fx = (0, workbench_1.useWorkbench)('publish');
    it('publishes layers/shared-utils as shared-utils version 9 and shows it in the Layers view', async function () {
        this.timeout(180_000);
        const { page } = fx.wb;
        const quickInput = page.locator('.quick-input-widget');
        /** Waits for the quick input to show text (its title, placeholder or prompt), then accepts with Enter. */
        const accept = async (text) => {
            await quickInput.filter({ hasText: text }).waitFor({ state: 'visible', timeout: 20_000 });
            await page.keyboard.press('Enter');
        };
        // The Layers view lists the seed's shared-utils (versions up to 8).
        await page.locator('.activitybar [aria-label^="Lambda"]').first().click();
        await fx.wb.treeRow('shared-utils', 'Layers').waitFor({ timeout: 30_000 });
        await page.keyboard.press('Control+Shift+E');
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'layers' }).first().click();
        const folder = page
            .locator('.explorer-folders-view .monaco-list-row', { hasText: 'shared-utils' })
            .first();
        await folder.click(); // select it first: the Explorer's context menu acts on the selection
        await fx.wb.contextMenu(folder, 'Publish Folder as Lambda Layer…');
        // 1. The layer: the existing one with the folder's name.
        const sameName = page
            .locator('.quick-input-list .monaco-list-row', { hasText: 'same name as the folder' })
            .first();
        await sameName.waitFor({ timeout: 20_000 });
        await fx.wb.screenshot('publish-01-pick-layer');
        await sameName.click();
        // 2. Layout (detected nodejs/ first, with the reason), 3. runtimes and 4. architectures (pre-selected
        // from version 8), 5. description (from package.json), 6. license (MIT from package.json).
        await quickInput.filter({ hasText: 'package.json found' }).waitFor({ timeout: 20_000 });
        await fx.wb.screenshot('publish-02-layout');
        await accept('package.json found');
        await quickInput.filter({ hasText: 'Current runtimes' }).waitFor({ timeout: 20_000 });
        await fx.wb.screenshot('publish-03-runtimes');
        await accept('Current runtimes');
        await accept('Graviton');
        await accept('Description of this version');
        await accept('License (optional');
        // 7. The summary, as the last step of the guided input (Back goes to the license; a line, to its question).
        // (A placeholder is an attribute of the input, not text: look for it there.)
        await quickInput
            .locator('input[placeholder*="pick a line to change an answer"]')
            .waitFor({ state: 'visible', timeout: 20_000 });
        assert.ok(await quickInput.locator('.monaco-list-row', { hasText: 'Runtimes: nodejs' }).first().isVisible(), 'the summary lists the answers one per line');
        assert.ok(await quickInput.locator('.quick-input-title', { hasText: '7/7' }).isVisible(), 'the step counter shows the last of 7 steps (the existing layer needs no new name)');
        assert.ok(await quickInput.locator('.codicon-quick-input-back, [aria-label="Back"]').first().isVisible(), 'a Back button');
        await fx.wb.screenshot('publish-04-summary');
        await page.keyboard.press('Enter');
        const deadline = Date.now() + 60_000;
        while (!fx.wb.emulator.state.layerVersion('shared-utils', 9) && Date.now() < deadline)
            await page.waitForTimeout(200);
        const v9 = fx.wb.emulator.state.layerVersion('shared-utils', 9);
        assert.ok(v9, 'version 9 was published to the emulator');
        assert.strictEqual(v9.licenseInfo, 'MIT');
        const told = await fx.wb.expectNotification('Published shared-utils version 9', 30_000);
        assert.ok(await told.isVisible());
        await page.keyboard.press('Escape');
        // The Layers view reloads shared-utils and reveals (selects) the new version: the Lambda views come up by
        // themselves (clicking the container's icon now would hide the side bar again).
        const layersHeader = page.locator('.sidebar .pane-header', { hasText: 'Layers' }).first();
        await layersHeader
            .waitFor({ timeout: 10_000 })
            .catch(() => page.locator('.activitybar [aria-label^="Lambda"]').first().click());
        const row = fx.wb.treeRow('Version 9', 'Layers');
        await row.waitFor({ timeout: 30_000 });
        await fx.wb.screenshot('publish-05-new-version-in-layers-view');
    });
});
//# sourceMappingURL=publish.test.js.map