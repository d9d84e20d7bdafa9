// The one implementation of a RevisionId-guarded write. AWS answers a write made on an out-of-date revision
// with 412 (PreconditionFailed) and a write while another update runs with 409 (ResourceConflict). Both are
// handled the same way everywhere (layer edits, bulk upgrades, deploys, publishing a version, policy grants):
//   412 → read the resource again, tell the caller what changed, and re-apply the change on top (or stop);
//   409 → wait until the other update finished, then the same;
// a bounded number of times, and never after the signal aborted. No vscode, no prompts: the caller decides
// what "tell" means (a modal, a note in a bulk report, or an error that makes a panel reload).
import { isLambdaError } from './errors';
import { MAX_CONFLICT_RETRIES } from './limits';

export type ConflictCause = 'changed' | 'busy';

export interface GuardedWriteSpec<S, R> {
  /** The resource as the user saw it; carries the revision the write is guarded with. */
  state: S;
  /** The write, made against `state` (with its revision). */
  write(state: S, signal?: AbortSignal): Promise<R>;
  /** After a 412: the resource as it is now. */
  reread(signal?: AbortSignal): Promise<S>;
  /** After a 409: waits until the update in progress finished and returns the resource then. Without it, 409 is thrown. */
  waitUntilIdle?(signal?: AbortSignal): Promise<S>;
  /**
   * Somebody else changed the resource (`changed`, after a 412) or was changing it (`busy`, after a 409): resolve
   * true to apply the change again on top of `now`, false to stop (the write rejects with `stopped()`), or throw.
   * Default: apply again.
   */
  onConflict?(before: S, now: S, cause: ConflictCause): Promise<boolean>;
  /** Whether an error means "out of date" (default: PreconditionFailed). */
  isOutOfDate?(e: unknown): boolean;
  /** What a `false` from onConflict rejects with (default: the 412 itself). */
  stopped?(): Error;
  /** Re-tries after 412/409 before the last error is thrown (default MAX_CONFLICT_RETRIES). */
  maxRetries?: number;
  signal?: AbortSignal;
}

export interface GuardedWriteResult<S, R> {
  result: R;
  /** The state the successful write was made against. */
  state: S;
  /** How many times the change was applied again on top of somebody else's. */
  reapplied: number;
}

export async function guardedWrite<S, R>(spec: GuardedWriteSpec<S, R>): Promise<GuardedWriteResult<S, R>> {
  const outOfDate = (e: unknown) =>
    spec.isOutOfDate ? spec.isOutOfDate(e) : isLambdaError(e, 'PreconditionFailed');
  const max = spec.maxRetries ?? MAX_CONFLICT_RETRIES;
  let state = spec.state;
  for (let attempt = 0; ; attempt++) {
    spec.signal?.throwIfAborted();
    try {
      return { result: await spec.write(state, spec.signal), state, reapplied: attempt };
    } catch (e) {
      const changed = outOfDate(e);
      const busy = !changed && isLambdaError(e, 'Conflict') && spec.waitUntilIdle !== undefined;
      if ((!changed && !busy) || attempt >= max || spec.signal?.aborted) throw e;
      const now = changed ? await spec.reread(spec.signal) : await spec.waitUntilIdle!(spec.signal);
      const again = spec.onConflict ? await spec.onConflict(state, now, changed ? 'changed' : 'busy') : true;
      if (!again) throw spec.stopped?.() ?? e;
      state = now;
    }
  }
}
