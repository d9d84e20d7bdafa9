"use strict";
// An AWS-shaped error: the emulator turns it into an HTTP status, an `x-amzn-errortype` header and a JSON body.
Object.defineProperty(exports, "__esModule", { value: true });
exports.preconditionFailed = exports.conflict = exports.invalidParameter = exports.notFound = exports.ApiError = void 0;
exports.validation = validation;
exports.throttled = throttled;
/** Errors whose model member is `Message` (capital M); the rest use `message`, as the Lambda model says. */
const CAPITAL_MESSAGE = new Set(['ResourceNotFoundException', 'ServiceException']);
class ApiError extends Error {
    status;
    code;
    extra;
    constructor(status, code, message, 
    /** Extra body members (e.g. `retryAfterSeconds`, `Reason`) and headers. */
    extra = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.extra = extra;
    }
    /** The JSON body AWS Lambda sends: `{"Type":"User","message":"…"}`, `Type` Service for 5xx. */
    body() {
        const type = this.status >= 500 ? 'Service' : 'User';
        const key = CAPITAL_MESSAGE.has(this.code) ? 'Message' : 'message';
        return { Type: type, [key]: this.message, ...this.extra.body };
    }
}
exports.ApiError = ApiError;
const notFound = (message) => new ApiError(404, 'ResourceNotFoundException', message);
exports.notFound = notFound;
const invalidParameter = (message) => new ApiError(400, 'InvalidParameterValueException', message);
exports.invalidParameter = invalidParameter;
const conflict = (message) => new ApiError(409, 'ResourceConflictException', message);
exports.conflict = conflict;
const preconditionFailed = (message) => new ApiError(412, 'PreconditionFailedException', message);
exports.preconditionFailed = preconditionFailed;
/** AWS's model-validation wording: `1 validation error detected: Value 'x' at 'field' failed to satisfy constraint: …`. */
function validation(field, value, constraint) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    return new ApiError(400, 'ValidationException', `1 validation error detected: Value '${shown}' at '${field}' failed to satisfy constraint: ${constraint}`);
}
function throttled(retryAfterSeconds, reason) {
    return new ApiError(429, 'TooManyRequestsException', 'Rate exceeded', {
        body: { retryAfterSeconds: String(retryAfterSeconds), Reason: reason },
        headers: { 'Retry-After': String(retryAfterSeconds) },
    });
}
//# sourceMappingURL=apiError.js.map