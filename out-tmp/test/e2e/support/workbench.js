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
exports.SCREENSHOTS = exports.VSIX = exports.PROJECT_ROOT = void 0;
exports.startWorkbench = startWorkbench;
exports.useWorkbench = useWorkbench;
// UI end-to-end fixture: a real VS Code (code-server) with the packaged extension installed, driven by
// headless Chromium through playwright-core, against the Lambda emulator running in this mocha process.
//
//   describe('my feature', () => {
//     const fx = useWorkbench('myFeature');            // before(): start everything; after(): stop it
//     it('…', async () => { await fx.wb.runCommand('Lambda Explorer: Refresh'); … });
//   });
//
// Toasts render (no smoke-test driver); the extension comes from dist/lambda-explorer.vsix (npm run package).
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const testEmulator_1 = require("../../integration/support/testEmulator");
exports.PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
exports.VSIX = path.join(exports.PROJECT_ROOT, 'dist', 'lambda-explorer.vsix');
exports.SCREENSHOTS = path.join(exports.PROJECT_ROOT, '.test-artifacts', 'screenshots');
const LOGS = path.join(exports.PROJECT_ROOT, '.test-artifacts', 'e2e');
async function loadCodeServer() {
    // An ES module; TypeScript turns this into require(), which loads ES modules on Node >= 20.19.
    return (await Promise.resolve(`${path.join(exports.PROJECT_ROOT, 'scripts', 'codeServer.mjs')}`).then(s => __importStar(require(s))));
}
function readAll(dir, match) {
    if (!fs.existsSync(dir)) {
        return '';
    }
    return fs.readdirSync(dir, { recursive: true })
        .filter(match)
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
        .join('\n');
}
/** Starts emulator + code-server + Chromium and opens the workbench on a fresh copy of the fixture workspace. */
async function startWorkbench(name, 
/** More user settings (read when the workbench starts, e.g. connections to emulators a test started). */
extraSettings = () => ({}), 
/** The emulator's seed (`multi` for several accounts and Regions). */
seed = 'sample') {
    const cs = await loadCodeServer();
    const stops = [];
    const stop = async () => {
        for (const s of stops.reverse()) {
            try {
                await s();
            }
            catch {
                // keep stopping the rest
            }
        }
    };
    try {
        const emulator = await (0, testEmulator_1.startTestEmulator)(seed);
        stops.push(() => emulator.stop());
        const tmp = cs.mkTmp('lambda-e2e-');
        stops.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
        const awsEnv = cs.writeAwsProfileFiles(path.join(tmp, 'aws'));
        const userDataDir = path.join(tmp, 'user-data');
        const extensionsDir = path.join(tmp, 'extensions');
        cs.installVsix(exports.VSIX, userDataDir, extensionsDir);
        const workspace = cs.copyWorkspace();
        stops.push(() => fs.rmSync(path.dirname(workspace), { recursive: true, force: true }));
        fs.mkdirSync(LOGS, { recursive: true });
        const server = await cs.startCodeServer({
            userDataDir,
            extensionsDir,
            smokeTestDriver: false, // toasts render only without the smoke-test driver
            settings: { ...cs.emulatorSettings(emulator.endpoint), ...extraSettings() },
            env: awsEnv, // the remote extension host inherits the server's environment
            logFile: path.join(LOGS, `${name}-code-server.log`),
        });
        stops.push(() => {
            // keep the extension host logs of this file's run
            try {
                fs.cpSync(path.join(userDataDir, 'logs'), path.join(LOGS, `${name}-logs`), { recursive: true });
            }
            catch {
                // no logs
            }
        });
        stops.push(() => server.stop());
        const browser = await cs.launchChromium();
        stops.push(() => browser.close());
        const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        page.on('pageerror', (e) => console.error(`[e2e pageerror] ${e.message}`));
        const url = cs.workbenchUrl(server.url, { folder: workspace, payload: [['skipWelcome', 'true']] });
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
        const quickInput = page.locator('.quick-input-widget');
        /** Opens the quick input with F1, replaces its text (`>` = commands, `view ` = views) and picks the row matching pick. */
        const quickPick = async (text, pick) => {
            await quickInput.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
            const input = quickInput.locator('input');
            for (let attempt = 1;; attempt++) {
                await page.keyboard.press('F1');
                try {
                    await input.waitFor({ state: 'visible', timeout: 3_000 });
                    break;
                }
                catch (e) {
                    if (attempt === 3) {
                        throw e;
                    }
                    await page.keyboard.press('Escape');
                }
            }
            await input.fill(text);
            await page
                .locator('.quick-input-list .monaco-list-row', { hasText: pick })
                .first()
                .waitFor({ timeout: 10_000 });
            await page.keyboard.press('Enter');
        };
        const runCommand = (title) => quickPick(`>${title}`, title);
        const treeRow = (label, view) => {
            const scope = view
                ? page.locator('.pane', { has: page.locator('.pane-header', { hasText: view }) })
                : page;
            return scope.locator('.monaco-list-row', { hasText: label }).first();
        };
        const screenshot = async (shot) => {
            fs.mkdirSync(exports.SCREENSHOTS, { recursive: true });
            const file = path.join(exports.SCREENSHOTS, `${shot}.png`);
            await page.mouse.move(1100, 120); // no hover tooltip in the picture
            await page.screenshot({ path: file });
            return file;
        };
        const pickIn = async (label, title, timeoutMs = 15_000) => {
            await page
                .locator('.quick-input-widget .quick-input-title', { hasText: title })
                .waitFor({ timeout: timeoutMs });
            await page.locator('.quick-input-widget input').fill(label);
            await page
                .locator('.quick-input-list .monaco-list-row', { hasText: label })
                .first()
                .waitFor({ timeout: 15_000 });
            await page.keyboard.press('Enter');
        };
        const wb = {
            page,
            emulator,
            workspace,
            url,
            runCommand,
            pick: pickIn,
            treeRow,
            openView: (viewName) => quickPick(`view ${viewName}`, viewName),
            contextMenu: async (row, item) => {
                await row.click({ button: 'right' });
                const entry = page.locator('.context-view .action-item', { hasText: item }).first();
                await entry.waitFor({ timeout: 10_000 });
                // A menu ignores a click that lands right after it opened: click until it closes.
                for (let i = 0; i < 6 && (await entry.isVisible()); i++) {
                    if (i > 0)
                        await page.waitForTimeout(300);
                    await entry.click({ timeout: 2_000 }).catch(() => undefined);
                }
                if (await entry.isVisible())
                    throw new Error(`the context menu did not take the click on: ${item}`);
            },
            webviewFrame: () => page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame'),
            screenshot,
            expectNotification: async (text, timeoutMs = 15_000) => {
                const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
                try {
                    await toast.waitFor({ timeout: Math.min(timeoutMs, 10_000) });
                    return toast;
                }
                catch {
                    // A window with focus purges toasts after a while (VS Code keeps them while it has none): the
                    // Notification Center keeps every notification.
                    await runCommand('Notifications: Show Notifications');
                    const item = page
                        .locator('.notifications-center .notification-list-item', { hasText: text })
                        .first();
                    await item.waitFor({ timeout: timeoutMs });
                    return item;
                }
            },
            extensionLogs: () => readAll(path.join(userDataDir, 'logs'), (f) => f.includes('exthost') && f.endsWith('.log')),
            stop,
        };
        return wb;
    }
    catch (err) {
        await stop();
        throw err;
    }
}
/**
 * One workbench per mocha file: before() starts it, after() stops it (and screenshots the final state
 * as `<name>-last.png` when a test failed). Use `fixture.wb` inside tests.
 */
function useWorkbench(name, options = {}) {
    let current;
    let failed = false;
    before(async function () {
        this.timeout(180_000);
        current = await startWorkbench(name, options.settings, options.seed);
    });
    afterEach(function () {
        if (this.currentTest?.state === 'failed') {
            failed = true;
        }
    });
    after(async function () {
        this.timeout(60_000);
        if (current && failed) {
            await current.screenshot(`${name}-last`).catch(() => undefined);
        }
        await current?.stop();
        current = undefined;
    });
    return {
        get wb() {
            if (!current) {
                throw new Error('The workbench is only available inside tests of a useWorkbench() block');
            }
            return current;
        },
    };
}
//# sourceMappingURL=workbench.js.map