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
// What the tree shows of hostile and long AWS data, and the states it must get right: a right-to-left override
// shown as <U+202E>, hovers that cannot become HTML or links and stay short, deleted and frozen layers, plurals.
const assert = __importStar(require("assert"));
const marked_1 = require("marked");
const layerCatalog_1 = require("../../../../src/aws/layerCatalog");
const usedByIndex_1 = require("../../../../src/aws/usedByIndex");
const explorerModel_1 = require("../../../../src/tree/explorerModel");
const functionNodes_1 = require("../../../../src/tree/nodes/functionNodes");
const layerNodes_1 = require("../../../../src/tree/nodes/layerNodes");
const treeNode_1 = require("../../../../src/tree/treeNode");
const format_1 = require("../../../../src/ui/format");
const emulator_1 = require("../../../emulator/emulator");
const emulatorService_1 = require("../../support/emulatorService");
const signal = new AbortController().signal;
function html(markdown) {
    return marked_1.marked.parse(markdown, { gfm: true, async: false });
}
/** The elements a hover renders; only text-level ones are allowed. */
function elements(markdown) {
    return [...html(markdown).matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase());
}
describe('The tree with hostile and long AWS data', function () {
    this.timeout(30_000);
    let emulator;
    let lambda;
    const logged = [];
    const log = {
        trace: (m) => logged.push(`trace ${m}`),
        info: (m) => logged.push(`info ${m}`),
        warn: (m) => logged.push(`warn ${m}`),
        error: (m, e) => logged.push(`error ${m} ${e instanceof Error ? e.message : ''}`),
    };
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ seed: 'hostile' });
        lambda = (0, emulatorService_1.serviceFor)(emulator, 1);
    });
    after(() => emulator.stop());
    function model() {
        const m = new explorerModel_1.ExplorerModel(() => undefined, (e) => (e instanceof Error ? e.message : String(e)), { pageSize: () => 50, now: () => new Date('2026-11-30T00:00:00Z'), log });
        m.setConnection({ lambda, usedBy: new usedByIndex_1.UsedByIndex(lambda), catalog: new layerCatalog_1.LayerCatalog(lambda) });
        return m;
    }
    async function fn(m, name) {
        const all = await m.functionsRoot.children({ signal });
        const found = all.find((n) => n instanceof functionNodes_1.FunctionNode && (typeof name === 'string' ? n.fn.name === name : name.test(n.fn.name)));
        assert.ok(found, `function ${String(name)}`);
        return found;
    }
    async function layersOf(node) {
        const kids = await node.children({ signal });
        const layers = kids.find((k) => k instanceof functionNodes_1.FunctionLayersNode);
        return (await (layers ?? node).children({ signal }));
    }
    it('shows a right-to-left override in a function name and description as <U+202E>, never the raw character', async () => {
        const node = await fn(model(), /^invoice\u202E/);
        const v = (0, treeNode_1.displayView)(node.view());
        assert.strictEqual(v.label, 'invoice<U+202E>gnp.exe');
        assert.ok(!JSON.stringify(v).includes('\u202E'), 'nothing the provider renders holds U+202E');
        assert.ok(html(v.tooltip).includes('invoice&lt;U+202E&gt;gnp.exe'));
        assert.ok(html(v.tooltip).includes('Invoices &lt;U+202E&gt;fdp.exe'));
    });
    it('renders hovers with HTML, backticks and command links in descriptions as text: no element but text ones', async () => {
        const m = model();
        const node = await fn(m, 'spoof-desc');
        const tips = [(0, treeNode_1.displayView)(node.view()).tooltip];
        for (const l of await layersOf(node))
            tips.push((0, treeNode_1.displayView)(l.view()).tooltip);
        const layer = (await m.layersRoot.children({ signal })).find((n) => n instanceof layerNodes_1.LayerNode && n.layer.name === 'spoof-layer');
        tips.push((0, treeNode_1.displayView)(layer.view()).tooltip);
        for (const v of await layer.children({ signal }))
            if (v instanceof layerNodes_1.LayerVersionNode)
                tips.push((0, treeNode_1.displayView)(v.view()).tooltip);
        for (const tip of tips) {
            for (const el of elements(tip))
                assert.ok(['p', 'strong', 'code', 'ul', 'li'].includes(el), `<${el}> in ${html(tip)}`);
            assert.ok(!/<a\b|<img\b|href=/i.test(html(tip)), html(tip));
        }
        assert.ok(tips.some((t) => html(t).includes('&lt;img src=x onerror=alert(1)&gt;')), 'the payload shows as text');
    });
    it('cuts a 256-character description in the hover and the tree description', async () => {
        const m = model();
        const node = await fn(m, 'long-strings');
        const v = (0, treeNode_1.displayView)(node.view());
        assert.ok(v.tooltip.includes('…'), 'the hover marks the cut');
        assert.ok(!v.tooltip.includes('word30'), 'the hover does not hold the whole description');
        const versions = (await node.children())[1];
        assert.ok(versions instanceof functionNodes_1.FunctionVersionsNode);
        // A function version's description (free text) is cut in the tree row.
        const long = new functionNodes_1.FunctionVersionNode(node.services, { ...node.fn, version: '1', description: 'd'.repeat(256) }, versions);
        const d = (0, treeNode_1.displayView)(long.view()).description;
        assert.ok(Array.from(d).length <= 80 && d.endsWith('…'), d);
    });
    it('marks a deleted attached layer version "deleted", and a published version\'s layers informational only', async () => {
        const m = model();
        const [deleted] = await layersOf(await fn(m, 'legacy-reports'));
        const dv = (0, treeNode_1.displayView)(deleted.view());
        assert.match(dv.description, /deleted/);
        assert.strictEqual(dv.warning?.badge, '✕');
        const orders = await fn(m, 'orders-api');
        const versions = (await orders.children())[1];
        const v1 = (await versions.children({ signal })).find((n) => n instanceof functionNodes_1.FunctionVersionNode && n.fn.version === '1');
        const [frozen] = (await v1.children({ signal }));
        const fv = frozen.view();
        assert.strictEqual(fv.contextValue, 'frozenLayer', 'no upgrade action on a frozen layer');
        assert.doesNotMatch(fv.description, /outdated/);
        assert.match(fv.description, /version 8 exists/);
        assert.strictEqual(fv.warning, undefined, 'no "↑" badge');
        const [outdated] = await layersOf(await fn(m, 'thumbnailer'));
        const ov = outdated.view();
        assert.ok((await layersOf(await fn(m, 'thumbnailer'))).some((l) => /outdated/.test(l.view().description)));
        assert.ok(ov.contextValue.startsWith('attachedLayer'));
    });
    it('says "1 function" under Used by, not "1 functions"', async () => {
        const m = model();
        const layer = (await m.layersRoot.children({ signal })).find((n) => n instanceof layerNodes_1.LayerNode && n.layer.name === 'spoof-layer');
        const [v2] = (await layer.children({ signal }));
        const [usedBy] = await v2.children();
        assert.ok(usedBy instanceof layerNodes_1.UsedByNode);
        await usedBy.children({ signal });
        assert.strictEqual(usedBy.view().description, '1 function');
    });
    it('shows the same size in the tree and the panel (one formatter)', async () => {
        const node = new functionNodes_1.AttachedLayerNode(model().functionsRoot
            .services, { arn: 'arn:aws:lambda:us-east-1:123456789012:layer:big:1', codeSize: 41_523_364 }, 0, { id: 'x', kind: 'functionLayers', view: () => ({ label: '', contextValue: '', collapsible: 'none' }) });
        const treeSize = node.view().description.split(' · ')[1];
        assert.strictEqual(treeSize, '39.6 MB');
        assert.ok((0, format_1.formatBytesExact)(41_523_364).startsWith(`${treeSize} (`), (0, format_1.formatBytesExact)(41_523_364));
    });
    it('logs a failed load with what failed, so the error node\'s "details are in the log" holds', async () => {
        const m = model();
        logged.length = 0;
        emulator.setFaults([{ operation: 'ListFunctions', kind: 'error' }]);
        try {
            const kids = await m.functionsRoot.children({ signal });
            assert.ok(kids.some((k) => k.kind === 'error'));
        }
        finally {
            emulator.setFaults([]);
        }
        assert.ok(logged.some((l) => l.startsWith('error Failed to load functions')), logged.join('\n'));
    });
});
//# sourceMappingURL=displayNodes.test.js.map