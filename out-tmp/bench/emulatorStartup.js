"use strict";
// Bench: emulator startup with the `scale` seed (10,000 functions, 500 layers × 20 versions) and the time the
// real SDK takes per ListFunctions page against it. Acceptance: startup < 2 s, a page < 10 ms.
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_perf_hooks_1 = require("node:perf_hooks");
const client_lambda_1 = require("@aws-sdk/client-lambda");
const emulator_1 = require("../test/emulator/emulator");
function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
async function main() {
    const t0 = node_perf_hooks_1.performance.now();
    const emulator = await (0, emulator_1.startEmulator)({ seed: 'scale' });
    const startupMs = node_perf_hooks_1.performance.now() - t0;
    const client = new client_lambda_1.LambdaClient({
        endpoint: emulator.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    });
    try {
        // Warm up the connection and the sorted index.
        await client.send(new client_lambda_1.ListFunctionsCommand({}));
        const times = [];
        let marker;
        let items = 0;
        for (let i = 0; i < 200; i++) {
            const t = node_perf_hooks_1.performance.now();
            const page = await client.send(new client_lambda_1.ListFunctionsCommand({ Marker: marker, MaxItems: 50 }));
            times.push(node_perf_hooks_1.performance.now() - t);
            items += page.Functions?.length ?? 0;
            marker = page.NextMarker;
        }
        const sorted = [...times].sort((a, b) => a - b);
        const result = {
            functions: emulator.state.functions.size,
            layers: emulator.state.layers.size,
            startupMs: Math.round(startupMs),
            pages: times.length,
            itemsListed: items,
            pageMedianMs: Number(percentile(sorted, 50).toFixed(2)),
            pageP95Ms: Number(percentile(sorted, 95).toFixed(2)),
            limits: { startupMs: 2000, pageMs: 10 },
        };
        console.log('emulatorStartup (scale seed)');
        console.table([
            { metric: 'startup (ms)', value: result.startupMs, limit: 2000 },
            { metric: 'ListFunctions page median (ms)', value: result.pageMedianMs, limit: 10 },
            { metric: 'ListFunctions page p95 (ms)', value: result.pageP95Ms, limit: 10 },
        ]);
        const dir = (0, node_path_1.join)(__dirname, '..', '..', 'bench', 'results');
        (0, node_fs_1.mkdirSync)(dir, { recursive: true });
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'emulatorStartup.json'), `${JSON.stringify(result, null, 2)}\n`);
        if (result.startupMs > 2000 || result.pageMedianMs > 10) {
            console.error(`emulatorStartup over its limits: startup ${result.startupMs} ms, page median ${result.pageMedianMs} ms`);
            process.exitCode = 1;
        }
    }
    finally {
        client.destroy();
        await emulator.stop();
    }
}
main().catch((e) => {
    console.error(`emulatorStartup failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
});
//# sourceMappingURL=emulatorStartup.js.map