"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.revokeLayerAccess = revokeLayerAccess;
// "Revoke Access…" on a layer version: pick a statement of its policy, confirm, guarded RemoveLayerVersionPermission.
const policy_1 = require("../aws/policy");
const layerPolicy_1 = require("./steps/layerPolicy");
const resolve_1 = require("./steps/resolve");
async function revokeLayerAccess(deps, arg) {
    const title = 'Revoke Layer Version Access';
    const t = await (0, resolve_1.resolveLayerVersionTarget)(deps, arg, title);
    // By the version's full ARN: another account's version is refused here, naming its owner.
    const policy = await (0, layerPolicy_1.readPolicyAsOwner)(deps, t);
    const statements = policy?.document.statements ?? [];
    if (!policy || statements.length === 0) {
        void deps.notifier.info(`This layer version has no grants: only its own account can use it: ${t.layerName}:${t.version}`);
        return undefined;
    }
    const s = await deps.prompter.pick(statements.map((st) => {
        const g = (0, policy_1.statementToGrant)(st);
        return { label: st.sid, description: g ? (0, policy_1.describeGrant)(g) : 'custom statement', value: st };
    }), { title, placeholder: 'Pick the statement to revoke' });
    const g = (0, policy_1.statementToGrant)(s);
    await (0, layerPolicy_1.revokeStatement)(deps, t, s.sid, policy.revisionId, g ? (0, policy_1.describeGrant)(g) : undefined);
    void deps.notifier.info(`Revoked statement of ${t.layerName} version ${t.version}: ${s.sid}`);
    return s.sid;
}
//# sourceMappingURL=revokeLayerAccess.js.map