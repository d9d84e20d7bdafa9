// Share a layer version: grant access (an account, an organization, or everyone), revoke a statement, copy the
// grants of another version. Every write is RevisionId-guarded and fires a change so the tree and open panels
// update. The layer version panel calls the apply* functions with what its form holds; the palette / tree
// commands ask with the prompter. No vscode.
import { isLambdaError } from '../aws/errors';
import { parseLayerVersionArn } from '../aws/layerArn';
import type { Grant, LambdaService } from '../aws/lambdaService';
import {
  describeGrant,
  sameGrant,
  statementToGrant,
  suggestStatementId,
  validateAccountId,
  validateOrganizationId,
  validateStatementId,
} from '../aws/policy';
import type { ResourceRef, TreeNode } from '../tree/treeNode';
import { Cancelled } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { resolveResource } from './resourceCommands';

export interface LayerVersionTarget {
  layerName: string;
  version: number;
  arn: string;
}

/** What a user is told when a RevisionId guard fails (HTTP 412). */
export const POLICY_CHANGED =
  'The policy of this layer version changed since it was read: review the current grants and try again.';

export const PUBLIC_WARNING =
  'Anyone with an AWS account, in any organization, will be able to use this layer version (download its code and attach it). Do not make it public if it contains secrets or licensed code.';

function lambdaOf(deps: CommandDeps): LambdaService {
  const lambda = deps.explorer.connection?.lambda;
  if (!lambda) throw new Error('Not connected to AWS. Choose a profile and Region first.');
  return lambda;
}

function fired(deps: CommandDeps, t: LayerVersionTarget): Promise<void> {
  return deps.changes.fire({
    kind: 'layerVersion',
    name: t.layerName,
    version: t.version,
    arn: t.arn,
    aspect: 'policy',
  });
}

/** Asks for an explicit confirmation (a modal) before a version becomes public; throws Cancelled on no. */
export async function confirmPublic(deps: CommandDeps, t: LayerVersionTarget): Promise<void> {
  const ok = await deps.prompter.confirm(`Make ${t.layerName} version ${t.version} public?`, {
    detail: PUBLIC_WARNING,
    confirm: 'Make Public',
    modal: true,
  });
  if (!ok) throw new Cancelled();
}

export function validateGrant(grant: Grant): string | undefined {
  if (grant.kind === 'account') return validateAccountId(grant.accountId);
  if (grant.kind === 'organization') return validateOrganizationId(grant.organizationId);
  return undefined;
}

/** Adds one grant. `revisionId` is the policy revision the user saw (undefined when the version had no policy). */
export async function applyGrant(
  deps: CommandDeps,
  t: LayerVersionTarget,
  grant: Grant,
  statementId: string,
  revisionId: string | undefined,
): Promise<{ revisionId: string }> {
  const problem = validateGrant(grant) ?? validateStatementId(statementId);
  if (problem) throw new Error(problem);
  if (grant.kind === 'public') await confirmPublic(deps, t);
  const r = await lambdaOf(deps).addLayerVersionPermission(t.layerName, t.version, statementId, grant, {
    revisionId,
  });
  deps.log.info(`Granted ${describeGrant(grant)} access to ${t.arn} as statement: ${statementId}`);
  await fired(deps, t);
  return { revisionId: r.revisionId };
}

/** Removes one statement, after a confirmation. */
export async function revokeStatement(
  deps: CommandDeps,
  t: LayerVersionTarget,
  statementId: string,
  revisionId: string | undefined,
  what?: string,
): Promise<void> {
  const ok = await deps.prompter.confirm(
    `Revoke ${what ?? 'statement'} from ${t.layerName} version ${t.version}?`,
    {
      detail: `Statement ${statementId} is removed. Functions that already use this version keep working; new attachments from that principal fail.`,
      confirm: 'Revoke',
      modal: true,
    },
  );
  if (!ok) throw new Cancelled();
  await lambdaOf(deps).removeLayerVersionPermission(t.layerName, t.version, statementId, { revisionId });
  deps.log.info(`Revoked statement ${statementId} of: ${t.arn}`);
  await fired(deps, t);
}

export interface CopyGrantsResult {
  /** Statement ids added to the target. */
  copied: string[];
  /** Source statements not copied: already granted on the target, or not a grant AddLayerVersionPermission makes. */
  skipped: string[];
}

/** Copies the grants of another version of the same layer onto `t` (those it does not have yet). */
export async function copyGrantsFrom(
  deps: CommandDeps,
  t: LayerVersionTarget,
  fromVersion: number,
  revisionId: string | undefined,
): Promise<CopyGrantsResult> {
  const lambda = lambdaOf(deps);
  if (fromVersion === t.version)
    throw new Error(`Pick another version than the one you copy to: ${fromVersion}`);
  const source = await lambda.getLayerVersionPolicy(t.layerName, fromVersion);
  const target = await lambda.getLayerVersionPolicy(t.layerName, t.version);
  // The guard: what the user saw must still be the target's policy before the first write.
  if (revisionId !== undefined && target !== undefined && target.revisionId !== revisionId) {
    throw new Error(POLICY_CHANGED);
  }
  const existing = target?.document.statements ?? [];
  const sids = new Set(existing.map((s) => s.sid));
  const existingGrants = existing.map(statementToGrant).filter((g): g is Grant => g !== undefined);
  const plan: { grant: Grant; sid: string }[] = [];
  const skipped: string[] = [];
  for (const s of source?.document.statements ?? []) {
    const grant = statementToGrant(s);
    if (
      !grant ||
      existingGrants.some((g) => sameGrant(g, grant)) ||
      plan.some((p) => sameGrant(p.grant, grant))
    ) {
      skipped.push(s.sid);
      continue;
    }
    const sid =
      !sids.has(s.sid) && validateStatementId(s.sid) === undefined ? s.sid : suggestStatementId(grant, sids);
    sids.add(sid);
    plan.push({ grant, sid });
  }
  if (plan.some((p) => p.grant.kind === 'public')) await confirmPublic(deps, t);
  let revision = target?.revisionId;
  const copied: string[] = [];
  try {
    for (const p of plan) {
      const r = await lambda.addLayerVersionPermission(t.layerName, t.version, p.sid, p.grant, {
        revisionId: revision,
      });
      revision = r.revisionId;
      copied.push(p.sid);
    }
  } finally {
    if (copied.length > 0) await fired(deps, t);
  }
  deps.log.info(`Copied ${copied.length} grant(s) from version ${fromVersion} to: ${t.arn}`);
  return { copied, skipped };
}

// ---- palette and tree commands ------------------------------------------------------------------------------

function targetOf(r: ResourceRef): LayerVersionTarget | undefined {
  const p = parseLayerVersionArn(r.arn);
  if (r.kind === 'layerVersion' && p) return { layerName: p.layerName, version: p.version, arn: r.arn };
  return undefined;
}

/** The layer version a command acts on: the node's, or one the user picks (a layer, then one of its versions). */
export async function resolveLayerVersion(
  deps: CommandDeps,
  n: TreeNode | ResourceRef | undefined,
  title: string,
): Promise<LayerVersionTarget> {
  const r = await resolveResource(deps, n, title);
  const direct = targetOf(r);
  if (direct) return direct;
  if (r.kind !== 'layer') throw new Error(`Pick a layer version: ${r.name}`);
  const lambda = lambdaOf(deps);
  const versions = [];
  for await (const page of lambda.listLayerVersions(r.name)) versions.push(...page.items);
  if (versions.length === 0) throw new Error(`This layer has no versions: ${r.name}`);
  return deps.prompter.pick(
    versions.map((v) => ({
      label: `Version ${v.version}`,
      description: v.description,
      detail: v.compatibleRuntimes.join(', ') || undefined,
      value: { layerName: v.layerName, version: v.version, arn: v.arn },
    })),
    { title, placeholder: `Pick a version of ${r.name}` },
  );
}

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isLambdaError(e, 'PreconditionFailed')) throw new Error(POLICY_CHANGED);
    throw e;
  }
}

export async function grantLayerAccess(
  deps: CommandDeps,
  n?: TreeNode | ResourceRef,
): Promise<string | undefined> {
  const title = 'Grant Layer Version Access';
  const t = await resolveLayerVersion(deps, n, title);
  const policy = await lambdaOf(deps).getLayerVersionPolicy(t.layerName, t.version);
  const kind = await deps.prompter.pick<Grant['kind']>(
    [
      { label: 'An AWS account', description: '12-digit account ID', value: 'account' },
      {
        label: 'An organization',
        description: 'every account of an AWS Organizations organization',
        value: 'organization',
      },
      { label: 'Everyone (public)', description: 'any AWS account: think twice', value: 'public' },
    ],
    { title, placeholder: `Who may use ${t.layerName} version ${t.version}?` },
  );
  let grant: Grant;
  if (kind === 'account') {
    const accountId = await deps.prompter.input({
      title,
      prompt: 'The AWS account ID to share with',
      placeholder: '123456789012',
      validate: validateAccountId,
    });
    grant = { kind, accountId };
  } else if (kind === 'organization') {
    const organizationId = await deps.prompter.input({
      title,
      prompt: 'The organization ID to share with',
      placeholder: 'o-a1b2c3d4e5',
      validate: validateOrganizationId,
    });
    grant = { kind, organizationId };
  } else {
    grant = { kind: 'public' };
  }
  const sids = policy?.document.statements.map((s) => s.sid) ?? [];
  const statementId = await deps.prompter.input({
    title,
    prompt: 'Statement ID (names this grant in the policy)',
    value: suggestStatementId(grant, sids),
    validate: (v) =>
      validateStatementId(v) ??
      (sids.includes(v) ? `This version already has a statement with this ID: ${v}` : undefined),
  });
  await guarded(() => applyGrant(deps, t, grant, statementId, policy?.revisionId));
  void deps.notifier.info(
    `Granted ${describeGrant(grant)} access to ${t.layerName} version ${t.version}: ${statementId}`,
  );
  return statementId;
}

export async function revokeLayerAccess(
  deps: CommandDeps,
  n?: TreeNode | ResourceRef,
): Promise<string | undefined> {
  const title = 'Revoke Layer Version Access';
  const t = await resolveLayerVersion(deps, n, title);
  const policy = await lambdaOf(deps).getLayerVersionPolicy(t.layerName, t.version);
  const statements = policy?.document.statements ?? [];
  if (!policy || statements.length === 0) {
    void deps.notifier.info(
      `This layer version has no grants: only its own account can use it: ${t.layerName}:${t.version}`,
    );
    return undefined;
  }
  const s = await deps.prompter.pick(
    statements.map((st) => {
      const g = statementToGrant(st);
      return { label: st.sid, description: g ? describeGrant(g) : 'custom statement', value: st };
    }),
    { title, placeholder: 'Pick the statement to revoke' },
  );
  const g = statementToGrant(s);
  await guarded(() => revokeStatement(deps, t, s.sid, policy.revisionId, g ? describeGrant(g) : undefined));
  void deps.notifier.info(`Revoked statement of ${t.layerName} version ${t.version}: ${s.sid}`);
  return s.sid;
}

export async function copyLayerGrants(
  deps: CommandDeps,
  n?: TreeNode | ResourceRef,
): Promise<CopyGrantsResult> {
  const title = 'Copy Grants from Another Version';
  const t = await resolveLayerVersion(deps, n, title);
  const versions = [];
  for await (const page of lambdaOf(deps).listLayerVersions(t.layerName))
    versions.push(...page.items.filter((v) => v.version !== t.version));
  if (versions.length === 0)
    throw new Error(`This layer has no other version to copy grants from: ${t.layerName}`);
  const from = await deps.prompter.pick(
    versions.map((v) => ({ label: `Version ${v.version}`, description: v.description, value: v.version })),
    { title, placeholder: `Copy the grants of which version onto version ${t.version}?` },
  );
  const result = await guarded(() => copyGrantsFrom(deps, t, from, undefined));
  void deps.notifier.info(
    `Copied ${result.copied.length} grant(s) from version ${from} to version ${t.version}${result.skipped.length ? ` (skipped, already granted or custom: ${result.skipped.join(', ')})` : ''}`,
  );
  return result;
}
