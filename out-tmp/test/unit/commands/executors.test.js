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
// The executors on their own: each takes a plan (a plain value) and carries it out with progress, asking nothing
// (the scripted prompter has no answers, so any question fails the test), except the "unchanged?" question.
const assert = __importStar(require("assert"));
const createFunction_1 = require("../../../src/commands/createFunction");
const deployFunction_1 = require("../../../src/commands/deployFunction");
const publishLayer_1 = require("../../../src/commands/publishLayer");
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const zipArchive_1 = require("../../emulator/zipArchive");
const publishSupport_1 = require("./publishSupport");
describe('executors carry out a plan without asking', function () {
    this.timeout(60_000);
    const fx = (0, publishSupport_1.usePublishFixture)('executor-test-', 50);
    it('publishLayer: a new version with the plan’s layout, runtimes, architectures, description and license', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, []);
        const out = await (0, publishLayer_1.publishLayer)(h.deps, fx.lambda, {
            folder,
            layerName: 'shared-utils',
            prefix: 'nodejs/',
            compatibleRuntimes: ['nodejs22.x'],
            compatibleArchitectures: ['arm64'],
            description: 'from a plan',
            licenseInfo: 'MIT',
        }, await (0, folderScan_1.scanFolder)(folder));
        assert.strictEqual(out.version?.version, 9);
        assert.strictEqual(out.previous, 8);
        const v = fx.emu.state.layerVersion('shared-utils', 9);
        assert.deepStrictEqual([v.compatibleRuntimes, v.compatibleArchitectures], [['nodejs22.x'], ['arm64']]);
        assert.deepStrictEqual([v.description, v.licenseInfo], ['from a plan', 'MIT']);
        assert.ok((0, zipArchive_1.readZipSummary)(fx.emu.state.blobs.get(v.codeId).data).names.includes('nodejs/index.js'));
        assert.deepStrictEqual(h.prompter.asked, [], 'nothing asked');
    });
    it('createFunction: the function as planned, Active before it returns', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/orders-api', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, []);
        const out = await (0, createFunction_1.createFunction)(h.deps, fx.lambda, {
            folder,
            name: 'planned-fn',
            runtime: 'nodejs22.x',
            handler: 'index.handler',
            role: 'arn:aws:iam::123456789012:role/lambda-basic',
            architecture: 'x86_64',
            memorySize: 256,
            timeout: 10,
            layers: [],
        }, await (0, folderScan_1.scanFolder)(folder));
        assert.strictEqual(out.configuration.state, 'Active');
        const fn = fx.emu.state.functions.get('planned-fn').latest;
        assert.deepStrictEqual([fn.memorySize, fn.timeout, fn.handler], [256, 10, 'index.handler']);
        assert.deepStrictEqual(h.prompter.asked, []);
    });
    it('deployFolder: guarded by the RevisionId of the function the plan saw, then a published version', async () => {
        const folder = (0, publishSupport_1.copyFixture)('functions/orders-api', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, []);
        const before = await fx.lambda.getFunctionConfiguration('orders-api');
        const versions = fx.emu.state.functions.get('orders-api').versions.length;
        const out = await (0, deployFunction_1.deployFolder)(h.deps, fx.lambda, { folder, before, publish: true }, await (0, folderScan_1.scanFolder)(folder));
        assert.strictEqual(out.status, 'deployed');
        assert.strictEqual(fx.emu.state.functions.get('orders-api').versions.length, versions + 1);
        assert.deepStrictEqual(h.prompter.asked, []);
    });
});
//# sourceMappingURL=executors.test.js.map