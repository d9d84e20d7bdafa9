// Errors from the one door, in our words. No vscode, no SDK types: the SDK adapter maps into these.

export type LambdaErrorKind =
  | 'NotFound' // 404 ResourceNotFoundException
  | 'Conflict' // 409 ResourceConflictException (exists, or an update is in progress)
  | 'PreconditionFailed' // 412 RevisionId mismatch
  | 'Throttled' // 429 TooManyRequestsException, after the SDK's retries ran out
  | 'InvalidParameter' // 400 InvalidParameterValueException
  | 'Validation' // 400 ValidationException
  | 'TooLarge' // 413 RequestEntityTooLargeException / CodeStorageExceeded
  | 'Credentials' // no credentials, expired SSO token, signature rejected
  | 'AccessDenied' // 403
  | 'Network' // endpoint unreachable, connection dropped
  | 'Service' // 5xx
  | 'Cancelled' // the caller aborted
  | 'Timeout' // a waiter gave up
  | 'Unknown';

/**
 * An endpoint sent a page marker it had sent before in the same listing (the same page again, or a cycle): the
 * listing would never end.
 */
export function repeatedMarkerError(marker: string): LambdaError {
  return new LambdaError(
    'Service',
    'The endpoint sent a page marker it had sent before: its listing would never end. Check the endpoint setting.',
    { awsMessage: `NextMarker ${JSON.stringify(marker.slice(0, 100))} again` },
  );
}

export class LambdaError extends Error {
  override readonly name = 'LambdaError';
  constructor(
    readonly kind: LambdaErrorKind,
    /** A user-facing sentence that says what happened and what to do. */
    message: string,
    readonly details: {
      /** The AWS error name, e.g. `ResourceConflictException`. */
      awsName?: string;
      httpStatus?: number;
      /** What AWS said, verbatim (never includes secrets or presigned URLs). */
      awsMessage?: string;
      retryAfterSeconds?: number;
      requestId?: string;
      /** Requests the SDK sent for this call (its retries included). */
      attempts?: number;
    } = {},
  ) {
    super(message);
  }
}

export function isLambdaError(e: unknown, kind?: LambdaErrorKind): e is LambdaError {
  return e instanceof LambdaError && (kind === undefined || e.kind === kind);
}
