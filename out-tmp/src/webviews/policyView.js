"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statementRow = statementRow;
exports.grantToStatement = grantToStatement;
exports.policyJson = policyJson;
// Layer version policies as the panel shows them: statement rows, the raw policy JSON (in AWS's own shape),
// and the statement AWS writes for a grant (the inverse of statementToGrant). Pure: no vscode.
const policy_1 = require("../aws/policy");
const list = (v) => (Array.isArray(v) ? v.join(', ') : v);
function orgOf(s) {
    for (const block of Object.values(s.condition ?? {})) {
        for (const [key, value] of Object.entries(block)) {
            if (key.toLowerCase() === 'aws:principalorgid')
                return list(value);
        }
    }
    return undefined;
}
function principalText(p) {
    return typeof p === 'string' ? p : list(p.AWS);
}
function statementRow(s) {
    const grant = (0, policy_1.statementToGrant)(s);
    const row = {
        sid: s.sid,
        effect: s.effect,
        principal: principalText(s.principal),
        action: list(s.action),
        summary: grant ? (0, policy_1.describeGrant)(grant) : 'custom statement',
    };
    const org = orgOf(s);
    if (org !== undefined)
        row.organization = org;
    if (grant)
        row.grant = grant;
    return row;
}
/** The statement AddLayerVersionPermission writes for a grant (what GetLayerVersionPolicy then returns). */
function grantToStatement(layerVersionArn, statementId, grant) {
    const { principal, organizationId } = (0, policy_1.grantToPermission)(grant);
    const partition = /^arn:([^:]+):/.exec(layerVersionArn)?.[1] ?? 'aws';
    const s = {
        sid: statementId,
        effect: 'Allow',
        principal: principal === '*' ? '*' : { AWS: `arn:${partition}:iam::${principal}:root` },
        action: policy_1.LAYER_PERMISSION_ACTION,
        resource: layerVersionArn,
    };
    if (organizationId !== undefined)
        s.condition = { StringEquals: { 'aws:PrincipalOrgID': organizationId } };
    return s;
}
/** The policy in AWS's JSON shape (`Version`, `Id`, `Statement[]` with `Sid`, `Effect`…), pretty-printed. */
function policyJson(doc) {
    const out = { Version: doc.version };
    if (doc.id !== undefined)
        out.Id = doc.id;
    out.Statement = doc.statements.map((s) => {
        const o = {
            Sid: s.sid,
            Effect: s.effect,
            Principal: s.principal,
            Action: s.action,
            Resource: s.resource,
        };
        if (s.condition !== undefined)
            o.Condition = s.condition;
        return o;
    });
    return JSON.stringify(out, null, 2);
}
//# sourceMappingURL=policyView.js.map