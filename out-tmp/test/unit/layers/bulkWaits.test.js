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
// Waits in the bulk upgrade are bounded and end on Cancel; a failing call costs a bounded number of requests.
const assert = __importStar(require("assert"));
const retryPolicy_1 = require("../../../src/aws/retryPolicy");
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const bulkUpgrade_1 = require("../../../src/layers/bulkUpgrade");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
const bulkUpgradeSupport_1 = require("./bulkUpgradeSupport");
describe('bulkUpgrade waits and retry budget (emulator, real SDK)', function () {
    this.timeout(30_000);
    let emu;
    let seed;
    beforeEach(async () => {
        seed = (0, bulkUpgradeSupport_1.writeBulkSeed)(2);
        emu = await (0, emulator_1.startEmulator)({ seed: seed.file, updateDelayMs: 0 });
    });
    afterEach(async () => {
        await emu.stop();
        seed.remove();
    });
    it('a Retry-After of a day is capped, said in the report, and Cancel ends the wait', async () => {
        const lambda = (0, emulatorService_1.serviceFor)(emu, 1);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda);
        emu.setFaults([
            { operation: 'UpdateFunctionConfiguration', kind: 'throttle', retryAfterSeconds: 86_400 },
        ]);
        const controller = new AbortController();
        const waits = [];
        const progress = [];
        // Pacing sleeps pass at once; a long wait never ends by itself: only Cancel can end it.
        const sleep = (ms) => {
            if (ms < 1000)
                return Promise.resolve();
            waits.push(ms);
            controller.abort();
            return new Promise(() => undefined);
        };
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, {
            from: (0, bulkUpgradeSupport_1.lib)(1),
            to: (0, bulkUpgradeSupport_1.lib)(3),
            concurrency: 1,
            signal: controller.signal,
            sleep,
            onWait: (name, seconds, asked) => progress.push(`${name} ${seconds} ${asked ?? ''}`),
        });
        assert.ok(waits.length >= 1);
        assert.ok(Math.max(...waits) <= retryPolicy_1.MAX_RETRY_WAIT_SECONDS * 1000, `planned waits: ${waits.join(', ')} ms`);
        assert.strictEqual(report.cancelled, true);
        const first = report.outcomes[0];
        assert.strictEqual(first.status, 'skipped');
        assert.match(first.reason ?? '', /AWS asked to wait 86400 s; we wait at most 60 s; cancelled while waiting/);
        assert.deepStrictEqual(progress, [`${first.functionName} 60 86400`]);
        assert.deepStrictEqual(emu.state.functions.get(first.functionName).latest.layers.slice(-1), [(0, bulkUpgradeSupport_1.lib)(1)], 'not changed');
    });
    it('a persistent 500 costs at most the request budget per function, SDK attempts included', async () => {
        const lambda = (0, emulatorService_1.serviceFor)(emu, sdkClientFactory_1.DEFAULT_MAX_ATTEMPTS);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda);
        emu.setFaults([{ operation: 'UpdateFunctionConfiguration', kind: 'error' }]);
        emu.resetCalls();
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, {
            from: (0, bulkUpgradeSupport_1.lib)(1),
            to: (0, bulkUpgradeSupport_1.lib)(3),
            sleep: () => Promise.resolve(),
        });
        assert.deepStrictEqual(report.counts, { updated: 0, alreadyCurrent: 0, skipped: 0, failed: 2 });
        for (const t of targets) {
            const writes = emu.calls.filter((c) => c.operation === 'UpdateFunctionConfiguration' && c.path.includes(`/${t.name}/`)).length;
            assert.ok(writes <= retryPolicy_1.MAX_ATTEMPTS_PER_CALL, `${t.name}: ${writes} writes (was 28)`);
        }
    });
});
//# sourceMappingURL=bulkWaits.test.js.map