"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.copyArn = copyArn;
exports.copyName = copyName;
exports.openInConsole = openInConsole;
exports.consoleUrlFor = consoleUrlFor;
// Copy ARN, copy name, open in the AWS console: for a node, a ref or an ARN; from the palette, a picker.
const consoleUrl_1 = require("../aws/consoleUrl");
const resolve_1 = require("./steps/resolve");
async function copyArn(deps, arg) {
    const r = await (0, resolve_1.resolveResource)(deps, arg, 'Copy ARN');
    await deps.copyToClipboard(r.arn);
    return r.arn;
}
async function copyName(deps, arg) {
    const r = await (0, resolve_1.resolveResource)(deps, arg, 'Copy Name');
    await deps.copyToClipboard(r.name);
    return r.name;
}
async function openInConsole(deps, arg) {
    const r = await (0, resolve_1.resolveResource)(deps, arg, 'Open in AWS Console');
    return consoleUrlFor(deps, r);
}
/**
 * Opens the resource in the AWS Console, or, when the connection uses a custom endpoint (an emulator,
 * LocalStack), says there is no console for it: the console would show AWS's resource of that name, not this one.
 */
async function consoleUrlFor(deps, r) {
    const endpoint = deps.connection.current().endpoint;
    if (endpoint) {
        void deps.notifier.info(`There is no AWS Console for a custom endpoint: this connection uses ${endpoint}, not AWS.`);
        return undefined;
    }
    const url = (0, consoleUrl_1.consoleUrl)(r, deps.connection.region() ?? 'us-east-1');
    await deps.openExternal(url);
    return url;
}
//# sourceMappingURL=resourceActions.js.map