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
// Measured for bench/activation.ts (no timing assertion here): the Functions view's first page in code-server,
// from the moment the view opens until its first 50 functions are loaded, and the heap growth of the extension
// host with all 10,000 functions of the `scale` seed in the view. Written to .test-artifacts/first-page.json.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const perf_hooks_1 = require("perf_hooks");
const v8 = __importStar(require("v8"));
const vm = __importStar(require("vm"));
const vscode = __importStar(require("vscode"));
const extensionApi_1 = require("./support/extensionApi");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
const RESULTS = path.join(path.dirname(process.env.TEST_RESULTS_FILE ?? path.resolve(__dirname, '../../../.test-artifacts/x.json')), 'first-page.json');
/** A full collection, so that heapUsed counts what is still referenced. */
function collect() {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc');
    gc();
    gc();
}
describe('Functions view: first page after the view opens, and the heap for 10,000 functions', function () {
    this.timeout(240_000);
    const ctx = (0, withEmulator_1.withEmulator)('scale');
    it('shows the first page when the view opens and all 10,000 functions after "Load more…" (measured)', async () => {
        const api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
        await vscode.commands.executeCommand('workbench.action.closeSidebar');
        await vscode.commands.executeCommand('lambdaExplorer.functions.refresh');
        await new Promise((r) => setTimeout(r, 500));
        assert.deepStrictEqual((0, extensionApi_1.ofKind)(api.view('functions').loaded ?? [], 'function'), [], 'nothing loaded while the view is closed');
        collect();
        const heapBefore = process.memoryUsage().heapUsed;
        const t0 = perf_hooks_1.performance.now();
        await vscode.commands.executeCommand('lambdaExplorer.functions.focus');
        await (0, waitFor_1.waitFor)(() => (0, extensionApi_1.ofKind)(api.view('functions').loaded ?? [], 'function').length >= 50, {
            intervalMs: 5,
            timeoutMs: 30_000,
            message: 'the first page in the opened view',
        });
        const firstPageMs = perf_hooks_1.performance.now() - t0;
        let children = await api.children('functions');
        while (children.at(-1)?.kind === 'loadMore') {
            await vscode.commands.executeCommand('lambdaExplorer.node.loadMore', children.at(-1).node);
            children = await api.children('functions');
        }
        assert.strictEqual((0, extensionApi_1.ofKind)(children, 'function').length, 10_000);
        collect();
        const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
        fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
        fs.writeFileSync(RESULTS, JSON.stringify({ firstPageMs, heapGrowthMb, functions: 10_000, at: new Date().toISOString() }));
        console.log(`first page ${firstPageMs.toFixed(0)} ms; heap +${heapGrowthMb.toFixed(1)} MB for 10,000 functions`);
    });
});
//# sourceMappingURL=firstPage.test.js.map