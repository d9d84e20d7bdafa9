// Calls that are not idempotent (PublishLayerVersion, CreateFunction, PublishVersion, AddLayerVersionPermission)
// are sent once, never re-sent blindly: when the answer is lost (a socket timeout, a dropped connection), AWS may
// have done the work. Reconcile first: look for what the call would have made; found → that is the answer;
// proven absent → send once more; unknown → say so, never "try again" (that would make a second one). No SDK,
// no vscode: the adapter supplies `send` (one attempt) and `find` (the reads that prove what happened).
import { LambdaError, isLambdaError } from './errors';

/** A failed attempt whose request may have reached AWS but whose answer did not come back. */
export class LostAnswer extends Error {
  override readonly name = 'LostAnswer';
  constructor(readonly cause: LambdaError) {
    super(cause.message);
  }
}

const LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET']);

/**
 * Whether an SDK/network error means "sent, answer lost" (duck-typed, no SDK import). A refused connection or an
 * unknown host never reached AWS: not lost, just failed.
 */
export function isLostAnswerError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    $metadata?: { httpStatusCode?: unknown };
  };
  if (x.$metadata?.httpStatusCode !== undefined) return false; // AWS answered
  if (typeof x.code === 'string' && LOST_CODES.has(x.code)) return true;
  if (x.name === 'TimeoutError' || x.name === 'RequestTimeout') return true;
  return typeof x.message === 'string' && /socket hang up|timed? ?out/i.test(x.message);
}

/** How far back a reconciliation looks for something the lost call made (clock skew included). */
export const RECONCILE_WINDOW_MS = 5 * 60_000;

export interface SendOnceSpec<R> {
  /** e.g. "PublishLayerVersion of shared-utils": named in messages. */
  what: string;
  /** One attempt. Throws LostAnswer when the answer was lost, any other error as it is. */
  send(): Promise<R>;
  /** After a lost answer: the result the call made, undefined when it provably made nothing. `since`: epoch ms. */
  find(since: number): Promise<R | undefined>;
  /** A sentence for the log when the call's result was found instead of answered. */
  describe(found: R): string;
  onRecovered?(note: string): void;
  now?: () => number;
}

/** Sends once; after a lost answer reconciles, and sends once more only when nothing happened. */
export async function sendOnce<R>(spec: SendOnceSpec<R>): Promise<R> {
  const now = spec.now ?? Date.now;
  const since = now() - RECONCILE_WINDOW_MS;
  for (let attempt = 1; ; attempt++) {
    let lost: LostAnswer;
    try {
      return await spec.send();
    } catch (e) {
      if (!(e instanceof LostAnswer)) throw e;
      lost = e;
    }
    let found: R | undefined;
    try {
      found = await spec.find(since);
    } catch (e) {
      if (isLambdaError(e, 'Conflict')) throw e;
      throw new LambdaError(
        'Network',
        `${spec.what}: AWS did not answer, and checking whether the call went through failed too. Do not send it again yet: refresh and look first (${isLambdaError(e) ? e.message : String(e)})`,
        { ...lost.cause.details },
      );
    }
    if (found !== undefined) {
      spec.onRecovered?.(
        `${spec.what}: AWS did not answer in time, but the call went through: ${spec.describe(found)} (not sent again).`,
      );
      return found;
    }
    if (attempt >= 2) {
      throw new LambdaError(
        'Network',
        `${spec.what}: AWS did not answer twice, and nothing was made. Check your network connection, then try again: ${lost.cause.details.awsMessage ?? lost.cause.message}`,
        { ...lost.cause.details },
      );
    }
  }
}
