// One debug log line per AWS call: service and operation, outcome (HTTP status or error name), duration
// (retries included), attempts and request id. Never a body, a header, a URL or a parameter: those carry
// environment values, code, and presigned URLs with signatures. Added to each client as SDK middleware.
import type { InitializeMiddleware, MetadataBearer, MiddlewareStack } from '@smithy/types';

interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  attempts?: number;
}

export interface CallLogEvent {
  /** `Lambda.ListFunctions`, `S3.PutObject`. */
  operation: string;
  ok: boolean;
  ms: number;
  status?: number;
  /** The AWS error name (or the error's name) of a failed call. */
  error?: string;
  requestId?: string;
  attempts?: number;
}

/** The log line for a call: `Lambda.ListFunctions → 200 in 42 ms (1 attempt, request 1f2e…)`. */
export function callLogLine(e: CallLogEvent): string {
  const outcome = e.ok
    ? `${e.status ?? 'ok'}`
    : `failed${e.status ? ` ${e.status}` : ''} ${e.error ?? ''}`.trim();
  const extra = [
    e.attempts !== undefined ? `${e.attempts} attempt${e.attempts === 1 ? '' : 's'}` : undefined,
    e.requestId ? `request ${e.requestId}` : undefined,
  ].filter(Boolean);
  return `AWS ${e.operation} → ${outcome} in ${Math.round(e.ms)} ms${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** Only a short identifier-like string from the SDK's context gets into the log. */
function safeName(s: unknown, fallback: string): string {
  return typeof s === 'string' && /^[A-Za-z0-9_.-]{1,80}$/.test(s) ? s : fallback;
}

/**
 * Adds the call log to a client: `onCall` gets one event per operation (after the SDK's retries), on success and
 * on failure. The error itself goes on unchanged.
 */
export function addCallLog<I extends object, O extends MetadataBearer>(
  client: { middlewareStack: MiddlewareStack<I, O> },
  onCall: (event: CallLogEvent) => void,
  now: () => number = () => performance.now(),
): void {
  const middleware: InitializeMiddleware<I, O> = (next, context) => async (args) => {
    const c = context as { clientName?: string; commandName?: string };
    const operation = `${safeName(c.clientName, 'Client').replace(/Client$/, '')}.${safeName(c.commandName, 'Command').replace(/Command$/, '')}`;
    const started = now();
    try {
      const result = await next(args);
      const meta = (result.output as { $metadata?: ResponseMetadata } | undefined)?.$metadata;
      report(onCall, {
        operation,
        ok: true,
        ms: now() - started,
        status: meta?.httpStatusCode,
        requestId: meta?.requestId ? safeName(meta.requestId, '') || undefined : undefined,
        attempts: meta?.attempts,
      });
      return result;
    } catch (e) {
      const err = e as { name?: unknown; $metadata?: ResponseMetadata };
      const meta = err?.$metadata;
      report(onCall, {
        operation,
        ok: false,
        ms: now() - started,
        status: meta?.httpStatusCode,
        error: safeName(err?.name, 'Error'),
        requestId: meta?.requestId ? safeName(meta.requestId, '') || undefined : undefined,
        attempts: meta?.attempts,
      });
      throw e;
    }
  };
  client.middlewareStack.add(middleware, {
    step: 'initialize',
    name: 'lambdaExplorerCallLog',
    override: true,
  });
}

function report(onCall: (event: CallLogEvent) => void, event: CallLogEvent): void {
  try {
    onCall(event);
  } catch {
    // Logging never breaks a call.
  }
}
