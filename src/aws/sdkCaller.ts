// How SdkLambdaService sends: one SDK call with the caller's signal, a non-idempotent call sent once (lostAnswer.ts),
// paginators as AsyncIterable<Page<T>>; every failure leaves as a LambdaError.
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { LambdaError } from './errors';
import type { CallOptions, ListOptions, Page } from './lambdaService';
import { isLostAnswerError, LostAnswer, sendOnce } from './lostAnswer';
import { toLambdaError } from './mapError';
import { cancelled, mappedPages } from './sdkCalls';
import { pageSize } from './sdkShapes';

export interface SdkCallerOptions {
  /** The profile in use, named in credential error messages. */
  profile?: string;
  /** A client with one attempt per call and a socket timeout for a body of this many bytes (default: the client). */
  onceClient?: (bodyBytes: number) => LambdaClient;
}

export class SdkCaller {
  constructor(
    private readonly client: LambdaClient,
    private readonly options: SdkCallerOptions = {},
  ) {}

  fail(e: unknown, signal: AbortSignal | undefined): LambdaError {
    if (signal?.aborted) return cancelled();
    const ctx = this.options.profile !== undefined ? { profile: this.options.profile } : {};
    return toLambdaError(e, ctx);
  }

  /** Runs one SDK call with the caller's signal; every failure leaves as a LambdaError (or a LostAnswer, if asked). */
  async call<T>(
    signal: AbortSignal | undefined,
    run: (o: { abortSignal?: AbortSignal }) => Promise<T>,
    lostAnswers = false,
  ): Promise<T> {
    if (signal?.aborted) throw cancelled();
    try {
      return await run(signal ? { abortSignal: signal } : {});
    } catch (e) {
      if (lostAnswers && !signal?.aborted && isLostAnswerError(e)) throw new LostAnswer(this.fail(e, signal));
      throw this.fail(e, signal);
    }
  }

  /** A call that is not idempotent: one attempt, and after a lost answer `find` decides (lostAnswer.ts). */
  once<T>(
    what: string,
    opts: CallOptions | undefined,
    bodyBytes: number,
    send: (client: LambdaClient, o: { abortSignal?: AbortSignal }) => Promise<T>,
    find: (since: number) => Promise<T | undefined>,
    describe: (found: T) => string,
  ): Promise<T> {
    const client = this.options.onceClient?.(bodyBytes) ?? this.client;
    return sendOnce({
      what,
      send: () => this.call(opts?.signal, (o) => send(client, o), true),
      find,
      describe,
      ...(opts?.onRecovered ? { onRecovered: opts.onRecovered } : {}),
    });
  }

  /** Pages of an SDK paginator, mapped (see mappedPages); failures become LambdaErrors. */
  pages<R, T>(
    signal: AbortSignal | undefined,
    paginator: () => AsyncIterable<R>,
    map: (page: R) => Page<T>,
  ): AsyncIterable<Page<T>> {
    return mappedPages(signal, paginator, map, (e) => this.fail(e, signal));
  }

  paginatorConfig(opts: ListOptions | undefined, max: number) {
    const size = pageSize(opts?.pageSize, max);
    return {
      client: this.client,
      ...(size !== undefined ? { pageSize: size } : {}),
      ...(opts?.startingMarker ? { startingToken: opts.startingMarker } : {}),
    };
  }

  sendOptions(signal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
    return signal ? { abortSignal: signal } : {};
  }
}
