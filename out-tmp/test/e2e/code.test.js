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
// Published code in the real workbench: a layer version's Contents tree with a file open from the lambda: file
// system, and the diff editor of "Compare with Previous Version".
const assert = __importStar(require("assert"));
const codeFixtures_1 = require("../unit/code/codeFixtures");
const emulatorService_1 = require("../unit/support/emulatorService");
const workbench_1 = require("./support/workbench");
const PKG = 'nodejs/node_modules/express-lite';
const router = (routes) => [
    "'use strict';",
    '',
    'class Router {',
    '  constructor() {',
    '    this.routes = [];',
    '  }',
    '',
    ...routes.map((r) => `  ${r}(path, handler) {\n    this.routes.push({ method: '${r.toUpperCase()}', path, handler });\n    return this;\n  }\n`),
    '  match(method, path) {',
    '    return this.routes.find((r) => r.method === method && r.path === path);',
    '  }',
    '}',
    '',
    'module.exports = { Router };',
    '',
].join('\n');
function version(n) {
    return {
        [`${PKG}/package.json`]: JSON.stringify({ name: 'express-lite', version: `1.${n}.0`, main: 'index.js' }, null, 2) + '\n',
        [`${PKG}/index.js`]: "const { Router } = require('./lib/router');\nmodule.exports = () => new Router();\n",
        [`${PKG}/lib/router.js`]: router(n === 1 ? ['get', 'post'] : ['get', 'post', 'put', 'delete']),
        [`${PKG}/lib/middleware/cors.js`]: "module.exports = (origin = '*') => (req, res, next) => {\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n};\n",
        ...(n === 1
            ? {
                [`${PKG}/lib/middleware/logger.js`]: 'module.exports = (req, res, next) => { console.log(req.url); next(); };\n',
            }
            : {
                [`${PKG}/lib/middleware/auth.js`]: "module.exports = (token) => (req, res, next) => (req.headers.authorization === `Bearer ${token}` ? next() : res.end('401'));\n",
            }),
        [`${PKG}/README.md`]: `# express-lite\n\nA tiny router (v1.${n}).\n`,
    };
}
describe('Published code in the workbench (Contents tree, diff editor)', () => {
    const fx = (0, workbench_1.useWorkbench)('code');
    before(async () => {
        const lambda = (0, emulatorService_1.serviceFor)(fx.wb.emulator);
        for (const n of [1, 2])
            await lambda.publishLayerVersion({
                layerName: 'web-toolkit',
                content: { zipFile: await (0, codeFixtures_1.zipOf)(version(n)) },
            });
        const { page } = fx.wb;
        const icon = page.locator('.activitybar [aria-label^="Lambda Explorer"]').first();
        await icon.waitFor({ timeout: 30_000 });
        await icon.click();
        // Connected: palette commands that need a connection show only then.
        await fx.wb.treeRow('orders-api').waitFor({ timeout: 30_000 });
        await fx.wb.runCommand('Lambda Explorer: Refresh Layers');
    });
    it("browses a layer version's Contents and opens a file read-only", async () => {
        const { page } = fx.wb;
        // Give the Layers view the whole side bar: collapse the Functions view.
        await page.locator('.pane-header', { hasText: 'Functions' }).first().click();
        await fx.wb.treeRow('web-toolkit', 'Layers').click();
        await fx.wb.treeRow('Version 2', 'Layers').click();
        const contents = fx.wb.treeRow('Contents', 'Layers');
        await contents.waitFor({ timeout: 20_000 });
        await contents.click();
        for (const folder of ['nodejs', 'node_modules', 'express-lite', 'lib', 'middleware']) {
            const row = page
                .locator('.pane .monaco-list-row', {
                has: page.locator('.label-name', { hasText: new RegExp(`^${folder}$`) }),
            })
                .first();
            await row.waitFor({ timeout: 20_000 });
            await row.click();
        }
        await fx.wb.treeRow('auth.js', 'Layers').waitFor({ timeout: 20_000 });
        await fx.wb.treeRow('router.js', 'Layers').click();
        const tab = page.locator('.tabs-container .tab', { hasText: 'router.js' }).first();
        await tab.waitFor({ timeout: 20_000 });
        await page
            .locator('.monaco-editor .view-lines', { hasText: "method: 'DELETE'" })
            .first()
            .waitFor({ timeout: 20_000 });
        assert.match((await contents.textContent()) ?? '', /6 files/);
        await fx.wb.screenshot('after-15-contents-tree');
    });
    it('Compare with Previous Version lists the changes and opens the diff editor between the versions', async () => {
        const { page } = fx.wb;
        await fx.wb.contextMenu(fx.wb.treeRow('Version 2', 'Layers'), 'Compare with Previous Version');
        const quick = page.locator('.quick-input-widget');
        await quick
            .locator('.quick-input-title', { hasText: 'web-toolkit:1 ↔ web-toolkit:2' })
            .waitFor({ timeout: 20_000 });
        assert.match((await quick.locator('.quick-input-title').textContent()) ?? '', /3 modified, 1 added, 1 removed, 2 unchanged/);
        await quick.locator('.monaco-list-row', { hasText: 'lib/router.js' }).first().click();
        await page.locator('.monaco-diff-editor').first().waitFor({ timeout: 20_000 });
        await quick
            .locator('.quick-input-title', { hasText: 'web-toolkit:1 ↔ web-toolkit:2' })
            .waitFor({ timeout: 20_000 });
        await page.keyboard.press('Escape');
        await page
            .locator('.monaco-diff-editor .view-lines', { hasText: "method: 'PUT'" })
            .first()
            .waitFor({ timeout: 20_000 });
        await fx.wb.screenshot('after-15-diff-versions');
    });
});
//# sourceMappingURL=code.test.js.map