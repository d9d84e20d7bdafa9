"use strict";
// A lost answer must not make a second layer version, function, version or grant: the real SdkLambdaService with
// the production retry settings (4 attempts) against the emulator, whose `lost` fault runs the operation and
// then drops the connection (or answers after the client's socket timeout).
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
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const emulator_1 = require("../../emulator/emulator");
const zipArchive_1 = require("../../emulator/zipArchive");
const emulatorService_1 = require("../support/emulatorService");
const ROLE = 'arn:aws:iam::123456789012:role/lambda-exec';
const zip = (text) => (0, zipArchive_1.buildZip)({ 'index.mjs': `export const handler = async () => '${text}';\n` });
describe('aws/lost answers: non-idempotent calls are reconciled, never re-sent blindly', function () {
    this.timeout(30_000);
    let emulator;
    let lambda;
    let notes;
    const service = (deps = {}) => (0, sdkClientFactory_1.createLambdaService)({ region: 'us-east-1', endpoint: emulator.endpoint }, {
        env: {},
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
        maxAttempts: sdkClientFactory_1.DEFAULT_MAX_ATTEMPTS,
        ...deps,
    }).service;
    const onRecovered = (note) => {
        notes.push(note);
    };
    beforeEach(async () => {
        emulator = await (0, emulator_1.startEmulator)({ seed: 'sample', updateDelayMs: 0 });
        lambda = service();
        notes = [];
    });
    afterEach(() => emulator.stop());
    const versionsOf = (layer) => [...(emulator.state.layers.get(layer)?.versions.keys() ?? [])].sort((a, b) => a - b);
    it('a PublishLayerVersion whose answer is lost publishes one version and reports it', async () => {
        emulator.setFaults([{ operation: 'PublishLayerVersion', kind: 'lost' }]);
        const v = await lambda.publishLayerVersion({ layerName: 'fresh-layer', content: { zipFile: zip('a') }, description: 'from my folder' }, { onRecovered });
        assert.strictEqual(v.version, 1);
        assert.deepStrictEqual(versionsOf('fresh-layer'), [1], 'no versions 2-4 left behind');
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'PublishLayerVersion'), 1);
        assert.strictEqual(notes.length, 1);
        assert.match(notes[0], /^PublishLayerVersion of fresh-layer: AWS did not answer in time, but the call went through: published as version 1/);
    });
    it('an answer that comes after the socket timeout is the same lost answer', async () => {
        lambda = service({ socketTimeoutMs: 300 });
        emulator.setFaults([{ operation: 'PublishLayerVersion', kind: 'lost', latencyMs: 1500 }]);
        const v = await lambda.publishLayerVersion({ layerName: 'slow-layer', content: { zipFile: zip('slow') } }, { onRecovered });
        assert.strictEqual(v.version, 1);
        assert.deepStrictEqual(versionsOf('slow-layer'), [1]);
        assert.match(notes[0] ?? '', /published as version 1/);
    });
    it('an older version with the same description but other content is not mistaken for ours', async () => {
        await lambda.publishLayerVersion({ layerName: 'same', content: { zipFile: zip('x') }, description: 'd' });
        emulator.setFaults([{ operation: 'PublishLayerVersion', kind: 'drop', times: 1 }]);
        const v = await lambda.publishLayerVersion({ layerName: 'same', content: { zipFile: zip('y') }, description: 'd' }, { onRecovered });
        // Version 1 has the same description but other content: nothing of ours existed, so it was sent once more.
        assert.strictEqual(v.version, 2);
        assert.deepStrictEqual(versionsOf('same'), [1, 2]);
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'PublishLayerVersion'), 3);
        assert.deepStrictEqual(notes, []);
    });
    it('a connection dropped before AWS acted: proven absent, sent exactly once more', async () => {
        emulator.setFaults([{ operation: 'PublishLayerVersion', kind: 'drop' }]);
        await assert.rejects(lambda.publishLayerVersion({ layerName: 'never', content: { zipFile: zip('n') } }), (e) => (0, errors_1.isLambdaError)(e, 'Network') && /did not answer twice, and nothing was made/.test(e.message));
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'PublishLayerVersion'), 2, 'not 4 (SDK) x anything');
        assert.deepStrictEqual(versionsOf('never'), []);
    });
    it('a CreateFunction whose answer is lost finds the function with our code', async () => {
        emulator.setFaults([{ operation: 'CreateFunction', kind: 'lost' }]);
        const fn = await lambda.createFunction({
            name: 'new-fn',
            runtime: 'nodejs22.x',
            handler: 'index.handler',
            role: ROLE,
            code: { zipFile: zip('c') },
        }, { onRecovered });
        assert.strictEqual(fn.name, 'new-fn');
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'CreateFunction'), 1, 'a retry would have answered 409 "already exist"');
        assert.match(notes[0] ?? '', /CreateFunction of new-fn: .* went through: new-fn exists with this code/);
    });
    it('a PublishVersion whose answer is lost reports the version it made', async () => {
        const before = await lambda.getFunctionConfiguration('orders-api');
        const versionsBefore = emulator.state.functions.get('orders-api').versions.length;
        emulator.setFaults([{ operation: 'PublishVersion', kind: 'lost' }]);
        await lambda.updateFunctionConfiguration('orders-api', { description: 'changed' });
        await lambda.waitUntilUpdated('orders-api');
        const v = await lambda.publishVersion('orders-api', {
            description: 'release 7',
            codeSha256: before.codeSha256,
            onRecovered,
        });
        assert.strictEqual(emulator.state.functions.get('orders-api').versions.length, versionsBefore + 1);
        assert.strictEqual(v.description, 'release 7');
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'PublishVersion'), 1);
        assert.match(notes[0] ?? '', new RegExp(`published as version ${v.version}`));
    });
    it('an AddLayerVersionPermission whose answer is lost finds our statement (no 409 from a retry)', async () => {
        const policy = await lambda.getLayerVersionPolicy('shared-utils', 8);
        emulator.setFaults([{ operation: 'AddLayerVersionPermission', kind: 'lost' }]);
        const r = await lambda.addLayerVersionPermission('shared-utils', 8, 'share-999', { kind: 'account', accountId: '999999999999' }, { ...(policy ? { revisionId: policy.revisionId } : {}), onRecovered });
        assert.strictEqual(r.statement.sid, 'share-999');
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'AddLayerVersionPermission'), 1);
        assert.match(notes[0] ?? '', /statement share-999 is in the policy/);
    });
    it('an UpdateFunctionCode whose answer is lost is not a conflict with itself (its retry answers 412)', async () => {
        const before = await lambda.getFunctionConfiguration('orders-api');
        const code = zip('new code');
        emulator.setFaults([{ operation: 'UpdateFunctionCode', kind: 'lost', times: 1 }]);
        const after = await lambda.updateFunctionCode('orders-api', { zipFile: code }, { revisionId: before.revisionId, onRecovered });
        const now = await lambda.getFunctionConfiguration('orders-api');
        assert.strictEqual(now.codeSha256, after.codeSha256);
        assert.notStrictEqual(after.codeSha256, before.codeSha256);
        assert.strictEqual(after.revisionId, now.revisionId);
        assert.match(notes[0] ?? '', /^UpdateFunctionCode of orders-api: AWS did not answer in time, but .*went through/);
        // Another deployer's code, behind the same 412: still the conflict it is.
        emulator.setFaults([{ operation: 'UpdateFunctionCode', kind: 'lost', times: 1 }]);
        await assert.rejects(lambda.updateFunctionCode('orders-api', { zipFile: zip('mine') }, { revisionId: before.revisionId }), (e) => (0, errors_1.isLambdaError)(e, 'PreconditionFailed'));
    });
    it('large inline uploads get a socket timeout that grows with the body', () => {
        assert.strictEqual((0, sdkClientFactory_1.socketTimeoutFor)(10_000), 60_000);
        assert.ok((0, sdkClientFactory_1.socketTimeoutFor)(70 * 1024 * 1024) >= 60_000 + 70 * 2_000);
        assert.ok((0, sdkClientFactory_1.socketTimeoutFor)(70 * 1024 * 1024) > (0, sdkClientFactory_1.socketTimeoutFor)(10 * 1024 * 1024));
    });
});
//# sourceMappingURL=lostAnswer.test.js.map