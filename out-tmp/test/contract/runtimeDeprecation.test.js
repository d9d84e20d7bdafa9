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
// AWS's two deprecation dates per runtime, in the emulator, through the real SDK: from block-create no new
// functions (nor switching to the runtime), from block-update no code, configuration or version changes, except
// moving the function to a runtime still allowed. The emulator's day is pinned: no test depends on the date.
const assert = __importStar(require("assert"));
const client_lambda_1 = require("@aws-sdk/client-lambda");
const zipArchive_1 = require("../emulator/zipArchive");
const contractClients_1 = require("./contractClients");
const ZIP = (0, zipArchive_1.buildZip)({ 'index.mjs': 'export const handler = async () => 1;\n' });
const BLOCKED = /^The runtime parameter of (\S+) is no longer supported for creating or updating AWS Lambda functions\. We recommend you use a supported runtime while creating or updating functions\.$/;
describe('contract: deprecated runtimes (pinned day)', function () {
    this.timeout(20_000);
    let h;
    let day = '2026-11-29';
    beforeEach(async () => {
        day = '2026-11-29';
        h = await (0, contractClients_1.startHarness)({ seed: 'sample', updateDelayMs: 0, today: () => Date.parse(day) });
    });
    afterEach(() => h.stop());
    const create = (name, runtime) => h.lambda.send(new client_lambda_1.CreateFunctionCommand({
        FunctionName: name,
        Runtime: runtime,
        Handler: 'index.handler',
        Role: contractClients_1.ROLE,
        Code: { ZipFile: ZIP },
    }));
    it('refuses a create past the block-create date with AWS error and words', async () => {
        const e = await (0, contractClients_1.rejection)(create('on-node20', 'nodejs20.x'));
        assert.strictEqual(e.name, 'InvalidParameterValueException');
        assert.strictEqual(e.$metadata?.httpStatusCode, 400);
        assert.match(e.message, BLOCKED);
        await create('on-dotnet8', 'dotnet8'); // deprecated since 2026-11-10, blocked for create from 2026-12-10
        day = '2026-12-10';
        assert.match((await (0, contractClients_1.rejection)(create('on-dotnet8-later', 'dotnet8'))).message, BLOCKED);
    });
    it('refuses code, configuration and publishing on a function past block-update; reads still work', async () => {
        const fn = 'legacy-reports'; // nodejs16.x: updates blocked since 2026-03-09
        const code = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionCodeCommand({ FunctionName: fn, ZipFile: ZIP })));
        assert.strictEqual(code.name, 'InvalidParameterValueException');
        assert.match(code.message, /runtime parameter of nodejs16\.x is no longer supported/);
        const config = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({ FunctionName: fn, Description: 'x' })));
        assert.match(config.message, BLOCKED);
        const publish = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.PublishVersionCommand({ FunctionName: fn })));
        assert.match(publish.message, BLOCKED);
        const read = await h.lambda.send(new client_lambda_1.GetFunctionCommand({ FunctionName: fn }));
        assert.strictEqual(read.Configuration?.Runtime, 'nodejs16.x');
        assert.strictEqual(h.emulator.state.functions.get(fn).versions.length, 0);
    });
    it('lets a blocked function move to a supported runtime, and then change again', async () => {
        const fn = 'legacy-reports';
        const moved = await h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({ FunctionName: fn, Runtime: 'nodejs24.x' }));
        assert.strictEqual(moved.Runtime, 'nodejs24.x');
        const back = await (0, contractClients_1.rejection)(h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({ FunctionName: fn, Runtime: 'nodejs18.x' })));
        assert.match(back.message, /runtime parameter of nodejs18\.x/);
        await h.lambda.send(new client_lambda_1.UpdateFunctionCodeCommand({ FunctionName: fn, ZipFile: ZIP }));
    });
    it('follows the dates: before block-update the same change is allowed', async () => {
        day = '2026-03-01';
        const r = await h.lambda.send(new client_lambda_1.UpdateFunctionConfigurationCommand({
            FunctionName: 'legacy-reports',
            Description: 'still allowed',
        }));
        assert.strictEqual(r.Description, 'still allowed');
    });
});
//# sourceMappingURL=runtimeDeprecation.test.js.map