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
// The 250 MB rule's input: unzipped sizes read from the central directory over HTTP Range requests on the
// emulator's presigned download links, never downloading the archive.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const attachRules_1 = require("../../../src/layers/attachRules");
const zipWriter_1 = require("../../../src/layers/zip/zipWriter");
const zipDirectory_1 = require("../../../src/code/zipDirectory");
const emulator_1 = require("../../emulator/emulator");
const zipArchive_1 = require("../../emulator/zipArchive");
const emulatorService_1 = require("../support/emulatorService");
describe('readZipDirectory (emulator download links)', function () {
    this.timeout(30_000);
    let emu;
    let lambda;
    before(async () => {
        emu = await (0, emulator_1.startEmulator)();
        lambda = (0, emulatorService_1.serviceFor)(emu);
    });
    after(async () => emu.stop());
    async function linkFor(zip, name) {
        const v = await lambda.publishLayerVersion({ layerName: name, content: { zipFile: zip } });
        const details = await lambda.getLayerVersion(name, v.version);
        return details.location;
    }
    it('sums the uncompressed sizes with one range request of the tail, not the whole archive', async () => {
        const big = 'x'.repeat(200_000);
        const zip = (0, zipArchive_1.buildZip)({ 'nodejs/a.js': big, 'nodejs/b.js': big, 'nodejs/c.txt': 'c' });
        const url = await linkFor(zip, 'small');
        emu.resetCalls();
        const r = await (0, zipDirectory_1.readZipDirectory)(url);
        assert.strictEqual(r.unzippedBytes, (0, zipArchive_1.readZipSummary)(zip).uncompressedSize);
        assert.strictEqual(r.unzippedBytes, 400_001);
        assert.strictEqual(r.entries, 3);
        assert.strictEqual(r.zippedBytes, zip.length);
        assert.strictEqual(r.requests, 1);
        assert.ok(r.bytesRead < 70_000 && r.bytesRead < zip.length, `read ${r.bytesRead} of ${zip.length}`);
        assert.ok(emu.calls.every((c) => c.operation === 'DownloadCode' && c.status === 206));
    });
    it('fetches a central directory larger than the tail with a second range request', async () => {
        const files = {};
        for (let i = 0; i < 1500; i++)
            files[`python/lib/python3.12/site-packages/package_${i}/${'m'.repeat(40)}_${i}.py`] = 'pass\n';
        const zip = (0, zipArchive_1.buildZip)(files);
        const r = await (0, zipDirectory_1.readZipDirectory)(await linkFor(zip, 'many'));
        assert.strictEqual(r.entries, 1500);
        assert.strictEqual(r.unzippedBytes, 1500 * 5);
        assert.strictEqual(r.requests, 2);
    });
    it('reads zip64 sizes (an entry claiming 200 MB) so the 250 MB rule can refuse before any call', async () => {
        const MB = 1024 * 1024;
        const url = await linkFor((0, zipArchive_1.buildZipClaimingSize)('bin/huge', 200 * MB), 'huge');
        emu.resetCalls();
        const r = await (0, zipDirectory_1.readZipDirectory)(url);
        assert.strictEqual(r.unzippedBytes, 200 * MB);
        const verdict = (0, attachRules_1.checkUnzippedSize)(60 * MB, [
            { arn: 'arn:aws:lambda:us-east-1:123456789012:layer:huge:1', unzipped: r.unzippedBytes },
        ]);
        assert.strictEqual(verdict.kind, 'tooLarge');
        assert.ok(emu.calls.every((c) => c.operation === 'DownloadCode'), 'no Lambda call was needed to know');
    });
    it('reads archives with zip64 end records (our own writer, forced)', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zipdir-'));
        try {
            fs.writeFileSync(path.join(dir, 'a.txt'), 'a'.repeat(1000));
            const target = path.join(dir, 'out.zip');
            await (0, zipWriter_1.writeZip)([{ zipPath: 'a.txt', absPath: path.join(dir, 'a.txt'), size: 1000, executable: false }], target, { forceZip64: true, workers: 1 });
            const r = await (0, zipDirectory_1.readZipDirectory)(await linkFor(fs.readFileSync(target), 'z64'));
            assert.strictEqual(r.unzippedBytes, 1000);
            assert.strictEqual(r.entries, 1);
        }
        finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
    it('fails without revealing the link when it expired or is not an archive', async () => {
        const url = await linkFor((0, zipArchive_1.buildZip)({ a: 'a' }), 'tampered');
        const forged = url.replace(/X-Amz-Signature=[0-9a-f]+/, 'X-Amz-Signature=00');
        await assert.rejects((0, zipDirectory_1.readZipDirectory)(forged), (e) => /HTTP 403/.test(e.message) && !e.message.includes('X-Amz'));
        const notZip = async () => ({
            status: 206,
            headers: { get: (h) => (h === 'content-range' ? 'bytes 0-9/10' : null) },
            arrayBuffer: async () => new ArrayBuffer(10),
        });
        await assert.rejects((0, zipDirectory_1.readZipDirectory)('http://x', { fetch: notZip }), /no end of central directory/);
        const noRanges = async () => ({
            status: 200,
            headers: { get: () => null },
            arrayBuffer: async () => new ArrayBuffer(0),
        });
        await assert.rejects((0, zipDirectory_1.readZipDirectory)('http://x', { fetch: noRanges }), /does not support range requests/);
    });
});
//# sourceMappingURL=attachRulesZipDirectory.test.js.map