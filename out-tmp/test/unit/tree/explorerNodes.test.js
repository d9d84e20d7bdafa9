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
const assert = __importStar(require("assert"));
const layerCatalog_1 = require("../../../src/aws/layerCatalog");
const usedByIndex_1 = require("../../../src/aws/usedByIndex");
const explorerModel_1 = require("../../../src/tree/explorerModel");
const functionNodes_1 = require("../../../src/tree/nodes/functionNodes");
const layerNodes_1 = require("../../../src/tree/nodes/layerNodes");
const pagedNode_1 = require("../../../src/tree/nodes/pagedNode");
const emulator_1 = require("../../emulator/emulator");
const zipArchive_1 = require("../../emulator/zipArchive");
const emulatorService_1 = require("../support/emulatorService");
const signal = new AbortController().signal;
const NOW = () => new Date('2026-11-25T12:00:00Z');
function model(lambda) {
    const changes = [];
    const m = new explorerModel_1.ExplorerModel((view, node) => changes.push(`${view}:${node?.id ?? '*'}`), (e) => (e instanceof Error ? e.message : String(e)), {
        pageSize: () => 50,
        now: NOW,
    });
    m.setConnection({ lambda, usedBy: new usedByIndex_1.UsedByIndex(lambda), catalog: new layerCatalog_1.LayerCatalog(lambda) });
    return { m, changes };
}
const labels = (nodes) => nodes.map((n) => n.view().label);
describe('explorer nodes on the scale seed (10,000 functions)', function () {
    this.timeout(60_000);
    let emulator;
    let lambda;
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ seed: 'scale' });
        lambda = (0, emulatorService_1.serviceFor)(emulator);
    });
    after(() => emulator.stop());
    beforeEach(() => emulator.resetCalls());
    it('shows the first 50 functions after exactly one ListFunctions call, then "Load more…"', async () => {
        const { m } = model(lambda);
        const children = await m.functionsRoot.children({ signal });
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'ListFunctions'), 1);
        assert.strictEqual(children.filter((c) => c instanceof functionNodes_1.FunctionNode).length, 50);
        assert.ok(children.at(-1) instanceof pagedNode_1.LoadMoreNode);
        assert.strictEqual(children.at(-1).view().description, '50 loaded');
    });
    it('"Load more" clicked twice fetches one page', async () => {
        const { m } = model(lambda);
        const root = m.functionsRoot;
        await root.children({ signal });
        await Promise.all([root.loadMore(), root.loadMore()]);
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'ListFunctions'), 2);
        assert.strictEqual(root.render().filter((c) => c instanceof functionNodes_1.FunctionNode).length, 100);
    });
    it('a name filter keeps loading pages until it finds a match', async () => {
        const { m } = model(lambda);
        const root = m.functionsRoot;
        root.filter = '09999';
        const matches = await (0, pagedNode_1.loadUntilMatch)(root, signal);
        assert.strictEqual(matches, 1);
        const shown = root.render().filter((n) => n instanceof functionNodes_1.FunctionNode);
        assert.deepStrictEqual(labels(shown), ['media-sync-09999']);
        // It stopped at the page holding the match (names are listed in order), with more pages left to load.
        const calls = (0, emulatorService_1.callsOf)(emulator, 'ListFunctions');
        assert.ok(calls > 1 && calls < 200, `${calls} calls`);
        assert.ok(root.render().at(-1) instanceof pagedNode_1.LoadMoreNode);
    });
    it('a filter that matches nothing says so after the last page', async () => {
        const { m } = model(lambda);
        const root = m.functionsRoot;
        root.filter = 'no-such-function';
        assert.strictEqual(await (0, pagedNode_1.loadUntilMatch)(root, signal), 0);
        const rendered = root.render();
        assert.strictEqual(rendered.length, 1);
        assert.ok(rendered[0] instanceof pagedNode_1.MessageNode);
        assert.match(rendered[0].view().label, /No function name contains "no-such-function"/);
    });
});
describe('explorer nodes on the sample seed', function () {
    this.timeout(30_000);
    let emulator;
    let lambda;
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ seed: 'sample' });
        lambda = (0, emulatorService_1.serviceFor)(emulator);
    });
    after(() => emulator.stop());
    async function fn(m, name) {
        const all = await m.functionsRoot.children({ signal });
        const node = all.find((n) => n.view().label === name);
        assert.ok(node instanceof functionNodes_1.FunctionNode, `${name} listed`);
        return node;
    }
    it('lists every function without "Load more" when one page holds them, with runtime, memory and age', async () => {
        const { m } = model(lambda);
        const children = await m.functionsRoot.children({ signal });
        assert.ok(!children.some((c) => c instanceof pagedNode_1.LoadMoreNode));
        const orders = children.find((c) => c.view().label === 'orders-api');
        assert.match(orders.view().description, /^nodejs22\.x · 512 MB · /);
    });
    it('marks a deprecated runtime with a warning and leaves current ones alone', async () => {
        const { m } = model(lambda);
        assert.ok((await fn(m, 'legacy-reports')).view().warning, 'nodejs16.x is deprecated');
        assert.strictEqual((await fn(m, 'orders-api')).view().warning, undefined);
    });
    it('shows attached layers in merge order and marks an outdated one', async () => {
        const { m } = model(lambda);
        const [layersNode] = await (await fn(m, 'thumbnailer')).children();
        const layers = (await layersNode.children({ signal }));
        assert.deepStrictEqual(labels(layers), ['sharp-bin:2', 'shared-utils:5']);
        assert.strictEqual(layers[0].view().warning, undefined);
        assert.match(layers[1].view().description, /outdated: version 8 available/);
        assert.strictEqual(layersNode.view().description, '2 of 5');
    });
    it('shows published versions with the layer set each one froze', async () => {
        const { m } = model(lambda);
        const [, versionsNode] = await (await fn(m, 'orders-api')).children();
        assert.ok(versionsNode instanceof functionNodes_1.FunctionVersionsNode);
        const versions = await versionsNode.children({ signal });
        assert.deepStrictEqual(labels(versions), ['Version 1', 'Version 2']);
        assert.match(versions[0].view().description, /layers: shared-utils:6$/);
        assert.match(versions[1].view().description, /layers: shared-utils:7, otel-collector:2$/);
        const frozen = await versions[1].children({ signal });
        assert.deepStrictEqual(frozen.map((n) => n.view().contextValue), ['frozenLayer', 'frozenLayer'], "a published version's layers are frozen: a newer version is no action (no upgrade offered)");
        assert.deepStrictEqual(frozen.map((n) => n.view().description), ['#1 · 213 B · version 8 exists', '#2 · 323 B · version 3 exists']);
    });
    it('lists layer versions newest first and omits a deleted one', async () => {
        const { m } = model(lambda);
        const layers = await m.layersRoot.children({ signal });
        const shared = layers.find((l) => l.view().label === 'shared-utils');
        assert.ok(shared instanceof layerNodes_1.LayerNode);
        const versions = await shared.children({ signal });
        assert.deepStrictEqual(labels(versions), [
            'Version 8',
            'Version 7',
            'Version 6',
            'Version 5',
            'Version 4',
            'Version 3',
            'Version 1',
        ]);
    });
    it('marks a public layer version once it is expanded (one policy read), and only that one', async () => {
        const { m, changes } = model(lambda);
        const layers = await m.layersRoot.children({ signal });
        const py = layers.find((l) => l.view().label === 'py-common');
        const versions = (await py.children({ signal }));
        const v4 = versions.find((v) => v.version.version === 4);
        const v3 = versions.find((v) => v.version.version === 3);
        assert.ok(!v4.view().description.startsWith('public'), 'not known before it is expanded');
        await v4.children({ signal });
        await v3.children({ signal });
        for (let i = 0; i < 50 && v4.isPublic === undefined; i++)
            await new Promise((r) => setTimeout(r, 20));
        for (let i = 0; i < 50 && v3.isPublic === undefined; i++)
            await new Promise((r) => setTimeout(r, 20));
        assert.match(v4.view().description, /^public · /);
        assert.match(v4.view().tooltip, /\*\*Public\*\*/);
        assert.ok(changes.includes(`layers:${v4.id}`), 'the row is redrawn with its badge');
        assert.strictEqual(v3.isPublic, false);
        assert.ok(!v3.view().description.includes('public'));
    });
    it('answers "used by" for a layer version, functions and published versions alike', async () => {
        const { m } = model(lambda);
        const layers = await m.layersRoot.children({ signal });
        const shared = layers.find((l) => l.view().label === 'shared-utils');
        const versions = (await shared.children({ signal }));
        const v7 = versions.find((v) => v.version.version === 7);
        const [usedBy] = await v7.children();
        assert.ok(usedBy instanceof layerNodes_1.UsedByNode);
        assert.strictEqual(usedBy.view().description, 'expand to scan functions');
        const users = await usedBy.children({ signal });
        const described = users.map((u) => `${u.view().label} ${u.view().description.split(' · ')[0]}`);
        assert.ok(described.includes('auth-authorizer $LATEST'), described.join(', '));
        assert.ok(described.includes('orders-api version 2'), described.join(', '));
        assert.match(usedBy.view().description, /^\d+ functions?$/);
    });
    it('after a version is published, the layer row shows it as latest without listing layers again', async () => {
        const { m } = model(lambda);
        const layers = await m.layersRoot.children({ signal });
        const py = layers.find((l) => l.view().label === 'py-common');
        assert.match(py.view().description, /^v4 /);
        const published = await lambda.publishLayerVersion({
            layerName: 'py-common',
            content: { zipFile: (0, zipArchive_1.buildZip)({ 'python/helpers.py': 'x = 1\n' }) },
            compatibleRuntimes: ['python3.13'],
        });
        emulator.resetCalls();
        await m.applyChange({
            kind: 'layerVersion',
            name: 'py-common',
            version: published.version,
            arn: published.arn,
        });
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'ListLayers'), 0);
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'GetLayerVersion'), 1);
        const again = (await m.layersRoot.children({ signal })).find((l) => l.view().label === 'py-common');
        assert.match(again.view().description, /^v5 · python3\.13$/);
        const versions = await again.children({ signal });
        assert.strictEqual(versions[0].view().label, 'Version 5');
    });
    it('turns a failed load into an error node, and a retry recovers', async () => {
        const { m } = model(lambda);
        emulator.setFaults([{ operation: 'ListLayers', kind: 'error', times: 10 }]);
        try {
            const children = await m.layersRoot.children({ signal });
            assert.strictEqual(children.length, 1);
            assert.ok(children[0] instanceof pagedNode_1.ErrorNode);
            assert.match(children[0].view().label, /Failed to load/);
        }
        finally {
            emulator.setFaults([]);
        }
        await m.layersRoot.retry();
        const after = await m.layersRoot.children({ signal });
        assert.ok(after.some((n) => n.view().label === 'shared-utils'));
    });
});
//# sourceMappingURL=explorerNodes.test.js.map