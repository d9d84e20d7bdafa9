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
// The layer version panel's policy section at a normal editor width (a 900 px window with the side bar open):
// the statements table fits or scrolls, every Revoke… button can be reached, and a notice never covers the
// grant form's button.
const assert = __importStar(require("assert"));
const workbench_1 = require("./support/workbench");
describe('Policy panel at a normal editor width', () => {
    const fx = (0, workbench_1.useWorkbench)('policyPanel');
    it('shows every column and Revoke… button of shared-utils:7, and the notice leaves "Make Public…" visible', async function () {
        this.timeout(120_000);
        const { wb } = fx;
        const { page } = wb;
        await page.setViewportSize({ width: 900, height: 700 });
        const icon = page.locator('.activitybar [aria-label^="Lambda Explorer"]').first();
        await icon.click();
        await wb.treeRow('shared-utils', 'Layers').waitFor({ timeout: 30_000 });
        await wb.runCommand('Lambda Explorer: Show Layer Version Details and Policy');
        await fx.wb.pick('shared-utils', 'Show Layer Version');
        await fx.wb.pick('Version 7', 'Show Layer Version: shared-utils');
        const lv = wb.webviewFrame();
        await lv.locator('#statements').waitFor({ timeout: 30_000 });
        await lv.locator('#policy').scrollIntoViewIfNeeded();
        await wb.screenshot('policy-900-table');
        // Every column and Revoke… button is in view: nothing overflows the section sideways.
        const widths = await lv.locator('#policy').evaluate((el) => ({
            scroll: el.scrollWidth,
            client: el.clientWidth,
        }));
        assert.ok(widths.scroll <= widths.client, `the policy section is ${widths.scroll} px wide in ${widths.client} px`);
        const revokes = lv.locator('[id^="revoke-"]');
        assert.strictEqual(await revokes.count(), 2, 'the seed gives shared-utils:7 two grants');
        for (const b of await revokes.all())
            assert.ok(await b.isVisible());
        // A notice (Copy ARN) while the public form is open: the Make Public… button stays clickable.
        await lv.locator('vscode-radio', { hasText: 'Everyone (public)' }).click();
        await lv.locator('#public-warning').waitFor();
        await lv.locator('#copy-arn').click();
        await lv.locator('.notice').waitFor({ timeout: 10_000 });
        // The button at the bottom edge of the panel, where the notice sits.
        await lv
            .locator('#grant')
            .evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await wb.screenshot('policy-900-notice');
        const covered = await lv.locator('#grant').evaluate((el) => {
            const r = el.getBoundingClientRect();
            const doc = globalThis
                .document;
            const hit = doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !hit || !hit.closest || !hit.closest('#grant');
        });
        assert.strictEqual(covered, false, 'the notice covers the Make Public… button');
        // The "make public" modal: Enter picks the safe default (Keep Private), and nothing changes.
        const publicSids = () => (wb.emulator.state.layerVersion('shared-utils', 7)?.policy.statements ?? [])
            .filter((st) => st.Principal === '*' && !st.Condition)
            .map((st) => st.Sid);
        await lv.locator('#public-ack').click();
        await lv.locator('#grant').click();
        const dialog = page.locator('.monaco-dialog-box', { hasText: /public \(account \d{12}, [a-z0-9-]+\)\?/ });
        await dialog.waitFor({ timeout: 15_000 });
        const buttons = await dialog.locator('.monaco-button').allTextContents();
        assert.deepStrictEqual(buttons
            .map((b) => b.trim())
            .filter(Boolean)
            .sort(), ['Cancel', 'Keep Private', 'Make Public']);
        await wb.screenshot('policy-900-make-public-modal');
        await page.keyboard.press('Enter');
        await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
        await page.waitForTimeout(1_000);
        assert.deepStrictEqual(publicSids(), [], 'Enter kept the version private');
        // Made public on purpose (a click on Make Public): the panel header says "public".
        await lv.locator('#grant').click();
        await dialog.waitFor({ timeout: 15_000 });
        await dialog.locator('.monaco-button', { hasText: 'Make Public' }).click();
        await lv.locator('#public-badge').waitFor({ timeout: 15_000 });
        assert.deepStrictEqual(publicSids(), ['public']);
        await lv.locator('#title').scrollIntoViewIfNeeded();
        await wb.screenshot('policy-900-public-header');
        await lv.locator('#policy').scrollIntoViewIfNeeded();
        await wb.screenshot('policy-900-public-table');
    });
});
//# sourceMappingURL=policyPanel.test.js.map