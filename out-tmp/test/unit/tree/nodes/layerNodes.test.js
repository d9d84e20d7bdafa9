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
// "Used by" under a layer version: one ListFunctions pass per expand or retry, never a loop of failing scans.
const assert = __importStar(require("assert"));
const layerCatalog_1 = require("../../../../src/aws/layerCatalog");
const usedByIndex_1 = require("../../../../src/aws/usedByIndex");
const explorerModel_1 = require("../../../../src/tree/explorerModel");
const layerNodes_1 = require("../../../../src/tree/nodes/layerNodes");
const pagedNode_1 = require("../../../../src/tree/nodes/pagedNode");
const emulatorService_1 = require("../../support/emulatorService");
const signal = new AbortController().signal;
/**
 * The explorer model wired to a stand-in for the view: like VS Code, it asks a node for its children again
 * whenever the node reports a change (bounded, so that a loop shows up as a count instead of a hang).
 */
function viewOf(lambda) {
    const asked = [];
    const m = new explorerModel_1.ExplorerModel((_view, node) => {
        if (node)
            asked.push(node);
    }, (e) => (e instanceof Error ? e.message : String(e)));
    m.setConnection({ lambda, usedBy: new usedByIndex_1.UsedByIndex(lambda), catalog: new layerCatalog_1.LayerCatalog(lambda) });
    /** Renders `node` once, then re-renders whatever it reported as changed, as the view would. */
    const render = async (node) => {
        const first = await node.children({ signal });
        for (let round = 0; round < 5 && asked.length > 0; round++) {
            const again = asked.splice(0);
            for (const n of again)
                await n.children?.({ signal });
        }
        return first;
    };
    return { m, render };
}
describe('UsedByNode', function () {
    this.timeout(30_000);
    // One emulator for the suite; one attempt per call, so a request counted is a call made.
    const sample = (0, emulatorService_1.useSampleEmulator)();
    async function usedByOf(m, layerName, version) {
        const layer = (await m.layersRoot.children({ signal })).find((n) => n instanceof layerNodes_1.LayerNode && n.layer.name === layerName);
        const v = (await layer.children({ signal })).find((n) => n.version?.version === version);
        const [usedBy] = await v.children();
        assert.ok(usedBy instanceof layerNodes_1.UsedByNode);
        return usedBy;
    }
    it('a failed scan shows an error node and does not start another pass by itself; a retry makes one more', async () => {
        const { m, render } = viewOf(sample.lambda);
        const usedBy = await usedByOf(m, 'shared-utils', 7);
        sample.emulator.resetCalls();
        sample.emulator.setFaults([{ operation: 'ListFunctions', kind: 'throttle', retryAfterSeconds: 0 }]);
        const children = await render(usedBy);
        assert.strictEqual(children.length, 1);
        assert.ok(children[0] instanceof pagedNode_1.ErrorNode, 'an error node with a retry');
        assert.strictEqual(children[0].view().command?.id, 'lambdaExplorer.node.retry');
        assert.strictEqual((0, emulatorService_1.callsOf)(sample.emulator, 'ListFunctions'), 1, 'exactly one pass');
        // Asking again (the view re-renders for other reasons) shows the error without scanning.
        assert.ok((await usedBy.children({ signal }))[0] instanceof pagedNode_1.ErrorNode);
        assert.strictEqual((0, emulatorService_1.callsOf)(sample.emulator, 'ListFunctions'), 1, 'still one pass');
        // A retry that fails again: one more pass, and the error stays.
        await assert.rejects(usedBy.retry(signal));
        assert.ok((await render(usedBy))[0] instanceof pagedNode_1.ErrorNode);
        assert.strictEqual((0, emulatorService_1.callsOf)(sample.emulator, 'ListFunctions'), 2, 'the retry made one more pass');
        // A retry once the account answers: the users show.
        sample.emulator.setFaults([]);
        await usedBy.retry(signal);
        const users = await render(usedBy);
        assert.ok(users.length > 0 && users.every((u) => u instanceof layerNodes_1.UsedByFunctionNode));
        assert.strictEqual((0, emulatorService_1.callsOf)(sample.emulator, 'ListFunctions'), 3);
    });
    it('a load the view gave up on is not kept as a failure: the next render scans', async () => {
        const { m } = viewOf(sample.lambda);
        const usedBy = await usedByOf(m, 'shared-utils', 7);
        sample.emulator.setFaults([{ operation: 'ListFunctions', kind: 'latency', latencyMs: 5000 }]);
        const gaveUp = new AbortController();
        const load = usedBy.children({ signal: gaveUp.signal });
        await new Promise((r) => setTimeout(r, 100));
        gaveUp.abort();
        await assert.rejects(load);
        assert.strictEqual(usedBy.loadError, undefined);
        sample.emulator.setFaults([]);
        const users = await usedBy.children({ signal });
        assert.ok(users.length > 0 && users.every((u) => u instanceof layerNodes_1.UsedByFunctionNode));
    });
    it('marks a version only published versions use (usedBy noLatest): "Update Functions…" is not offered', async () => {
        const { m, render } = viewOf(sample.lambda);
        const onlyPublished = await usedByOf(m, 'shared-utils', 6);
        await render(onlyPublished);
        assert.deepStrictEqual(onlyPublished.users?.map((u) => u.version), ['1'], 'the sample seed: orders-api version 1 alone uses shared-utils:6');
        assert.strictEqual(onlyPublished.view().contextValue, 'usedBy noLatest');
        const live = await usedByOf(m, 'shared-utils', 8);
        await render(live);
        assert.strictEqual(live.view().contextValue, 'usedBy');
    });
});
//# sourceMappingURL=layerNodes.test.js.map