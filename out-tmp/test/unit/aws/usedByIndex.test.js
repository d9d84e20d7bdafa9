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
// The used-by index is one ListFunctions pass shared by everyone who asks (tree nodes, panels, commands): one
// caller giving up must not cancel it for the others; it stops when nobody waits any more or the connection goes.
const assert = __importStar(require("assert"));
const usedByIndex_1 = require("../../../src/aws/usedByIndex");
const emulatorService_1 = require("../support/emulatorService");
const SLOW_MS = 1500;
const SHARED_V7 = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:7';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
describe('UsedByIndex', function () {
    this.timeout(30_000);
    // One emulator for the suite; one attempt per call, so a request counted is a call made.
    const sample = (0, emulatorService_1.useSampleEmulator)();
    beforeEach(() => {
        sample.emulator.resetCalls();
        sample.emulator.setFaults([{ operation: 'ListFunctions', kind: 'latency', latencyMs: SLOW_MS }]);
    });
    it('one caller cancelling does not cancel the pass for another caller', async () => {
        const index = new usedByIndex_1.UsedByIndex(sample.lambda);
        const tree = new AbortController();
        const first = index.ensure(tree.signal);
        const second = index.ensure(new AbortController().signal);
        const third = index.ensure(); // no signal: waits to the end
        await sleep(100);
        tree.abort();
        await assert.rejects(first);
        await second;
        await third;
        assert.ok(index.isBuilt);
        assert.ok((index.usersOf(SHARED_V7) ?? []).length > 0);
    });
    it('the pass stops when every caller has cancelled', async () => {
        const index = new usedByIndex_1.UsedByIndex(sample.lambda);
        const a = new AbortController();
        const b = new AbortController();
        const started = Date.now();
        const first = index.ensure(a.signal);
        const second = index.ensure(b.signal);
        await sleep(100);
        a.abort();
        b.abort();
        await assert.rejects(first);
        await assert.rejects(second);
        // The next caller starts a new pass rather than joining an abandoned one.
        sample.emulator.setFaults([]);
        await index.ensure();
        assert.ok(index.isBuilt);
        assert.ok(Date.now() - started < SLOW_MS, 'the abandoned request was aborted, not awaited');
    });
    it('dispose aborts the pass for everyone', async () => {
        const index = new usedByIndex_1.UsedByIndex(sample.lambda);
        const first = index.ensure();
        const second = index.ensure(new AbortController().signal);
        await sleep(100);
        index.dispose();
        await assert.rejects(first);
        await assert.rejects(second);
        assert.strictEqual(index.isBuilt, false);
    });
});
//# sourceMappingURL=usedByIndex.test.js.map