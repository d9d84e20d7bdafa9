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
// Files that change between the scan and the zip (the user answers questions in between), and scan inputs that
// must not hang or slip through: each case fails the publish with the file's name instead of packaging
// something else.
const assert = __importStar(require("assert"));
const child_process_1 = require("child_process");
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const stream_1 = require("stream");
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const layerLayout_1 = require("../../../src/layers/zip/layerLayout");
const preflight_1 = require("../../../src/layers/zip/preflight");
const zipWriter_1 = require("../../../src/layers/zip/zipWriter");
const zipEntryIo_1 = require("../../../src/layers/zip/zipEntryIo");
const changed = (file) => (err) => err instanceof zipEntryIo_1.ZipEntryError &&
    err.code === 'ECHANGED' &&
    err.message === `${file} changed while packaging — publish again`;
describe('packaging files that change underfoot', () => {
    let base;
    let root;
    let outside;
    let out;
    beforeEach(() => {
        base = fs.mkdtempSync(path.join(os.tmpdir(), 'underfoot-'));
        root = path.join(base, 'layer');
        outside = path.join(base, 'outside');
        fs.mkdirSync(path.join(root, 'lib'), { recursive: true });
        fs.mkdirSync(outside);
        fs.writeFileSync(path.join(root, 'index.js'), 'module.exports = 1;\n');
        fs.writeFileSync(path.join(root, 'lib/util.js'), 'exports.x = 2;\n');
        out = path.join(base, 'out.zip');
    });
    afterEach(() => fs.rmSync(base, { recursive: true, force: true }));
    it('refuses a file swapped for a symlink to a credentials file after the scan', async () => {
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        // Same size as the scanned file, so only the open (no symlink) and the identity check can tell.
        const secret = path.join(outside, 'credentials');
        fs.writeFileSync(secret, 'SECRET=abcdefghijkl\n');
        assert.strictEqual(fs.statSync(secret).size, scan.files.find((f) => f.path === 'index.js').size);
        fs.rmSync(path.join(root, 'index.js'));
        fs.symlinkSync(secret, path.join(root, 'index.js'));
        await assert.rejects((0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out), changed('index.js'));
        assert.strictEqual(fs.existsSync(out), false);
    });
    it('refuses a folder swapped for a symlink to another folder after the scan', async () => {
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        // A look-alike folder outside (same names, same sizes), as /etc would be for etc/passwd.
        fs.writeFileSync(path.join(outside, 'util.js'), 'exports.y = 3;\n');
        fs.renameSync(path.join(root, 'lib'), path.join(base, 'lib-moved'));
        fs.symlinkSync(outside, path.join(root, 'lib'));
        await assert.rejects((0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out), changed('lib/util.js'));
        assert.strictEqual(fs.existsSync(out), false);
    });
    it('refuses a file rewritten in place after the scan, even with the same size', async () => {
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        const file = path.join(root, 'index.js');
        fs.writeFileSync(file, 'module.exports = 9;\n');
        // A different mtime, as any real edit gives (set explicitly: the clock may not tick between two writes).
        fs.utimesSync(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
        await assert.rejects((0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out), changed('index.js'));
    });
    it('refuses a file that grew after the scan', async () => {
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        fs.appendFileSync(path.join(root, 'lib/util.js'), '// more\n');
        await assert.rejects((0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out), changed('lib/util.js'));
    });
    it('refuses another file renamed over the scanned one, with the same size and mtime', async () => {
        const file = path.join(root, 'index.js');
        // Whole seconds, so that both files can have exactly the same mtime.
        const when = new Date(2001, 1, 1);
        fs.utimesSync(file, when, when);
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        const was = fs.statSync(file);
        const other = path.join(base, 'other.js');
        fs.writeFileSync(other, 'module.exports = 7;\n');
        fs.utimesSync(other, when, when);
        assert.strictEqual(fs.statSync(other).size, was.size);
        fs.renameSync(other, file);
        // Only the inode tells them apart.
        assert.strictEqual(fs.statSync(file).mtimeMs, was.mtimeMs);
        await assert.rejects((0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out), changed('index.js'));
    });
    it('refuses a file that shrank after the scan', async () => {
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        const file = path.join(root, 'lib/util.js');
        const was = fs.statSync(file);
        fs.truncateSync(file, 3);
        fs.utimesSync(file, was.atime, was.mtime);
        await assert.rejects((0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out), changed('lib/util.js'));
    });
    it('refuses a file swapped for a FIFO that a writer holds open, without hanging', async () => {
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        const fifo = path.join(root, 'index.js');
        fs.rmSync(fifo);
        (0, child_process_1.execFileSync)('mkfifo', [fifo]);
        // A writer that sends nothing: a blocking read would wait for it forever.
        const writer = fs.openSync(fifo, fs.constants.O_RDWR);
        try {
            await assert.rejects((0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out), changed('index.js'));
        }
        finally {
            fs.closeSync(writer);
        }
    });
    it('refuses a file swapped for a FIFO after the scan, without hanging', async () => {
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        fs.rmSync(path.join(root, 'index.js'));
        (0, child_process_1.execFileSync)('mkfifo', [path.join(root, 'index.js')]);
        await assert.rejects((0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out), changed('index.js'));
    });
    it('fails a large incompressible file rewritten in place while it is packaged, instead of a bad CRC', async () => {
        const big = path.join(root, 'model.bin');
        fs.writeFileSync(big, (0, crypto_1.randomBytes)(3 * 1024 * 1024));
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        const entries = (0, layerLayout_1.toZipEntries)(scan.files, '').filter((e) => e.zipPath === 'model.bin');
        // The rewrite lands after the first bytes of the file reached the archive (same size and inode).
        let rewritten = false;
        const chunks = [];
        const target = new stream_1.Writable({
            write(chunk, _enc, done) {
                chunks.push(chunk);
                if (!rewritten && chunks.reduce((n, c) => n + c.length, 0) > 100) {
                    rewritten = true;
                    const fd = fs.openSync(big, 'r+');
                    fs.writeSync(fd, (0, crypto_1.randomBytes)(2 * 1024 * 1024), 0, 2 * 1024 * 1024, 1024 * 1024);
                    fs.closeSync(fd);
                }
                done();
            },
        });
        await assert.rejects((0, zipWriter_1.writeZip)(entries, target, { largeFileThreshold: 1024 * 1024 }), changed('model.bin'));
        assert.ok(rewritten);
    });
    it('refuses a .layerignore that is a FIFO instead of hanging the scan', async () => {
        (0, child_process_1.execFileSync)('mkfifo', [path.join(root, '.layerignore')]);
        await assert.rejects((0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 }), /\.layerignore must be a regular file/);
    });
    it('refuses a .layerignore that is a symlink, or over the size cap', async () => {
        fs.writeFileSync(path.join(outside, 'rules'), 'lib/\n');
        fs.symlinkSync(path.join(outside, 'rules'), path.join(root, '.layerignore'));
        await assert.rejects((0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 }), /\.layerignore must be a regular file/);
        fs.rmSync(path.join(root, '.layerignore'));
        fs.writeFileSync(path.join(root, '.layerignore'), '#'.repeat(folderScan_1.LAYERIGNORE_MAX_BYTES + 1));
        await assert.rejects((0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 }), /\.layerignore is over 1 MB/);
        fs.writeFileSync(path.join(root, '.layerignore'), 'lib/\n');
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        assert.deepStrictEqual(scan.files.map((f) => f.path), ['index.js']);
    });
    it('refuses names with a backslash at scan time, naming the file', async () => {
        fs.writeFileSync(path.join(root, 'lib\\evil.js'), 'x');
        fs.mkdirSync(path.join(root, 'dir\\name'));
        fs.writeFileSync(path.join(root, 'dir\\name', 'a.js'), 'x');
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        assert.deepStrictEqual(scan.files.map((f) => f.path), ['index.js', 'lib/util.js']);
        const findings = (0, preflight_1.preflightScan)(scan);
        assert.ok((0, preflight_1.hasBlockingFindings)(findings));
        const f = findings.find((x) => x.code === 'badNames');
        assert.match(f.message, /Names Lambda cannot extract \(a backslash/);
        assert.deepStrictEqual(f.details.map((d) => d.split(':')[0]), ['dir\\name', 'lib\\evil.js']);
        // A .layerignore line leaves them out instead.
        fs.writeFileSync(path.join(root, '.layerignore'), '*\\\\*\n');
        const ignored = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        assert.deepStrictEqual(ignored.problems, []);
    });
    it('packages in-folder symlinks by their target, and the archive still unzips cleanly', async () => {
        fs.symlinkSync('index.js', path.join(root, 'alias.js'));
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        const res = await (0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out);
        assert.strictEqual(res.entries, 3);
        assert.strictEqual((0, child_process_1.spawnSync)('/usr/bin/unzip', ['-tq', out]).status, 0);
    });
});
//# sourceMappingURL=zipUnderfoot.test.js.map