"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TokenBucket = exports.DEFAULT_RATE_PER_SECOND = void 0;
exports.bulkUpgrade = bulkUpgrade;
exports.formatBulkReport = formatBulkReport;
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
const errors_1 = require("../aws/errors");
const guardedWrite_1 = require("../aws/guardedWrite");
const retryPolicy_1 = require("../aws/retryPolicy");
const layerArn_1 = require("../aws/layerArn");
const attachRules_1 = require("./attachRules");
const runtimes_1 = require("./runtimes");
/** AWS's 15 control-plane calls per second, with a margin for jitter and other callers. */
exports.DEFAULT_RATE_PER_SECOND = 14;
const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Evenly spaced permits (burst 1): a sliding-window limiter on the other side never sees a burst. */
class TokenBucket {
    ratePerSecond;
    now;
    sleep;
    next = 0;
    pausedUntil = 0;
    constructor(ratePerSecond, now = Date.now, sleep = realSleep) {
        this.ratePerSecond = ratePerSecond;
        this.now = now;
        this.sleep = sleep;
    }
    /**
     * Resolves when this caller may make one call. A wait for a pause (a 429's) ends as soon as `signal` aborts and
     * rejects with a Cancelled LambdaError; the short spacing between permits is always kept.
     */
    async take(signal) {
        for (;;) {
            const t = this.now();
            const paused = this.pausedUntil > t;
            if (paused && signal?.aborted)
                throw cancelledWait();
            const at = Math.max(t, this.next, this.pausedUntil);
            this.next = at + 1000 / this.ratePerSecond;
            if (at > t)
                await (paused ? (0, retryPolicy_1.sleepUnlessAborted)(at - t, signal, this.sleep) : this.sleep(at - t));
            if (paused && signal?.aborted)
                throw cancelledWait();
            // A 429 paused everybody while this caller slept: take a slot after the pause instead.
            if (this.now() >= this.pausedUntil)
                return;
        }
    }
    /** Nobody calls before `ms` from now (a 429's retryAfterSeconds), including callers already waiting. */
    pause(ms) {
        this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
        this.next = Math.max(this.next, this.pausedUntil);
    }
}
exports.TokenBucket = TokenBucket;
class UpdateFailed extends Error {
}
function cancelledWait() {
    return new errors_1.LambdaError('Cancelled', 'Cancelled while waiting.', { awsName: 'AbortError' });
}
/** One call through the bucket, re-tried by the one retry policy (a capped Retry-After, a request budget). */
async function call(ctx, counter, fn) {
    let used = 0;
    for (let tries = 0;; tries++) {
        await ctx.bucket.take(ctx.signal);
        counter.calls++;
        try {
            return await fn();
        }
        catch (e) {
            used += (0, retryPolicy_1.requestsSpent)(e);
            const next = (0, retryPolicy_1.retryDecision)(e, used, tries);
            if (!next || ctx.signal?.aborted)
                throw e;
            if (next.cappedFromSeconds !== undefined) {
                const note = `AWS asked to wait ${next.cappedFromSeconds} s; we wait at most ${retryPolicy_1.MAX_RETRY_WAIT_SECONDS} s`;
                if (!counter.notes.includes(note))
                    counter.notes.push(note);
            }
            ctx.onWait?.(counter.name, next.waitMs / 1000, next.cappedFromSeconds);
            ctx.bucket.pause(next.waitMs);
        }
    }
}
/** Polls until the function's update finished; learns how long updates take. */
async function waitUpdated(ctx, counter, name, startedAt) {
    let delay = Math.max(0, ctx.estimateMs - (ctx.now() - startedAt));
    for (;;) {
        if (delay > 0)
            await ctx.sleep(delay);
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
function reasonOf(e) {
    if ((0, errors_1.isLambdaError)(e))
        return e.details.awsMessage ?? e.message;
    return e instanceof Error ? e.message : String(e);
}
async function upgradeOne(ctx, fn, from, to) {
    const notes = [];
    const counter = { name: fn.name, calls: 0, notes };
    let sent = false;
    const out = (status, reason, layers) => ({
        functionName: fn.name,
        status,
        calls: counter.calls,
        ...(reason !== undefined ? { reason } : {}),
        ...(layers ? { layers } : {}),
    });
    const stateOf = (c) => ({ layers: c.layers.map((l) => l.arn), revisionId: c.revisionId });
    // AWS refuses any change to a function past its runtime's block-update date: say so without a call.
    const runtime = fn.packageType === 'Image' ? undefined : (0, runtimes_1.assessRuntime)(fn.runtime, new Date(ctx.now()));
    if (runtime?.status === 'updateBlocked')
        return out('skipped', runtime.note);
    try {
        // The RevisionId comes with ListFunctions; read only when the caller did not have it.
        const first = fn.revisionId === undefined
            ? stateOf(await call(ctx, counter, () => ctx.lambda.getFunctionConfiguration(fn.name)))
            : stateOf(fn);
        const { result } = await (0, guardedWrite_1.guardedWrite)({
            state: first,
            maxRetries: ctx.opts.maxConflictRetries,
            write: async (state) => {
                const edit = (0, attachRules_1.applyEdit)(fn, state.layers, { kind: 'upgrade', from, to });
                if (!edit.ok)
                    return out('skipped', edit.problem.message);
                if (!edit.changed)
                    return out('alreadyCurrent', notes.join('; ') || undefined);
                const startedAt = ctx.now();
                await call(ctx, counter, () => ctx.lambda.updateFunctionConfiguration(fn.name, { layers: edit.layers }, { revisionId: state.revisionId }));
                sent = true; // AWS accepted the update
                const done = await waitUpdated(ctx, counter, fn.name, startedAt);
                return out('updated', notes.join('; ') || undefined, done.layers.map((l) => l.arn));
            },
            // 412: re-read. 409: wait for the other update to finish (that read is the re-read).
            reread: async () => stateOf(await call(ctx, counter, () => ctx.lambda.getFunctionConfiguration(fn.name))),
            waitUntilIdle: async () => stateOf(await waitUpdated(ctx, counter, fn.name, ctx.now())),
            onConflict: async (before, now) => {
                const change = (0, attachRules_1.describeListChange)(before.layers, now.layers);
                notes.push(`changed by someone else (${change.join(', ') || 'not its layers'}): re-applied on top`);
                return true;
            },
        });
        return result;
    }
    catch (e) {
        if ((0, errors_1.isLambdaError)(e, 'Cancelled') && ctx.signal?.aborted) {
            const why = [...notes, 'cancelled'].join('; ');
            return sent
                ? out('updated', `${why} before AWS confirmed the update finished: check the function`)
                : out('skipped', `${why} while waiting: not changed`);
        }
        return out('failed', [reasonOf(e), ...notes].join('; '));
    }
}
/** Upgrades every target from `opts.from` to `opts.to`; never throws for one function's failure. */
async function bulkUpgrade(lambda, targets, opts) {
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? realSleep;
    const started = now();
    const ctx = {
        lambda,
        bucket: opts.bucket ?? new TokenBucket(opts.ratePerSecond ?? exports.DEFAULT_RATE_PER_SECOND, now, sleep),
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
    const outcomes = Array.from({ length: targets.length }, () => undefined);
    let nextIndex = 0;
    let done = 0;
    const finish = (i, o) => {
        outcomes[i] = o;
        opts.onOutcome?.(o, ++done, targets.length);
    };
    const worker = async () => {
        for (;;) {
            if (opts.signal?.aborted)
                return;
            const i = nextIndex++;
            const fn = targets[i];
            if (!fn)
                return;
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
    const all = outcomes.map((o, i) => o ?? {
        functionName: targets[i].name,
        status: 'skipped',
        reason: 'Cancelled before it started',
        calls: 0,
    });
    const counts = { updated: 0, alreadyCurrent: 0, skipped: 0, failed: 0 };
    for (const o of all)
        counts[o.status]++;
    return {
        outcomes: all,
        counts,
        cancelled,
        calls: all.reduce((s, o) => s + o.calls, 0),
        elapsedMs: now() - started,
    };
}
/** One line per function for the log channel, and one summary sentence. */
function formatBulkReport(report, to) {
    const label = {
        updated: 'updated',
        alreadyCurrent: 'already current',
        skipped: 'skipped',
        failed: 'failed',
    };
    const lines = report.outcomes.map((o) => `${o.functionName}: ${label[o.status]}${o.reason ? `: ${o.reason}` : ''}`);
    const c = report.counts;
    const parts = [
        `${c.updated} updated`,
        `${c.alreadyCurrent} already current`,
        `${c.skipped} skipped`,
        `${c.failed} failed`,
    ];
    const summary = `${report.cancelled ? 'Cancelled; ' : ''}${parts.join(', ')}: ${(0, layerArn_1.layerVersionLabel)(to)}`;
    return { lines, summary };
}
//# sourceMappingURL=bulkUpgrade.js.map