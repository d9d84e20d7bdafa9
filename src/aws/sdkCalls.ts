// How SdkLambdaService drives the SDK beyond a single request: paginators as AsyncIterable<Page<T>> that
// stop on abort, and the function waiters. Every failure leaves as a LambdaError.

import { waitForFunctionActiveV2, waitForFunctionUpdatedV2 } from '@aws-sdk/client-lambda';
import type { GetFunctionResponse, LambdaClient } from '@aws-sdk/client-lambda';
import { LambdaError, repeatedMarkerError } from './errors';
import type { CodeSource, FunctionConfiguration, Page, WaitOptions } from './lambdaService';
import { inlineRequestBytes } from './limits';
import { redactMessage } from './mapError';
import { toConfiguration } from './sdkShapes';

const DEFAULT_MAX_WAIT_SECONDS = 300;

/** Bytes of the request body that carries this code (inline: base64 plus the JSON around it; S3: small). */
export function inlineBytes(code: CodeSource): number {
  return 'zipFile' in code ? inlineRequestBytes(code.zipFile.byteLength) : 0;
}

export function cancelled(): LambdaError {
  return new LambdaError('Cancelled', 'The operation was cancelled.', { awsName: 'AbortError' });
}

/**
 * Pages of an SDK paginator, mapped; errors and aborts become LambdaErrors. Each iteration of the returned
 * iterable is a fresh listing (a new paginator), so a caller may iterate it again to start over.
 */
export function mappedPages<R, T>(
  signal: AbortSignal | undefined,
  paginator: () => AsyncIterable<R>,
  map: (page: R) => Page<T>,
  fail: (e: unknown) => LambdaError,
): AsyncIterable<Page<T>> {
  return {
    async *[Symbol.asyncIterator](): AsyncGenerator<Page<T>, void, undefined> {
      if (signal?.aborted) throw cancelled();
      const it = paginator()[Symbol.asyncIterator]();
      // The SDK's paginator asks for the next page as long as a marker comes back: an endpoint that sends one it
      // sent before (the same page again, or a cycle) would make a listing that never ends.
      const markers = new Set<string>();
      try {
        while (true) {
          let next: IteratorResult<R>;
          try {
            next = await it.next();
          } catch (e) {
            throw fail(e);
          }
          if (next.done) return;
          const mapped = map(next.value);
          if (mapped.nextMarker !== undefined) {
            if (markers.has(mapped.nextMarker)) throw repeatedMarkerError(mapped.nextMarker);
            markers.add(mapped.nextMarker);
          }
          yield mapped;
          if (signal?.aborted) throw cancelled();
        }
      } finally {
        // The caller stopped early (break) or failed: close the SDK paginator so it sends nothing more.
        await it.return?.();
      }
    },
  };
}

/** What the waiter needs from the service. */
export interface WaitContext {
  client: LambdaClient;
  options: { waiterMinDelaySeconds?: number; waiterMaxDelaySeconds?: number };
  /** One GetFunctionConfiguration (failures already LambdaErrors). */
  read(functionName: string, opts: WaitOptions | undefined): Promise<FunctionConfiguration>;
  fail(e: unknown, signal: AbortSignal | undefined): LambdaError;
}

/**
 * The SDK's V2 waiters (GetFunction polling with backoff). We use the `waitFor…` form of the same waiter:
 * `waitUntil…` throws an Error whose message is the JSON of the last GetFunction response, presigned code
 * URL included; here the outcome is read from the result and turned into a LambdaError.
 */
export async function waitForFunction(
  ctx: WaitContext,
  functionName: string,
  opts: WaitOptions | undefined,
  what: 'updated' | 'active',
): Promise<FunctionConfiguration> {
  const signal = opts?.signal;
  if (signal?.aborted) throw cancelled();
  const maxWaitTime = opts?.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
  const minDelay = Math.min(ctx.options.waiterMinDelaySeconds ?? 1, maxWaitTime / 2);
  const params = {
    client: ctx.client,
    maxWaitTime,
    minDelay,
    maxDelay: Math.max(minDelay, ctx.options.waiterMaxDelaySeconds ?? 5),
    ...(signal ? { abortSignal: signal } : {}),
  };
  // One read first: the SDK waiter retries on every error (a missing function, expired credentials) until
  // maxWaitTime, so those fail here at once; and a function already settled needs no waiting.
  const current = await ctx.read(functionName, opts);
  const settled = what === 'updated' ? current.lastUpdateStatus : current.state;
  if (settled === (what === 'updated' ? 'Successful' : 'Active')) return current;
  if (settled === 'Failed') {
    throw waitFailure(
      what,
      what === 'updated' ? current.lastUpdateStatusReason : current.stateReason,
      undefined,
    );
  }

  const input = { FunctionName: functionName };
  let result: { state: string; reason?: unknown; observedResponses?: Record<string, number> };
  try {
    result =
      what === 'updated'
        ? await waitForFunctionUpdatedV2(params, input)
        : await waitForFunctionActiveV2(params, input);
  } catch (e) {
    throw ctx.fail(e, signal);
  }
  const config = (result.reason as GetFunctionResponse | undefined)?.Configuration;
  switch (result.state) {
    case 'SUCCESS':
      return toConfiguration(config ?? {});
    case 'ABORTED':
      throw cancelled();
    case 'FAILURE':
      throw waitFailure(
        what,
        what === 'updated' ? config?.LastUpdateStatusReason : config?.StateReason,
        what === 'updated' ? config?.LastUpdateStatusReasonCode : config?.StateReasonCode,
      );
    default: {
      const seen = Object.keys(result.observedResponses ?? {});
      const last = seen[seen.length - 1];
      const status = what === 'updated' ? 'still updating' : 'still not active';
      throw new LambdaError(
        'Timeout',
        `The function is ${status} after ${maxWaitTime} s. Check it again later${last ? ` (last answer: ${redactMessage(last)})` : ''}: ${functionName}`,
        {},
      );
    }
  }
}

/** The function's update (or activation) failed on AWS's side: say why, in AWS's words. */
function waitFailure(
  what: 'updated' | 'active',
  reason: string | undefined,
  code: string | undefined,
): LambdaError {
  const advice =
    what === 'updated'
      ? 'The function update failed on AWS. Fix the cause and update the function again'
      : 'The function could not become active. Fix the cause and update the function again';
  return new LambdaError('Unknown', `${advice}: ${redactMessage(reason ?? code ?? 'no reason given')}`, {
    awsName: code ?? (what === 'updated' ? 'LastUpdateStatus: Failed' : 'State: Failed'),
    ...(reason !== undefined ? { awsMessage: redactMessage(reason) } : {}),
  });
}
