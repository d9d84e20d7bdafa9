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
// The panels' share of showing AWS data right: tab titles (one λ, the tab's icon), deleted and frozen layers in
// the function panel, and no AWS Console link for a custom endpoint.
const assert = __importStar(require("assert"));
const resourceActions_1 = require("../../../src/commands/resourceActions");
const panelLoader_1 = require("../../../src/webviews/panelLoader");
const panelControllers_1 = require("../../../src/webviews/panelControllers");
const emulator_1 = require("../../emulator/emulator");
const commandHarness_1 = require("../support/commandHarness");
const emulatorService_1 = require("../support/emulatorService");
const ACCOUNT = '123456789012';
describe('panels: titles, layer states and the console link', function () {
    this.timeout(20_000);
    let emu;
    before(async () => {
        emu = await (0, emulator_1.startEmulator)({ seed: 'hostile' });
    });
    after(() => emu.stop());
    function open(kind, name, version) {
        const h = (0, commandHarness_1.makeCommandHarness)(emu, (0, emulatorService_1.serviceFor)(emu), []);
        const sent = [];
        const port = { post: (m) => void sent.push(m), visible: true };
        const host = { deps: h.deps, openFunction: () => undefined, openLayerVersion: () => undefined };
        const arn = kind === 'function'
            ? `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`
            : `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:${name}:${version}`;
        const ref = { kind, arn, name, ...(version ? { version } : {}) };
        const c = kind === 'function'
            ? new panelControllers_1.FunctionPanelController(host, ref, port)
            : new panelControllers_1.LayerVersionPanelController(host, ref, port);
        const data = async () => {
            await c.handle({ type: 'ready' });
            const d = [...sent].reverse().find((m) => m.type === 'data');
            assert.ok(d && d.type === 'data');
            return d.data;
        };
        return { c, h, data };
    }
    it('titles a function panel by its name alone (the tab icon is the λ) and a layer version panel as one', () => {
        assert.strictEqual((0, panelLoader_1.panelTitle)('function', 'orders-api'), 'orders-api');
        assert.strictEqual((0, panelLoader_1.panelTitle)('function', 'orders-api:2'), 'orders-api:2');
        assert.strictEqual((0, panelLoader_1.panelTitle)('layerVersion', 'shared-utils:7'), 'Layer shared-utils:7');
        assert.strictEqual((0, panelLoader_1.panelTitle)('function', 'invoice\u202Egnp.exe'), 'invoice<U+202E>gnp.exe');
        const { c } = open('function', 'orders-api');
        assert.strictEqual((0, panelLoader_1.panelTitle)('function', c.title), 'orders-api');
    });
    it('marks a deleted layer version in the function panel', async () => {
        const d = await open('function', 'legacy-reports').data();
        assert.deepStrictEqual(d.layers.map((l) => [l.label, l.deleted]), [['shared-utils:2', true]]);
        const live = await open('function', 'thumbnailer').data();
        assert.ok(live.layers.every((l) => !l.deleted));
    });
    it('tells the view about a custom endpoint (no AWS Console button) and does not open the real console', async () => {
        const f = open('function', 'orders-api');
        assert.strictEqual((await f.data()).customEndpoint, emu.endpoint);
        const l = open('layerVersion', 'spoof-layer', '1');
        assert.strictEqual((await l.data()).customEndpoint, emu.endpoint);
        await f.c.handle({ type: 'openConsole' });
        assert.deepStrictEqual(f.h.opened, [], 'the AWS Console would show another resource of that name');
        assert.match(f.h.notifier.shown.at(-1)?.message ?? '', /no AWS Console for a custom endpoint/);
    });
    it('opens the console for AWS itself', async () => {
        const h = (0, commandHarness_1.makeCommandHarness)(emu, (0, emulatorService_1.serviceFor)(emu), []);
        h.deps.connection.current = () => ({ region: 'eu-west-1' });
        h.deps.connection.region = () => 'eu-west-1';
        const url = await (0, resourceActions_1.consoleUrlFor)(h.deps, {
            kind: 'function',
            arn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-api`,
            name: 'orders-api',
        });
        assert.ok(url?.startsWith('https://eu-west-1.console.aws.amazon.com/'), url);
        assert.deepStrictEqual(h.opened, [url]);
    });
});
//# sourceMappingURL=displayPanels.test.js.map