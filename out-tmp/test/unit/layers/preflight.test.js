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
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const limits_1 = require("../../../src/aws/limits");
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const preflight_1 = require("../../../src/layers/zip/preflight");
describe('preflight', () => {
    let base;
    let root;
    beforeEach(() => {
        base = fs.mkdtempSync(path.join(os.tmpdir(), 'pre-'));
        root = path.join(base, 'f');
        fs.mkdirSync(root);
    });
    afterEach(() => fs.rmSync(base, { recursive: true, force: true }));
    const write = (rel, content) => {
        fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), content);
    };
    it('passes a normal folder', async () => {
        write('index.js', 'x');
        const findings = (0, preflight_1.preflightScan)(await (0, folderScan_1.scanFolder)(root));
        assert.deepStrictEqual(findings, []);
        assert.strictEqual((0, preflight_1.hasBlockingFindings)(findings), false);
    });
    it('says the folder is empty', async () => {
        const findings = (0, preflight_1.preflightScan)(await (0, folderScan_1.scanFolder)(root));
        assert.deepStrictEqual(findings.map((f) => f.code), ['emptyFolder']);
        assert.match(findings[0].message, /^The folder is empty: /);
        assert.ok((0, preflight_1.hasBlockingFindings)(findings));
    });
    it('says nothing is left after exclusions', async () => {
        write('.layerignore', '*\n');
        write('a.js', 'x');
        write('.git/HEAD', 'x');
        const findings = (0, preflight_1.preflightScan)(await (0, folderScan_1.scanFolder)(root));
        assert.deepStrictEqual(findings.map((f) => f.code), ['allExcluded']);
        assert.match(findings[0].message, /Nothing left to package after exclusions \(\.layerignore and defaults\)/);
    });
    it('refuses an unzipped size over the limit and lists the largest folders', async () => {
        write('node_modules/big/a.js', 'a'.repeat(3000));
        write('node_modules/small/a.js', 'a'.repeat(500));
        write('src/a.js', 'a'.repeat(800));
        const scan = await (0, folderScan_1.scanFolder)(root);
        assert.deepStrictEqual((0, preflight_1.preflightScan)(scan, { maxUnzippedBytes: 4300 }), []);
        const [f] = (0, preflight_1.preflightScan)(scan, { maxUnzippedBytes: 4299 });
        assert.strictEqual(f.code, 'tooLargeUnzipped');
        assert.match(f.message, /over the Lambda limit .*\(4299 bytes\): 4\.2 KB$/);
        assert.deepStrictEqual(f.largestFolders.map((x) => x.path), ['node_modules/', 'node_modules/big/', 'src/', 'node_modules/small/']);
        assert.match(f.details[0], /^node_modules\/ {2}3\.4 KB \(2 files\)$/);
    });
    it('uses the Lambda limits by default', () => {
        assert.deepStrictEqual((0, preflight_1.preflightArchive)(limits_1.MAX_DIRECT_UPLOAD_BYTES), []);
        // A 50 MiB archive is 69,905,068 bytes of base64: over AWS's request limit before any JSON around it.
        const [f] = (0, preflight_1.preflightArchive)(52_428_800);
        assert.strictEqual(f.code, 'needsS3Upload');
        assert.strictEqual(f.severity, 'info');
        assert.match(f.message, /must be uploaded through an S3 bucket: 50\.0 MB$/);
        assert.strictEqual((0, preflight_1.preflightArchive)(1000, { maxDirectUploadBytes: 999 })[0].code, 'needsS3Upload');
    });
    it('lists symlink problems and unreadable files', async () => {
        write('a.js', 'x');
        fs.writeFileSync(path.join(base, 'out.txt'), 'x');
        fs.symlinkSync('../out.txt', path.join(root, 'escape'));
        const scan = await (0, folderScan_1.scanFolder)(root);
        scan.problems.push({ kind: 'unreadable', path: 'secret.key', detail: 'EACCES' });
        const findings = (0, preflight_1.preflightScan)(scan);
        assert.deepStrictEqual(findings.map((f) => f.code), ['symlinkProblems', 'unreadableFiles']);
        assert.match(findings[0].details[0], /^escape: points outside the folder: /);
        assert.deepStrictEqual(findings[1].details, ['secret.key: EACCES']);
        assert.match(findings[1].message, /Files that cannot be read: 1$/);
    });
});
//# sourceMappingURL=preflight.test.js.map