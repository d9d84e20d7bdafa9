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
// The two panels in the real workbench (code-server + Chromium): screenshots in a dark and a light theme, and
// proof that HTML/script payloads in every free-text field AWS allows render as literal text and never run.
const assert = __importStar(require("assert"));
const client_lambda_1 = require("@aws-sdk/client-lambda");
const zipArchive_1 = require("../emulator/zipArchive");
const workbench_1 = require("./support/workbench");
/** A payload that, if it ever became markup or ran, leaves a trace: an element with a known id, or window.__pwned. */
const payload = (field) => `<img src=x id="pwned-img-${field}" onerror="window.__pwned='${field}'"><script>window.__pwned='${field}-script'</script><b id="pwned-b-${field}">${field}</b>`;
async function seedPayloads(endpoint) {
    const client = new client_lambda_1.LambdaClient({
        endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    });
    try {
        const layer = await client.send(new client_lambda_1.PublishLayerVersionCommand({
            LayerName: 'xss-layer',
            Description: payload('layer-description'),
            LicenseInfo: payload('license'),
            CompatibleRuntimes: ['nodejs22.x'],
            Content: { ZipFile: (0, zipArchive_1.buildZip)({ 'nodejs/node_modules/x/index.js': 'module.exports = {};\n' }) },
        }));
        await client.send(new client_lambda_1.CreateFunctionCommand({
            FunctionName: 'xss-fn',
            Runtime: 'nodejs22.x',
            Handler: 'index.handler',
            Role: 'arn:aws:iam::123456789012:role/lambda-exec',
            Description: payload('fn-description'),
            Environment: { Variables: { HTML: payload('env-value') } },
            Tags: { note: payload('tag-value') },
            Layers: [layer.LayerVersionArn],
            Code: { ZipFile: (0, zipArchive_1.buildZip)({ 'index.mjs': 'export const handler = async () => 1;\n' }) },
        }));
    }
    finally {
        client.destroy();
    }
}
async function openFunctionPanel(wb, name) {
    const row = wb.treeRow(name, 'Functions');
    await row.waitFor({ timeout: 30_000 });
    await wb.contextMenu(row, 'Show Function Configuration');
    const frame = wb.webviewFrame();
    await frame.locator('#title', { hasText: name }).waitFor({ timeout: 30_000 });
    return frame;
}
async function noTraces(frame) {
    // Runs inside the webview frame (typed loosely: this file is compiled without DOM types).
    return frame.locator('body').evaluate(() => {
        const g = globalThis;
        return {
            pwned: g.__pwned,
            injected: g.document.querySelectorAll('[id^="pwned-"]').length,
            images: g.document.querySelectorAll('img').length,
            // VS Code adds its own host script; none may carry a payload.
            payloadScripts: [
                ...g.document.querySelectorAll('script'),
            ].filter((x) => x.textContent.includes('__pwned')).length,
        };
    });
}
async function text(l) {
    return (await l.textContent()) ?? '';
}
describe('Webview panels in the workbench', () => {
    const fx = (0, workbench_1.useWorkbench)('webviews');
    before(async function () {
        this.timeout(60_000);
        await seedPayloads(fx.wb.emulator.endpoint);
        const { page } = fx.wb;
        const icon = page.locator('.activitybar [aria-label^="Lambda Explorer"]').first();
        await icon.waitFor({ timeout: 30_000 });
        await icon.click();
    });
    it('renders HTML and script payloads from every free-text field as literal text, and none runs', async () => {
        const { wb } = fx;
        const fn = await openFunctionPanel(wb, 'xss-fn');
        assert.strictEqual(await text(fn.locator('#description')), payload('fn-description'));
        assert.strictEqual(await text(fn.locator('#tags td').nth(1)), payload('tag-value'));
        await fn.locator('#env-reveal-0').click();
        const env = fn.locator('.env-value');
        await env.waitFor({ timeout: 15_000 });
        assert.strictEqual(await text(env), payload('env-value'));
        await wb.screenshot('webviews-xss-function');
        assert.deepStrictEqual(await noTraces(fn), {
            pwned: undefined,
            injected: 0,
            images: 0,
            payloadScripts: 0,
        });
        // The layers table links to the layer version panel.
        await fn.locator('#layers vscode-button', { hasText: 'xss-layer:1' }).click();
        const lv = wb.webviewFrame();
        await lv.locator('#title', { hasText: 'xss-layer' }).waitFor({ timeout: 30_000 });
        assert.strictEqual(await text(lv.locator('#description')), payload('layer-description'));
        assert.strictEqual(await text(lv.locator('#license')), payload('license'));
        await wb.screenshot('webviews-xss-layer');
        assert.deepStrictEqual(await noTraces(lv), {
            pwned: undefined,
            injected: 0,
            images: 0,
            payloadScripts: 0,
        });
        assert.ok(!wb.extensionLogs().includes('Refused to execute'), 'no CSP violation from our own code');
    });
    async function screenshotsIn(theme) {
        const { wb } = fx;
        const { page } = wb;
        await page.locator('.tabs-container .tab', { hasText: 'orders-api' }).first().click();
        const fn = wb.webviewFrame();
        await page
            .locator('.notifications-toasts .codicon-notifications-clear')
            .first()
            .click({ timeout: 1_000 })
            .catch(() => undefined);
        await fn.locator('#title', { hasText: 'orders-api' }).waitFor({ timeout: 30_000 });
        await fn.locator('#layers').waitFor();
        await wb.screenshot(`webviews-function-${theme}`);
        await page.locator('.tabs-container .tab', { hasText: 'Layer shared-utils:7' }).first().click();
        const lv = wb.webviewFrame();
        await lv.locator('#statements').waitFor({ timeout: 30_000 });
        await lv.locator('#used-by').waitFor({ timeout: 30_000 });
        await wb.screenshot(`webviews-layer-${theme}`);
        await lv.locator('#grant-form').scrollIntoViewIfNeeded();
        await wb.screenshot(`webviews-layer-grant-${theme}`);
    }
    it('shows both panels in a dark and a light theme (screenshots)', async () => {
        const { wb } = fx;
        const { page } = wb;
        await wb.runCommand('View: Close All Editors');
        await wb.runCommand('Lambda Explorer: Show Function Configuration');
        await fx.wb.pick('orders-api', 'Show Function Configuration');
        const fn = wb.webviewFrame();
        await fn.locator('#title', { hasText: 'orders-api' }).waitFor({ timeout: 30_000 });
        await fn.locator('#layers').waitFor();
        // shared-utils:7 carries the sample seed's grants (an organization and an account).
        await page.locator('.tabs-container .tab', { hasText: 'orders-api' }).first().waitFor();
        await wb.runCommand('Lambda Explorer: Show Layer Version Details and Policy');
        await fx.wb.pick('shared-utils', 'Show Layer Version');
        await fx.wb.pick('Version 7', 'Show Layer Version: shared-utils');
        const lv = wb.webviewFrame();
        await lv.locator('#statements').waitFor({ timeout: 30_000 });
        // The public warning is part of the look: show it.
        await lv.locator('vscode-radio', { hasText: 'Everyone (public)' }).click();
        await lv.locator('#public-warning').waitFor();
        const themeOf = async () => (await page.locator('.monaco-workbench.vs-dark, .monaco-workbench.hc-black').count()) > 0
            ? 'dark'
            : 'light';
        const first = await themeOf();
        await screenshotsIn(first);
        await wb.runCommand('Preferences: Toggle between Light/Dark Themes');
        const second = first === 'dark' ? 'light' : 'dark';
        await page
            .locator(second === 'dark' ? '.monaco-workbench.vs-dark' : '.monaco-workbench.vs')
            .waitFor({ timeout: 15_000 });
        await screenshotsIn(second);
        // The form state survived being hidden and shown (getState/setState).
        assert.ok(await wb.webviewFrame().locator('#public-warning').isVisible());
    });
});
//# sourceMappingURL=webviews.test.js.map