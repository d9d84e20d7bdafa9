// Moves many functions from one layer version to another: "Update Functions to Version N…". No vscode.
//
// - Every call goes through one token bucket (AWS: 15 control-plane req/s for the account, shared with
//   everything else), evenly spaced so that a sliding one-second window never sees a burst; a 429 pauses the
//   whole bucket for its retryAfterSeconds, at most MAX_RETRY_WAIT_SECONDS (src/aws/retryPolicy.ts: the one retry
//   policy; the report says when a longer wait was asked for), before the call is tried again. One call costs at
//   most MAX_ATTEMPTS_PER_CALL requests, the SDK's own attempts included.
// - Each function starts from its ListFunctions data (layers + RevisionId): the update is RevisionId-guarded
//   with no read first. 412 (somebody changed it) → re-read, re-apply the upgrade on the new list, retry;
//   409 (an update in progress) → wait for it to finish, re-apply, retry; both a bounded number of times.
// - A function counts as updated only when its update finished (LastUpdateStatus Successful), polled with
//   GetFunctionConfiguration after a delay learned from the updates seen so far (1 poll per function when the
//   estimate is right).
// - Cancel: no new function starts; those in flight finish (a half-sent update is worse than a finished one), but
//   a wait for a 429's pause or a retry ends at once and nothing is tried again after it.
import { isLambdaError, LambdaError } from '../aws/errors';
import { guardedWrite } from '../aws/guardedWrite';
import { MAX_RETRY_WAIT_SECONDS, requestsSpent, retryDecision, sleepUnlessAborted } from '../aws/retryPolicy';
import { layerVersionLabel } from '../aws/layerArn';
import type { FunctionConfiguration, FunctionSummary, LambdaService } from '../aws/lambdaService';
import { applyEdit, describeListChange } from './attachRules';
import { assessRuntime } from './runtimes';

export type BulkStatus = 'updated' | 'alreadyCurrent' | 'skipped' | 'failed';

export interface BulkOutcome {
  functionName: string;
  status: BulkStatus;
  /** Why it was skipped or failed, or what else happened ("changed by someone else: re-applied"). */
  reason?: string;
  /** The layer list after the update (updated only). */
  layers?: string[];
  /** AWS calls made for this function (429s included). */
  calls: number;
}

export interface BulkReport {
  outcomes: BulkOutcome[];
  counts: Record<BulkStatus, number>;
  cancelled: boolean;
  /** AWS calls made in total. */
  calls: number;
  elapsedMs: number;
}

export interface BulkUpgradeOptions {
  /** The layer version the functions use now (`…:layer:name:3`). */
  from: string;
  /** The layer version to move them to (`…:layer:name:8`). */
  to: string;
  /** Functions updated at the same time (default 10). The rate limit is what bounds throughput. */
  concurrency?: number;
  /** Calls per second for everything this run does (default 14: AWS's 15 with a margin for other callers). */
  ratePerSecond?: number;
  /** Re-tries after 412/409 per function (default 3). */
  maxConflictRetries?: number;
  /** First guess of how long an update takes before the first poll (default 500 ms; learned as it goes). */
  initialUpdateEstimateMs?: number;
  /** Give up waiting for one function's update after this long (default 300 s). */
  maxWaitMs?: number;
  /** Share a bucket with the caller's own calls (e.g. the ListFunctions pages read just before). */
  bucket?: TokenBucket;
  /** Cancel: no new function starts; in-flight requests finish; every wait ends. */
  signal?: AbortSignal;
  /** A wait after a 429 or a failure: how long, and what AWS asked for when we wait less (for the progress). */
  onWait?: (functionName: string, seconds: number, cappedFromSeconds?: number) => void;
  /** Called when a function starts and when it has an outcome. */
  onStart?: (functionName: string) => void;
  onOutcome?: (outcome: BulkOutcome, done: number, total: number) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** AWS's 15 control-plane calls per second, with a margin for jitter and other callers. */
export const DEFAULT_RATE_PER_SECOND = 14;

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Evenly spaced permits (burst 1): a sliding-window limiter on the other side never sees a burst. */
export class TokenBucket {
  private next = 0;
  private pausedUntil = 0;
  constructor(
    private readonly ratePerSecond: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = realSleep,
  ) {}

  /**
   * Resolves when this caller may make one call. A wait for a pause (a 429's) ends as soon as `signal` aborts and
   * rejects with a Cancelled LambdaError; the short spacing between permits is always kept.
   */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const t = this.now();
      const paused = this.pausedUntil > t;
      if (paused && signal?.aborted) throw cancelledWait();
      const at = Math.max(t, this.next, this.pausedUntil);
      this.next = at + 1000 / this.ratePerSecond;
      if (at > t) await (paused ? sleepUnlessAborted(at - t, signal, this.sleep) : this.sleep(at - t));
      if (paused && signal?.aborted) throw cancelledWait();
      // A 429 paused everybody while this caller slept: take a slot after the pause instead.
      if (this.now() >= this.pausedUntil) return;
    }
  }

  /** Nobody calls before `ms` from now (a 429's retryAfterSeconds), including callers already waiting. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.next = Math.max(this.next, this.pausedUntil);
  }
}

class UpdateFailed extends Error {}

function cancelledWait(): LambdaError {
  return new LambdaError('Cancelled', 'Cancelled while waiting.', { awsName: 'AbortError' });
}

interface Ctx {
  lambda: LambdaService;
  bucket: TokenBucket;
  opts: Required<Pick<BulkUpgradeOptions, 'maxConflictRetries' | 'maxWaitMs'>>;
  sleep(ms: number): Promise<void>;
  now(): number;
  estimateMs: number;
  signal?: AbortSignal;
  onWait?: BulkUpgradeOptions['onWait'];
}

interface Counter {
  name: string;
  calls: number;
  notes: string[];
}

/** One call through the bucket, re-tried by the one retry policy (a capped Retry-After, a request budget). */
async function call<T>(ctx: Ctx, counter: Counter, fn: () => Promise<T>): Promise<T> {
  let used = 0;
  for (let tries = 0; ; tries++) {
    await ctx.bucket.take(ctx.signal);
    counter.calls++;
    try {
      return await fn();
    } catch (e) {
      used += requestsSpent(e);
      const next = retryDecision(e, used, tries);
      if (!next || ctx.signal?.aborted) throw e;
      if (next.cappedFromSeconds !== undefined) {
        const note = `AWS asked to wait ${next.cappedFromSeconds} s; we wait at most ${MAX_RETRY_WAIT_SECONDS} s`;
        if (!counter.notes.includes(note)) counter.notes.push(note);
      }
      ctx.onWait?.(counter.name, next.waitMs / 1000, next.cappedFromSeconds);
      ctx.bucket.pause(next.waitMs);
    }
  }
}

/** Polls until the function's update finished; learns how long updates take. */
async function waitUpdated(
  ctx: Ctx,
  counter: Counter,
  name: string,
  startedAt: number,
): Promise<FunctionConfiguration> {
  let delay = Math.max(0, ctx.estimateMs - (ctx.now() - startedAt));
  for (;;) {
    if (delay > 0) await ctx.sleep(delay);
    const config = await call(ctx, counter, () => ctx.lambda.getFunctionConfiguration(name));
    const status = config.lastUpdateStatus;
    if (status === 'Failed')
      throw new UpdateFailed(`The update failed: ${config.lastUpdateStatusReason ?? 'no reason given'}`);
    if (status !== 'InProgress') {
      // Finished: next time, poll a little sooner (never below what it took).
      ctx.estimateMs = Math.max(200, Math.min(ctx.estimateMs, ctx.now() - startedAt) * 0.95);
      return config;
    }
    ctx.estimateMs = Math.min(ctx.estimateMs * 2, 8000);
    if (ctx.now() - startedAt > ctx.opts.maxWaitMs)
      throw new UpdateFailed('Gave up waiting for the update to finish');
    delay = ctx.estimateMs;
  }
}

function reasonOf(e: unknown): string {
  if (isLambdaError(e)) return e.details.awsMessage ?? e.message;
  return e instanceof Error ? e.message : String(e);
}

async function upgradeOne(ctx: Ctx, fn: FunctionSummary, from: string, to: string): Promise<BulkOutcome> {
  const notes: string[] = [];
  const counter: Counter = { name: fn.name, calls: 0, notes };
  let sent = false;
  const out = (status: BulkStatus, reason?: string, layers?: string[]): BulkOutcome => ({
    functionName: fn.name,
    status,
    calls: counter.calls,
    ...(reason !== undefined ? { reason } : {}),
    ...(layers ? { layers } : {}),
  });
  const stateOf = (c: FunctionSummary) => ({ layers: c.layers.map((l) => l.arn), revisionId: c.revisionId });
  // AWS refuses any change to a function past its runtime's block-update date: say so without a call.
  const runtime = fn.packageType === 'Image' ? undefined : assessRuntime(fn.runtime, new Date(ctx.now()));
  if (runtime?.status === 'updateBlocked') return out('skipped', runtime.note);
  try {
    // The RevisionId comes with ListFunctions; read only when the caller did not have it.
    const first =
      fn.revisionId === undefined
        ? stateOf(await call(ctx, counter, () => ctx.lambda.getFunctionConfiguration(fn.name)))
        : stateOf(fn);
    const { result } = await guardedWrite<ReturnType<typeof stateOf>, BulkOutcome>({
      state: first,
      maxRetries: ctx.opts.maxConflictRetries,
      write: async (state) => {
        const edit = applyEdit(fn, state.layers, { kind: 'upgrade', from, to });
        if (!edit.ok) return out('skipped', edit.problem.message);
        if (!edit.changed) return out('alreadyCurrent', notes.join('; ') || undefined);
        const startedAt = ctx.now();
        await call(ctx, counter, () =>
          ctx.lambda.updateFunctionConfiguration(
            fn.name,
            { layers: edit.layers },
            { revisionId: state.revisionId },
          ),
        );
        sent = true; // AWS accepted the update
        const done = await waitUpdated(ctx, counter, fn.name, startedAt);
        return out(
          'updated',
          notes.join('; ') || undefined,
          done.layers.map((l) => l.arn),
        );
      },
      // 412: re-read. 409: wait for the other update to finish (that read is the re-read).
      reread: async () =>
        stateOf(await call(ctx, counter, () => ctx.lambda.getFunctionConfiguration(fn.name))),
      waitUntilIdle: async () => stateOf(await waitUpdated(ctx, counter, fn.name, ctx.now())),
      onConflict: async (before, now) => {
        const change = describeListChange(before.layers, now.layers);
        notes.push(`changed by someone else (${change.join(', ') || 'not its layers'}): re-applied on top`);
        return true;
      },
    });
    return result;
  } catch (e) {
    if (isLambdaError(e, 'Cancelled') && ctx.signal?.aborted) {
      const why = [...notes, 'cancelled'].join('; ');
      return sent
        ? out('updated', `${why} before AWS confirmed the update finished: check the function`)
        : out('skipped', `${why} while waiting: not changed`);
    }
    return out('failed', [reasonOf(e), ...notes].join('; '));
  }
}

/** Upgrades every target from `opts.from` to `opts.to`; never throws for one function's failure. */
export async function bulkUpgrade(
  lambda: LambdaService,
  targets: FunctionSummary[],
  opts: BulkUpgradeOptions,
): Promise<BulkReport> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? realSleep;
  const started = now();
  const ctx: Ctx = {
    lambda,
    bucket: opts.bucket ?? new TokenBucket(opts.ratePerSecond ?? DEFAULT_RATE_PER_SECOND, now, sleep),
    opts: {
      maxConflictRetries: opts.maxConflictRetries ?? 3,
      maxWaitMs: opts.maxWaitMs ?? 300_000,
    },
    sleep,
    now,
    estimateMs: opts.initialUpdateEstimateMs ?? 500,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onWait ? { onWait: opts.onWait } : {}),
  };
  const outcomes: (BulkOutcome | undefined)[] = Array.from({ length: targets.length }, () => undefined);
  let nextIndex = 0;
  let done = 0;
  const finish = (i: number, o: BulkOutcome): void => {
    outcomes[i] = o;
    opts.onOutcome?.(o, ++done, targets.length);
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      if (opts.signal?.aborted) return;
      const i = nextIndex++;
      const fn = targets[i];
      if (!fn) return;
      if (fn.version !== '$LATEST') {
        finish(i, {
          functionName: `${fn.name}:${fn.version}`,
          status: 'skipped',
          reason: 'A published version cannot change: publish a new one',
          calls: 0,
        });
        continue;
      }
      opts.onStart?.(fn.name);
      finish(i, await upgradeOne(ctx, fn, opts.from, opts.to));
    }
  };
  const n = Math.max(1, Math.min(opts.concurrency ?? 10, targets.length));
  await Promise.all(Array.from({ length: n }, () => worker()));
  const cancelled = opts.signal?.aborted === true || outcomes.some((o) => o === undefined);
  const all = outcomes.map(
    (o, i): BulkOutcome =>
      o ?? {
        functionName: targets[i]!.name,
        status: 'skipped',
        reason: 'Cancelled before it started',
        calls: 0,
      },
  );
  const counts: Record<BulkStatus, number> = { updated: 0, alreadyCurrent: 0, skipped: 0, failed: 0 };
  for (const o of all) counts[o.status]++;
  return {
    outcomes: all,
    counts,
    cancelled,
    calls: all.reduce((s, o) => s + o.calls, 0),
    elapsedMs: now() - started,
  };
}

/** One line per function for the log channel, and one summary sentence. */
export function formatBulkReport(report: BulkReport, to: string): { lines: string[]; summary: string } {
  const label: Record<BulkStatus, string> = {
    updated: 'updated',
    alreadyCurrent: 'already current',
    skipped: 'skipped',
    failed: 'failed',
  };
  const lines = report.outcomes.map(
    (o) => `${o.functionName}: ${label[o.status]}${o.reason ? `: ${o.reason}` : ''}`,
  );
  const c = report.counts;
  const parts = [
    `${c.updated} updated`,
    `${c.alreadyCurrent} already current`,
    `${c.skipped} skipped`,
    `${c.failed} failed`,
  ];
  const summary = `${report.cancelled ? 'Cancelled; ' : ''}${parts.join(', ')}: ${layerVersionLabel(to)}`;
  return { lines, summary };
}
