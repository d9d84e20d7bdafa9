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
exports.FIRST_PAGE_RESULTS = void 0;
// Activation benchmark, all measured in this run:
//   1. the production bundle's size (goal ≤ 1 MB) and the time a fresh Node process takes to load it with a
//      stand-in `vscode` module (median of 7; goal ≤ 50 ms), against two baselines loaded the same way in the
//      same run: an empty module (what any process pays) and the bundle built the old way (both SDK clients
//      inlined, the SDK's CommonJS builds);
//   2. what the first large upload pays once: loading dist/s3.js (the S3 and STS clients);
//   3. from the integration tier (test/integration/firstPage.test.ts writes it): the Functions view's first page
//      after the view opens in code-server (goal ≤ 1 s) and the heap growth for 10,000 functions measured inside
//      the extension host.
//   node out/bench/activation.js
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const esbuild = __importStar(require("esbuild"));
const ROOT = path.resolve(__dirname, '..', '..');
const RUNS = 7;
exports.FIRST_PAGE_RESULTS = path.join(ROOT, '.test-artifacts', 'first-page.json');
// Loads argv[1] with `vscode` answered by a stand-in (every property is another stand-in), then argv[2] if given;
// prints the milliseconds of each require.
const CHILD = `
const Module = require('module');
const stub = new Proxy(function () {}, { get: (t, k) => (k === '__esModule' ? false : stub), apply: () => stub, construct: () => stub });
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const out = [];
for (const file of process.argv.slice(1)) {
  const t = process.hrtime.bigint();
  require(file);
  out.push(Number(process.hrtime.bigint() - t) / 1e6);
}
console.log(JSON.stringify(out));
`;
function loadTimes(files) {
    const r = (0, child_process_1.spawnSync)(process.execPath, ['-e', CHILD, ...files], { encoding: 'utf8' });
    if (r.status !== 0)
        throw new Error(`loading ${files.join(', ')} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim());
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
async function main() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { builds } = require(path.join(ROOT, 'esbuild.js'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'activation-bench-'));
    const prev = process.cwd();
    process.chdir(ROOT);
    try {
        // The production build, as esbuild.js makes it (without the webview app), into a temp folder.
        const node = builds.filter((b) => b.platform === 'node');
        await Promise.all(node.map((b) => esbuild.build({
            ...b,
            outfile: path.join(dir, 'now', path.basename(b.outfile)),
            minify: true,
            sourcemap: false,
            logLevel: 'error',
        })));
        // The old way: one bundle with everything inlined and the SDK's CommonJS builds.
        const ext = node.find((b) => b.outfile?.endsWith('extension.js'));
        await esbuild.build({
            entryPoints: ext.entryPoints,
            outfile: path.join(dir, 'old', 'extension.js'),
            bundle: true,
            platform: 'node',
            format: 'cjs',
            target: 'node20',
            external: ['vscode'],
            minify: true,
            logLevel: 'error',
        });
        const empty = path.join(dir, 'empty.js');
        fs.writeFileSync(empty, '');
        const now = path.join(dir, 'now', 'extension.js');
        const old = path.join(dir, 'old', 'extension.js');
        const s3 = path.join(dir, 'now', 's3.js');
        const times = { empty: [], old: [], now: [], s3: [] };
        for (let i = 0; i < RUNS; i++) {
            // Interleaved, so that a burst of load on the machine hits every variant alike.
            times.empty.push(loadTimes([empty])[0]);
            times.old.push(loadTimes([old])[0]);
            const [extMs, s3Ms] = loadTimes([now, s3]);
            times.now.push(extMs);
            times.s3.push(s3Ms);
        }
        const size = fs.statSync(now).size;
        const oldSize = fs.statSync(old).size;
        const ms = {
            empty: median(times.empty),
            old: median(times.old),
            now: median(times.now),
            s3: median(times.s3),
        };
        const lazyFiles = fs.readdirSync(path.join(dir, 'now')).filter((f) => f !== 'extension.js');
        console.log(`bundle dist/extension.js: ${kb(size)} (old way ${kb(oldSize)}; goal ≤ 1024 KB)`);
        console.log(`  loaded on first use: ${lazyFiles.map((f) => `${f} ${kb(fs.statSync(path.join(dir, 'now', f)).size)}`).join(', ')}`);
        console.log(`load time, median of ${RUNS} fresh processes (stand-in vscode): ${ms.now.toFixed(1)} ms ` +
            `(goal ≤ 50 ms); old way ${ms.old.toFixed(1)} ms → ${(ms.old / ms.now).toFixed(2)}× faster; ` +
            `an empty module ${ms.empty.toFixed(1)} ms`);
        console.log(`first large upload loads dist/s3.js once: ${ms.s3.toFixed(1)} ms`);
        console.log(`machine load (1/5/15 min): ${os
            .loadavg()
            .map((l) => l.toFixed(2))
            .join(' ')} on ${os.cpus().length} cores`);
        let firstPage;
        try {
            firstPage = JSON.parse(fs.readFileSync(exports.FIRST_PAGE_RESULTS, 'utf8'));
        }
        catch {
            firstPage = undefined;
        }
        if (firstPage)
            console.log(`Functions view in code-server (integration tier, ${firstPage.at}): first page ${firstPage.firstPageMs?.toFixed(0)} ms ` +
                `after the view opens (goal ≤ 1000 ms); heap growth for ${firstPage.functions} functions inside the ` +
                `extension host: ${firstPage.heapGrowthMb?.toFixed(1)} MB`);
        else
            console.log(`Functions view first page / heap in the extension host: not measured yet (run MOCHA_GREP='first page' TEST_TIERS=integration npm test)`);
        console.log(JSON.stringify({
            bundleBytes: size,
            oldBundleBytes: oldSize,
            loadMs: ms.now,
            oldLoadMs: ms.old,
            emptyLoadMs: ms.empty,
            speedup: ms.old / ms.now,
            s3LoadMs: ms.s3,
            firstPageMs: firstPage?.firstPageMs,
            heapGrowthMb: firstPage?.heapGrowthMb,
        }));
    }
    finally {
        process.chdir(prev);
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
main().catch((e) => {
    console.error(e);
    process.exit(1);
});
//# sourceMappingURL=activation.js.map