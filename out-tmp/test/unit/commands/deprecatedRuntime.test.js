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
// A function on a runtime past AWS's block-update date: the extension says so, with what is still possible,
// before any question or write, instead of failing at the end with AWS's InvalidParameterValueException.
const assert = __importStar(require("assert"));
const errors_1 = require("../../../src/aws/errors");
const mapError_1 = require("../../../src/aws/mapError");
const attachLayers_1 = require("../../../src/commands/attachLayers");
const publishFunctionVersion_1 = require("../../../src/commands/publishFunctionVersion");
const bulkUpgrade_1 = require("../../../src/layers/bulkUpgrade");
const commandHarness_1 = require("../support/commandHarness");
const emulatorService_1 = require("../support/emulatorService");
describe('deprecated runtimes in the extension', function () {
    this.timeout(20_000);
    const fx = (0, emulatorService_1.useSampleEmulator)();
    const STILL = /legacy-reports cannot be changed: Node\.js 16 is deprecated: AWS blocks creating and updating functions on it since 2026-03-09\. You can still invoke it, read it/;
    it('Attach Layers on such a function stops before any question or call, saying what is still possible', async () => {
        const h = (0, commandHarness_1.makeCommandHarness)(fx.emulator, fx.lambda, []);
        const fn = await fx.lambda.getFunctionConfiguration('legacy-reports');
        fx.emulator.resetCalls();
        await assert.rejects((0, attachLayers_1.attachLayers)(h.deps, fn), STILL);
        assert.deepStrictEqual(h.prompter.shown, [], 'no question asked');
        assert.deepStrictEqual(fx.emulator.calls, [], 'no call made');
    });
    it('Publish Version on such a function stops before asking for a description', async () => {
        const h = (0, commandHarness_1.makeCommandHarness)(fx.emulator, fx.lambda, []);
        await assert.rejects((0, publishFunctionVersion_1.publishFunctionVersion)(h.deps, 'legacy-reports'), STILL);
        assert.deepStrictEqual(h.prompter.shown, []);
        assert.strictEqual(fx.emulator.state.functions.get('legacy-reports').versions.length, 0);
    });
    it('the bulk upgrade skips it with the reason and without a call', async () => {
        const fn = await fx.lambda.getFunctionConfiguration('legacy-reports');
        const from = fn.layers[0].arn;
        fx.emulator.resetCalls();
        const report = await (0, bulkUpgrade_1.bulkUpgrade)(fx.lambda, [fn], { from, to: from.replace(/:\d+$/, ':8') });
        assert.strictEqual(report.outcomes[0].status, 'skipped');
        assert.match(report.outcomes[0].reason ?? '', /AWS blocks creating and updating functions on it/);
        assert.strictEqual(report.calls, 0);
        assert.deepStrictEqual(fx.emulator.calls, []);
    });
    it("AWS's refusal, when it comes anyway, is explained", () => {
        const e = Object.assign(new Error('The runtime parameter of nodejs16.x is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.'), { name: 'InvalidParameterValueException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
        const mapped = (0, mapError_1.toLambdaError)(e);
        assert.ok((0, errors_1.isLambdaError)(mapped, 'InvalidParameter'));
        assert.match(mapped.message, /You can still invoke and read it; change its runtime to a supported one/);
    });
});
//# sourceMappingURL=deprecatedRuntime.test.js.map