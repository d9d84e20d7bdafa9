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
// The call log: one debug line per AWS call (operation, status, duration, attempts, request id) and nothing
// a call carries (no body, no URL, no environment value); "Connected" only once a call came back.
const assert = __importStar(require("assert"));
const sdkCallLog_1 = require("../../../src/aws/sdkCallLog");
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const connectionManager_1 = require("../../../src/connection/connectionManager");
const logger_1 = require("../../../src/ui/logger");
const emulator_1 = require("../../emulator/emulator");
function recordingLog() {
    const lines = [];
    return {
        lines,
        log: {
            debug: (m) => lines.push(`debug ${m}`),
            trace: (m) => lines.push(`trace ${m}`),
            info: (m) => lines.push(`info ${m}`),
            warn: (m) => lines.push(`warn ${m}`),
            error: (m) => lines.push(`error ${m}`),
        },
    };
}
const factory = () => (0, sdkClientFactory_1.sdkClientFactory)({
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    maxAttempts: 1,
    connectionTimeoutMs: 1_000,
    env: {},
});
describe('AWS call log', function () {
    this.timeout(30_000);
    let emulator;
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ seed: 'hostile' });
    });
    after(() => emulator.stop());
    it('logs each call at debug level with operation, status, duration, attempts and request id', async () => {
        const { log, lines } = recordingLog();
        const manager = new connectionManager_1.ConnectionManager(() => ({ region: 'us-east-1', endpoint: emulator.endpoint }), factory(), log);
        try {
            manager.rebuild();
            const service = manager.active.service;
            await service.getFunctionConfiguration('long-strings');
            await assert.rejects(service.getFunctionConfiguration('no-such-function'));
            const calls = lines.filter((l) => l.startsWith('debug AWS '));
            assert.strictEqual(calls.length, 2, lines.join('\n'));
            assert.match(calls[0], /^debug AWS Lambda\.GetFunctionConfiguration → 200 in \d+ ms \(1 attempt, request [0-9a-f-]+\)$/);
            assert.match(calls[1], /^debug AWS Lambda\.GetFunctionConfiguration → failed 404 ResourceNotFoundException in \d+ ms \(1 attempt, request [0-9a-f-]+\)$/);
            const all = lines.join('\n');
            assert.ok(!all.includes('x'.repeat(100)), 'no environment value (a response body) in the log');
            assert.ok(!calls.join('\n').includes('http'), 'no URL in the call lines');
        }
        finally {
            manager.dispose();
        }
    });
    it('says "Connected" after the first call that came back, and never for an endpoint that does not answer', async () => {
        const dead = await (0, emulator_1.startEmulator)({ seed: 'empty' });
        const deadEndpoint = dead.endpoint;
        await dead.stop(); // a closed port
        const { log, lines } = recordingLog();
        let endpoint = deadEndpoint;
        const manager = new connectionManager_1.ConnectionManager(() => ({ region: 'us-east-1', endpoint }), factory(), log);
        try {
            manager.rebuild();
            assert.ok(!lines.some((l) => l.startsWith('info Connected')), 'nothing answered yet');
            for (let i = 0; i < 2; i++)
                await assert.rejects(async () => {
                    for await (const _ of manager.active.service.listFunctions({}))
                        break;
                });
            assert.ok(!lines.some((l) => l.startsWith('info Connected')), lines.join('\n'));
            assert.strictEqual(lines.filter((l) => l.startsWith('warn Not connected yet')).length, 1, lines.join('\n'));
            endpoint = emulator.endpoint;
            manager.rebuild();
            assert.ok(!lines.some((l) => l.startsWith('info Connected')));
            for await (const _ of manager.active.service.listFunctions({}))
                break;
            for await (const _ of manager.active.service.listLayers({}))
                break;
            assert.deepStrictEqual(lines.filter((l) => l.startsWith('info Connected')), [`info Connected: profile default, region us-east-1, endpoint ${emulator.endpoint}`]);
        }
        finally {
            manager.dispose();
        }
    });
    it('writes a line with only identifier-like names, whatever the SDK context holds', () => {
        assert.strictEqual((0, sdkCallLog_1.callLogLine)({
            operation: 'Lambda.ListFunctions',
            ok: true,
            ms: 41.6,
            status: 200,
            attempts: 2,
            requestId: 'abc-1',
        }), 'AWS Lambda.ListFunctions → 200 in 42 ms (2 attempts, request abc-1)');
        assert.strictEqual((0, sdkCallLog_1.callLogLine)({ operation: 'S3.PutObject', ok: false, ms: 5, error: 'TimeoutError' }), 'AWS S3.PutObject → failed TimeoutError in 5 ms');
    });
    it('shows a right-to-left override in a log line instead of reordering it', () => {
        assert.strictEqual((0, logger_1.logLine)('Failed to load invoice\u202Egnp.exe'), 'Failed to load invoice<U+202E>gnp.exe');
    });
});
//# sourceMappingURL=sdkCallLog.test.js.map