"use strict";
// Contract: throttling, injected faults, the rate limit, authentication, the error wire shape, the admin API, the CLI.
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
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_path_1 = require("node:path");
const client_lambda_1 = require("@aws-sdk/client-lambda");
const contractClients_1 = require("./contractClients");
const FAKE_AUTH = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240501/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=abcdef0123';
describe('contract: faults, limits and wire details', function () {
    this.timeout(20000);
    let h;
    afterEach(async () => {
        await h.stop();
    });
    it('the SDK retries two throttles and succeeds', async () => {
        h = await (0, contractClients_1.startHarness)({
            seed: 'sample',
            faults: [{ operation: 'ListFunctions', kind: 'throttle', times: 2, retryAfterSeconds: 0 }],
        });
        const out = await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
        assert.equal(out.Functions?.length, 13);
        assert.equal(out.$metadata.attempts, 3);
        assert.deepEqual(h.emulator.calls.map((c) => c.status), [429, 429, 200]);
    });
    it('surfaces TooManyRequestsException with retryAfterSeconds and Reason once retries run out', async () => {
        h = await (0, contractClients_1.startHarness)({
            seed: 'sample',
            maxAttempts: 2,
            faults: [{ operation: 'ListLayers', kind: 'throttle', retryAfterSeconds: 0 }],
        });
        const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.ListLayersCommand({})));
        assert.ok(e instanceof client_lambda_1.TooManyRequestsException);
        assert.equal(e.retryAfterSeconds, '0');
        assert.equal(e.Reason, 'CallerRateLimitExceeded');
        assert.equal(e.$metadata.attempts, 2);
        // other operations are not affected by the rule
        await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
    });
    it('injects a 500 ServiceException on every 2nd call', async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'sample', maxAttempts: 1, faults: [{ kind: 'error', every: 2 }] });
        await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
        const e = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.ListFunctionsCommand({})));
        assert.equal(e.name, 'ServiceException');
        assert.equal(e.$metadata?.httpStatusCode, 500);
        await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
    });
    it('drops a connection once; the SDK retries it', async () => {
        h = await (0, contractClients_1.startHarness)({
            seed: 'sample',
            faults: [{ operation: 'GetFunctionConfiguration', kind: 'drop', times: 1 }],
        });
        const out = await h.lambda.send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'orders-api' }));
        assert.equal(out.FunctionName, 'orders-api');
        assert.equal(out.$metadata.attempts, 2);
    });
    it('adds latency per rule and globally', async () => {
        h = await (0, contractClients_1.startHarness)({
            seed: 'sample',
            latencyMs: 50,
            faults: [{ operation: 'ListFunctions', kind: 'latency', latencyMs: 200 }],
        });
        let t = Date.now();
        await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
        assert.ok(Date.now() - t >= 240, `took ${Date.now() - t} ms`);
        t = Date.now();
        await h.lambda.send(new client_lambda_1.ListLayersCommand({}));
        const took = Date.now() - t;
        assert.ok(took >= 45 && took < 200, `took ${took} ms`);
    });
    it('throttles control-plane calls beyond the rate limit, and stops when it is lifted', async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'sample', maxAttempts: 1, rateLimitPerSecond: 5 });
        const results = await Promise.allSettled(Array.from({ length: 10 }, () => h.lambda.send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'orders-api' }))));
        const rejected = results.filter((r) => r.status === 'rejected');
        assert.equal(results.length - rejected.length, 5);
        assert.ok(rejected.every((r) => r.reason.name === 'TooManyRequestsException'));
        h.emulator.setRateLimit(undefined);
        await Promise.all(Array.from({ length: 10 }, () => h.lambda.send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: 'orders-api' }))));
    });
    it('answers unsigned and malformed-signature requests with 403 as AWS does', async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'sample' });
        const unsigned = await fetch(`${h.emulator.endpoint}/2015-03-31/functions`);
        assert.equal(unsigned.status, 403);
        assert.equal(unsigned.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
        const malformed = await fetch(`${h.emulator.endpoint}/2015-03-31/functions`, {
            headers: { authorization: 'Bearer x' },
        });
        assert.equal(malformed.status, 403);
        assert.equal(malformed.headers.get('x-amzn-errortype'), 'IncompleteSignatureException');
    });
    it('sends errors as status + x-amzn-errortype + {"Type","message"} JSON', async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'sample' });
        const res = await fetch(`${h.emulator.endpoint}/2018-10-31/layers?MaxItems=51`, {
            headers: { authorization: FAKE_AUTH },
        });
        assert.equal(res.status, 400);
        assert.equal(res.headers.get('x-amzn-errortype'), 'ValidationException');
        assert.deepEqual(Object.keys((await res.json())), ['Type', 'message']);
        const missing = await fetch(`${h.emulator.endpoint}/2015-03-31/functions/nope`, {
            headers: { authorization: FAKE_AUTH },
        });
        assert.deepEqual(await missing.json(), {
            Type: 'User',
            Message: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope',
        });
    });
    it('serves the admin API: health, faults, rate limit, calls, function state', async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'sample', maxAttempts: 1 });
        const base = `${h.emulator.endpoint}/_emulator`;
        assert.equal((await (await fetch(`${base}/health`)).json()).functions, 13);
        await fetch(`${base}/faults`, {
            method: 'POST',
            body: JSON.stringify([{ operation: 'ListFunctions', kind: 'error', times: 1 }]),
        });
        assert.equal((await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.ListFunctionsCommand({})))).name, 'ServiceException');
        await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
        const calls = (await (await fetch(`${base}/calls`)).json());
        assert.deepEqual(calls.map((c) => `${c.operation}:${c.status}`), ['ListFunctions:500', 'ListFunctions:200']);
        await fetch(`${base}/calls/reset`, { method: 'POST' });
        assert.equal(h.emulator.calls.length, 0);
        await fetch(`${base}/rate-limit`, { method: 'POST', body: JSON.stringify({ perSecond: 1 }) });
        await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
        assert.equal((await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.ListFunctionsCommand({})))).name, 'TooManyRequestsException');
        await fetch(`${base}/rate-limit`, { method: 'POST', body: 'null' });
        await h.lambda.send(new client_lambda_1.ListFunctionsCommand({}));
        const state = (await (await fetch(`${base}/state/functions/orders-api`)).json());
        assert.equal(state.configuration.Layers.length, 2);
        assert.equal(state.configuration.LastUpdateStatus, 'Successful');
        assert.equal(state.versions.length, 2);
        assert.equal((await fetch(`${base}/state/functions/nope`)).status, 404);
    });
    it('the CLI prints its endpoint, applies --fault and stops on SIGTERM', async () => {
        h = await (0, contractClients_1.startHarness)({ seed: 'empty' });
        const cli = (0, node_child_process_1.spawn)(process.execPath, [
            (0, node_path_1.join)(__dirname, '..', 'emulator', 'cli.js'),
            '--port',
            '0',
            '--seed',
            'sample',
            '--fault',
            'ListLayers:error:times=1',
        ], { stdio: ['ignore', 'pipe', 'inherit'] });
        const line = await new Promise((resolve, reject) => {
            let out = '';
            cli.stdout.on('data', (d) => {
                out += d.toString();
                if (out.includes('\n'))
                    resolve(out.split('\n')[0]);
            });
            cli.once('exit', (code) => reject(new Error(`CLI exited early: ${code}`)));
        });
        const m = /^Lambda emulator listening on (http:\/\/127\.0\.0\.1:\d+) \(seed: sample\)$/.exec(line);
        assert.ok(m, line);
        const first = await fetch(`${m[1]}/2018-10-31/layers`, { headers: { authorization: FAKE_AUTH } });
        assert.equal(first.status, 500);
        const second = await fetch(`${m[1]}/2018-10-31/layers`, { headers: { authorization: FAKE_AUTH } });
        assert.equal((await second.json()).Layers.length, 7);
        const exited = new Promise((resolve) => cli.once('exit', resolve));
        cli.kill('SIGTERM');
        assert.equal(await exited, 0);
    });
});
//# sourceMappingURL=emulatorFaults.test.js.map