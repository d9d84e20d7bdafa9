// Waits in the bulk upgrade are bounded and end on Cancel; a failing call costs a bounded number of requests.
import * as assert from 'assert';
import { MAX_ATTEMPTS_PER_CALL, MAX_RETRY_WAIT_SECONDS } from '../../../src/aws/retryPolicy';
import { DEFAULT_MAX_ATTEMPTS } from '../../../src/aws/sdkClientFactory';
import { bulkUpgrade } from '../../../src/layers/bulkUpgrade';
import type { RunningEmulator } from '../../emulator/emulator';
import { startEmulator } from '../../emulator/emulator';
import { serviceFor } from '../support/emulatorService';
import { lib, listAll, writeBulkSeed } from './bulkUpgradeSupport';

describe('bulkUpgrade waits and retry budget (emulator, real SDK)', function () {
  this.timeout(30_000);
  let emu: RunningEmulator;
  let seed: { file: string; remove(): void };
  beforeEach(async () => {
    seed = writeBulkSeed(2);
    emu = await startEmulator({ seed: seed.file, updateDelayMs: 0 });
  });
  afterEach(async () => {
    await emu.stop();
    seed.remove();
  });

  it('a Retry-After of a day is capped, said in the report, and Cancel ends the wait', async () => {
    const lambda = serviceFor(emu, 1);
    const targets = await listAll(lambda);
    emu.setFaults([
      { operation: 'UpdateFunctionConfiguration', kind: 'throttle', retryAfterSeconds: 86_400 },
    ]);
    const controller = new AbortController();
    const waits: number[] = [];
    const progress: string[] = [];
    // Pacing sleeps pass at once; a long wait never ends by itself: only Cancel can end it.
    const sleep = (ms: number): Promise<void> => {
      if (ms < 1000) return Promise.resolve();
      waits.push(ms);
      controller.abort();
      return new Promise<void>(() => undefined);
    };
    const report = await bulkUpgrade(lambda, targets, {
      from: lib(1),
      to: lib(3),
      concurrency: 1,
      signal: controller.signal,
      sleep,
      onWait: (name, seconds, asked) => progress.push(`${name} ${seconds} ${asked ?? ''}`),
    });
    assert.ok(waits.length >= 1);
    assert.ok(Math.max(...waits) <= MAX_RETRY_WAIT_SECONDS * 1000, `planned waits: ${waits.join(', ')} ms`);
    assert.strictEqual(report.cancelled, true);
    const first = report.outcomes[0]!;
    assert.strictEqual(first.status, 'skipped');
    assert.match(
      first.reason ?? '',
      /AWS asked to wait 86400 s; we wait at most 60 s; cancelled while waiting/,
    );
    assert.deepStrictEqual(progress, [`${first.functionName} 60 86400`]);
    assert.deepStrictEqual(
      emu.state.functions.get(first.functionName)!.latest.layers.slice(-1),
      [lib(1)],
      'not changed',
    );
  });

  it('a persistent 500 costs at most the request budget per function, SDK attempts included', async () => {
    const lambda = serviceFor(emu, DEFAULT_MAX_ATTEMPTS);
    const targets = await listAll(lambda);
    emu.setFaults([{ operation: 'UpdateFunctionConfiguration', kind: 'error' }]);
    emu.resetCalls();
    const report = await bulkUpgrade(lambda, targets, {
      from: lib(1),
      to: lib(3),
      sleep: () => Promise.resolve(),
    });
    assert.deepStrictEqual(report.counts, { updated: 0, alreadyCurrent: 0, skipped: 0, failed: 2 });
    for (const t of targets) {
      const writes = emu.calls.filter(
        (c) => c.operation === 'UpdateFunctionConfiguration' && c.path.includes(`/${t.name}/`),
      ).length;
      assert.ok(writes <= MAX_ATTEMPTS_PER_CALL, `${t.name}: ${writes} writes (was 28)`);
    }
  });
});
