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
// Attach a layer from the tree's context menu in the real workbench, answer the quick picks, see the layer
// under the function, and check the emulator's state.
const assert = __importStar(require("assert"));
const workbench_1 = require("./support/workbench");
const ARN = (name, v) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${v}`;
describe('Attach a layer from the tree (real workbench)', () => {
    const fx = (0, workbench_1.useWorkbench)('attach');
    it('attaches aws-sdk-extras to orders-api through the context menu and shows it under the function', async () => {
        const { page } = fx.wb;
        await page.locator('.activitybar [aria-label^="Lambda"]').first().click();
        const fn = fx.wb.treeRow('orders-api', 'Functions');
        await fn.waitFor({ timeout: 30_000 });
        await fx.wb.contextMenu(fn, 'Attach Layers…');
        // Multi-select of layers: compatible ones first, each with its latest version.
        const quick = page.locator('.quick-input-widget');
        await quick
            .locator('.quick-input-title', { hasText: 'Attach Layers to orders-api' })
            .waitFor({ timeout: 20_000 });
        const row = quick.locator('.monaco-list-row', { hasText: 'aws-sdk-extras' }).first();
        await row.waitFor();
        await fx.wb.screenshot('attach-01-pick-layers');
        // Tick it: click, then give the click time to land before trying again (a second, early click would untick).
        const count = quick.locator('.quick-input-count', { hasText: '1 Selected' });
        for (let i = 0; i < 3 && !(await count.isVisible()); i++) {
            await row.locator('.monaco-icon-label', { hasText: 'aws-sdk-extras' }).first().click();
            await count.waitFor({ timeout: 3_000 }).catch(() => undefined);
        }
        await count.waitFor({ timeout: 5_000 });
        await page.keyboard.press('Enter');
        // One version per layer, latest first.
        await quick
            .locator('.quick-input-title', { hasText: 'Version of aws-sdk-extras' })
            .waitFor({ timeout: 20_000 });
        await quick.locator('.monaco-list-row', { hasText: 'Version 3' }).first().waitFor();
        await fx.wb.screenshot('attach-02-pick-version');
        await page.keyboard.press('Enter');
        await fx.wb.expectNotification('Added aws-sdk-extras:3 at position 3: orders-api', 30_000);
        assert.deepStrictEqual(fx.wb.emulator.state.functions.get('orders-api')?.latest.layers, [
            ARN('shared-utils', 8),
            ARN('otel-collector', 3),
            ARN('aws-sdk-extras', 3),
        ]);
        // Expand the function and its Layers: the new layer is the third in merge order.
        await fn.click();
        const layers = fx.wb.treeRow('3 of 5', 'Functions');
        await layers.waitFor({ timeout: 20_000 });
        await layers.click();
        const attached = fx.wb.treeRow('aws-sdk-extras:3', 'Functions');
        await attached.waitFor({ timeout: 20_000 });
        assert.match((await attached.textContent()) ?? '', /#3/);
        await fx.wb.screenshot('attach-03-layer-under-function');
    });
});
//# sourceMappingURL=attach.test.js.map