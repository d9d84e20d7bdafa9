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
// The layer catalog is one ListLayers load shared by every caller (tree nodes, panels): one caller giving up
// does not cancel it for the others, and dispose (the connection goes away) aborts it.
const assert = __importStar(require("assert"));
const layerCatalog_1 = require("../../../src/aws/layerCatalog");
const emulatorService_1 = require("../support/emulatorService");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const SHARED_V5 = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:5';
describe('LayerCatalog', function () {
    this.timeout(30_000);
    // One emulator for the suite; one attempt per call, so a request counted is a call made.
    const sample = (0, emulatorService_1.useSampleEmulator)();
    beforeEach(() => {
        sample.emulator.resetCalls();
        sample.emulator.setFaults([{ operation: 'ListLayers', kind: 'latency', latencyMs: 1000 }]);
    });
    it('one caller cancelling does not cancel the load for another; both share one pass', async () => {
        const catalog = new layerCatalog_1.LayerCatalog(sample.lambda);
        const gaveUp = new AbortController();
        const first = catalog.ensure(gaveUp.signal);
        const second = catalog.ensure(new AbortController().signal);
        await sleep(100);
        gaveUp.abort();
        await assert.rejects(first);
        await second;
        assert.ok(catalog.isLoaded);
        assert.strictEqual(catalog.newerThan(SHARED_V5)?.version, 8);
        assert.strictEqual((0, emulatorService_1.callsOf)(sample.emulator, 'ListLayers'), 1);
    });
    it('dispose aborts the load', async () => {
        const catalog = new layerCatalog_1.LayerCatalog(sample.lambda);
        const started = Date.now();
        const load = catalog.ensure();
        await sleep(100);
        catalog.dispose();
        await assert.rejects(load);
        assert.ok(Date.now() - started < 900, 'aborted, not awaited');
        assert.strictEqual(catalog.isLoaded, false);
    });
});
//# sourceMappingURL=layerCatalog.test.js.map