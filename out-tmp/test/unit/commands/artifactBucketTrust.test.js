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
// Where code goes is the user's choice, not the workspace's: a bucket named in workspace or folder settings is
// confirmed by name (once per workspace) before anything is uploaded, and S3 itself refuses a bucket that
// another account owns (every call sends ExpectedBucketOwner = the caller's account, from STS).
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const publishLayer_1 = require("../../../src/commands/publishLayer");
const runCommand_1 = require("../../../src/commands/runCommand");
const packageAndUpload_1 = require("../../../src/commands/steps/packageAndUpload");
const emulatorService_1 = require("../support/emulatorService");
const publishSupport_1 = require("./publishSupport");
const S3_WRITES = ['PutObject', 'CreateMultipartUpload', 'UploadPart', 'CompleteMultipartUpload'];
describe('the artifact bucket: confirmed when a workspace chose it, and only in our own account', function () {
    this.timeout(120_000);
    const fx = (0, publishSupport_1.usePublishFixture)('bucket-trust-', 100);
    let folder;
    beforeEach(() => {
        folder = path.join(fx.work, 'large');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'model.bin'), (0, crypto_1.randomBytes)(52 * 1024 * 1024));
    });
    const answers = (layer, ...more) => [
        'New layer…',
        layer,
        'Keep paths (no prefix)',
        [],
        ['x86_64'],
        '',
        '',
        'Publish',
        ...more,
    ];
    it('a bucket from the folder settings is named in a question; declined, nothing is uploaded', async () => {
        await (0, publishSupport_1.createBucket)(fx.emu, 'their-bucket');
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, answers('model', false), {
            bucket: 'their-bucket',
            bucketFromWorkspace: true,
        });
        fx.emu.resetCalls();
        const out = await (0, runCommand_1.runCommand)('id', 'Publish', h.deps, () => (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder));
        assert.strictEqual(out, undefined, 'declining cancels silently');
        const asked = h.prompter.shown.find((m) => m.endsWith(': their-bucket'));
        assert.ok(asked, `asked by name: ${JSON.stringify(h.prompter.shown)}`);
        assert.match(asked, /This workspace's settings send archives over 50 MB to the S3 bucket/);
        for (const op of S3_WRITES)
            assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, op), 0, op);
        assert.deepStrictEqual((0, publishSupport_1.objectKeys)(fx.emu, 'their-bucket'), []);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 0);
        assert.strictEqual(h.memory.get((0, packageAndUpload_1.bucketConfirmedKey)('their-bucket')), undefined, 'a no is not remembered');
    });
    it('confirmed once, the same bucket is not asked about again in this workspace', async () => {
        await (0, publishSupport_1.createBucket)(fx.emu, 'team-bucket');
        const first = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, answers('model', true), {
            bucket: 'team-bucket',
            bucketFromWorkspace: true,
        });
        const out = await (0, publishLayer_1.publishLayerFromFolder)(first.deps, folder);
        assert.strictEqual(out.status, 'published');
        assert.ok(out.viaS3);
        assert.strictEqual(first.prompter.shown.filter((m) => /team-bucket/.test(m)).length, 1);
        assert.strictEqual((0, publishSupport_1.objectKeys)(fx.emu, 'team-bucket').length, 1);
        // The folder's last answers are remembered: one confirmation of the plan, then "publish anyway?" (same content).
        const again = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, answers('model2', true), {
            bucket: 'team-bucket',
            bucketFromWorkspace: true,
            memory: first.memory,
        });
        assert.strictEqual((await (0, publishLayer_1.publishLayerFromFolder)(again.deps, folder)).status, 'published');
        assert.deepStrictEqual(again.prompter.shown.filter((m) => /team-bucket/.test(m)), [], 'remembered for this workspace');
    });
    it('a bucket of another account is refused by S3 itself, with a message that says whose bucket it must be', async () => {
        fx.emu.state.s3.createBucket('open-bucket', '999999999999');
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, answers('model'), { bucket: 'open-bucket' });
        fx.emu.resetCalls();
        const out = await (0, runCommand_1.runCommand)('id', 'Publish', h.deps, () => (0, publishLayer_1.publishLayerFromFolder)(h.deps, folder));
        assert.strictEqual(out, undefined);
        assert.ok(!h.prompter.shown.some((m) => /open-bucket/.test(m)), 'a user setting is not asked about');
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'GetCallerIdentity'), 1);
        const shown = h.notifier.shown.map((n) => n.message).join('\n');
        assert.match(shown, /Access to the artifact bucket was denied: it must be a bucket of the connection's own AWS account.*: open-bucket/);
        for (const op of S3_WRITES)
            assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, op), 0, op);
        assert.deepStrictEqual((0, publishSupport_1.objectKeys)(fx.emu, 'open-bucket'), []);
        assert.strictEqual((0, emulatorService_1.callsOf)(fx.emu, 'PublishLayerVersion'), 0);
    });
});
//# sourceMappingURL=artifactBucketTrust.test.js.map