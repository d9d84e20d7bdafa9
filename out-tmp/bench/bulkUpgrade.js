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
// Bulk upgrade benchmark: 200 functions move from lib:1 to lib:3 under the emulator's 15 req/s limit (AWS's
// control-plane quota), through the real SDK adapter with the SDK's own retries off (every 429 is ours to see).
// Goals: ≤ 3 calls per function on average (the RevisionId comes with ListFunctions: no read before writing),
// total time within 20% of the ideal for those calls at 15 req/s, no call rejected by the limit twice in a row.
// The emulator runs in a child process so that its work does not share our event loop.
//   node out/bench/bulkUpgrade.js
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const bulkUpgrade_1 = require("../src/layers/bulkUpgrade");
const benchSupport_1 = require("./benchSupport");
const bulkUpgradeSupport_1 = require("../test/unit/layers/bulkUpgradeSupport");
const FUNCTIONS = 200;
const LIMIT = 15;
async function admin(endpoint, route, method = 'GET') {
    const r = await fetch(`${endpoint}/_emulator/${route}`, { method });
    return (await r.json());
}
async function main() {
    const seed = (0, bulkUpgradeSupport_1.writeBulkSeed)(FUNCTIONS);
    const emu = await (0, benchSupport_1.startEmulatorProcess)([
        '--seed',
        seed.file,
        '--rate-limit',
        String(LIMIT),
        '--update-delay-ms',
        '300',
    ]);
    try {
        const lambda = (0, benchSupport_1.benchService)(emu.endpoint, { maxAttempts: 1, waiterMinDelaySeconds: 1 });
        await admin(emu.endpoint, 'calls/reset', 'POST');
        const started = performance.now();
        // One bucket for the listing and the updates: the listing's pages count against the same 15 req/s.
        const bucket = new bulkUpgrade_1.TokenBucket(bulkUpgrade_1.DEFAULT_RATE_PER_SECOND);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda, bucket);
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, { from: (0, bulkUpgradeSupport_1.lib)(1), to: (0, bulkUpgradeSupport_1.lib)(3), bucket });
        const elapsedMs = performance.now() - started;
        const calls = await admin(emu.endpoint, 'calls');
        const byOp = new Map();
        for (const c of calls)
            byOp.set(c.operation, (byOp.get(c.operation) ?? 0) + 1);
        const throttled = calls.filter((c) => c.status === 429).length;
        const twice = (0, bulkUpgradeSupport_1.throttledTwiceInARow)(calls);
        const callsPerFunction = calls.length / FUNCTIONS;
        const idealMs = (calls.length / LIMIT) * 1000;
        const ratio = elapsedMs / idealMs;
        const result = {
            functions: FUNCTIONS,
            rateLimitPerSecond: LIMIT,
            updated: report.counts.updated,
            failed: report.counts.failed,
            calls: calls.length,
            callsByOperation: Object.fromEntries(byOp),
            callsPerFunction: Number(callsPerFunction.toFixed(2)),
            callsPerFunctionGoal: 3,
            elapsedMs: Math.round(elapsedMs),
            idealMs: Math.round(idealMs),
            timeRatio: Number(ratio.toFixed(3)),
            timeRatioGoal: 1.2,
            throttled,
            throttledTwiceInARow: twice,
        };
        console.log(`Bulk upgrade benchmark: ${FUNCTIONS} functions, emulator limit ${LIMIT} req/s, update delay 300 ms`);
        console.table([
            {
                measure: 'functions updated',
                value: `${report.counts.updated} / ${FUNCTIONS}`,
                goal: `${FUNCTIONS}`,
            },
            { measure: 'calls per function', value: result.callsPerFunction, goal: '≤ 3' },
            { measure: 'calls (by operation)', value: [...byOp].map(([k, v]) => `${k} ${v}`).join(', '), goal: '' },
            { measure: 'elapsed (s)', value: (elapsedMs / 1000).toFixed(1), goal: '' },
            { measure: `ideal at ${LIMIT} req/s (s)`, value: (idealMs / 1000).toFixed(1), goal: '' },
            { measure: 'elapsed / ideal', value: result.timeRatio, goal: '≤ 1.2' },
            { measure: 'rejected by the limit', value: throttled, goal: '' },
            { measure: 'rejected twice in a row', value: twice, goal: '0' },
        ]);
        const out = path.join(__dirname, '..', '..', 'bench', 'results');
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, 'bulkUpgrade.json'), JSON.stringify(result, null, 2));
        const ok = report.counts.updated === FUNCTIONS && callsPerFunction <= 3 && ratio <= 1.2 && twice === 0;
        if (!ok) {
            console.error('Bulk upgrade benchmark missed a goal');
            process.exitCode = 1;
        }
    }
    finally {
        emu.stop();
        seed.remove();
    }
}
main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
});
//# sourceMappingURL=bulkUpgrade.js.map