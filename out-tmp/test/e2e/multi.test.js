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
// Several accounts and Regions in the real workbench (the emulator's `multi` seed; we are 123456789012): another
// account's public layer attached to our function opens read-only with its owner named, and "Publish to Regions…"
// ends in a per-Region report. Screenshots: multi-foreign-layer-readonly, multi-publish-regions-report.
const assert = __importStar(require("assert"));
const client_lambda_1 = require("@aws-sdk/client-lambda");
const workbench_1 = require("./support/workbench");
const FOREIGN = 'arn:aws:lambda:us-east-1:999999999999:layer:otel-collector:3';
describe('Several accounts and Regions in the workbench', () => {
    const fx = (0, workbench_1.useWorkbench)('multi', { seed: 'multi' });
    before(async function () {
        this.timeout(60_000);
        const client = new client_lambda_1.LambdaClient({
            endpoint: fx.wb.emulator.endpoint,
            region: 'us-east-1',
            credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
        });
        try {
            // A function the explorer has already listed (the picker offers those) gets the publisher's public layer.
            await client.send(new client_lambda_1.UpdateFunctionConfigurationCommand({ FunctionName: 'payments-worker', Layers: [FOREIGN] }));
        }
        finally {
            client.destroy();
        }
        const icon = fx.wb.page.locator('.activitybar [aria-label^="Lambda Explorer"]').first();
        await icon.waitFor({ timeout: 30_000 });
        await icon.click();
        // Connected and listed: palette commands that need a connection show only then, and the picker offers the
        // functions the explorer has listed.
        await fx.wb.treeRow('payments-worker').waitFor({ timeout: 30_000 });
    });
    it('opens another account’s public layer read-only, naming its owner', async () => {
        const { wb } = fx;
        await wb.runCommand('Lambda Explorer: Show Function Configuration');
        await fx.wb.pick('payments-worker', 'Show Function Configuration', 30_000);
        const fn = wb.webviewFrame();
        await fn.locator('#title', { hasText: 'payments-worker' }).waitFor({ timeout: 30_000 });
        await fn.locator('#layers vscode-button', { hasText: 'otel-collector:3' }).click();
        const lv = wb.webviewFrame();
        await lv.locator('#read-only').waitFor({ timeout: 30_000 });
        assert.match((await lv.locator('#read-only').textContent()) ?? '', /Only account 999999999999/);
        assert.strictEqual(await lv.locator('#owner').textContent(), 'account 999999999999, us-east-1');
        assert.strictEqual(await lv.locator('#grant-form').count(), 0, 'no grant form');
        await wb.screenshot('multi-foreign-layer-readonly');
    });
    it('publishes a layer version to two Regions and shows the per-Region report', async () => {
        const { wb } = fx;
        const { page } = wb;
        await wb.runCommand('View: Close All Editors');
        await wb.runCommand('Lambda Explorer: Publish to Regions…');
        await fx.wb.pick('shared-utils', 'Publish Layer Version to Regions', 30_000);
        await fx.wb.pick('Version 8', 'Publish Layer Version to Regions: shared-utils', 30_000);
        const quick = page.locator('.quick-input-widget');
        await quick
            .locator('.quick-input-title', { hasText: 'shared-utils:8 (from us-east-1)' })
            .waitFor({ timeout: 60_000 });
        for (const [i, region] of ['eu-west-1', 'ap-southeast-2'].entries()) {
            await quick.locator('input').fill(region);
            const row = quick.locator('.monaco-list-row', { hasText: region }).first();
            await row.waitFor();
            const count = quick.locator('.quick-input-count', { hasText: `${i + 1} Selected` });
            for (let n = 0; n < 3 && !(await count.isVisible()); n++) {
                await row.locator('.monaco-icon-label', { hasText: region }).first().click();
                await count.waitFor({ timeout: 3_000 }).catch(() => undefined);
            }
            await count.waitFor({ timeout: 5_000 });
        }
        await page.keyboard.press('Enter');
        await fx.wb.pick("Don't copy grants", 'Publish Layer Version to Regions', 30_000);
        await fx.wb.pick("Keep each Region's numbering", 'Publish Layer Version to Regions', 30_000);
        await wb.expectNotification('2 published, 0 already current, 0 failed', 90_000);
        await page
            .locator('.notification-toast', { hasText: 'Publishing shared-utils:8' })
            .waitFor({ state: 'detached', timeout: 10_000 })
            .catch(() => undefined);
        await wb.screenshot('multi-publish-regions-report');
        const world = wb.emulator.world;
        for (const region of ['eu-west-1', 'ap-southeast-2'])
            assert.ok(world.state('123456789012', region).layerVersion('shared-utils', 1), region);
    });
});
//# sourceMappingURL=multi.test.js.map