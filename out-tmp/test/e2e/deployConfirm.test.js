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
// Deploy Folder to Lambda Function over a function whose handler the folder does not provide: before any code
// is replaced the user sees a confirmation naming the function with a handler warning, and Cancel (Escape)
// leaves the function's code as it was.
const assert = __importStar(require("assert"));
const workbench_1 = require("./support/workbench");
describe('Deploying a folder over a function asks first', () => {
    const fx = (0, workbench_1.useWorkbench)('deployConfirm');
    it('names orders-api, warns that layers/shared-utils has no index.handler, and Cancel changes nothing', async function () {
        this.timeout(180_000);
        const { wb } = fx;
        const { page } = wb;
        const before = wb.emulator.state.functionConfiguration('orders-api');
        assert.ok(before?.CodeSha256, 'the seed has orders-api');
        assert.strictEqual(before.Handler, 'index.handler');
        await page.keyboard.press('Control+Shift+E');
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'layers' }).first().click();
        const folder = page
            .locator('.explorer-folders-view .monaco-list-row', { hasText: 'shared-utils' })
            .first();
        await folder.click();
        await wb.contextMenu(folder, 'Deploy Folder to Lambda Function…');
        const quickInput = page.locator('.quick-input-widget');
        await quickInput.filter({ hasText: 'Deploy Folder to Lambda Function' }).waitFor({ timeout: 30_000 });
        // The function: typed (the Functions view was never opened, so there is no loaded list to pick from).
        await quickInput.locator('input').fill('orders-api');
        await page.keyboard.press('Enter');
        // The confirmation: names the function, says what it replaces, and warns about the handler.
        const confirm = quickInput.locator('.monaco-list-row', { hasText: 'Deploy to orders-api' }).first();
        await confirm.waitFor({ timeout: 30_000 });
        const input = quickInput.locator('input');
        const placeholder = (await input.getAttribute('placeholder')) ?? '';
        assert.match(placeholder, /Replace the code of orders-api/);
        assert.match(placeholder, /shared-utils: \d+ files/);
        const rows = (await quickInput.locator('.quick-input-list').textContent()) ?? '';
        assert.match(rows, /index\.handler/, 'the handler the function points to');
        assert.ok((await quickInput.locator('.quick-input-list .codicon-warning').count()) > 0, 'a warning icon on the handler line');
        await wb.screenshot('after-2-deploy-confirmation');
        await page.keyboard.press('Escape');
        await quickInput.waitFor({ state: 'hidden' });
        await page.waitForTimeout(2_000);
        const after = wb.emulator.state.functionConfiguration('orders-api');
        assert.strictEqual(after?.CodeSha256, before.CodeSha256, 'the code of orders-api is unchanged');
        assert.strictEqual(after?.RevisionId, before.RevisionId, 'nothing about orders-api changed');
        await wb.screenshot('after-2-cancelled');
    });
});
//# sourceMappingURL=deployConfirm.test.js.map