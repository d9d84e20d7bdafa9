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
// Publish-to-Regions benchmark: a 40 MB layer version published to 10 Regions through the engine
// (src/layers/regionPublish.ts, concurrency 4) against the emulator with 50 ms latency per request, compared with
// publishing the same version to one Region in the same run (five rounds, each with a new version; the ratio of the
// median times counts). Goals: 10 Regions take ≤ 3× one Region, and the source archive is read (downloaded) once per
// run. Each Region is its own emulator process (AWS Regions are
// independent endpoints: one single-threaded process would serialize their work and measure itself).
//   node out/bench/publishRegions.js
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const client_s3_1 = require("@aws-sdk/client-s3");
const sdkClientFactory_1 = require("../src/aws/sdkClientFactory");
const sdkS3Upload_1 = require("../src/aws/sdkS3Upload");
const regionPublish_1 = require("../src/layers/regionPublish");
const zipArchive_1 = require("../test/emulator/zipArchive");
const benchSupport_1 = require("./benchSupport");
const SIZE = 40 * 1024 * 1024;
const LATENCY_MS = 50;
const ROUNDS = 5;
const ONE = ['ca-central-1'];
const TEN = [
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'eu-west-1',
    'eu-west-2',
    'eu-central-1',
    'eu-north-1',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-northeast-1',
];
async function downloads(endpoint) {
    const calls = (await (await fetch(`${endpoint}/_emulator/calls`)).json());
    return calls.filter((c) => c.operation === 'DownloadCode').length;
}
async function main() {
    const regions = ['us-east-1', ...ONE, ...TEN];
    const processes = await Promise.all(regions.map(() => (0, benchSupport_1.startEmulatorProcess)(['--seed', 'empty', '--latency-ms', String(LATENCY_MS)])));
    const endpointOf = new Map(regions.map((r, i) => [r, processes[i].endpoint]));
    const emu = processes[0];
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };
    const factory = (t) => {
        const endpoint = endpointOf.get(t.region);
        const { service, client } = (0, sdkClientFactory_1.createLambdaService)({ region: t.region, endpoint }, { credentials, env: {}, maxAttempts: 1, socketTimeoutMs: 300_000 });
        const s3 = new client_s3_1.S3Client({ endpoint, region: t.region, forcePathStyle: true, credentials });
        return {
            lambda: service,
            artifacts: new sdkS3Upload_1.SdkS3ArtifactStore(s3),
            close: () => {
                client.destroy();
                s3.destroy();
            },
        };
    };
    try {
        const home = factory({ region: 'us-east-1' });
        // A new 40 MB version per round (so that no Region is already current), published once to 1 Region and once
        // to 10; the ratio is the median of the rounds' (this 2-core machine runs 10 emulators and the client).
        const publishSource = async () => {
            const zip = (0, zipArchive_1.buildZip)({ 'lib/blob.bin': (0, crypto_1.randomBytes)(SIZE) });
            const v = await home.lambda.publishLayerVersion({
                layerName: 'big-lib',
                content: { zipFile: zip },
                description: '40 MB of incompressible bytes',
                compatibleRuntimes: ['nodejs22.x'],
                compatibleArchitectures: ['x86_64'],
                licenseInfo: 'MIT',
            });
            return { arn: v.arn, size: zip.byteLength };
        };
        const run = async (arn, regions) => {
            const before = await downloads(emu.endpoint);
            const d = await home.lambda.getLayerVersionByArn(arn);
            let reads = 0;
            const source = (0, regionPublish_1.layerSourceOf)(d, async () => {
                reads++;
                return new Uint8Array(await (await fetch(d.location)).arrayBuffer());
            });
            // The previous round's buffers (hundreds of MB) are collected before, not during, the timed part (the bench
            // runner starts Node with --expose-gc).
            globalThis.gc?.();
            const started = performance.now();
            const results = await (0, regionPublish_1.publishToTargets)({ source, targets: regions.map((region) => ({ region })), grants: [], bucketFor: () => undefined }, factory);
            const ms = performance.now() - started;
            return { ms, reads, downloads: (await downloads(emu.endpoint)) - before, results };
        };
        const rounds = [];
        let size = 0;
        for (let r = 0; r < ROUNDS; r++) {
            const src = await publishSource();
            size = src.size;
            const one = await run(src.arn, ONE);
            const ten = await run(src.arn, TEN);
            rounds.push({ one, ten });
        }
        home.close();
        // The ratio of the medians: both times vary from round to round on this machine (10 emulators share 2 cores).
        const medianOf = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const oneMs = medianOf(rounds.map((r) => r.one.ms));
        const tenMs = medianOf(rounds.map((r) => r.ten.ms));
        const ratio = tenMs / oneMs;
        const ratios = rounds.map((r) => r.ten.ms / r.one.ms);
        // Reads and downloads: the most any round made (each must make one).
        const most = (f) => Math.max(...rounds.map(f));
        const ok10 = rounds.every((r) => r.ten.results.every((x) => x.status === 'published'));
        const result = {
            sizeBytes: size,
            latencyMsPerRequest: LATENCY_MS,
            concurrency: 4,
            oneRegionMs: Math.round(oneMs),
            tenRegionsMs: Math.round(tenMs),
            oneRegionMsAllRounds: rounds.map((r) => Math.round(r.one.ms)),
            tenRegionsMsAllRounds: rounds.map((r) => Math.round(r.ten.ms)),
            ratio: Number(ratio.toFixed(2)),
            ratiosAllRounds: ratios.map((x) => Number(x.toFixed(2))),
            ratioGoal: 3,
            sourceReadsOneRegion: most((r) => r.one.reads),
            sourceReadsTenRegions: most((r) => r.ten.reads),
            downloadsTenRegions: most((r) => r.ten.downloads),
            publishedTenRegions: Math.min(...rounds.map((r) => r.ten.results.filter((x) => x.status === 'published').length)),
            failures: rounds
                .flatMap((r) => r.ten.results)
                .filter((r) => r.status !== 'published')
                .map((r) => `${r.target.region}: ${r.reason}`),
        };
        console.log(`Publish to Regions benchmark: ${(size / 1048576).toFixed(1)} MB, ${LATENCY_MS} ms per request`);
        console.table([
            { measure: '1 Region (s, median round)', value: (oneMs / 1000).toFixed(2), goal: '' },
            { measure: '10 Regions (s, median round)', value: (tenMs / 1000).toFixed(2), goal: '' },
            { measure: '10 Regions / 1 Region (medians)', value: result.ratio, goal: '≤ 3' },
            { measure: 'each round', value: result.ratiosAllRounds.join(', '), goal: '' },
            { measure: 'source reads (10 Regions)', value: result.sourceReadsTenRegions, goal: '1' },
            { measure: 'downloads of the archive (10 Regions)', value: result.downloadsTenRegions, goal: '1' },
            { measure: 'published', value: `${result.publishedTenRegions} / 10`, goal: '10' },
        ]);
        const out = path.join(__dirname, '..', '..', 'bench', 'results');
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, 'publishRegions.json'), JSON.stringify(result, null, 2));
        if (!ok10 || ratio > 3 || rounds.some((r) => r.ten.reads !== 1 || r.ten.downloads !== 1)) {
            console.error('Publish to Regions benchmark missed a goal');
            process.exitCode = 1;
        }
    }
    finally {
        processes.forEach((p) => p.stop());
    }
}
main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
});
//# sourceMappingURL=publishRegions.js.map