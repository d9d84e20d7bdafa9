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
// The resolvers: what a command was given (a tree node, a node of another build of the same classes, a panel's
// ResourceRef, a summary, an ARN or a name, or nothing) becomes the domain value it acts on.
const assert = __importStar(require("assert"));
const resolve_1 = require("../../../src/commands/steps/resolve");
const emulator_1 = require("../../emulator/emulator");
const commandHarness_1 = require("../support/commandHarness");
const emulatorService_1 = require("../support/emulatorService");
const ACCOUNT = '123456789012';
const FN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`;
const LV_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:shared-utils:8`;
const signal = new AbortController().signal;
describe('resolvers (node, ref, summary, ARN, or a picker)', function () {
    this.timeout(30_000);
    let emu;
    let lambda;
    before(async () => {
        emu = await (0, emulator_1.startEmulator)({ seed: 'sample' });
        lambda = (0, emulatorService_1.serviceFor)(emu);
    });
    after(async () => emu.stop());
    async function tree(answers = []) {
        const h = (0, commandHarness_1.makeCommandHarness)(emu, lambda, answers);
        const root = h.deps.explorer.functionsRoot;
        const fnNode = (await root.children({ signal })).find((n) => n.id === FN_ARN);
        const [layersNode, versionsNode] = await fnNode.children({ signal });
        const attached = await layersNode.children({ signal });
        const versions = await versionsNode.children({ signal });
        const frozen = await versions[0].children({ signal });
        return { h, fnNode, layersNode: layersNode, attached, frozen };
    }
    it('a function: from its node or any node under it, a node of another build, a ref, an ARN, a name', async () => {
        const { h, fnNode, layersNode } = await tree();
        assert.strictEqual((await (0, resolve_1.resolveFunction)(h.deps, fnNode, 't')).name, 'orders-api');
        assert.strictEqual((await (0, resolve_1.resolveFunction)(h.deps, layersNode, 't')).name, 'orders-api');
        // The same shape from another bundle: dispatch is on `kind`, not on the class.
        const foreign = {
            id: fnNode.id,
            kind: 'function',
            view: () => fnNode.view(),
            fn: { ...fnNode.fn },
        };
        assert.strictEqual((await (0, resolve_1.resolveFunction)(h.deps, foreign, 't')).name, 'orders-api');
        const reads = (0, emulatorService_1.callsOf)(emu, 'GetFunctionConfiguration');
        const byRef = await (0, resolve_1.resolveFunction)(h.deps, { kind: 'function', arn: FN_ARN, name: 'orders-api' }, 't');
        assert.ok(byRef.revisionId, 'a ref is read fresh, with its RevisionId');
        assert.strictEqual((await (0, resolve_1.resolveFunction)(h.deps, FN_ARN, 't')).name, 'orders-api');
        assert.strictEqual((await (0, resolve_1.resolveFunction)(h.deps, 'orders-api', 't')).name, 'orders-api');
        assert.strictEqual((0, emulatorService_1.callsOf)(emu, 'GetFunctionConfiguration') - reads, 3);
        assert.deepStrictEqual(h.prompter.asked, [], 'no picker when the function was given');
        await assert.rejects((0, resolve_1.resolveFunction)(h.deps, LV_ARN, 't'), /Pick a function \(\$LATEST\), not a layerVersion: shared-utils/);
    });
    it('a function from the palette: a picker over the loaded functions', async () => {
        const { h } = await tree(['orders-api']);
        const fn = await (0, resolve_1.resolveFunction)(h.deps, undefined, 'Attach Layers');
        assert.strictEqual(fn.name, 'orders-api');
        assert.deepStrictEqual(h.prompter.asked, ['Attach Layers']);
    });
    it("an attached layer: from its node; a published version's frozen layers are refused", async () => {
        const { h, attached, frozen } = await tree();
        const t = await (0, resolve_1.resolveAttachedLayer)(h.deps, attached[0], 't');
        assert.strictEqual(t.fn.name, 'orders-api');
        assert.strictEqual(t.arn, LV_ARN);
        await assert.rejects((0, resolve_1.resolveAttachedLayer)(h.deps, frozen[0], 't'), /A published version cannot change/);
    });
    it('a layer version: from a node under it, a ref or an ARN (read by ARN), or picked layer then version', async () => {
        const { h, attached } = await tree();
        assert.deepStrictEqual(await (0, resolve_1.resolveLayerVersionTarget)(h.deps, LV_ARN, 't'), {
            layerName: 'shared-utils',
            version: 8,
            arn: LV_ARN,
        });
        assert.strictEqual((await (0, resolve_1.resolveLayerVersionTarget)(h.deps, attached[0], 't')).version, 8);
        const byArn = (0, emulatorService_1.callsOf)(emu, 'GetLayerVersionByArn');
        const full = await (0, resolve_1.resolveLayerVersion)(h.deps, { kind: 'layerVersion', arn: LV_ARN, name: 'shared-utils' }, 't');
        assert.ok(full.compatibleRuntimes.length > 0, 'with its compatibility');
        assert.strictEqual((0, emulatorService_1.callsOf)(emu, 'GetLayerVersionByArn') - byArn, 1);
        const picked = (0, commandHarness_1.makeCommandHarness)(emu, lambda, ['shared-utils', 'Version 7']);
        const v = await (0, resolve_1.resolveLayerVersionTarget)(picked.deps, undefined, 'Grant');
        assert.strictEqual(v.version, 7);
        assert.deepStrictEqual(picked.prompter.asked, ['Grant', 'Grant: shared-utils']);
    });
    it('a resource: the nearest ancestor with one, a ref, an ARN', async () => {
        const { h, layersNode } = await tree();
        assert.strictEqual((await (0, resolve_1.resolveResource)(h.deps, layersNode, 't')).arn, FN_ARN);
        const ref = await (0, resolve_1.resolveResource)(h.deps, `${FN_ARN}:2`, 't');
        assert.deepStrictEqual(ref, {
            kind: 'functionVersion',
            arn: `${FN_ARN}:2`,
            name: 'orders-api',
            version: '2',
        });
        const message = {
            id: 'x',
            kind: 'message',
            view: () => ({ label: 'x', contextValue: 'message', collapsible: 'none' }),
        };
        const asked = (0, commandHarness_1.makeCommandHarness)(emu, lambda, [undefined]);
        await assert.rejects((0, resolve_1.resolveResource)(asked.deps, message, 'Copy ARN'));
        assert.deepStrictEqual(asked.prompter.asked, ['Copy ARN'], 'a node without a resource asks');
    });
});
//# sourceMappingURL=resolve.test.js.map