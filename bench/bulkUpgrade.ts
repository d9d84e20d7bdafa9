// Bulk upgrade benchmark: 200 functions move from lib:1 to lib:3 under the emulator's 15 req/s limit (AWS's
// control-plane quota), through the real SDK adapter with the SDK's own retries off (every 429 is ours to see).
// Goals: ≤ 3 calls per function on average (the RevisionId comes with ListFunctions: no read before writing),
// total time within 20% of the ideal for those calls at 15 req/s, no call rejected by the limit twice in a row.
// The emulator runs in a child process so that its work does not share our event loop.
//   node out/bench/bulkUpgrade.js
import * as fs from 'fs';
import * as path from 'path';
import { bulkUpgrade, DEFAULT_RATE_PER_SECOND, TokenBucket } from '../src/layers/bulkUpgrade';
import type { CallRecord } from '../test/emulator/emulator';
import { benchService, startEmulatorProcess } from './benchSupport';
import { lib, listAll, throttledTwiceInARow, writeBulkSeed } from '../test/unit/layers/bulkUpgradeSupport';

const FUNCTIONS = 200;
const LIMIT = 15;

async function admin<T>(endpoint: string, route: string, method = 'GET'): Promise<T> {
  const r = await fetch(`${endpoint}/_emulator/${route}`, { method });
  return (await r.json()) as T;
}

async function main(): Promise<void> {
  const seed = writeBulkSeed(FUNCTIONS);
  const emu = await startEmulatorProcess([
    '--seed',
    seed.file,
    '--rate-limit',
    String(LIMIT),
    '--update-delay-ms',
    '300',
  ]);
  try {
    const lambda = benchService(emu.endpoint, { maxAttempts: 1, waiterMinDelaySeconds: 1 });
    await admin(emu.endpoint, 'calls/reset', 'POST');
    const started = performance.now();
    // One bucket for the listing and the updates: the listing's pages count against the same 15 req/s.
    const bucket = new TokenBucket(DEFAULT_RATE_PER_SECOND);
    const targets = await listAll(lambda, bucket);
    const report = await bulkUpgrade(lambda, targets, { from: lib(1), to: lib(3), bucket });
    const elapsedMs = performance.now() - started;
    const calls = await admin<CallRecord[]>(emu.endpoint, 'calls');
    const byOp = new Map<string, number>();
    for (const c of calls) byOp.set(c.operation, (byOp.get(c.operation) ?? 0) + 1);
    const throttled = calls.filter((c) => c.status === 429).length;
    const twice = throttledTwiceInARow(calls);
    const callsPerFunction = calls.length / FUNCTIONS;
    const idealMs = (calls.length / LIMIT) * 1000;
    const ratio = elapsedMs / idealMs;
    const result = {
      functions: FUNCTIONS,
      rateLimitPerSecond: LIMIT,
      updated: report.counts.updated,
      failed: report.counts.failed,
      calls: calls.length,
      callsByOperation: Object.fromEntries(byOp),
      callsPerFunction: Number(callsPerFunction.toFixed(2)),
      callsPerFunctionGoal: 3,
      elapsedMs: Math.round(elapsedMs),
      idealMs: Math.round(idealMs),
      timeRatio: Number(ratio.toFixed(3)),
      timeRatioGoal: 1.2,
      throttled,
      throttledTwiceInARow: twice,
    };
    console.log(
      `Bulk upgrade benchmark: ${FUNCTIONS} functions, emulator limit ${LIMIT} req/s, update delay 300 ms`,
    );
    console.table([
      {
        measure: 'functions updated',
        value: `${report.counts.updated} / ${FUNCTIONS}`,
        goal: `${FUNCTIONS}`,
      },
      { measure: 'calls per function', value: result.callsPerFunction, goal: '≤ 3' },
      { measure: 'calls (by operation)', value: [...byOp].map(([k, v]) => `${k} ${v}`).join(', '), goal: '' },
      { measure: 'elapsed (s)', value: (elapsedMs / 1000).toFixed(1), goal: '' },
      { measure: `ideal at ${LIMIT} req/s (s)`, value: (idealMs / 1000).toFixed(1), goal: '' },
      { measure: 'elapsed / ideal', value: result.timeRatio, goal: '≤ 1.2' },
      { measure: 'rejected by the limit', value: throttled, goal: '' },
      { measure: 'rejected twice in a row', value: twice, goal: '0' },
    ]);
    const out = path.join(__dirname, '..', '..', 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'bulkUpgrade.json'), JSON.stringify(result, null, 2));
    const ok = report.counts.updated === FUNCTIONS && callsPerFunction <= 3 && ratio <= 1.2 && twice === 0;
    if (!ok) {
      console.error('Bulk upgrade benchmark missed a goal');
      process.exitCode = 1;
    }
  } finally {
    emu.stop();
    seed.remove();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
