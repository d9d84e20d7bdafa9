// An AWS-shaped error: the emulator turns it into an HTTP status, an `x-amzn-errortype` header and a JSON body.

/** Errors whose model member is `Message` (capital M); the rest use `message`, as the Lambda model says. */
const CAPITAL_MESSAGE = new Set(['ResourceNotFoundException', 'ServiceException']);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra body members (e.g. `retryAfterSeconds`, `Reason`) and headers. */
    readonly extra: { body?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }

  /** The JSON body AWS Lambda sends: `{"Type":"User","message":"…"}`, `Type` Service for 5xx. */
  body(): Record<string, string> {
    const type = this.status >= 500 ? 'Service' : 'User';
    const key = CAPITAL_MESSAGE.has(this.code) ? 'Message' : 'message';
    return { Type: type, [key]: this.message, ...this.extra.body };
  }
}

export const notFound = (message: string): ApiError =>
  new ApiError(404, 'ResourceNotFoundException', message);
export const invalidParameter = (message: string): ApiError =>
  new ApiError(400, 'InvalidParameterValueException', message);
export const conflict = (message: string): ApiError =>
  new ApiError(409, 'ResourceConflictException', message);
export const preconditionFailed = (message: string): ApiError =>
  new ApiError(412, 'PreconditionFailedException', message);

/** AWS's model-validation wording: `1 validation error detected: Value 'x' at 'field' failed to satisfy constraint: …`. */
export function validation(field: string, value: unknown, constraint: string): ApiError {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return new ApiError(
    400,
    'ValidationException',
    `1 validation error detected: Value '${shown}' at '${field}' failed to satisfy constraint: ${constraint}`,
  );
}

export function throttled(retryAfterSeconds: number, reason: string): ApiError {
  return new ApiError(429, 'TooManyRequestsException', 'Rate exceeded', {
    body: { retryAfterSeconds: String(retryAfterSeconds), Reason: reason },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}
