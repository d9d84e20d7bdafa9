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
const errors_1 = require("../../../src/aws/errors");
const runCommand_1 = require("../../../src/commands/runCommand");
const prompter_1 = require("../../../src/ui/prompter");
const recorders_1 = require("../support/recorders");
describe('runCommand (the error boundary)', () => {
    it('returns the handler result', async () => {
        const log = new recorders_1.RecordingLogger();
        const notifier = new recorders_1.RecordingNotifier();
        assert.strictEqual(await (0, runCommand_1.runCommand)('x.y.z', 'Do it', { log, notifier }, () => 42), 42);
        assert.deepStrictEqual(notifier.shown, []);
    });
    it('is silent on a cancel from a prompt or an abort', async () => {
        const log = new recorders_1.RecordingLogger();
        const notifier = new recorders_1.RecordingNotifier();
        await (0, runCommand_1.runCommand)('x.y.z', 'Do it', { log, notifier }, () => {
            throw new prompter_1.Cancelled();
        });
        await (0, runCommand_1.runCommand)('x.y.z', 'Do it', { log, notifier }, () => {
            throw new errors_1.LambdaError('Cancelled', 'Cancelled.');
        });
        assert.deepStrictEqual(notifier.shown, []);
        assert.strictEqual(log.errors.length, 0);
    });
    it('logs a failure and shows it once, without waiting for the toast to close', async () => {
        const log = new recorders_1.RecordingLogger();
        const notifier = new recorders_1.RecordingNotifier({ neverResolve: true });
        const result = await (0, runCommand_1.runCommand)('lambdaExplorer.layer.publish', 'Publish layer', { log, notifier }, () => {
            throw new errors_1.LambdaError('PreconditionFailed', 'The function changed since it was read. Refresh and try again.');
        });
        assert.strictEqual(result, undefined);
        assert.deepStrictEqual(notifier.shown, [
            {
                level: 'error',
                message: 'Publish layer failed: The function changed since it was read. Refresh and try again.',
                actions: ['Show Log'],
            },
        ]);
        assert.strictEqual(log.errors.length, 1);
        assert.match(log.errors[0], /lambdaExplorer\.layer\.publish failed/);
    });
});
//# sourceMappingURL=runCommand.test.js.map