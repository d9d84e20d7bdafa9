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
// Published code read over HTTP Range from the emulator's download links, through the real SDK: listing reads
// only the central directory, opening reads one entry, expired links renew, changed code is detected.
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const codeStore_1 = require("../../../src/code/codeStore");
const directoryCache_1 = require("../../../src/code/directoryCache");
const remoteArchive_1 = require("../../../src/code/remoteArchive");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
const codeFixtures_1 = require("./codeFixtures");
const ACCOUNT = '123456789012';
describe('CodeStore (published code over Range requests)', function () {
    this.timeout(30_000);
    let emu;
    let lambda;
    const clock = { now: Date.now() };
    before(async () => {
        emu = await (0, emulator_1.startEmulator)({ now: () => clock.now, updateDelayMs: 0 });
        lambda = (0, emulatorService_1.serviceFor)(emu);
    });
    after(async () => emu.stop());
    const downloads = () => [...emu.downloads.values()].reduce((a, s) => ({ requests: a.requests + s.requests, bytes: a.bytes + s.bytes }), { requests: 0, bytes: 0 });
    async function publish(name, files, opts = {}) {
        const zip = await (0, codeFixtures_1.zipOf)(files, opts);
        const v = await lambda.publishLayerVersion({ layerName: name, content: { zipFile: zip } });
        return {
            target: { kind: 'layer', account: ACCOUNT, region: 'us-east-1', name, version: v.version },
            zip,
        };
    }
    /** ~100 KB of text that does not compress away, so the archive is larger than the tail read. */
    const big = (seed) => {
        let h = seed;
        const lines = [];
        for (let i = 0; i < 1600; i++)
            lines.push((h = (0, crypto_1.createHash)('sha256').update(h).digest('hex')));
        return lines.join('\n');
    };
    it('lists folders from the central directory alone and opens one file with one range request', async () => {
        const { target, zip } = await publish('browse', {
            'nodejs/node_modules/a/index.js': big('a'),
            'nodejs/node_modules/a/package.json': '{"name":"a"}',
            'nodejs/node_modules/b/lib/util.js': big('b'),
            'nodejs/README.md': '# hello\n',
        });
        emu.downloads.clear();
        const store = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache());
        const root = await store.readDirectory({ target, path: '' });
        assert.deepStrictEqual(root.map((i) => `${i.type}:${i.name}`), ['directory:nodejs']);
        const nm = await store.readDirectory({ target, path: 'nodejs' });
        assert.deepStrictEqual(nm.map((i) => `${i.type}:${i.name}`), ['directory:node_modules', 'file:README.md']);
        const listed = downloads();
        assert.strictEqual(listed.requests, 1, 'one tail request holds the whole directory');
        assert.ok(listed.bytes < zip.length, `listing read ${listed.bytes} of ${zip.length} bytes`);
        const text = (await store.readFile({ target, path: 'nodejs/node_modules/b/lib/util.js' })).toString();
        assert.strictEqual(text, big('b'));
        const opened = downloads();
        assert.strictEqual(opened.requests, 2);
        const entry = (await store.archive(target)).tree.file('nodejs/node_modules/b/lib/util.js');
        assert.ok(opened.bytes - listed.bytes < entry.compressedSize + 200, 'only that entry was transferred');
        assert.strictEqual((await store.stat({ target, path: 'nodejs/README.md' })).size, 8);
        await assert.rejects(store.readFile({ target, path: 'nodejs/missing.js' }), /No file nodejs\/missing.js/);
    });
    it('reads zip64 archives (zip64 end records and extra fields)', async () => {
        const { target } = await publish('zip64', { 'python/x.py': 'print(1)\n', 'python/y.py': big('y') }, { forceZip64: true });
        const store = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache());
        assert.deepStrictEqual((await store.readDirectory({ target, path: 'python' })).map((i) => i.name), ['x.py', 'y.py']);
        assert.strictEqual((await store.readFile({ target, path: 'python/y.py' })).toString(), big('y'));
    });
    it('keeps directories on disk per CodeSha256: a new session lists without downloading', async () => {
        const { target } = await publish('cached', { 'bin/run': '#!/bin/sh\n' });
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
        await new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache({ folder })).readDirectory({
            target,
            path: '',
        });
        emu.downloads.clear();
        const later = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache({ folder }));
        assert.deepStrictEqual((await later.readDirectory({ target, path: 'bin' })).map((i) => i.name), ['run']);
        assert.strictEqual(downloads().requests, 0);
        fs.rmSync(folder, { recursive: true, force: true });
    });
    it('bounds the disk cache by evicting the least recently used directories', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
        const cache = new directoryCache_1.DirectoryCache({ folder, diskBytes: 150 });
        const store = new codeStore_1.CodeStore(lambda, 'us-east-1', cache);
        for (const n of [1, 2, 3]) {
            const { target } = await publish(`bounded${n}`, { [`f${n}.txt`]: 'x'.repeat(n) });
            await store.readDirectory({ target, path: '' });
        }
        const size = fs.readdirSync(folder).reduce((a, f) => a + fs.statSync(path.join(folder, f)).size, 0);
        assert.ok(size <= 150 && fs.readdirSync(folder).length < 3, `${fs.readdirSync(folder).length} files, ${size} bytes`);
        fs.rmSync(folder, { recursive: true, force: true });
    });
    it('renews an expired download link with a fresh GetLayerVersion, transparently', async () => {
        const { target } = await publish('expiring', { 'a.txt': 'first', 'b.txt': 'second' });
        const store = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache());
        await store.readDirectory({ target, path: '' });
        const before = emu.calls.filter((c) => c.operation === 'GetLayerVersionByArn' || c.operation === 'GetLayerVersion').length;
        clock.now += 11 * 60_000;
        assert.strictEqual((await store.readFile({ target, path: 'b.txt' })).toString(), 'second');
        const expired = emu.calls.filter((c) => c.operation === 'DownloadCode' && c.status === 403).length;
        assert.ok(expired >= 1, 'the old link was refused as expired');
        const after = emu.calls.filter((c) => c.operation === 'GetLayerVersionByArn' || c.operation === 'GetLayerVersion').length;
        assert.strictEqual(after, before + 1);
    });
    it('detects function code that changed under an open listing instead of mixing two archives', async () => {
        const zip1 = await (0, codeFixtures_1.zipOf)({ 'index.mjs': 'export const v = 1;\n' });
        await lambda.createFunction({
            name: 'changing',
            runtime: 'nodejs22.x',
            role: 'arn:aws:iam::123456789012:role/r',
            handler: 'index.handler',
            code: { zipFile: zip1 },
        });
        await lambda.waitUntilActive('changing');
        const target = {
            kind: 'function',
            account: ACCOUNT,
            region: 'us-east-1',
            name: 'changing',
            qualifier: '$LATEST',
        };
        const store = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache());
        await store.readDirectory({ target, path: '' });
        await lambda.updateFunctionCode('changing', {
            zipFile: await (0, codeFixtures_1.zipOf)({ 'index.mjs': 'export const v = 2;\n' }),
        });
        clock.now += 11 * 60_000; // the old link expires; the renewed one names different code
        await assert.rejects(store.readFile({ target, path: 'index.mjs' }), remoteArchive_1.ArchiveChangedError);
        store.forget(target);
        assert.strictEqual((await store.readFile({ target, path: 'index.mjs' })).toString(), 'export const v = 2;\n');
    });
    it('announces an entry over the size limit with a placeholder instead of downloading it', async () => {
        const { target } = await publish('huge', { 'data/blob.json': Buffer.alloc(codeStore_1.LARGE_ENTRY_BYTES + 1, 0x20) });
        const store = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache());
        await store.readDirectory({ target, path: '' });
        emu.downloads.clear();
        const text = (await store.readFile({ target, path: 'data/blob.json' })).toString();
        assert.match(text, /too large to open in the editor/);
        assert.strictEqual(downloads().requests, 0);
    });
    it('refuses targets in another Region with a message naming it', async () => {
        const store = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache());
        assert.throws(() => store.archive({ kind: 'layer', account: ACCOUNT, region: 'eu-west-1', name: 'x', version: 1 }), /Connect to eu-west-1 to open x:1/);
    });
});
//# sourceMappingURL=codeStore.test.js.map