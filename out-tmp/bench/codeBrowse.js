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
// Published-code bench: browsing, opening and comparing a real layer over HTTP Range requests vs downloading the
// whole archives, measured in the same run by the emulator's per-link byte counters (admin API).
//   npx tsc -p tsconfig.json && node out/bench/codeBrowse.js
// The layer: a locked `npm ci --ignore-scripts` of popular server-side packages (bench/trees/node), installed
// outside git in $BENCH_TREES/code-bench/node (default ~/.cache/lambda-explorer-bench/code-bench/node), zipped by
// our writer under nodejs/. Version 2 differs from version 1 in 10 files.
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const codeStore_1 = require("../src/code/codeStore");
const compareCode_1 = require("../src/code/compareCode");
const directoryCache_1 = require("../src/code/directoryCache");
const folderScan_1 = require("../src/layers/zip/folderScan");
const layerLayout_1 = require("../src/layers/zip/layerLayout");
const zipWriter_1 = require("../src/layers/zip/zipWriter");
const emulator_1 = require("../test/emulator/emulator");
const benchSupport_1 = require("./benchSupport");
const MB = 1024 * 1024;
const fmt = (n) => (n >= MB ? `${(n / MB).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`);
function installTree() {
    const src = path.join(__dirname, '..', '..', 'bench', 'trees', 'node');
    const base = process.env.BENCH_TREES ?? path.join(os.homedir(), '.cache', 'lambda-explorer-bench');
    const dir = path.join(base, 'code-bench', 'node');
    const lock = path.join(dir, 'package-lock.json');
    const same = fs.existsSync(lock) && fs.readFileSync(lock).equals(fs.readFileSync(path.join(src, 'package-lock.json')));
    if (!same || !fs.existsSync(path.join(dir, 'node_modules'))) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir, { recursive: true });
        for (const f of ['package.json', 'package-lock.json'])
            fs.copyFileSync(path.join(src, f), path.join(dir, f));
        const r = (0, child_process_1.spawnSync)('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
            cwd: dir,
            stdio: 'inherit',
        });
        if (r.status !== 0)
            throw new Error('npm ci failed');
    }
    return dir;
}
async function main() {
    const tree = installTree();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'code-bench-'));
    const emu = await (0, emulator_1.startEmulator)();
    try {
        const scan = await (0, folderScan_1.scanFolder)(tree);
        const entries = (0, layerLayout_1.toZipEntries)(scan.files, 'nodejs/');
        const v1 = path.join(tmp, 'v1.zip');
        await (0, zipWriter_1.writeZip)(entries, v1);
        // Version 2: 10 JS files edited (spread over the tree).
        const js = entries.filter((e) => e.zipPath.endsWith('.js') && e.size > 2000);
        const changed = Array.from({ length: 10 }, (_, i) => js[Math.floor(((i + 0.5) * js.length) / 10)]);
        const edited = entries.map((e) => {
            const k = changed.indexOf(e);
            if (k < 0)
                return e;
            const p = path.join(tmp, `edit${k}.js`);
            fs.writeFileSync(p, fs.readFileSync(e.absPath, 'utf8') + `\n// edited for version 2 (${k})\n`);
            // The edited copy is another file: its own identity, or packaging refuses it as changed underfoot.
            const st = fs.statSync(p);
            return { ...e, absPath: p, size: st.size, dev: st.dev, ino: st.ino, mtimeMs: st.mtimeMs };
        });
        const v2 = path.join(tmp, 'v2.zip');
        await (0, zipWriter_1.writeZip)(edited, v2);
        const sizes = [fs.statSync(v1).size, fs.statSync(v2).size];
        const lambda = (0, benchSupport_1.benchService)(emu.endpoint);
        const auth = {
            Authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00',
        };
        await fetch(`${emu.endpoint}/bench-bucket`, { method: 'PUT', headers: auth });
        const targets = [];
        for (const [i, file] of [v1, v2].entries()) {
            await fetch(`${emu.endpoint}/bench-bucket/v${i + 1}.zip`, {
                method: 'PUT',
                headers: auth,
                body: fs.readFileSync(file),
            });
            const v = await lambda.publishLayerVersion({
                layerName: 'node-packages',
                content: { s3Bucket: 'bench-bucket', s3Key: `v${i + 1}.zip` },
            });
            targets.push({
                kind: 'layer',
                account: '123456789012',
                region: 'us-east-1',
                name: 'node-packages',
                version: v.version,
            });
        }
        const admin = `${emu.endpoint}/_emulator/downloads`;
        const served = async () => {
            const s = (await (await fetch(admin)).json());
            return Object.values(s).reduce((a, x) => ({ requests: a.requests + x.requests, bytes: a.bytes + x.bytes }), { requests: 0, bytes: 0 });
        };
        const reset = () => fetch(`${admin}/reset`, { method: 'POST' });
        // Baseline: download both archives whole.
        await reset();
        for (const t of targets) {
            const v = await lambda.getLayerVersion(t.name, t.version);
            await (await fetch(v.location)).arrayBuffer();
        }
        const whole = await served();
        // 1. List the tree (a fresh store, no disk cache).
        await reset();
        const store = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache());
        const a1 = await store.archive(targets[0]);
        await store.readDirectory({ target: targets[0], path: 'nodejs/node_modules' });
        const listing = await served();
        const files = a1.tree.filePaths();
        // 2. Open 5 files.
        await reset();
        const five = [
            'express/lib/router/index.js',
            'lodash/lodash.js',
            'axios/package.json',
            'pg/lib/client.js',
            'zod/README.md',
        ]
            .map((p) => `nodejs/node_modules/${p}`)
            .filter((p) => a1.tree.file(p));
        let compressed5 = 0;
        for (const p of five) {
            await store.readFile({ target: targets[0], path: p });
            compressed5 += a1.tree.file(p).compressedSize;
        }
        const opened = await served();
        // 3. Compare v1 and v2 (fresh store), then open both sides of every changed file (as the diff editor does).
        await reset();
        const fresh = new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache());
        const [c1, c2] = await Promise.all(targets.map((t) => fresh.archive(t)));
        const cmp = (0, compareCode_1.compareTrees)(c1.tree, c2.tree);
        const directoriesOnly = await served();
        let compressedChanged = 0;
        for (const ch of cmp.changes) {
            for (const [t, a] of [
                [targets[0], c1],
                [targets[1], c2],
            ]) {
                await fresh.readFile({ target: t, path: ch.path });
                compressedChanged += a.tree.file(ch.path).compressedSize;
            }
        }
        const compared = await served();
        // 4. The same comparison after v1 was browsed (its directory in the cache, as after step 1).
        await reset();
        const warmCache = new directoryCache_1.DirectoryCache();
        await warmCache.put(c1.remote.sha256, c1.directory);
        const warm = new codeStore_1.CodeStore(lambda, 'us-east-1', warmCache);
        const [w1, w2] = await Promise.all(targets.map((t) => warm.archive(t)));
        for (const ch of (0, compareCode_1.compareTrees)(w1.tree, w2.tree).changes)
            for (const t of targets)
                await warm.readFile({ target: t, path: ch.path });
        const comparedWarm = await served();
        const cdBytes = c1.directory.raw.length + c2.directory.raw.length;
        const lines = [
            `# Published code bench (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
            '',
            `Layer: npm ci of bench/trees/node under nodejs/: ${files.length} files, ${fmt(sizes[0])} zipped (v1), ${fmt(sizes[1])} (v2, 10 files edited).`,
            '',
            '| action | requests | bytes transferred | reference |',
            '| --- | ---: | ---: | --- |',
            `| download both archives whole (baseline) | ${whole.requests} | ${fmt(whole.bytes)} | ${fmt(sizes[0] + sizes[1])} of archives |`,
            `| list the tree of v1 | ${listing.requests} | ${fmt(listing.bytes)} | central directory ${fmt(c1.directory.raw.length)} |`,
            `| open ${five.length} files of v1 | ${opened.requests} | ${fmt(opened.bytes)} | their compressed sizes ${fmt(compressed5)} |`,
            `| compare v1 ↔ v2: changes list | ${directoriesOnly.requests} | ${fmt(directoriesOnly.bytes)} | two central directories ${fmt(cdBytes)}; ${cmp.changes.length} modified found, ${cmp.unchanged} unchanged |`,
            `| … and open both sides of the ${cmp.changes.length} changed files | ${compared.requests} | ${fmt(compared.bytes)} | directories + entries ${fmt(cdBytes + compressedChanged)} |`,
            `| the same comparison with v1's directory already cached (browsed before) | ${comparedWarm.requests} | ${fmt(comparedWarm.bytes)} | one central directory + entries |`,
            '',
            `Ratio, comparing (changes list + all ${cmp.changes.length} diffs) vs downloading both archives: **${(whole.bytes / compared.bytes).toFixed(1)}×** fewer bytes (goal ≥ 20×); with v1's directory cached: ${(whole.bytes / comparedWarm.bytes).toFixed(1)}×.`,
            `Ratio, listing vs downloading one archive: ${(sizes[0] / listing.bytes).toFixed(1)}×.`,
        ];
        console.log(lines.join('\n'));
        if (cmp.changes.length !== 10)
            throw new Error(`expected 10 changed files, found ${cmp.changes.length}`);
    }
    finally {
        await emu.stop();
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}
main().catch((e) => {
    console.error(e);
    process.exit(1);
});
//# sourceMappingURL=codeBrowse.js.map