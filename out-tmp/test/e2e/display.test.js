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
// What the user sees of hostile and oversized AWS data in the real workbench: a right-to-left override shown as
// `<U+202E>` instead of flipping the text, long values clamped, and the tree's states (deleted, frozen layers,
// panel titles, no AWS Console for a custom endpoint).
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const seeds_1 = require("../emulator/seeds");
const workbench_1 = require("./support/workbench");
async function text(l) {
    return (await l.textContent()) ?? '';
}
async function openFunctionPanel(wb, name) {
    const row = wb.treeRow(name, 'Functions');
    await row.waitFor({ timeout: 30_000 });
    await wb.contextMenu(row, 'Show Function Configuration');
    const frame = wb.webviewFrame();
    await frame.locator('#title', { hasText: name }).waitFor({ timeout: 30_000 });
    return frame;
}
/** Hovers a row and returns the hover widget once it shows. */
async function hoverOf(page, row) {
    await page.mouse.move(1100, 120);
    await row.hover();
    const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: /\S/ }).last();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    return hover;
}
async function expand(wb, label, view) {
    const row = typeof label === 'string'
        ? wb.treeRow(label, view)
        : wb.page
            .locator('.pane', { has: wb.page.locator('.pane-header', { hasText: view }) })
            .locator('.monaco-list-row', { hasText: label })
            .first();
    await row.waitFor({ timeout: 20_000 });
    if ((await row.getAttribute('aria-expanded')) !== 'true')
        await row.click();
    return row;
}
describe('Hostile and long AWS data in the workbench', () => {
    const fx = (0, workbench_1.useWorkbench)('display');
    before(async function () {
        this.timeout(60_000);
        (0, seeds_1.loadSeed)(fx.wb.emulator.state, (0, seeds_1.hostileSeed)());
        const { page } = fx.wb;
        const icon = page.locator('.activitybar [aria-label^="Lambda Explorer"]').first();
        await icon.waitFor({ timeout: 30_000 });
        await icon.click();
        await fx.wb.treeRow('orders-api', 'Functions').waitFor({ timeout: 30_000 });
        await fx.wb.runCommand('Lambda Explorer: Refresh Functions');
        await fx.wb.treeRow('spoof-desc', 'Functions').waitFor({ timeout: 30_000 });
        await page.mouse.move(1100, 120);
    });
    it('shows a right-to-left override in a name and a description as <U+202E> in the tree and the panel', async () => {
        const { wb } = fx;
        const row = wb.treeRow('gnp.exe', 'Functions');
        await row.waitFor({ timeout: 20_000 });
        await wb.screenshot('display-3-tree');
        const shown = await text(row);
        const panel = await openFunctionPanel(wb, 'spoof-desc');
        const description = await text(panel.locator('#description'));
        await wb.screenshot('display-3-panel');
        assert.ok(shown.includes('invoice<U+202E>gnp.exe'), `tree row text: ${JSON.stringify(shown)}`);
        assert.ok(!shown.includes('\u202E'), 'no raw U+202E reaches the tree');
        assert.ok(description.includes('Renders <U+202E>fdp.exe'), `panel description: ${description}`);
        assert.ok(!description.includes('\u202E'));
    });
    it('truncates a 256-character description in the hover and clamps a 4 KB environment value in the panel', async () => {
        const { wb } = fx;
        const { page } = wb;
        const row = wb.treeRow('long-strings', 'Functions');
        const hover = await hoverOf(page, row);
        fs.mkdirSync(workbench_1.SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: path.join(workbench_1.SCREENSHOTS, 'display-5-hover.png') });
        const hoverText = await text(hover);
        await page.mouse.move(1100, 120);
        const panel = await openFunctionPanel(wb, 'long-strings');
        await panel.locator('#env-reveal-0').click();
        const env = panel.locator('.env-value');
        await env.waitFor({ timeout: 15_000 });
        await wb.screenshot('display-5-panel');
        assert.ok(!hoverText.includes('word30'), 'the hover does not show the whole 256-character description');
        assert.ok(hoverText.includes('…'), `the hover marks the cut: ${hoverText.slice(0, 300)}`);
        const clamped = await text(env);
        assert.ok(clamped.length < 1000, `the 4 KB value is clamped (${clamped.length} characters shown)`);
        const more = panel.locator('.env-value-cell .show-more').first();
        await more.click();
        assert.ok((await text(env)).includes('x'.repeat(4000)), 'Show more shows the whole value');
    });
    it('marks a deleted layer version as deleted and the layers of a published version as informational', async () => {
        const { wb } = fx;
        const { page } = wb;
        await page.keyboard.press('Escape');
        // Room for the rows' descriptions: a wider side bar; for the Functions view: the Layers view collapses.
        const sashes = page.locator('.monaco-sash.vertical');
        for (let i = 0; i < (await sashes.count()); i++) {
            const box = await sashes.nth(i).boundingBox();
            if (!box || box.height < 300 || box.x < 300 || box.x > 400)
                continue; // the side bar's right edge
            const y = box.y + box.height / 2;
            await page.mouse.move(box.x + box.width / 2, y);
            await page.mouse.down();
            await page.mouse.move(box.x + 150, y, { steps: 10 });
            await page.mouse.move(box.x + 300, y, { steps: 10 });
            await page.mouse.up();
            break;
        }
        await page
            .locator('.pane-header', { hasText: /^Layers/ })
            .first()
            .click();
        const legacy = await expand(wb, 'legacy-reports', 'Functions');
        await expand(wb, /Layers\s*1 of 5/, 'Functions');
        const deleted = wb.treeRow('shared-utils:2', 'Functions');
        await deleted.waitFor({ timeout: 10_000 });
        const deletedText = await text(deleted);
        await page.mouse.move(1100, 120);
        await wb.screenshot('display-10-tree-deleted');
        await legacy.click(); // collapse again: the rows below stay in view
        await expand(wb, 'orders-api', 'Functions');
        await expand(wb, /^Versions/, 'Functions');
        await expand(wb, 'Version 1', 'Functions');
        // Not the "Version 1" row, whose description lists its layers: the row of the layer itself.
        const frozen = page
            .locator('.pane', { has: page.locator('.pane-header', { hasText: 'Functions' }) })
            .locator('.monaco-list-row', { hasText: /^shared-utils:6/ })
            .first();
        await frozen.waitFor({ timeout: 10_000 });
        await page.mouse.move(1100, 120);
        await wb.screenshot('display-10-tree-frozen');
        assert.match(deletedText, /deleted/);
        const frozenText = await text(frozen);
        assert.doesNotMatch(frozenText, /outdated|↑/, `a frozen layer is not "outdated": ${frozenText}`);
        assert.match(frozenText, /version 8 exists/);
    });
    it('titles a function panel once with λ (the icon) and offers no AWS Console for a custom endpoint', async () => {
        const { wb } = fx;
        const panel = await openFunctionPanel(wb, 'orders-api');
        await wb.screenshot('display-10-panel');
        const tab = wb.page.locator('.tabs-container .tab.active').first();
        const title = (await text(tab)).trim();
        assert.ok(title.startsWith('orders-api'), `tab title: ${title}`);
        assert.strictEqual(await panel.locator('#console').count(), 0);
        assert.match(await text(panel.locator('#endpoint-note')), /custom endpoint/);
    });
});
//# sourceMappingURL=display.test.js.map