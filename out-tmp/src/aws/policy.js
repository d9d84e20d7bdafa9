"use strict";
// Layer version policies: parsing AWS's JSON into documents, turning statements into grants and back,
// and the validators the UI runs before AWS does. Pure: no SDK, no vscode.
Object.defineProperty(exports, "__esModule", { value: true });
exports.LAYER_PERMISSION_ACTION = void 0;
exports.parseStatement = parseStatement;
exports.parsePolicy = parsePolicy;
exports.parseStatementJson = parseStatementJson;
exports.grantToPermission = grantToPermission;
exports.statementToGrant = statementToGrant;
exports.describeGrant = describeGrant;
exports.sameGrant = sameGrant;
exports.validateStatementId = validateStatementId;
exports.validateAccountId = validateAccountId;
exports.validateOrganizationId = validateOrganizationId;
exports.suggestStatementId = suggestStatementId;
const errors_1 = require("./errors");
/** The only action a layer version permission can grant. */
exports.LAYER_PERMISSION_ACTION = 'lambda:GetLayerVersion';
const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:aws[a-zA-Z-]*:iam::(\d{12}):root$/;
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const STATEMENT_ID = /^[a-zA-Z0-9-_]+$/;
const STATEMENT_ID_MAX = 100;
const ORG_CONDITION_KEY = 'aws:principalorgid';
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function stringOrList(v) {
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v))
        return v.filter((x) => typeof x === 'string');
    return undefined;
}
function asList(v) {
    if (v === undefined)
        return [];
    return Array.isArray(v) ? v : [v];
}
function parsePrincipal(v) {
    if (typeof v === 'string')
        return v;
    if (isObject(v)) {
        const aws = stringOrList(v.AWS);
        if (aws !== undefined)
            return { AWS: aws };
    }
    // A principal we do not model (Service, Federated…): keep it visible rather than dropping the statement.
    return JSON.stringify(v ?? null);
}
function parseCondition(v) {
    if (!isObject(v))
        return undefined;
    const out = {};
    for (const [operator, block] of Object.entries(v)) {
        if (!isObject(block))
            continue;
        const entries = {};
        for (const [key, value] of Object.entries(block)) {
            const parsed = stringOrList(value);
            if (parsed !== undefined)
                entries[key] = parsed;
            else if (typeof value === 'number' || typeof value === 'boolean')
                entries[key] = String(value);
        }
        out[operator] = entries;
    }
    return out;
}
/** One statement object (as in a policy's `Statement`, or AddLayerVersionPermission's `Statement` string, parsed). */
function parseStatement(raw) {
    const s = isObject(raw) ? raw : {};
    const statement = {
        sid: typeof s.Sid === 'string' ? s.Sid : '',
        effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
        principal: parsePrincipal(s.Principal),
        action: stringOrList(s.Action) ?? [],
        resource: stringOrList(s.Resource) ?? [],
    };
    const condition = parseCondition(s.Condition);
    if (condition !== undefined)
        statement.condition = condition;
    return statement;
}
function parseJson(json, what) {
    try {
        return JSON.parse(json);
    }
    catch (e) {
        throw new errors_1.LambdaError('Unknown', `AWS returned a ${what} that is not valid JSON. Report this, with the layer it came from: ${String(e)}`);
    }
}
/** Parses a policy as GetLayerVersionPolicy returns it. Tolerates a single statement object in place of a list. */
function parsePolicy(json) {
    const raw = parseJson(json, 'layer version policy');
    const doc = isObject(raw) ? raw : {};
    const rawStatements = doc.Statement;
    const list = Array.isArray(rawStatements)
        ? rawStatements
        : rawStatements === undefined
            ? []
            : [rawStatements];
    const document = {
        version: typeof doc.Version === 'string' ? doc.Version : '2012-10-17',
        statements: list.map(parseStatement),
    };
    if (typeof doc.Id === 'string')
        document.id = doc.Id;
    return document;
}
/** Parses the single statement AddLayerVersionPermission returns as a JSON string. */
function parseStatementJson(json) {
    return parseStatement(parseJson(json, 'policy statement'));
}
/** The AddLayerVersionPermission parameters for a grant. */
function grantToPermission(grant) {
    switch (grant.kind) {
        case 'account':
            return { principal: grant.accountId };
        case 'organization':
            return { principal: '*', organizationId: grant.organizationId };
        case 'public':
            return { principal: '*' };
    }
}
function accountOf(principal) {
    if (ACCOUNT_ID.test(principal))
        return principal;
    return ROOT_ARN.exec(principal)?.[1];
}
/** The organization of a `StringEquals aws:PrincipalOrgID` condition; `null` when there are other conditions. */
function orgCondition(condition) {
    if (condition === undefined)
        return undefined;
    let org;
    for (const [operator, block] of Object.entries(condition)) {
        for (const [key, value] of Object.entries(block)) {
            const values = asList(value);
            if (operator === 'StringEquals' &&
                key.toLowerCase() === ORG_CONDITION_KEY &&
                values.length === 1 &&
                org === undefined) {
                org = values[0];
            }
            else {
                return null;
            }
        }
    }
    return org;
}
/**
 * The grant a statement expresses, or `undefined` when it is not one AddLayerVersionPermission makes
 * (a Deny, another action, several principals, or conditions we do not understand).
 */
function statementToGrant(s) {
    if (s.effect !== 'Allow')
        return undefined;
    const actions = asList(s.action).map((a) => a.toLowerCase());
    if (!actions.some((a) => a === exports.LAYER_PERMISSION_ACTION.toLowerCase() || a === 'lambda:*' || a === '*'))
        return undefined;
    const principals = typeof s.principal === 'string' ? [s.principal] : asList(s.principal.AWS);
    if (principals.length !== 1)
        return undefined;
    const principal = principals[0];
    const org = orgCondition(s.condition);
    if (org === null)
        return undefined;
    if (principal === '*') {
        return org === undefined ? { kind: 'public' } : { kind: 'organization', organizationId: org };
    }
    const accountId = accountOf(principal);
    if (accountId !== undefined && org === undefined)
        return { kind: 'account', accountId };
    return undefined;
}
/** A short human description: "account 123456789012", "organization o-abc…", "everyone (public)". */
function describeGrant(g) {
    switch (g.kind) {
        case 'account':
            return `account ${g.accountId}`;
        case 'organization':
            return `organization ${g.organizationId}`;
        case 'public':
            return 'everyone (public)';
    }
}
/** Same grant (same kind and same account / organization)? */
function sameGrant(a, b) {
    if (a.kind === 'account' && b.kind === 'account')
        return a.accountId === b.accountId;
    if (a.kind === 'organization' && b.kind === 'organization')
        return a.organizationId === b.organizationId;
    return a.kind === 'public' && b.kind === 'public';
}
/** An error message when the statement ID is not one AWS accepts, else `undefined`. */
function validateStatementId(sid) {
    if (sid.length === 0)
        return 'Enter a statement ID (letters, digits, hyphens and underscores).';
    if (sid.length > STATEMENT_ID_MAX) {
        return `A statement ID has at most ${STATEMENT_ID_MAX} characters; this one has: ${sid.length}`;
    }
    if (!STATEMENT_ID.test(sid)) {
        return `A statement ID may only contain letters, digits, hyphens and underscores: ${sid}`;
    }
    return undefined;
}
/** An error message when the value is not a 12-digit AWS account ID, else `undefined`. */
function validateAccountId(accountId) {
    if (ACCOUNT_ID.test(accountId))
        return undefined;
    return `An AWS account ID is exactly 12 digits: ${accountId}`;
}
/** An error message when the value is not an AWS Organizations ID (`o-` then 10 to 32 lowercase letters or digits). */
function validateOrganizationId(organizationId) {
    if (ORGANIZATION_ID.test(organizationId))
        return undefined;
    return `An organization ID looks like o-a1b2c3d4e5 (o- then 10 to 32 lowercase letters or digits): ${organizationId}`;
}
/** A valid statement ID for the grant that is not among `existingSids`, e.g. `account-123456789012`, `public-2`. */
function suggestStatementId(grant, existingSids) {
    const taken = new Set(existingSids);
    const base = (() => {
        switch (grant.kind) {
            case 'account':
                return `account-${grant.accountId}`;
            case 'organization':
                return `org-${grant.organizationId}`;
            case 'public':
                return 'public';
        }
    })()
        .replace(/[^a-zA-Z0-9-_]/g, '-')
        .slice(0, STATEMENT_ID_MAX - 6);
    if (!taken.has(base))
        return base;
    for (let n = 2;; n++) {
        const candidate = `${base}-${n}`;
        if (!taken.has(candidate))
            return candidate;
    }
}
//# sourceMappingURL=policy.js.map