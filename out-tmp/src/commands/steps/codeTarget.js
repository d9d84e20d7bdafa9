"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.codeStoreOf = codeStoreOf;
exports.codeTargetFrom = codeTargetFrom;
exports.resolveCodeTarget = resolveCodeTarget;
const codeUri_1 = require("../../code/codeUri");
const connection_1 = require("./connection");
const resolve_1 = require("./resolve");
function codeStoreOf(deps) {
    const code = (0, connection_1.connectionOf)(deps).code;
    if (!code)
        throw new Error('Published code cannot be browsed on this connection.');
    return code;
}
function isTarget(x) {
    return typeof x === 'object' && x !== null && 'kind' in x && 'account' in x && 'region' in x && 'name' in x;
}
/** The target named by `arg` without asking, or undefined. */
function codeTargetFrom(arg) {
    if (isTarget(arg))
        return arg;
    if ((0, resolve_1.isTreeNode)(arg)) {
        for (let x = arg; x; x = x.parent)
            if (x.kind === 'contents')
                return x.target;
    }
    const ref = (0, resolve_1.resourceFrom)(arg);
    if (ref?.kind === 'layerVersion')
        return (0, codeUri_1.layerTargetFromArn)(ref.arn);
    if (ref?.kind === 'function')
        return (0, codeUri_1.functionTargetFromArn)(ref.arn, '$LATEST');
    if (ref?.kind === 'functionVersion' && ref.version)
        return (0, codeUri_1.functionTargetFromArn)(ref.arn, ref.version);
    return undefined;
}
async function resolveCodeTarget(deps, arg, title) {
    const direct = codeTargetFrom(arg);
    if (direct)
        return direct;
    const ref = (0, resolve_1.resourceFrom)(arg) ?? (await (0, resolve_1.resolveResource)(deps, arg, title));
    if (ref.kind === 'layer') {
        const v = await (0, resolve_1.resolveLayerVersionTarget)(deps, ref, title);
        const t = (0, codeUri_1.layerTargetFromArn)(v.arn);
        if (t)
            return t;
    }
    const again = codeTargetFrom(ref);
    if (!again)
        throw new Error(`No published code to open for ${ref.name}`);
    return again;
}
//# sourceMappingURL=codeTarget.js.map