// Layer version policies: parsing AWS's JSON into documents, turning statements into grants and back,
// and the validators the UI runs before AWS does. Pure: no SDK, no vscode.

import { LambdaError } from './errors';
import type { Grant, PolicyDocument, PolicyStatement } from './lambdaService';

/** The only action a layer version permission can grant. */
export const LAYER_PERMISSION_ACTION = 'lambda:GetLayerVersion';

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:aws[a-zA-Z-]*:iam::(\d{12}):root$/;
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const STATEMENT_ID = /^[a-zA-Z0-9-_]+$/;
const STATEMENT_ID_MAX = 100;
const ORG_CONDITION_KEY = 'aws:principalorgid';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringOrList(v: unknown): string | string[] | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return undefined;
}

function asList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

function parsePrincipal(v: unknown): PolicyStatement['principal'] {
  if (typeof v === 'string') return v;
  if (isObject(v)) {
    const aws = stringOrList(v.AWS);
    if (aws !== undefined) return { AWS: aws };
  }
  // A principal we do not model (Service, Federated…): keep it visible rather than dropping the statement.
  return JSON.stringify(v ?? null);
}

function parseCondition(v: unknown): PolicyStatement['condition'] {
  if (!isObject(v)) return undefined;
  const out: Record<string, Record<string, string | string[]>> = {};
  for (const [operator, block] of Object.entries(v)) {
    if (!isObject(block)) continue;
    const entries: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(block)) {
      const parsed = stringOrList(value);
      if (parsed !== undefined) entries[key] = parsed;
      else if (typeof value === 'number' || typeof value === 'boolean') entries[key] = String(value);
    }
    out[operator] = entries;
  }
  return out;
}

/** One statement object (as in a policy's `Statement`, or AddLayerVersionPermission's `Statement` string, parsed). */
export function parseStatement(raw: unknown): PolicyStatement {
  const s = isObject(raw) ? raw : {};
  const statement: PolicyStatement = {
    sid: typeof s.Sid === 'string' ? s.Sid : '',
    effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
    principal: parsePrincipal(s.Principal),
    action: stringOrList(s.Action) ?? [],
    resource: stringOrList(s.Resource) ?? [],
  };
  const condition = parseCondition(s.Condition);
  if (condition !== undefined) statement.condition = condition;
  return statement;
}

function parseJson(json: string, what: string): Json {
  try {
    return JSON.parse(json) as Json;
  } catch (e) {
    throw new LambdaError(
      'Unknown',
      `AWS returned a ${what} that is not valid JSON. Report this, with the layer it came from: ${String(e)}`,
    );
  }
}

/** Parses a policy as GetLayerVersionPolicy returns it. Tolerates a single statement object in place of a list. */
export function parsePolicy(json: string): PolicyDocument {
  const raw = parseJson(json, 'layer version policy');
  const doc = isObject(raw) ? raw : {};
  const rawStatements = doc.Statement;
  const list: unknown[] = Array.isArray(rawStatements)
    ? rawStatements
    : rawStatements === undefined
      ? []
      : [rawStatements];
  const document: PolicyDocument = {
    version: typeof doc.Version === 'string' ? doc.Version : '2012-10-17',
    statements: list.map(parseStatement),
  };
  if (typeof doc.Id === 'string') document.id = doc.Id;
  return document;
}

/** Parses the single statement AddLayerVersionPermission returns as a JSON string. */
export function parseStatementJson(json: string): PolicyStatement {
  return parseStatement(parseJson(json, 'policy statement'));
}

/** The AddLayerVersionPermission parameters for a grant. */
export function grantToPermission(grant: Grant): { principal: string; organizationId?: string } {
  switch (grant.kind) {
    case 'account':
      return { principal: grant.accountId };
    case 'organization':
      return { principal: '*', organizationId: grant.organizationId };
    case 'public':
      return { principal: '*' };
  }
}

function accountOf(principal: string): string | undefined {
  if (ACCOUNT_ID.test(principal)) return principal;
  return ROOT_ARN.exec(principal)?.[1];
}

/** The organization of a `StringEquals aws:PrincipalOrgID` condition; `null` when there are other conditions. */
function orgCondition(condition: PolicyStatement['condition']): string | undefined | null {
  if (condition === undefined) return undefined;
  let org: string | undefined;
  for (const [operator, block] of Object.entries(condition)) {
    for (const [key, value] of Object.entries(block)) {
      const values = asList(value);
      if (
        operator === 'StringEquals' &&
        key.toLowerCase() === ORG_CONDITION_KEY &&
        values.length === 1 &&
        org === undefined
      ) {
        org = values[0];
      } else {
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
export function statementToGrant(s: PolicyStatement): Grant | undefined {
  if (s.effect !== 'Allow') return undefined;
  const actions = asList(s.action).map((a) => a.toLowerCase());
  if (!actions.some((a) => a === LAYER_PERMISSION_ACTION.toLowerCase() || a === 'lambda:*' || a === '*'))
    return undefined;

  const principals = typeof s.principal === 'string' ? [s.principal] : asList(s.principal.AWS);
  if (principals.length !== 1) return undefined;
  const principal = principals[0] as string;

  const org = orgCondition(s.condition);
  if (org === null) return undefined;
  if (principal === '*') {
    return org === undefined ? { kind: 'public' } : { kind: 'organization', organizationId: org };
  }
  const accountId = accountOf(principal);
  if (accountId !== undefined && org === undefined) return { kind: 'account', accountId };
  return undefined;
}

/** A short human description: "account 123456789012", "organization o-abc…", "everyone (public)". */
export function describeGrant(g: Grant): string {
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
export function sameGrant(a: Grant, b: Grant): boolean {
  if (a.kind === 'account' && b.kind === 'account') return a.accountId === b.accountId;
  if (a.kind === 'organization' && b.kind === 'organization') return a.organizationId === b.organizationId;
  return a.kind === 'public' && b.kind === 'public';
}

/** An error message when the statement ID is not one AWS accepts, else `undefined`. */
export function validateStatementId(sid: string): string | undefined {
  if (sid.length === 0) return 'Enter a statement ID (letters, digits, hyphens and underscores).';
  if (sid.length > STATEMENT_ID_MAX) {
    return `A statement ID has at most ${STATEMENT_ID_MAX} characters; this one has: ${sid.length}`;
  }
  if (!STATEMENT_ID.test(sid)) {
    return `A statement ID may only contain letters, digits, hyphens and underscores: ${sid}`;
  }
  return undefined;
}

/** An error message when the value is not a 12-digit AWS account ID, else `undefined`. */
export function validateAccountId(accountId: string): string | undefined {
  if (ACCOUNT_ID.test(accountId)) return undefined;
  return `An AWS account ID is exactly 12 digits: ${accountId}`;
}

/** An error message when the value is not an AWS Organizations ID (`o-` then 10 to 32 lowercase letters or digits). */
export function validateOrganizationId(organizationId: string): string | undefined {
  if (ORGANIZATION_ID.test(organizationId)) return undefined;
  return `An organization ID looks like o-a1b2c3d4e5 (o- then 10 to 32 lowercase letters or digits): ${organizationId}`;
}

/** A valid statement ID for the grant that is not among `existingSids`, e.g. `account-123456789012`, `public-2`. */
export function suggestStatementId(grant: Grant, existingSids: Iterable<string>): string {
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
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
