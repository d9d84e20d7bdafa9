"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PolicyChangedError = exports.PUBLIC_WARNING = exports.POLICY_CHANGED = void 0;
exports.layerOf = layerOf;
exports.whereOf = whereOf;
exports.asOwner = asOwner;
exports.readPolicyAsOwner = readPolicyAsOwner;
exports.confirmPublic = confirmPublic;
exports.validateGrant = validateGrant;
exports.applyGrant = applyGrant;
exports.revokeStatement = revokeStatement;
exports.copyGrantsFrom = copyGrantsFrom;
// Writes to a layer version's policy (grant, revoke, copy grants), shared by the palette/tree commands and the
// layer version panel. Each write is a guarded write on the policy's RevisionId: when the policy changed since
// it was read, the panel's writes stop with POLICY_CHANGED (the panel reloads and shows it), the palette's
// offer to apply the grant on top of the current policy. Every write fires a change.
const errors_1 = require("../../aws/errors");
const guardedWrite_1 = require("../../aws/guardedWrite");
const layerArn_1 = require("../../aws/layerArn");
const layerOwner_1 = require("../../aws/layerOwner");
const policy_1 = require("../../aws/policy");
const prompter_1 = require("../../ui/prompter");
const connection_1 = require("./connection");
/** What a user is told when a RevisionId guard fails (HTTP 412). */
exports.POLICY_CHANGED = 'The policy of this layer version changed since it was read: review the current grants and try again.';
exports.PUBLIC_WARNING = 'Anyone with an AWS account, in any organization, will be able to use this layer version (download its code and attach it). Do not make it public if it contains secrets or licensed code.';
/** The policy changed under a write that may not be re-applied silently. */
class PolicyChangedError extends Error {
    name = 'PolicyChangedError';
    constructor() {
        super(exports.POLICY_CHANGED);
    }
}
exports.PolicyChangedError = PolicyChangedError;
/** The LayerName every call passes: the layer's ARN (another account's version is that version, not ours). */
function layerOf(t) {
    return (0, layerArn_1.layerNameForCalls)(t.arn, t.layerName);
}
/** ` (account 123456789012, us-east-1)`: every confirmation names where the change happens. */
function whereOf(t) {
    const where = (0, layerArn_1.layerVersionWhere)(t.arn);
    return where ? ` (${where})` : '';
}
/** Runs a call only the owner may make: AWS's AccessDenied for another account's version → NotOwnerError. */
async function asOwner(t, call, what = 'permissions') {
    try {
        return await call();
    }
    catch (e) {
        if ((0, layerOwner_1.isOtherAccountsLayer)(e, t.arn))
            throw new layerOwner_1.NotOwnerError(t.arn, what);
        throw e;
    }
}
/** The policy of a version we own (undefined: no grants); another account's version → NotOwnerError. */
function readPolicyAsOwner(deps, t, version = t.version, what = 'permissions') {
    return asOwner(t, () => (0, connection_1.lambdaOf)(deps).getLayerVersionPolicy(layerOf(t), version), what);
}
function fired(deps, t) {
    return deps.changes.fire({
        kind: 'layerVersion',
        name: t.layerName,
        version: t.version,
        arn: t.arn,
        aspect: 'policy',
    });
}
/** Runs writes that are not re-applied: a 412 fires a change (views re-read) and stops with PolicyChangedError. */
async function stopOnPolicyChange(deps, t, write) {
    try {
        return await write();
    }
    catch (e) {
        if (!(0, errors_1.isLambdaError)(e, 'PreconditionFailed'))
            throw e;
        await fired(deps, t);
        throw new PolicyChangedError();
    }
}
/** Asks for an explicit confirmation (a modal) before a version becomes public; throws Cancelled on no. */
async function confirmPublic(deps, t) {
    const ok = await deps.prompter.confirm(`Make ${t.layerName} version ${t.version} public${whereOf(t)}?`, {
        detail: exports.PUBLIC_WARNING,
        confirm: 'Make Public',
        modal: true,
        // Enter keeps it private: making a version public takes a click on "Make Public".
        safeDefault: 'Keep Private',
    });
    if (!ok)
        throw new prompter_1.Cancelled();
}
function validateGrant(grant) {
    if (grant.kind === 'account')
        return (0, policy_1.validateAccountId)(grant.accountId);
    if (grant.kind === 'organization')
        return (0, policy_1.validateOrganizationId)(grant.organizationId);
    return undefined;
}
/** Adds one grant. `revisionId` is the policy revision the user saw (undefined when the version had no policy). */
async function applyGrant(deps, t, grant, statementId, revisionId, onChange = 'stop') {
    const problem = validateGrant(grant) ?? (0, policy_1.validateStatementId)(statementId);
    if (problem)
        throw new Error(problem);
    if (grant.kind === 'public')
        await confirmPublic(deps, t);
    const lambda = (0, connection_1.lambdaOf)(deps);
    const { result } = await (0, guardedWrite_1.guardedWrite)({
        state: { revisionId, policy: undefined },
        write: (s) => asOwner(t, () => lambda.addLayerVersionPermission(layerOf(t), t.version, statementId, grant, {
            revisionId: s.revisionId,
            onRecovered: (note) => deps.log.warn(note),
        })),
        reread: async () => {
            const policy = await readPolicyAsOwner(deps, t);
            return { revisionId: policy?.revisionId, policy };
        },
        onConflict: async (_before, now) => {
            await fired(deps, t);
            const sids = now.policy?.document.statements.map((s) => s.sid) ?? [];
            if (onChange === 'stop' || sids.includes(statementId))
                return false;
            return deps.prompter.confirm(`The policy of ${t.layerName} version ${t.version}${whereOf(t)} changed since it was read`, {
                detail: `Its statements now: ${sids.join(', ') || 'none'}.\nAdd ${(0, policy_1.describeGrant)(grant)} as ${statementId} on top?`,
                confirm: 'Add on Top',
                modal: true,
            });
        },
        stopped: () => new PolicyChangedError(),
    });
    deps.log.info(`Granted ${(0, policy_1.describeGrant)(grant)} access to ${t.arn} as statement: ${statementId}`);
    await fired(deps, t);
    return result;
}
/** Removes one statement, after a confirmation. A policy that changed meanwhile stops it (PolicyChangedError). */
async function revokeStatement(deps, t, statementId, revisionId, what) {
    const ok = await deps.prompter.confirm(`Revoke ${what ?? 'statement'} from ${t.layerName} version ${t.version}${whereOf(t)}?`, {
        detail: `Statement ${statementId} is removed. Functions that already use this version keep working; new attachments from that principal fail.`,
        confirm: 'Revoke',
        modal: true,
    });
    if (!ok)
        throw new prompter_1.Cancelled();
    // Nothing to re-apply on top: a revoke is only right against the policy the user saw.
    await stopOnPolicyChange(deps, t, () => asOwner(t, () => (0, connection_1.lambdaOf)(deps).removeLayerVersionPermission(layerOf(t), t.version, statementId, { revisionId })));
    deps.log.info(`Revoked statement ${statementId} of: ${t.arn}`);
    await fired(deps, t);
}
/** Copies the grants of another version of the same layer onto `t` (those it does not have yet). */
async function copyGrantsFrom(deps, t, fromVersion, revisionId) {
    const lambda = (0, connection_1.lambdaOf)(deps);
    if (fromVersion === t.version)
        throw new Error(`Pick another version than the one you copy to: ${fromVersion}`);
    const source = await readPolicyAsOwner(deps, t, fromVersion);
    const target = await readPolicyAsOwner(deps, t);
    // The guard: what the user saw must still be the target's policy before the first write.
    if (revisionId !== undefined && target !== undefined && target.revisionId !== revisionId)
        throw new PolicyChangedError();
    const existing = target?.document.statements ?? [];
    const sids = new Set(existing.map((s) => s.sid));
    const existingGrants = existing.map(policy_1.statementToGrant).filter((g) => g !== undefined);
    const plan = [];
    const skipped = [];
    for (const s of source?.document.statements ?? []) {
        const grant = (0, policy_1.statementToGrant)(s);
        if (!grant ||
            existingGrants.some((g) => (0, policy_1.sameGrant)(g, grant)) ||
            plan.some((p) => (0, policy_1.sameGrant)(p.grant, grant))) {
            skipped.push(s.sid);
            continue;
        }
        const sid = !sids.has(s.sid) && (0, policy_1.validateStatementId)(s.sid) === undefined ? s.sid : (0, policy_1.suggestStatementId)(grant, sids);
        sids.add(sid);
        plan.push({ grant, sid });
    }
    if (plan.some((p) => p.grant.kind === 'public'))
        await confirmPublic(deps, t);
    let revision = target?.revisionId;
    const copied = [];
    try {
        await stopOnPolicyChange(deps, t, async () => {
            for (const p of plan) {
                const r = await asOwner(t, () => lambda.addLayerVersionPermission(layerOf(t), t.version, p.sid, p.grant, {
                    revisionId: revision,
                    onRecovered: (note) => deps.log.warn(note),
                }));
                revision = r.revisionId;
                copied.push(p.sid);
            }
        });
    }
    finally {
        if (copied.length > 0)
            await fired(deps, t);
    }
    deps.log.info(`Copied ${copied.length} grant(s) from version ${fromVersion} to: ${t.arn}`);
    return { copied, skipped };
}
//# sourceMappingURL=layerPolicy.js.map