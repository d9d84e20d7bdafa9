"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceFor = serviceFor;
exports.callsOf = callsOf;
exports.useSampleEmulator = useSampleEmulator;
// The real SdkLambdaService over a real LambdaClient, pointed at a running emulator.
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const emulator_1 = require("../../emulator/emulator");
function serviceFor(emulator, maxAttempts = 2) {
    return (0, sdkClientFactory_1.createLambdaService)({ region: 'us-east-1', endpoint: emulator.endpoint }, {
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
        maxAttempts,
        waiterMinDelaySeconds: 1,
        env: {},
    }).service;
}
function callsOf(emulator, operation) {
    return emulator.calls.filter((c) => c.operation === operation).length;
}
/**
 * A mocha fixture: one emulator with the `sample` seed for the whole suite, its LambdaService with one attempt
 * per call (a request counted is a call made), and no faults left over after each test.
 */
function useSampleEmulator() {
    const fx = {};
    before(async () => {
        fx.emulator = await (0, emulator_1.startEmulator)({ seed: 'sample' });
        fx.lambda = serviceFor(fx.emulator, 1);
    });
    after(() => fx.emulator.stop());
    afterEach(() => fx.emulator.setFaults([]));
    return fx;
}
//# sourceMappingURL=emulatorService.js.map