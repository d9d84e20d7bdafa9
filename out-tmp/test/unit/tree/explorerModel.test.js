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
// Loads belong to the nodes that started them: a new connection, a refreshed node or a new layer filter aborts
// the page loads still in flight below the nodes that went away (nothing waits on, or fills, a dead node).
const assert = __importStar(require("assert"));
const layerCatalog_1 = require("../../../src/aws/layerCatalog");
const usedByIndex_1 = require("../../../src/aws/usedByIndex");
const explorerModel_1 = require("../../../src/tree/explorerModel");
const functionNodes_1 = require("../../../src/tree/nodes/functionNodes");
const layerNodes_1 = require("../../../src/tree/nodes/layerNodes");
const pagedNode_1 = require("../../../src/tree/nodes/pagedNode");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
const signal = new AbortController().signal;
const SLOW_MS = 8000;
function connectionFor(lambda) {
    return { lambda, usedBy: new usedByIndex_1.UsedByIndex(lambda), catalog: new layerCatalog_1.LayerCatalog(lambda) };
}
/** Awaits a load and says how long it took. */
async function timed(p) {
    const started = Date.now();
    const value = await p;
    return { value, ms: Date.now() - started, started };
}
describe('ExplorerModel aborts loads of nodes that go away', function () {
    this.timeout(30_000);
    let emulator;
    let lambda;
    let m;
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ seed: 'sample' });
        lambda = (0, emulatorService_1.serviceFor)(emulator, 1);
    });
    after(() => emulator.stop());
    beforeEach(() => {
        emulator.setFaults([]);
        m = new explorerModel_1.ExplorerModel(() => undefined, (e) => (e instanceof Error ? e.message : String(e)));
        m.setConnection(connectionFor(lambda));
    });
    afterEach(() => {
        emulator.setFaults([]);
        m.setConnection(undefined);
    });
    async function layer(name) {
        const layers = await m.layersRoot.children({ signal });
        return layers.find((n) => n instanceof layerNodes_1.LayerNode && n.layer.name === name);
    }
    /** Starts a slow load of `node`'s children, runs `goAway` while it is in flight, and times the load. */
    async function interrupted(node, operation, goAway) {
        emulator.setFaults([{ operation, kind: 'latency', latencyMs: SLOW_MS }]);
        const load = timed(node.children({ signal }));
        await new Promise((r) => setTimeout(r, 200));
        goAway();
        return load;
    }
    it('a new connection aborts a page load in flight under the old Layers root', async () => {
        const shared = await layer('shared-utils');
        const { value, ms } = await interrupted(shared, 'ListLayerVersions', () => m.setConnection(connectionFor(lambda)));
        assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
        assert.ok(value.at(-1) instanceof pagedNode_1.ErrorNode);
        assert.strictEqual(shared.pager.isLoading, false);
    });
    it('no connection aborts it too', async () => {
        const shared = await layer('shared-utils');
        const { ms } = await interrupted(shared, 'ListLayerVersions', () => m.setConnection(undefined));
        assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
    });
    it('refreshing the Layers root aborts the version loads of its layers', async () => {
        const shared = await layer('shared-utils');
        const { ms } = await interrupted(shared, 'ListLayerVersions', () => m.layersRoot.refresh());
        assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
    });
    it('a new layer filter aborts the version loads under the old Layers root', async () => {
        const shared = await layer('shared-utils');
        const { ms } = await interrupted(shared, 'ListLayerVersions', () => m.setLayerListFilter({ runtime: 'python3.13' }));
        assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
    });
    it('refreshing a function aborts the load of its published versions', async () => {
        const fns = await m.functionsRoot.children({ signal });
        const orders = fns.find((n) => n instanceof functionNodes_1.FunctionNode && n.fn.name === 'orders-api');
        const [, versions] = await orders.children();
        const { ms } = await interrupted(versions, 'ListVersionsByFunction', () => orders.refresh());
        assert.ok(ms < SLOW_MS / 2, `aborted after ${ms} ms`);
    });
});
//# sourceMappingURL=explorerModel.test.js.map