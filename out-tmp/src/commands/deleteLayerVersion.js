"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deleteLayerVersion = deleteLayerVersion;
const connection_1 = require("./steps/connection");
const layerPolicy_1 = require("./steps/layerPolicy");
const resolve_1 = require("./steps/resolve");
async function deleteLayerVersion(deps, arg) {
    const connection = (0, connection_1.connectionOf)(deps);
    const target = await (0, resolve_1.resolveLayerVersionTarget)(deps, arg, 'Delete Layer Version');
    const label = `${target.layerName}:${target.version}`;
    // Only the owner may delete: another account's ARN is refused before any question (never our version of that name).
    await (0, layerPolicy_1.readPolicyAsOwner)(deps, target, target.version, 'delete');
    // Who still uses it (one pass over ListFunctions, cached); a failure here must not block the delete.
    let users;
    try {
        await deps.progress.run(`Checking which functions use ${label}`, { cancellable: true }, (_r, signal) => connection.usedBy.ensure(signal));
        users = connection.usedBy
            .usersOf(target.arn)
            ?.map((u) => (u.version === '$LATEST' ? u.functionName : `${u.functionName} (version ${u.version})`));
    }
    catch (e) {
        deps.log.warn(`Could not check the users of ${label} before deleting: ${e instanceof Error ? e.message : String(e)}`);
    }
    const usage = users === undefined
        ? 'Which functions use it could not be checked.'
        : users.length === 0
            ? 'No function uses it.'
            : `${users.length} function${users.length === 1 ? '' : 's'} still use${users.length === 1 ? 's' : ''} it and keep working: ${users.slice(0, 10).join(', ')}${users.length > 10 ? ', …' : ''}.`;
    const ok = await deps.prompter.confirm(`Delete layer version ${label}${(0, layerPolicy_1.whereOf)(target)}?`, {
        detail: `${usage}\n\nA deleted version cannot be attached to any function again, and this cannot be undone.`,
        confirm: 'Delete Version',
        modal: true,
    });
    if (!ok)
        return false;
    await (0, layerPolicy_1.asOwner)(target, () => connection.lambda.deleteLayerVersion((0, layerPolicy_1.layerOf)(target), target.version), 'delete');
    deps.log.info(`Deleted layer version ${target.arn}`);
    await deps.changes.fire({
        kind: 'layerVersion',
        name: target.layerName,
        version: target.version,
        arn: target.arn,
    });
    void deps.notifier.info(`Deleted layer version ${label}.`);
    return true;
}
//# sourceMappingURL=deleteLayerVersion.js.map