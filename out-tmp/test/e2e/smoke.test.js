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
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const workbench_1 = require("./support/workbench");
const manifest = JSON.parse(fs.readFileSync(path.join(workbench_1.PROJECT_ROOT, 'package.json'), 'utf8'));
describe('Smoke: the extension in the real workbench', () => {
    const fx = (0, workbench_1.useWorkbench)('smoke');
    it("shows the Lambda views with the account's functions and layers from the activity bar", async () => {
        const { page } = fx.wb;
        await fx.wb.screenshot('smoke-01-workbench');
        const container = manifest.contributes?.viewsContainers?.activitybar?.find((c) => c.id === 'lambdaExplorer');
        assert.ok(container, 'package.json has no lambdaExplorer activity bar container');
        const icon = page.locator(`.activitybar [aria-label^="${container.title}"]`).first();
        await icon.waitFor({ timeout: 30_000 });
        await icon.click();
        const views = manifest.contributes?.views?.lambdaExplorer ?? [];
        assert.ok(views.length > 0, 'package.json contributes no views to the lambdaExplorer container');
        for (const view of views) {
            await page
                .locator('.sidebar .pane-header', { hasText: view.name })
                .first()
                .waitFor({ timeout: 15_000 });
        }
        // the sample seed's functions and layers, listed through the emulator
        await fx.wb.treeRow('orders-api', 'Functions').waitFor({ timeout: 20_000 });
        await fx.wb.treeRow('shared-utils', 'Layers').waitFor({ timeout: 20_000 });
        const operations = new Set(fx.wb.emulator.calls.map((c) => c.operation));
        assert.ok(operations.has('ListFunctions') && operations.has('ListLayers'), `emulator saw: ${[...operations].join(', ')}`);
        await fx.wb.screenshot('smoke-02-lambda-views');
    });
    it('offers the extension folder commands on a right-click in the Explorer', async () => {
        const { page } = fx.wb;
        const titles = new Map((manifest.contributes?.commands ?? []).map((c) => [c.command, c.title]));
        const folderItems = (manifest.contributes?.menus?.['explorer/context'] ?? [])
            .filter((m) => !m.when ||
            (m.when.includes('explorerResourceIsFolder') && !m.when.includes('!explorerResourceIsFolder')))
            .map((m) => titles.get(m.command) ?? m.command);
        assert.ok(folderItems.length > 0, 'package.json has no explorer/context entries for folders');
        await page.keyboard.press('Control+Shift+E'); // Explorer
        const layers = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'layers' }).first();
        await layers.click(); // expand
        const folder = page
            .locator('.explorer-folders-view .monaco-list-row', { hasText: 'shared-utils' })
            .first();
        await folder.click({ button: 'right' });
        const menu = page.locator('.context-view');
        for (const title of folderItems) {
            await menu.locator('.action-item', { hasText: title }).first().waitFor({ timeout: 10_000 });
        }
        await fx.wb.screenshot('smoke-03-explorer-context-menu');
        await page.keyboard.press('Escape');
    });
    it('shows the log of AWS calls from the command palette', async () => {
        const { page } = fx.wb;
        await fx.wb.runCommand('Lambda Explorer: Show Log');
        const output = page.locator('.panel .monaco-editor .view-lines');
        await output
            .filter({ hasText: `endpoint ${fx.wb.emulator.endpoint}` })
            .first()
            .waitFor({ timeout: 15_000 });
        await fx.wb.screenshot('smoke-04-log');
    });
});
//# sourceMappingURL=smoke.test.js.map