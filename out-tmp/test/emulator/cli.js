"use strict";
// `node out/test/emulator/cli.js --port 4010 --seed sample --fault ListFunctions:throttle:every=3`
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseFault = parseFault;
exports.parseArgs = parseArgs;
const emulator_1 = require("./emulator");
const USAGE = `Usage: node out/test/emulator/cli.js [options]
  --port N                 port (default: a free one)
  --host H                 host (default 127.0.0.1)
  --seed S                 empty | sample | scale | hostile | multi | path/to/seed.json (default sample)
  --latency-ms N           latency added to every Lambda/S3 request
  --update-delay-ms N      InProgress -> Successful / Pending -> Active delay (default 300)
  --rate-limit N           control-plane requests per second (429 beyond)
  --fault OP:KIND[:every=N][:times=N][:latency=N][:retry-after=N]
                           KIND = throttle | error | drop | lost | latency; OP = an operation or *; repeatable`;
/** Parses `OP:KIND[:every=N][:times=N][:latency=N][:retry-after=N]`. */
function parseFault(spec) {
    const [op, kind, ...opts] = spec.split(':');
    if (!kind || !['throttle', 'error', 'drop', 'lost', 'latency'].includes(kind))
        throw new Error(`Unknown fault kind in --fault: ${spec}`);
    const rule = {
        operation: op === '' || op === '*' ? undefined : op,
        kind: kind,
    };
    for (const o of opts) {
        const [k, v] = o.split('=');
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`Bad number in --fault: ${o}`);
        if (k === 'every')
            rule.every = n;
        else if (k === 'times')
            rule.times = n;
        else if (k === 'latency')
            rule.latencyMs = n;
        else if (k === 'retry-after')
            rule.retryAfterSeconds = n;
        else
            throw new Error(`Unknown --fault option: ${o}`);
    }
    return rule;
}
function parseArgs(argv) {
    const opts = { seed: 'sample', faults: [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined)
                throw new Error(`Missing value for option: ${arg}`);
            return v;
        };
        const num = () => {
            const v = Number(value());
            if (!Number.isFinite(v) || v < 0)
                throw new Error(`Expected a number for option: ${arg}`);
            return v;
        };
        switch (arg) {
            case '--port':
                opts.port = num();
                break;
            case '--host':
                opts.host = value();
                break;
            case '--seed':
                opts.seed = value();
                break;
            case '--latency-ms':
                opts.latencyMs = num();
                break;
            case '--update-delay-ms':
                opts.updateDelayMs = num();
                break;
            case '--rate-limit':
                opts.rateLimitPerSecond = num();
                break;
            case '--fault':
                opts.faults.push(parseFault(value()));
                break;
            case '--help':
            case '-h':
                console.log(USAGE);
                process.exit(0);
                break;
            default:
                throw new Error(`Unknown option: ${arg}\n${USAGE}`);
        }
    }
    return opts;
}
async function main() {
    const opts = parseArgs(process.argv.slice(2));
    const emulator = await (0, emulator_1.startEmulator)(opts);
    console.log(`Lambda emulator listening on ${emulator.endpoint} (seed: ${opts.seed ?? 'empty'})`);
    const shutdown = () => {
        emulator.stop().then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
}
if (require.main === module) {
    main().catch((e) => {
        console.error(`Lambda emulator failed to start: ${e instanceof Error ? e.message : String(e)}`);
        process.exit(1);
    });
}
//# sourceMappingURL=cli.js.map