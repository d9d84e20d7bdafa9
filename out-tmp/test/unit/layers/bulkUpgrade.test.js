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
// The bulk-upgrade engine against the real emulator through the real SDK adapter.
const assert = __importStar(require("assert"));
const bulkUpgrade_1 = require("../../../src/layers/bulkUpgrade");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
const bulkUpgradeSupport_1 = require("./bulkUpgradeSupport");
describe('bulkUpgrade (emulator, real SDK)', function () {
    this.timeout(60_000);
    let emu;
    let seed;
    afterEach(async () => {
        await emu?.stop();
        seed?.remove();
        emu = undefined;
        seed = undefined;
    });
    const layersOf = (name) => emu.state.functions.get(name)?.latest.layers;
    it('moves every function to the new version in place, within 15 req/s, ≤ 3 calls per function', async () => {
        seed = (0, bulkUpgradeSupport_1.writeBulkSeed)(30);
        emu = await (0, emulator_1.startEmulator)({ seed: seed.file, rateLimitPerSecond: 15, updateDelayMs: 300 });
        const lambda = (0, emulatorService_1.serviceFor)(emu, 1);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda);
        emu.resetCalls();
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, { from: (0, bulkUpgradeSupport_1.lib)(1), to: (0, bulkUpgradeSupport_1.lib)(3) });
        assert.deepStrictEqual(report.counts, { updated: 30, alreadyCurrent: 0, skipped: 0, failed: 0 });
        for (const t of targets)
            assert.deepStrictEqual(layersOf(t.name), [(0, bulkUpgradeSupport_1.other)(1), (0, bulkUpgradeSupport_1.lib)(3)], t.name);
        assert.ok(emu.calls.length / 30 <= 3, `calls per function: ${emu.calls.length / 30}`);
        assert.strictEqual((0, bulkUpgradeSupport_1.throttledTwiceInARow)(emu.calls), 0);
        // Every function was finished (Successful) when reported.
        for (const t of targets)
            assert.strictEqual(emu.state.functionConfiguration(t.name)?.LastUpdateStatus, 'Successful');
        assert.strictEqual((0, emulatorService_1.callsOf)(emu, 'GetFunction'), 0, 'the RevisionId comes from ListFunctions: no read before writing');
    });
    it('honours retryAfterSeconds on injected throttles and still updates everything', async () => {
        seed = (0, bulkUpgradeSupport_1.writeBulkSeed)(12);
        emu = await (0, emulator_1.startEmulator)({
            seed: seed.file,
            faults: [
                { operation: 'UpdateFunctionConfiguration', kind: 'throttle', every: 4, retryAfterSeconds: 1 },
            ],
        });
        const lambda = (0, emulatorService_1.serviceFor)(emu, 1);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda);
        emu.resetCalls();
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, { from: (0, bulkUpgradeSupport_1.lib)(1), to: (0, bulkUpgradeSupport_1.lib)(2) });
        assert.strictEqual(report.counts.updated, 12);
        for (const t of targets)
            assert.deepStrictEqual(layersOf(t.name), [(0, bulkUpgradeSupport_1.other)(1), (0, bulkUpgradeSupport_1.lib)(2)]);
        const calls = emu.calls;
        const throttled = calls.filter((c) => c.status === 429);
        assert.strictEqual(throttled.length, 3);
        for (const t of throttled) {
            const next = calls.find((c) => c.at > t.at && c.status !== 429);
            assert.ok(next && next.at - t.at >= 900, `a call ${next ? next.at - t.at : '?'} ms after a 429 with retryAfterSeconds 1`);
        }
    });
    it("on 412 re-reads, re-applies the upgrade on top and keeps the colleague's change", async () => {
        seed = (0, bulkUpgradeSupport_1.writeBulkSeed)(6);
        emu = await (0, emulator_1.startEmulator)({ seed: seed.file });
        const lambda = (0, emulatorService_1.serviceFor)(emu, 1);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda);
        // A colleague changes two functions after our listing: another layer moved first, a description.
        await lambda.updateFunctionConfiguration('fn-001', { layers: [(0, bulkUpgradeSupport_1.lib)(1), (0, bulkUpgradeSupport_1.other)(2)] });
        await lambda.updateFunctionConfiguration('fn-004', { description: 'changed by a colleague' });
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, { from: (0, bulkUpgradeSupport_1.lib)(1), to: (0, bulkUpgradeSupport_1.lib)(3) });
        assert.strictEqual(report.counts.updated, 6, JSON.stringify(report.outcomes));
        assert.deepStrictEqual(layersOf('fn-001'), [(0, bulkUpgradeSupport_1.lib)(3), (0, bulkUpgradeSupport_1.other)(2)]);
        assert.deepStrictEqual(layersOf('fn-004'), [(0, bulkUpgradeSupport_1.other)(1), (0, bulkUpgradeSupport_1.lib)(3)]);
        assert.strictEqual(emu.state.functions.get('fn-004')?.latest.description, 'changed by a colleague');
        const fn1 = report.outcomes.find((o) => o.functionName === 'fn-001');
        assert.match(fn1?.reason ?? '', /changed by someone else \(changed other:1 to other:2, order changed\): re-applied/);
    });
    it('on 409 waits for the update in progress to finish, then retries', async () => {
        seed = (0, bulkUpgradeSupport_1.writeBulkSeed)(4);
        emu = await (0, emulator_1.startEmulator)({ seed: seed.file, updateDelayMs: 300 });
        const lambda = (0, emulatorService_1.serviceFor)(emu, 1);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda);
        // Same revision, but an update still running for 1.5 s.
        const busy = emu.state.functions.get('fn-002').latest;
        busy.updatedAt = Date.now() + 1500;
        const started = Date.now();
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, { from: (0, bulkUpgradeSupport_1.lib)(1), to: (0, bulkUpgradeSupport_1.lib)(2) });
        assert.strictEqual(report.counts.updated, 4);
        assert.deepStrictEqual(layersOf('fn-002'), [(0, bulkUpgradeSupport_1.other)(1), (0, bulkUpgradeSupport_1.lib)(2)]);
        assert.ok(emu.calls.some((c) => c.status === 409), 'the emulator answered 409 once');
        assert.ok(Date.now() - started >= 1500);
    });
    it("reports already current, skipped with a reason, and failed with AWS's reason", async () => {
        seed = (0, bulkUpgradeSupport_1.writeBulkSeed)(1, [
            { name: 'at-target', runtime: 'nodejs22.x', layers: ['lib:3'] },
            { name: 'on-v2', runtime: 'nodejs22.x', layers: ['lib:2'] },
            { name: 'no-lib', runtime: 'nodejs22.x', layers: [] },
        ]);
        emu = await (0, emulator_1.startEmulator)({ seed: seed.file });
        const lambda = (0, emulatorService_1.serviceFor)(emu, 1);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda);
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, { from: (0, bulkUpgradeSupport_1.lib)(1), to: (0, bulkUpgradeSupport_1.lib)(3) });
        const by = new Map(report.outcomes.map((o) => [o.functionName, o]));
        assert.strictEqual(by.get('fn-000')?.status, 'updated');
        assert.strictEqual(by.get('at-target')?.status, 'alreadyCurrent');
        assert.strictEqual(by.get('on-v2')?.status, 'skipped');
        assert.match(by.get('on-v2')?.reason ?? '', /another version of the layer: lib:2/);
        assert.match(by.get('no-lib')?.reason ?? '', /no longer uses the layer: lib:1/);
        assert.strictEqual(by.get('at-target')?.calls, 0);
        const missing = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets.filter((t) => t.name === 'on-v2'), { from: (0, bulkUpgradeSupport_1.lib)(2), to: (0, bulkUpgradeSupport_1.lib)(9) });
        assert.strictEqual(missing.outcomes[0]?.status, 'failed');
        assert.match(missing.outcomes[0]?.reason ?? '', /lib:9/);
        assert.deepStrictEqual(layersOf('on-v2'), [(0, bulkUpgradeSupport_1.lib)(2)], 'nothing half-applied');
        const text = (0, bulkUpgrade_1.formatBulkReport)(report, (0, bulkUpgradeSupport_1.lib)(3));
        assert.strictEqual(text.summary, '1 updated, 1 already current, 2 skipped, 0 failed: lib:3');
        assert.ok(text.lines.includes('at-target: already current'));
    });
    it('cancel: no new function starts, the ones in flight finish', async () => {
        seed = (0, bulkUpgradeSupport_1.writeBulkSeed)(20);
        emu = await (0, emulator_1.startEmulator)({ seed: seed.file, updateDelayMs: 400 });
        const lambda = (0, emulatorService_1.serviceFor)(emu, 1);
        const targets = await (0, bulkUpgradeSupport_1.listAll)(lambda);
        const controller = new AbortController();
        const started = [];
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, {
            from: (0, bulkUpgradeSupport_1.lib)(1),
            to: (0, bulkUpgradeSupport_1.lib)(2),
            concurrency: 3,
            signal: controller.signal,
            onStart: (name) => {
                started.push(name);
                if (started.length === 4)
                    controller.abort();
            },
        });
        assert.strictEqual(report.cancelled, true);
        assert.strictEqual(started.length, 4);
        assert.strictEqual(report.counts.updated, 4, 'the in-flight ones finished');
        for (const t of targets) {
            const expected = started.includes(t.name) ? [(0, bulkUpgradeSupport_1.other)(1), (0, bulkUpgradeSupport_1.lib)(2)] : [(0, bulkUpgradeSupport_1.other)(1), (0, bulkUpgradeSupport_1.lib)(1)];
            assert.deepStrictEqual(layersOf(t.name), expected, t.name);
            assert.strictEqual(emu.state.functionConfiguration(t.name)?.LastUpdateStatus, 'Successful');
        }
        assert.strictEqual(report.outcomes.filter((o) => o.reason === 'Cancelled before it started').length, 16);
    });
});
describe('TokenBucket', () => {
    it('spaces permits evenly and a pause delays the next one', async () => {
        let t = 0;
        const slept = [];
        const bucket = new bulkUpgrade_1.TokenBucket(10, () => t, async (ms) => {
            slept.push(ms);
            t += ms;
        });
        await bucket.take();
        await bucket.take();
        await bucket.take();
        assert.deepStrictEqual(slept, [100, 100]);
        bucket.pause(2000);
        await bucket.take();
        assert.deepStrictEqual(slept.at(-1), 2000);
    });
});
//# sourceMappingURL=bulkUpgrade.test.js.map