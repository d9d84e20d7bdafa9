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
// Comparing archives by their central directories, and extracting them without letting an entry escape.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const archiveTree_1 = require("../../../src/code/archiveTree");
const compareCode_1 = require("../../../src/code/compareCode");
const extractArchive_1 = require("../../../src/code/extractArchive");
const zipCentral_1 = require("../../../src/code/zipCentral");
const codeFixtures_1 = require("./codeFixtures");
function entriesOf(zip) {
    const loc = (0, zipCentral_1.locateDirectory)(zip, 0, zip.length);
    if ('zip64RecordAt' in loc)
        throw new Error('unexpected');
    return (0, zipCentral_1.parseCentralDirectory)(zip.subarray(loc.offset, loc.offset + loc.size), loc.count);
}
const treeOf = (zip) => new archiveTree_1.ArchiveTree(entriesOf(zip));
describe('compareTrees / compareWithFolder', function () {
    it('reports added, removed and modified files from sizes and CRC-32s', async () => {
        const v1 = treeOf(await (0, codeFixtures_1.zipOf)({ 'a.js': 'same', 'b.js': 'old b', 'c.js': 'gone', 'd.js': 'abcd' }));
        const v2 = treeOf(await (0, codeFixtures_1.zipOf)({ 'a.js': 'same', 'b.js': 'new b!', 'd.js': 'abce', 'e.js': 'new' }));
        const c = (0, compareCode_1.compareTrees)(v1, v2);
        assert.deepStrictEqual(c.changes.map((x) => `${x.status}:${x.path}`), ['modified:b.js', 'removed:c.js', 'modified:d.js', 'added:e.js']);
        assert.strictEqual((0, compareCode_1.summarize)(c), '2 modified, 1 added, 1 removed, 1 unchanged');
    });
    it('treats a changed executable bit as a modification', async () => {
        const c = (0, compareCode_1.compareTrees)(treeOf(await (0, codeFixtures_1.zipOf)({ run: 'x' })), treeOf(await (0, codeFixtures_1.zipOf)({ 'run*': 'x' })));
        assert.deepStrictEqual(c.changes.map((x) => x.status), ['modified']);
    });
    it('compares a folder as it would be published, reading only files whose size matches', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmp-'));
        fs.writeFileSync(path.join(dir, 'same.js'), 'same');
        fs.writeFileSync(path.join(dir, 'edited.js'), 'edit');
        fs.writeFileSync(path.join(dir, 'new.js'), 'n');
        const remote = treeOf(await (0, codeFixtures_1.zipOf)({ 'nodejs/same.js': 'same', 'nodejs/edited.js': 'EDIT', 'nodejs/old.js': 'o' }));
        const local = ['same.js', 'edited.js', 'new.js'].map((f) => ({
            zipPath: `nodejs/${f}`,
            absPath: path.join(dir, f),
            size: fs.statSync(path.join(dir, f)).size,
            executable: false,
        }));
        const c = await (0, compareCode_1.compareWithFolder)(remote, local);
        assert.deepStrictEqual(c.changes.map((x) => `${x.status}:${x.path}`), ['modified:nodejs/edited.js', 'added:nodejs/new.js', 'removed:nodejs/old.js']);
        assert.strictEqual(c.unchanged, 1);
        fs.rmSync(dir, { recursive: true, force: true });
    });
});
describe('extractArchive (hostile archives)', function () {
    let target;
    beforeEach(() => {
        target = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-'));
    });
    afterEach(() => fs.rmSync(target, { recursive: true, force: true }));
    const hostile = [
        ['an absolute path', { name: '/tmp/evil.txt' }, /"\/tmp\/evil.txt" \(absolute path\)/],
        ['a .. segment', { name: 'nodejs/../../evil.txt' }, /\(parent folder \(\.\.\)\)/],
        [
            'a symlink entry',
            { name: 'nodejs/link', mode: 0o120777, data: '/etc/passwd' },
            /"nodejs\/link" \(symbolic link\)/,
        ],
        ['a drive letter', { name: 'C:/Windows/evil.dll' }, /\(drive letter\)/],
        ['a backslash path', { name: '..\\evil.txt' }, /\(backslash\)/],
    ];
    for (const [what, entry, message] of hostile) {
        it(`refuses an archive with ${what} and writes nothing`, async () => {
            const zip = (0, codeFixtures_1.craftZip)([{ name: 'nodejs/ok.js', data: 'ok' }, entry]);
            await assert.rejects((0, extractArchive_1.extractArchive)(zip, entriesOf(zip), target), message);
            assert.deepStrictEqual(fs.readdirSync(target), []);
        });
    }
    it('lists hostile entries in one clear message and keeps them out of the browsable tree', () => {
        const zip = (0, codeFixtures_1.craftZip)([{ name: '/abs' }, { name: '../up' }, { name: 'ok.txt' }]);
        const tree = treeOf(zip);
        assert.deepStrictEqual(tree.filePaths(), ['ok.txt']);
        assert.throws(() => (0, extractArchive_1.checkExtractable)(tree), /Refused to extract: 2 entries would write outside the target folder/);
    });
    it('extracts files with their executable bit and reports what already exists', async () => {
        const zip = await (0, codeFixtures_1.zipOf)({ 'bin/run*': '#!/bin/sh\necho hi\n', 'lib/a.js': 'a' });
        fs.mkdirSync(path.join(target, 'lib'));
        fs.writeFileSync(path.join(target, 'lib/a.js'), 'local');
        assert.deepStrictEqual((0, extractArchive_1.existingTargets)(treeOf(zip), target), ['lib/a.js']);
        const r = await (0, extractArchive_1.extractArchive)(zip, entriesOf(zip), target);
        assert.strictEqual(r.files, 2);
        assert.strictEqual(fs.readFileSync(path.join(target, 'lib/a.js'), 'utf8'), 'a');
        assert.strictEqual(fs.statSync(path.join(target, 'bin/run')).mode & 0o777, 0o755);
        assert.strictEqual(fs.statSync(path.join(target, 'lib/a.js')).mode & 0o111, 0);
    });
    it('does not write through a symlink already in the target folder', async () => {
        const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
        fs.symlinkSync(outside, path.join(target, 'lib'));
        const zip = await (0, codeFixtures_1.zipOf)({ 'lib/a.js': 'a' });
        await assert.rejects((0, extractArchive_1.extractArchive)(zip, entriesOf(zip), target), /through a link outside the target folder/);
        assert.deepStrictEqual(fs.readdirSync(outside), []);
        fs.rmSync(outside, { recursive: true, force: true });
    });
    it('detects a corrupted entry by its CRC-32', async () => {
        const zip = (0, codeFixtures_1.craftZip)([{ name: 'a.txt', data: 'hello' }]);
        zip[30 + 'a.txt'.length] = 'j'.charCodeAt(0); // first data byte
        await assert.rejects((0, extractArchive_1.extractArchive)(zip, entriesOf(zip), target), /CRC-32 mismatch in a.txt/);
    });
});
//# sourceMappingURL=compareAndExtract.test.js.map