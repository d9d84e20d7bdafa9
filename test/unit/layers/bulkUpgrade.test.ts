// The bulk-upgrade engine against the real emulator through the real SDK adapter.
import * as assert from 'assert';
import { bulkUpgrade, formatBulkReport, TokenBucket } from '../../../src/layers/bulkUpgrade';
import type { RunningEmulator } from '../../emulator/emulator';
import { startEmulator } from '../../emulator/emulator';
import { callsOf, serviceFor } from '../support/emulatorService';
import { lib, listAll, other, throttledTwiceInARow, writeBulkSeed } from './bulkUpgradeSupport';

describe('bulkUpgrade (emulator, real SDK)', function () {
  this.timeout(60_000);
  let emu: RunningEmulator | undefined;
  let seed: { file: string; remove(): void } | undefined;
  afterEach(async () => {
    await emu?.stop();
    seed?.remove();
    emu = undefined;
    seed = undefined;
  });
  const layersOf = (name: string) => emu!.state.functions.get(name)?.latest.layers;

  it('moves every function to the new version in place, within 15 req/s, ≤ 3 calls per function', async () => {
    seed = writeBulkSeed(30);
    emu = await startEmulator({ seed: seed.file, rateLimitPerSecond: 15, updateDelayMs: 300 });
    const lambda = serviceFor(emu, 1);
    const targets = await listAll(lambda);
    emu.resetCalls();
    const report = await bulkUpgrade(lambda, targets, { from: lib(1), to: lib(3) });
    assert.deepStrictEqual(report.counts, { updated: 30, alreadyCurrent: 0, skipped: 0, failed: 0 });
    for (const t of targets) assert.deepStrictEqual(layersOf(t.name), [other(1), lib(3)], t.name);
    assert.ok(emu.calls.length / 30 <= 3, `calls per function: ${emu.calls.length / 30}`);
    assert.strictEqual(throttledTwiceInARow(emu.calls), 0);
    // Every function was finished (Successful) when reported.
    for (const t of targets)
      assert.strictEqual(emu.state.functionConfiguration(t.name)?.LastUpdateStatus, 'Successful');
    assert.strictEqual(
      callsOf(emu, 'GetFunction'),
      0,
      'the RevisionId comes from ListFunctions: no read before writing',
    );
  });

  it('honours retryAfterSeconds on injected throttles and still updates everything', async () => {
    seed = writeBulkSeed(12);
    emu = await startEmulator({
      seed: seed.file,
      faults: [
        { operation: 'UpdateFunctionConfiguration', kind: 'throttle', every: 4, retryAfterSeconds: 1 },
      ],
    });
    const lambda = serviceFor(emu, 1);
    const targets = await listAll(lambda);
    emu.resetCalls();
    const report = await bulkUpgrade(lambda, targets, { from: lib(1), to: lib(2) });
    assert.strictEqual(report.counts.updated, 12);
    for (const t of targets) assert.deepStrictEqual(layersOf(t.name), [other(1), lib(2)]);
    const calls = emu.calls;
    const throttled = calls.filter((c) => c.status === 429);
    assert.strictEqual(throttled.length, 3);
    for (const t of throttled) {
      const next = calls.find((c) => c.at > t.at && c.status !== 429);
      assert.ok(
        next && next.at - t.at >= 900,
        `a call ${next ? next.at - t.at : '?'} ms after a 429 with retryAfterSeconds 1`,
      );
    }
  });

  it("on 412 re-reads, re-applies the upgrade on top and keeps the colleague's change", async () => {
    seed = writeBulkSeed(6);
    emu = await startEmulator({ seed: seed.file });
    const lambda = serviceFor(emu, 1);
    const targets = await listAll(lambda);
    // A colleague changes two functions after our listing: another layer moved first, a description.
    await lambda.updateFunctionConfiguration('fn-001', { layers: [lib(1), other(2)] });
    await lambda.updateFunctionConfiguration('fn-004', { description: 'changed by a colleague' });
    const report = await bulkUpgrade(lambda, targets, { from: lib(1), to: lib(3) });
    assert.strictEqual(report.counts.updated, 6, JSON.stringify(report.outcomes));
    assert.deepStrictEqual(layersOf('fn-001'), [lib(3), other(2)]);
    assert.deepStrictEqual(layersOf('fn-004'), [other(1), lib(3)]);
    assert.strictEqual(emu.state.functions.get('fn-004')?.latest.description, 'changed by a colleague');
    const fn1 = report.outcomes.find((o) => o.functionName === 'fn-001');
    assert.match(
      fn1?.reason ?? '',
      /changed by someone else \(changed other:1 to other:2, order changed\): re-applied/,
    );
  });

  it('on 409 waits for the update in progress to finish, then retries', async () => {
    seed = writeBulkSeed(4);
    emu = await startEmulator({ seed: seed.file, updateDelayMs: 300 });
    const lambda = serviceFor(emu, 1);
    const targets = await listAll(lambda);
    // Same revision, but an update still running for 1.5 s.
    const busy = emu.state.functions.get('fn-002')!.latest;
    busy.updatedAt = Date.now() + 1500;
    const started = Date.now();
    const report = await bulkUpgrade(lambda, targets, { from: lib(1), to: lib(2) });
    assert.strictEqual(report.counts.updated, 4);
    assert.deepStrictEqual(layersOf('fn-002'), [other(1), lib(2)]);
    assert.ok(
      emu.calls.some((c) => c.status === 409),
      'the emulator answered 409 once',
    );
    assert.ok(Date.now() - started >= 1500);
  });

  it("reports already current, skipped with a reason, and failed with AWS's reason", async () => {
    seed = writeBulkSeed(1, [
      { name: 'at-target', runtime: 'nodejs22.x', layers: ['lib:3'] },
      { name: 'on-v2', runtime: 'nodejs22.x', layers: ['lib:2'] },
      { name: 'no-lib', runtime: 'nodejs22.x', layers: [] },
    ]);
    emu = await startEmulator({ seed: seed.file });
    const lambda = serviceFor(emu, 1);
    const targets = await listAll(lambda);
    const report = await bulkUpgrade(lambda, targets, { from: lib(1), to: lib(3) });
    const by = new Map(report.outcomes.map((o) => [o.functionName, o]));
    assert.strictEqual(by.get('fn-000')?.status, 'updated');
    assert.strictEqual(by.get('at-target')?.status, 'alreadyCurrent');
    assert.strictEqual(by.get('on-v2')?.status, 'skipped');
    assert.match(by.get('on-v2')?.reason ?? '', /another version of the layer: lib:2/);
    assert.match(by.get('no-lib')?.reason ?? '', /no longer uses the layer: lib:1/);
    assert.strictEqual(by.get('at-target')?.calls, 0);

    const missing = await bulkUpgrade(
      lambda,
      targets.filter((t) => t.name === 'on-v2'),
      { from: lib(2), to: lib(9) },
    );
    assert.strictEqual(missing.outcomes[0]?.status, 'failed');
    assert.match(missing.outcomes[0]?.reason ?? '', /lib:9/);
    assert.deepStrictEqual(layersOf('on-v2'), [lib(2)], 'nothing half-applied');
    const text = formatBulkReport(report, lib(3));
    assert.strictEqual(text.summary, '1 updated, 1 already current, 2 skipped, 0 failed: lib:3');
    assert.ok(text.lines.includes('at-target: already current'));
  });

  it('cancel: no new function starts, the ones in flight finish', async () => {
    seed = writeBulkSeed(20);
    emu = await startEmulator({ seed: seed.file, updateDelayMs: 400 });
    const lambda = serviceFor(emu, 1);
    const targets = await listAll(lambda);
    const controller = new AbortController();
    const started: string[] = [];
    const report = await bulkUpgrade(lambda, targets, {
      from: lib(1),
      to: lib(2),
      concurrency: 3,
      signal: controller.signal,
      onStart: (name) => {
        started.push(name);
        if (started.length === 4) controller.abort();
      },
    });
    assert.strictEqual(report.cancelled, true);
    assert.strictEqual(started.length, 4);
    assert.strictEqual(report.counts.updated, 4, 'the in-flight ones finished');
    for (const t of targets) {
      const expected = started.includes(t.name) ? [other(1), lib(2)] : [other(1), lib(1)];
      assert.deepStrictEqual(layersOf(t.name), expected, t.name);
      assert.strictEqual(emu.state.functionConfiguration(t.name)?.LastUpdateStatus, 'Successful');
    }
    assert.strictEqual(report.outcomes.filter((o) => o.reason === 'Cancelled before it started').length, 16);
  });
});

describe('TokenBucket', () => {
  it('spaces permits evenly and a pause delays the next one', async () => {
    let t = 0;
    const slept: number[] = [];
    const bucket = new TokenBucket(
      10,
      () => t,
      async (ms) => {
        slept.push(ms);
        t += ms;
      },
    );
    await bucket.take();
    await bucket.take();
    await bucket.take();
    assert.deepStrictEqual(slept, [100, 100]);
    bucket.pause(2000);
    await bucket.take();
    assert.deepStrictEqual(slept.at(-1), 2000);
  });
});
