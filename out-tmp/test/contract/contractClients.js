"use strict";
// Shared set-up for contract tests: the real SDK clients pointed at a fresh emulator over loopback.
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROLE = exports.CREDENTIALS = void 0;
exports.startHarness = startHarness;
exports.rejection = rejection;
const client_lambda_1 = require("@aws-sdk/client-lambda");
const client_s3_1 = require("@aws-sdk/client-s3");
const emulator_1 = require("../emulator/emulator");
exports.CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };
exports.ROLE = 'arn:aws:iam::123456789012:role/lambda-exec';
async function startHarness(options = {}) {
    const clock = { now: Date.now() };
    const emulator = await (0, emulator_1.startEmulator)({ now: () => clock.now, ...options });
    const common = {
        endpoint: emulator.endpoint,
        region: 'us-east-1',
        credentials: exports.CREDENTIALS,
        maxAttempts: options.maxAttempts ?? 3,
    };
    const lambda = new client_lambda_1.LambdaClient(common);
    const s3 = new client_s3_1.S3Client({ ...common, forcePathStyle: true });
    return {
        emulator,
        lambda,
        s3,
        clock,
        stop: async () => {
            lambda.destroy();
            s3.destroy();
            await emulator.stop();
        },
    };
}
/** Awaits `p` and returns the error it rejects with; fails if it resolves. */
async function rejection(p) {
    try {
        await p;
    }
    catch (e) {
        return e;
    }
    throw new Error('Expected the call to fail, but it succeeded');
}
//# sourceMappingURL=contractClients.js.map