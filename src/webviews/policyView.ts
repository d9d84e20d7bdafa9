// Layer version policies as the panel shows them: statement rows, the raw policy JSON (in AWS's own shape),
// and the statement AWS writes for a grant (the inverse of statementToGrant). Pure: no vscode.
import { describeGrant, grantToPermission, LAYER_PERMISSION_ACTION, statementToGrant } from '../aws/policy';
import type { Grant, PolicyDocument, PolicyStatement } from '../aws/lambdaService';
import type { StatementRow } from './protocol';

const list = (v: string | string[]): string => (Array.isArray(v) ? v.join(', ') : v);

function orgOf(s: PolicyStatement): string | undefined {
  for (const block of Object.values(s.condition ?? {})) {
    for (const [key, value] of Object.entries(block)) {
      if (key.toLowerCase() === 'aws:principalorgid') return list(value);
    }
  }
  return undefined;
}

function principalText(p: PolicyStatement['principal']): string {
  return typeof p === 'string' ? p : list(p.AWS);
}

export function statementRow(s: PolicyStatement): StatementRow {
  const grant = statementToGrant(s);
  const row: StatementRow = {
    sid: s.sid,
    effect: s.effect,
    principal: principalText(s.principal),
    action: list(s.action),
    summary: grant ? describeGrant(grant) : 'custom statement',
  };
  const org = orgOf(s);
  if (org !== undefined) row.organization = org;
  if (grant) row.grant = grant;
  return row;
}

/** The statement AddLayerVersionPermission writes for a grant (what GetLayerVersionPolicy then returns). */
export function grantToStatement(
  layerVersionArn: string,
  statementId: string,
  grant: Grant,
): PolicyStatement {
  const { principal, organizationId } = grantToPermission(grant);
  const partition = /^arn:([^:]+):/.exec(layerVersionArn)?.[1] ?? 'aws';
  const s: PolicyStatement = {
    sid: statementId,
    effect: 'Allow',
    principal: principal === '*' ? '*' : { AWS: `arn:${partition}:iam::${principal}:root` },
    action: LAYER_PERMISSION_ACTION,
    resource: layerVersionArn,
  };
  if (organizationId !== undefined) s.condition = { StringEquals: { 'aws:PrincipalOrgID': organizationId } };
  return s;
}

/** The policy in AWS's JSON shape (`Version`, `Id`, `Statement[]` with `Sid`, `Effect`…), pretty-printed. */
export function policyJson(doc: PolicyDocument): string {
  const out: Record<string, unknown> = { Version: doc.version };
  if (doc.id !== undefined) out.Id = doc.id;
  out.Statement = doc.statements.map((s) => {
    const o: Record<string, unknown> = {
      Sid: s.sid,
      Effect: s.effect,
      Principal: s.principal,
      Action: s.action,
      Resource: s.resource,
    };
    if (s.condition !== undefined) o.Condition = s.condition;
    return o;
  });
  return JSON.stringify(out, null, 2);
}
