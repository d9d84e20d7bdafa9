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
// Explorer benchmark against the emulator's `scale` seed (10,000 functions, 500 layers × 20 versions) with
// 50 ms of latency per request, all measured in this run:
//   1. time to first paint of the Functions view (our pager: one ListFunctions call) versus loading every page
//      first (the AWS Toolkit's way); goal: at least 100× faster;
//   2. "used by" for every layer version in one sequential pass over ListFunctions(FunctionVersion=ALL);
//   3. heap growth with all 10,000 functions loaded into the tree model and rendered as node views; goal < 50 MB.
// The emulator runs in a child process so that its memory is not counted. Run with --expose-gc for (3).
//   node --expose-gc out/bench/explorer.js
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const layerCatalog_1 = require("../src/aws/layerCatalog");
const usedByIndex_1 = require("../src/aws/usedByIndex");
const explorerModel_1 = require("../src/tree/explorerModel");
const functionNodes_1 = require("../src/tree/nodes/functionNodes");
const benchSupport_1 = require("./benchSupport");
const LATENCY_MS = 50;
const signal = new AbortController().signal;
function model(lambda) {
    const m = new explorerModel_1.ExplorerModel(() => undefined, String, { pageSize: () => 50 });
    m.setConnection({ lambda, usedBy: new usedByIndex_1.UsedByIndex(lambda), catalog: new layerCatalog_1.LayerCatalog(lambda) });
    return m;
}
function heapMb() {
    globalThis.gc?.();
    globalThis.gc?.();
    return process.memoryUsage().heapUsed / 1024 / 1024;
}
async function main() {
    const emulator = await (0, benchSupport_1.startEmulatorProcess)(['--seed', 'scale', '--latency-ms', String(LATENCY_MS)]);
    try {
        const lambda = (0, benchSupport_1.benchService)(emulator.endpoint);
        // Warm up the connection (TLS-free loopback, but the SDK resolves credentials/endpoints once).
        await model(lambda).functionsRoot.children({ signal });
        // 1. First paint: ours (median of 5) vs every page first (once: it takes 200 × latency).
        const ours = [];
        for (let i = 0; i < 5; i++) {
            const m = model(lambda);
            const t = performance.now();
            const children = await m.functionsRoot.children({ signal });
            ours.push(performance.now() - t);
            if (children.filter((c) => c instanceof functionNodes_1.FunctionNode).length !== 50)
                throw new Error('first page is not 50 functions');
        }
        ours.sort((a, b) => a - b);
        const oursMs = ours[2];
        const t0 = performance.now();
        const everything = [];
        let pages = 0;
        for await (const page of lambda.listFunctions({ signal })) {
            everything.push(...page.items);
            pages++;
        }
        const allMs = performance.now() - t0;
        const ratio = allMs / oursMs;
        // 2. Used by, one sequential pass.
        const usedBy = new usedByIndex_1.UsedByIndex(lambda);
        let usedPages = 0;
        const t1 = performance.now();
        await usedBy.ensure(signal, (p) => (usedPages = p.pages));
        const usedByMs = performance.now() - t1;
        let referenced = 0;
        for (let l = 0; l < 500; l++)
            for (let v = 1; v <= 20; v++)
                referenced += usedBy.usersOf(`arn:aws:lambda:us-east-1:123456789012:layer:lib-${String(l).padStart(3, '0')}:${v}`).length;
        // 3. Heap growth: the whole listing loaded into the Functions root, every node rendered.
        const gcOn = typeof globalThis.gc === 'function';
        const heapBefore = heapMb();
        const m = model(lambda);
        const root = m.functionsRoot;
        await root.children({ signal });
        while (root.pager.hasMore)
            await root.loadMore();
        const views = root.render().map((n) => n.view());
        const heapAfter = heapMb();
        const growth = heapAfter - heapBefore;
        const result = {
            latencyMs: LATENCY_MS,
            functions: everything.length,
            firstPaintMs: Math.round(oursMs * 10) / 10,
            loadAllFirstMs: Math.round(allMs),
            loadAllPages: pages,
            speedup: Math.round(ratio),
            speedupGoal: 100,
            usedByMs: Math.round(usedByMs),
            usedByPages: usedPages,
            usedByFunctionsScanned: usedBy.functionsScanned,
            usedByReferences: referenced,
            nodesRendered: views.length,
            heapGrowthMb: Math.round(growth * 10) / 10,
            heapGoalMb: 50,
            gcExposed: gcOn,
        };
        console.log('Explorer benchmark (scale seed, 50 ms per request)');
        console.table([
            { measure: 'first paint, our pager (1 call)', value: `${result.firstPaintMs} ms` },
            { measure: `load every page first (${pages} calls)`, value: `${result.loadAllFirstMs} ms` },
            { measure: 'speed-up (goal >= 100x)', value: `${result.speedup}x` },
            {
                measure: `used-by pass (${usedPages} pages, ${usedBy.functionsScanned} functions+versions)`,
                value: `${result.usedByMs} ms`,
            },
            {
                measure: `heap growth, ${views.length} nodes (goal < 50 MB)`,
                value: `${result.heapGrowthMb} MB${gcOn ? '' : ' (no --expose-gc: noisy)'}`,
            },
        ]);
        fs.mkdirSync(path.join(__dirname, '..', '..', 'bench', 'results'), { recursive: true });
        fs.writeFileSync(path.join(__dirname, '..', '..', 'bench', 'results', 'explorer.json'), JSON.stringify(result, null, 2));
        const ok = ratio >= 100 && growth < 50;
        if (!ok) {
            console.error('Explorer benchmark missed a goal');
            process.exitCode = 1;
        }
    }
    finally {
        emulator.stop();
    }
}
void main();
//# sourceMappingURL=explorer.js.map