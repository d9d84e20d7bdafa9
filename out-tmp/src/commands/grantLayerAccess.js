"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grantLayerAccess = grantLayerAccess;
const policy_1 = require("../aws/policy");
const layerPolicy_1 = require("./steps/layerPolicy");
const resolve_1 = require("./steps/resolve");
const wizard_1 = require("./steps/wizard");
function grantOf(a) {
    if (a.kind === 'account')
        return { kind: 'account', accountId: a.id ?? '' };
    if (a.kind === 'organization')
        return { kind: 'organization', organizationId: a.id ?? '' };
    return { kind: 'public' };
}
async function grantLayerAccess(deps, arg) {
    const title = 'Grant Layer Version Access';
    const t = await (0, resolve_1.resolveLayerVersionTarget)(deps, arg, title);
    // By the version's full ARN: another account's version is refused before any question, naming its owner.
    const policy = await (0, layerPolicy_1.readPolicyAsOwner)(deps, t);
    const sids = policy?.document.statements.map((s) => s.sid) ?? [];
    const p = deps.prompter;
    // Guided input: who → their id (not for everyone) → the statement id, with Back on every step.
    const answers = await (0, wizard_1.runWizard)({}, [
        {
            ask: async (s, step) => ({
                ...s,
                kind: await p.pick([
                    { label: 'An AWS account', description: '12-digit account ID', value: 'account' },
                    {
                        label: 'An organization',
                        description: 'every account of an AWS Organizations organization',
                        value: 'organization',
                    },
                    { label: 'Everyone (public)', description: 'any AWS account: think twice', value: 'public' },
                ], { title, step, placeholder: `Who may use ${t.layerName} version ${t.version}?` }),
            }),
        },
        {
            skip: (s) => s.kind === 'public',
            ask: async (s, step) => {
                const org = s.kind === 'organization';
                const id = await p.input({
                    title,
                    step,
                    prompt: org ? 'The organization ID to share with' : 'The AWS account ID to share with',
                    placeholder: org ? 'o-a1b2c3d4e5' : '123456789012',
                    ...(s.id !== undefined ? { value: s.id } : {}),
                    validate: org ? policy_1.validateOrganizationId : policy_1.validateAccountId,
                });
                return { ...s, id };
            },
        },
        {
            ask: async (s, step) => ({
                ...s,
                statementId: await p.input({
                    title,
                    step,
                    prompt: 'Statement ID (names this grant in the policy)',
                    value: s.statementId ?? (0, policy_1.suggestStatementId)(grantOf(s), sids),
                    validate: (v) => (0, policy_1.validateStatementId)(v) ??
                        (sids.includes(v) ? `This version already has a statement with this ID: ${v}` : undefined),
                }),
            }),
        },
    ]);
    const grant = grantOf(answers);
    const statementId = answers.statementId;
    await (0, layerPolicy_1.applyGrant)(deps, t, grant, statementId, policy?.revisionId, 'askToApplyOnTop');
    void deps.notifier.info(`Granted ${(0, policy_1.describeGrant)(grant)} access to ${t.layerName} version ${t.version}: ${statementId}`);
    return statementId;
}
//# sourceMappingURL=grantLayerAccess.js.map