"use strict";
// Maps whatever the AWS SDK (or Node's network stack) threw into a LambdaError whose message tells the user
// what to do. Duck-typed on the SDK's error shape: no SDK import here.
Object.defineProperty(exports, "__esModule", { value: true });
exports.redactMessage = redactMessage;
exports.toLambdaError = toLambdaError;
const redact_1 = require("./redact");
const errors_1 = require("./errors");
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ECONNABORTED',
    'UND_ERR_SOCKET',
    'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
const MAX_AWS_MESSAGE = 400;
/** redactMessage() for a message a user sees: also bounded in length. */
function redactMessage(text) {
    const out = (0, redact_1.redact)(text);
    return out.length > MAX_AWS_MESSAGE ? `${out.slice(0, MAX_AWS_MESSAGE)}…` : out;
}
function str(v) {
    return typeof v === 'string' && v.length > 0 ? v : undefined;
}
function num(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
        return Number(v);
    return undefined;
}
function networkCode(e) {
    const code = str(e.code);
    if (code !== undefined && NETWORK_CODES.has(code))
        return code;
    // Node 20's happy-eyeballs connect failures arrive as an AggregateError of per-address errors.
    if (Array.isArray(e.errors)) {
        for (const inner of e.errors) {
            const c = typeof inner === 'object' && inner !== null ? str(inner.code) : undefined;
            if (c !== undefined && NETWORK_CODES.has(c))
                return c;
        }
    }
    return undefined;
}
function sso(profile) {
    return `aws sso login --profile ${profile ?? '<name>'}`;
}
function make(kind, advice, e, awsMessage) {
    const name = str(e.name);
    const status = num(e.$metadata?.httpStatusCode);
    const requestId = str(e.$metadata?.requestId);
    const retryAfterSeconds = num(e.retryAfterSeconds);
    const details = {};
    if (name !== undefined)
        details.awsName = name;
    if (status !== undefined)
        details.httpStatus = status;
    if (awsMessage !== undefined)
        details.awsMessage = awsMessage;
    if (retryAfterSeconds !== undefined)
        details.retryAfterSeconds = retryAfterSeconds;
    if (requestId !== undefined)
        details.requestId = requestId;
    const attempts = num(e.$metadata?.attempts);
    if (attempts !== undefined)
        details.attempts = attempts;
    const message = awsMessage !== undefined ? `${advice}: ${awsMessage}` : `${advice}.`;
    return new errors_1.LambdaError(kind, message, details);
}
/** Maps an error thrown by the SDK or the network into a LambdaError. A LambdaError is returned as it is. */
function toLambdaError(error, ctx = {}) {
    if (error instanceof errors_1.LambdaError)
        return error;
    const e = typeof error === 'object' && error !== null ? error : { message: String(error) };
    const name = str(e.name) ?? '';
    const rawMessage = str(e.message) ?? (typeof error === 'string' ? error : undefined);
    const awsMessage = rawMessage !== undefined ? redactMessage(rawMessage) : undefined;
    const status = num(e.$metadata?.httpStatusCode);
    const lower = (rawMessage ?? '').toLowerCase();
    if (name === 'AbortError' || str(e.code) === 'ABORT_ERR') {
        return new errors_1.LambdaError('Cancelled', 'The operation was cancelled.', { awsName: name || 'AbortError' });
    }
    // Before the names: the SDK renames ECONNRESET / EPIPE / ETIMEDOUT errors to TimeoutError.
    const netCode = networkCode(e);
    if ((netCode !== undefined && netCode !== 'ETIMEDOUT') ||
        (name !== 'TimeoutError' && /socket hang up|getaddrinfo/.test(lower))) {
        const why = netCode === 'ECONNREFUSED'
            ? ' (connection refused)'
            : netCode === 'ENOTFOUND' || netCode === 'EAI_AGAIN'
                ? ' (host not found)'
                : netCode === 'ECONNRESET' || netCode === 'EPIPE' || /socket hang up/.test(lower)
                    ? ' (the connection was dropped)'
                    : '';
        return make('Network', `Could not reach AWS Lambda${why}. Check your network connection, proxy and the endpoint setting, then try again`, e, awsMessage ?? netCode);
    }
    switch (name) {
        case 'ResourceNotFoundException':
            return make('NotFound', 'Not found: it may have been deleted, or it is in another Region or account. Refresh and check the Region', e, awsMessage);
        case 'ResourceConflictException':
            if (/in progress|is currently|pending/.test(lower)) {
                return make('Conflict', 'The function is busy (still being created or updated). Wait a few seconds and try again', e, awsMessage);
            }
            return make('Conflict', 'It already exists (for a permission, pick another statement ID). Refresh and try again', e, awsMessage);
        case 'ResourceInUseException':
        case 'ResourceNotReadyException':
            return make('Conflict', 'The resource is busy or not ready yet. Wait a few seconds and try again', e, awsMessage);
        case 'PreconditionFailedException':
            return make('PreconditionFailed', 'The function or policy changed since it was read (someone else updated it). Refresh and try again', e, awsMessage);
        case 'TooManyRequestsException':
        case 'ThrottlingException':
        case 'EC2ThrottledException': {
            const retryAfter = num(e.retryAfterSeconds);
            const wait = retryAfter !== undefined ? `Wait ${retryAfter} s` : 'Wait a few seconds';
            return make('Throttled', `AWS is throttling requests (too many calls per second). ${wait} and try again`, e, awsMessage);
        }
        case 'InvalidParameterValueException':
            if (/runtime parameter of .* is no longer supported/i.test(rawMessage ?? '')) {
                return make('InvalidParameter', "AWS no longer lets functions on this runtime be created or changed. You can still invoke and read it; change its runtime to a supported one first (the function's tooltip names one), then try again", e, awsMessage);
            }
            return make('InvalidParameter', 'AWS rejected a value. Correct it and try again', e, awsMessage);
        case 'InvalidRuntimeException':
        case 'InvalidZipFileException':
        case 'InvalidSecurityGroupIDException':
        case 'InvalidSubnetIDException':
            return make('InvalidParameter', 'AWS rejected a value. Correct it and try again', e, awsMessage);
        case 'ValidationException':
        case 'InvalidRequestContentException':
        case 'UnsupportedMediaTypeException':
        case 'SerializationException':
            return make('Validation', 'A value does not have the form AWS accepts. Correct it and try again', e, awsMessage);
        // AWS answers an inline upload over the request limit with RequestEntityTooLargeException (not in the SDK's
        // model, so it arrives by name only); RequestTooLargeException is Invoke's payload limit.
        case 'RequestEntityTooLargeException':
        case 'RequestTooLargeException':
        case 'SerializedRequestEntityTooLargeException':
            return make('TooLarge', 'The request is too large for a direct upload (50 MB zipped). Upload the archive through S3 instead', e, awsMessage);
        case 'CodeStorageExceededException':
            return make('TooLarge', "The Region's code storage for this account is full. Delete unused function versions or layer versions, or ask AWS for a higher quota", e, awsMessage);
        case 'PolicyLengthExceededException':
            return make('TooLarge', 'The policy would be larger than AWS allows (20 KB). Remove some statements first', e, awsMessage);
        case 'ServiceQuotaExceededException':
            return make('TooLarge', 'An AWS quota for this account is used up. Free some capacity or ask AWS for a higher quota', e, awsMessage);
        case 'ExpiredTokenException':
        case 'ExpiredToken':
        case 'RequestExpired':
            return make('Credentials', `Your AWS session has expired. Sign in again (\`${sso(ctx.profile)}\` for SSO, or refresh the profile's keys) and retry`, e, awsMessage);
        case 'UnrecognizedClientException':
        case 'InvalidSignatureException':
        case 'SignatureDoesNotMatch':
        case 'InvalidClientTokenId':
        case 'IncompleteSignature':
        case 'MissingAuthenticationToken':
            return make('Credentials', 'AWS did not accept your credentials (unknown access key, wrong secret, or a clock far off). Pick another profile or fix it with `aws configure`', e, awsMessage);
        case 'CredentialsProviderError':
        case 'TokenProviderError':
        case 'UnauthorizedException':
            if (/sso|token|expired|session/.test(lower)) {
                return make('Credentials', `Your AWS SSO session has expired or is missing. Run \`${sso(ctx.profile)}\` and try again`, e, awsMessage);
            }
            return make('Credentials', `No usable AWS credentials were found. Pick a profile, or configure one with \`aws configure\` (\`${sso(ctx.profile)}\` for SSO)`, e, awsMessage);
        case 'AccessDeniedException':
        case 'AccessDenied':
        case 'KMSAccessDeniedException':
        case 'EC2AccessDeniedException':
            return make('AccessDenied', 'Your credentials are not allowed to do this. Ask for the IAM permission, or pick a profile that has it', e, awsMessage);
        case 'ServiceException':
            return make('Service', 'AWS Lambda had a problem on its side. Try again in a moment', e, awsMessage);
        case 'TimeoutError':
        case 'RequestTimeout':
        case 'RequestTimeoutException':
            return make('Network', 'AWS Lambda did not answer in time. Check your network connection, proxy and endpoint, then try again', e, awsMessage);
    }
    if (/could not load credentials|credential|sso session/.test(lower)) {
        return make('Credentials', `No usable AWS credentials were found. Pick a profile, or configure one with \`aws configure\` (\`${sso(ctx.profile)}\` for SSO)`, e, awsMessage);
    }
    if (status === 403) {
        return make('AccessDenied', 'Your credentials are not allowed to do this. Ask for the IAM permission, or pick a profile that has it', e, awsMessage);
    }
    if (status === 404) {
        return make('NotFound', 'Not found: it may have been deleted, or it is in another Region or account. Refresh and check the Region', e, awsMessage);
    }
    if (status === 429) {
        return make('Throttled', 'AWS is throttling requests (too many calls per second). Wait a few seconds and try again', e, awsMessage);
    }
    if (e.$fault === 'server' ||
        (status !== undefined && status >= 500) ||
        /^EC2|^EFS|^ENI|^SubnetIP|^KMS/.test(name)) {
        return make('Service', 'AWS Lambda had a problem on its side. Try again in a moment', e, awsMessage);
    }
    const prefix = name && name !== 'Error' ? `The AWS Lambda call failed (${name})` : 'The AWS Lambda call failed';
    return make('Unknown', prefix, e, awsMessage);
}
//# sourceMappingURL=mapError.js.map