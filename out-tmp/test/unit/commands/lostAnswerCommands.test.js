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
// "Publish Folder as Lambda Layer…" when AWS's answer is lost: one version, and the user is told which one
// (not "try again"); "Deploy" when it is lost: no conflict with our own update. With the production retry settings.
const assert = __importStar(require("assert"));
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const deployFunction_1 = require("../../../src/commands/deployFunction");
const publishLayer_1 = require("../../../src/commands/publishLayer");
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const emulatorService_1 = require("../support/emulatorService");
const publishSupport_1 = require("./publishSupport");
describe('publish a layer whose answer is lost (scripted prompts, emulator)', function () {
    this.timeout(60_000);
    const fx = (0, publishSupport_1.usePublishFixture)('lost-answer-test-');
    it('publishes one version and says which; the log says the answer was lost', async () => {
        const lambda = (0, emulatorService_1.serviceFor)(fx.emu, sdkClientFactory_1.DEFAULT_MAX_ATTEMPTS);
        fx.emu.setFaults([{ operation: 'PublishLayerVersion', kind: 'lost' }]);
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, lambda, [...publishSupport_1.TEAM_UTILS_ANSWERS]);
        const out = await (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder);
        assert.strictEqual(out.status, 'published');
        assert.strictEqual(out.version?.version, 1);
        assert.deepStrictEqual([...fx.emu.state.layers.get('team-utils').versions.keys()], [1]);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 1);
        assert.ok(h.log.lines.some((l) => /^warn PublishLayerVersion of team-utils: AWS did not answer in time, but the call went through: published as version 1 \(not sent again\)\.$/.test(l)), h.log.lines.join('\n'));
        assert.ok(h.notifier.shown.some((m) => /team-utils/.test(m.message) && /\b1\b/.test(m.message)), h.notifier.shown.map((m) => m.message).join('\n'));
    });
    it('deploys once when the answer to UpdateFunctionCode is lost: the 412 of its retry is not a conflict', async () => {
        const lambda = (0, emulatorService_1.serviceFor)(fx.emu, sdkClientFactory_1.DEFAULT_MAX_ATTEMPTS);
        const folder = (0, publishSupport_1.copyFixture)('functions/orders-api', fx.work);
        // No answers scripted: a "the function changed since it was read" question fails the test.
        const h = (0, publishSupport_1.makeHarness)(fx.emu, lambda, []);
        const before = await lambda.getFunctionConfiguration('orders-api');
        fx.emu.setFaults([{ operation: 'UpdateFunctionCode', kind: 'lost', times: 1 }]);
        const out = await (0, deployFunction_1.deployFolder)(h.deps, lambda, { folder, before, publish: false }, await (0, folderScan_1.scanFolder)(folder));
        assert.strictEqual(out.status, 'deployed');
        assert.deepStrictEqual(h.prompter.asked, []);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'UpdateFunctionCode'), 2, 'the SDK retried once and AWS answered 412');
        const now = await lambda.getFunctionConfiguration('orders-api');
        assert.notStrictEqual(now.codeSha256, before.codeSha256);
        assert.ok(h.log.lines.some((l) => l.startsWith(`warn UpdateFunctionCode of orders-api: AWS did not answer in time, but the update went through (the function runs this code, CodeSha256 ${now.codeSha256}).`)), h.log.lines.join('\n'));
    });
});
//# sourceMappingURL=lostAnswerCommands.test.js.map