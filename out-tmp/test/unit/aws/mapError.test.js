"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("assert"));
const errors_1 = require("../../../src/aws/errors");
const mapError_1 = require("../../../src/aws/mapError");
const redact_1 = require("../../../src/aws/redact");
/** An error shaped like the SDK's ServiceException subclasses (no SDK import: duck typing is the contract). */
function sdkError(name, status, message, extra = {}) {
    const e = new Error(message);
    e.name = name;
    e.$fault = status >= 500 ? 'server' : 'client';
    e.$metadata = { httpStatusCode: status, requestId: 'req-1' };
    Object.assign(e, extra);
    return e;
}
function netError(code, message) {
    const e = new Error(message);
    e.code = code;
    return e;
}
const table = [
    [
        '404',
        sdkError('ResourceNotFoundException', 404, 'Function not found: arn:x'),
        'NotFound',
        /Refresh.*: Function not found: arn:x$/,
    ],
    [
        '412',
        sdkError('PreconditionFailedException', 412, 'The Revision Id provided does not match the latest Revision Id.'),
        'PreconditionFailed',
        /changed since it was read \(someone else updated it\)\. Refresh and try again: The Revision Id/,
    ],
    [
        '409 in progress',
        sdkError('ResourceConflictException', 409, 'The operation cannot be performed at this time. An update is in progress for resource: arn:x'),
        'Conflict',
        /busy \(still being created or updated\)\. Wait a few seconds and try again: /,
    ],
    [
        '409 duplicate',
        sdkError('ResourceConflictException', 409, 'The statement id (s1) provided already exists.'),
        'Conflict',
        /already exists \(for a permission, pick another statement ID\)/,
    ],
    [
        '429',
        sdkError('TooManyRequestsException', 429, 'Rate exceeded', {
            retryAfterSeconds: '3',
            Reason: 'CallerRateLimitExceeded',
        }),
        'Throttled',
        /Wait 3 s and try again: Rate exceeded$/,
    ],
    [
        '400 value',
        sdkError('InvalidParameterValueException', 400, 'Layer version arn:x does not exist.'),
        'InvalidParameter',
        /Correct it and try again: Layer version arn:x does not exist\.$/,
    ],
    [
        '400 pattern',
        sdkError('ValidationException', 400, "1 validation error detected: Value 'a b'"),
        'Validation',
        /Correct it/,
    ],
    [
        "413 as AWS names it (not in the SDK's model)",
        sdkError('RequestEntityTooLargeException', 413, 'Request must be smaller than 69905067 bytes for the UpdateFunctionCode operation'),
        'TooLarge',
        /through S3.*: Request must be smaller than 69905067 bytes/,
    ],
    [
        '413 Invoke payload',
        sdkError('RequestTooLargeException', 413, 'Request must be smaller than 6291456 bytes'),
        'TooLarge',
        /through S3/,
    ],
    [
        'storage',
        sdkError('CodeStorageExceededException', 400, 'Code storage limit exceeded.'),
        'TooLarge',
        /Delete unused function versions or layer versions/,
    ],
    [
        '500',
        sdkError('ServiceException', 500, 'Internal error'),
        'Service',
        /Try again in a moment: Internal error$/,
    ],
    ['502 unknown name', sdkError('BadGateway', 502, 'bad gateway'), 'Service', /Try again/],
    [
        '403',
        sdkError('AccessDeniedException', 403, 'User: x is not authorized to perform: lambda:ListLayers'),
        'AccessDenied',
        /Ask for the IAM permission, or pick a profile that has it: User: x/,
    ],
    [
        'no creds',
        Object.assign(new Error('Could not load credentials from any providers'), {
            name: 'CredentialsProviderError',
        }),
        'Credentials',
        /Pick a profile, or configure one with `aws configure` \(`aws sso login --profile dev` for SSO\)/,
    ],
    [
        'sso expired',
        Object.assign(new Error('The SSO session associated with this profile has expired or is otherwise invalid.'), { name: 'CredentialsProviderError' }),
        'Credentials',
        /Run `aws sso login --profile dev` and try again/,
    ],
    [
        'expired token',
        sdkError('ExpiredTokenException', 403, 'The security token included in the request is expired'),
        'Credentials',
        /session has expired/,
    ],
    [
        'bad key',
        sdkError('UnrecognizedClientException', 403, 'The security token included in the request is invalid.'),
        'Credentials',
        /Pick another profile or fix it with `aws configure`/,
    ],
    [
        'bad signature',
        sdkError('InvalidSignatureException', 403, 'Signature expired'),
        'Credentials',
        /did not accept your credentials/,
    ],
    [
        'refused',
        netError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'),
        'Network',
        /Could not reach AWS Lambda \(connection refused\).*: connect ECONNREFUSED 127\.0\.0\.1:1$/,
    ],
    [
        'dns',
        netError('ENOTFOUND', 'getaddrinfo ENOTFOUND lambda.nowhere.example'),
        'Network',
        /Could not reach/,
    ],
    [
        'reset',
        netError('ECONNRESET', 'socket hang up'),
        'Network',
        /Could not reach AWS Lambda \(the connection was dropped\)/,
    ],
    [
        'reset renamed by the SDK',
        Object.assign(netError('ECONNRESET', 'socket hang up'), { name: 'TimeoutError' }),
        'Network',
        /the connection was dropped/,
    ],
    [
        'timeout',
        Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' }),
        'Network',
        /did not answer in time/,
    ],
    [
        'aggregate',
        Object.assign(new AggregateError([netError('ECONNREFUSED', 'connect ECONNREFUSED ::1:9'), netError('ECONNREFUSED', 'x')], '')),
        'Network',
        /Could not reach/,
    ],
    [
        'abort',
        Object.assign(new Error('Request aborted'), { name: 'AbortError' }),
        'Cancelled',
        /^The operation was cancelled\.$/,
    ],
    ['unknown', new Error('weird'), 'Unknown', /^The AWS Lambda call failed: weird$/],
    ['a string', 'boom', 'Unknown', /failed: boom$/],
];
describe('aws/mapError toLambdaError', () => {
    for (const [label, error, kind, message] of table) {
        it(`maps ${label} to ${kind} with a message that says what to do`, () => {
            const mapped = (0, mapError_1.toLambdaError)(error, { profile: 'dev' });
            assert.ok(mapped instanceof errors_1.LambdaError);
            assert.strictEqual(mapped.kind, kind, mapped.message);
            assert.match(mapped.message, message);
        });
    }
    it('keeps the AWS details for logs', () => {
        const mapped = (0, mapError_1.toLambdaError)(sdkError('TooManyRequestsException', 429, 'Rate exceeded', { retryAfterSeconds: '2' }));
        assert.deepStrictEqual(mapped.details, {
            awsName: 'TooManyRequestsException',
            httpStatus: 429,
            awsMessage: 'Rate exceeded',
            retryAfterSeconds: 2,
            requestId: 'req-1',
        });
    });
    it('returns a LambdaError unchanged', () => {
        const e = new errors_1.LambdaError('Timeout', 'gave up');
        assert.strictEqual((0, mapError_1.toLambdaError)(e), e);
    });
    it('never puts presigned URL signatures or secrets in the message', () => {
        const url = 'https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/1/fn?X-Amz-Security-Token=SECRET1&X-Amz-Signature=SECRET2';
        const mapped = (0, mapError_1.toLambdaError)(sdkError('ServiceException', 500, `failed to fetch ${url}`));
        assert.doesNotMatch(mapped.message, /SECRET/);
        assert.doesNotMatch(JSON.stringify(mapped.details), /SECRET/);
        assert.match(mapped.message, /snapshots\/1\/fn\?<redacted>/);
        assert.doesNotMatch((0, redact_1.redact)('aws_secret_access_key = abcdEFGH1234'), /abcdEFGH1234/);
    });
});
//# sourceMappingURL=mapError.test.js.map