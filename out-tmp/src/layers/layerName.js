"use strict";
// Validation as you type for the names a publish or create flow asks for, with AWS's patterns (anchored) and
// lengths, so a bad value is refused in the input box instead of by a ValidationException. No vscode.
Object.defineProperty(exports, "__esModule", { value: true });
exports.HANDLER_MAX = exports.LICENSE_INFO_MAX = exports.DESCRIPTION_MAX = exports.FUNCTION_NAME_MAX = exports.LAYER_NAME_MAX = void 0;
exports.validateLayerName = validateLayerName;
exports.validateFunctionName = validateFunctionName;
exports.validateRoleArn = validateRoleArn;
exports.validateHandler = validateHandler;
exports.validateDescription = validateDescription;
exports.validateLicenseInfo = validateLicenseInfo;
exports.validateIntegerIn = validateIntegerIn;
exports.LAYER_NAME_MAX = 140;
exports.FUNCTION_NAME_MAX = 64;
exports.DESCRIPTION_MAX = 256;
exports.LICENSE_INFO_MAX = 512;
exports.HANDLER_MAX = 128;
const NAME = /^[a-zA-Z0-9-_]+$/;
const LAYER_ARN = /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:layer:[a-zA-Z0-9-_]+$/;
const ROLE_ARN = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
/** A new layer's name (or a layer ARN of this account). Undefined when fine. */
function validateLayerName(value) {
    if (value.length === 0)
        return 'Enter a layer name.';
    if (value.length > exports.LAYER_NAME_MAX)
        return `A layer name has at most ${exports.LAYER_NAME_MAX} characters: ${value.length}`;
    if (value.startsWith('arn:')) {
        return LAYER_ARN.test(value)
            ? undefined
            : `Not a layer ARN (arn:aws:lambda:<region>:<account>:layer:<name>): ${value}`;
    }
    const bad = [...value].find((c) => !NAME.test(c));
    return bad === undefined
        ? undefined
        : `Use letters, digits, hyphens and underscores only: ${JSON.stringify(bad)}`;
}
/** A function name as CreateFunction takes it (a plain name, 1..64). */
function validateFunctionName(value) {
    if (value.length === 0)
        return 'Enter a function name.';
    if (value.length > exports.FUNCTION_NAME_MAX)
        return `A function name has at most ${exports.FUNCTION_NAME_MAX} characters: ${value.length}`;
    const bad = [...value].find((c) => !NAME.test(c));
    return bad === undefined
        ? undefined
        : `Use letters, digits, hyphens and underscores only: ${JSON.stringify(bad)}`;
}
/** An execution role ARN (`arn:aws:iam::123456789012:role/name`). */
function validateRoleArn(value) {
    if (value.trim() === '')
        return 'Enter the ARN of the execution role.';
    if (!value.startsWith('arn:'))
        return `Enter the role's ARN (arn:aws:iam::<account>:role/<name>), not its name: ${value}`;
    return ROLE_ARN.test(value)
        ? undefined
        : `Not an IAM role ARN (arn:aws:iam::<account>:role/<name>): ${value}`;
}
/** A handler: 1..128 characters, no whitespace. */
function validateHandler(value) {
    if (value.length === 0)
        return 'Enter a handler, e.g. index.handler.';
    if (value.length > exports.HANDLER_MAX)
        return `A handler has at most ${exports.HANDLER_MAX} characters: ${value.length}`;
    return /\s/.test(value) ? `A handler cannot contain spaces: ${value}` : undefined;
}
function validateDescription(value) {
    return value.length > exports.DESCRIPTION_MAX
        ? `A description has at most ${exports.DESCRIPTION_MAX} characters: ${value.length}`
        : undefined;
}
function validateLicenseInfo(value) {
    return value.length > exports.LICENSE_INFO_MAX
        ? `License info has at most ${exports.LICENSE_INFO_MAX} characters: ${value.length}`
        : undefined;
}
/** An integer in [min, max] typed in an input box (memory, timeout). */
function validateIntegerIn(value, min, max, what) {
    if (!/^\d+$/.test(value.trim()))
        return `${what} must be a whole number: ${value}`;
    const n = Number(value.trim());
    return n < min || n > max ? `${what} must be between ${min} and ${max}: ${n}` : undefined;
}
//# sourceMappingURL=layerName.js.map