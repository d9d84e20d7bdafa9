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
// The S3 side of a connection, as the extension builds it (openArtifactStore: an S3 client and an STS client),
// against the emulator: the caller's account comes from STS GetCallerIdentity once, and every S3 call names it
// as the bucket's expected owner, so S3 refuses a bucket of another account.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
describe('aws/sdkArtifacts: the bucket must belong to the caller', function () {
    this.timeout(30_000);
    let emu;
    let store;
    let dir;
    let file;
    before(async () => {
        emu = await (0, emulator_1.startEmulator)({ accountId: '111122223333' });
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'owner-test-'));
        file = path.join(dir, 'a.zip');
        fs.writeFileSync(file, Buffer.alloc(1024, 1));
    });
    after(async () => {
        await emu.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });
    beforeEach(async () => {
        store = await (0, sdkClientFactory_1.openArtifactStore)({ region: 'us-east-1', endpoint: emu.endpoint }, { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1, env: {} });
        emu.resetCalls();
    });
    afterEach(() => store.destroy());
    it('uploads to a bucket of its own account, asking STS once for the account', async () => {
        emu.state.s3.createBucket('mine');
        await store.checkBucket('mine');
        const r = await store.upload(file, { bucket: 'mine', key: 'k.zip' });
        assert.strictEqual(r.size, 1024);
        assert.strictEqual(emu.state.s3.getObject('mine', 'k.zip')?.data.length, 1024);
        assert.strictEqual((0, emulatorService_1.callsOf)(emu, 'GetCallerIdentity'), 1);
        assert.strictEqual(await store.remove({ bucket: 'mine', key: 'k.zip' }), true);
        assert.strictEqual(emu.state.s3.getObject('mine', 'k.zip'), undefined);
    });
    it("refuses another account's bucket before and during the upload, naming the bucket", async () => {
        emu.state.s3.createBucket('theirs', '999999999999');
        const refused = (e) => e instanceof Error &&
            /^Access to the artifact bucket was denied: it must be a bucket of the connection's own AWS account.*: theirs$/.test(e.message);
        await assert.rejects(store.checkBucket('theirs'), refused);
        await assert.rejects(store.upload(file, { bucket: 'theirs', key: 'k.zip' }), refused);
        assert.strictEqual((0, emulatorService_1.callsOf)(emu, 'PutObject'), 1, 'S3 itself refused it');
        assert.deepStrictEqual([...(emu.state.s3.buckets.get('theirs')?.keys() ?? [])], []);
        assert.strictEqual(await store.remove({ bucket: 'theirs', key: 'k.zip' }), false);
    });
    it('says so when the account cannot be found, and uploads nothing', async () => {
        emu.state.s3.createBucket('mine2');
        emu.setFaults([{ operation: 'GetCallerIdentity', kind: 'error' }]);
        try {
            await assert.rejects(store.upload(file, { bucket: 'mine2', key: 'k.zip' }), /Could not find out which AWS account the credentials belong to \(STS GetCallerIdentity\).*: mine2: /);
            assert.strictEqual((0, emulatorService_1.callsOf)(emu, 'PutObject'), 0);
        }
        finally {
            emu.setFaults([]);
        }
    });
});
//# sourceMappingURL=artifactOwner.test.js.map