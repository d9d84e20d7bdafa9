// Writes to a layer version's policy (grant, revoke, copy grants), shared by the palette/tree commands and the
// layer version panel. Each write is a guarded write on the policy's RevisionId: when the policy changed since
// it was read, the panel's writes stop with POLICY_CHANGED (the panel reloads and shows it), the palette's
// offer to apply the grant on top of the current policy. Every write fires a change.
import { isLambdaError } from '../../aws/errors';
import { guardedWrite } from '../../aws/guardedWrite';
import type { Grant, LayerVersionPolicy } from '../../aws/lambdaService';
import { layerNameForCalls, layerVersionWhere } from '../../aws/layerArn';
import { isOtherAccountsLayer, NotOwnerError } from '../../aws/layerOwner';
import {
  describeGrant,
  sameGrant,
  statementToGrant,
  suggestStatementId,
  validateAccountId,
  validateOrganizationId,
  validateStatementId,
} from '../../aws/policy';
import { Cancelled } from '../../ui/prompter';
import type { CommandDeps } from '../commandDeps';
import { lambdaOf } from './connection';
import type { LayerVersionTarget } from './resolve';

/** What a user is told when a RevisionId guard fails (HTTP 412). */
export const POLICY_CHANGED =
  'The policy of this layer version changed since it was read: review the current grants and try again.';

export const PUBLIC_WARNING =
  'Anyone with an AWS account, in any organization, will be able to use this layer version (download its code and attach it). Do not make it public if it contains secrets or licensed code.';

/** The policy changed under a write that may not be re-applied silently. */
export class PolicyChangedError extends Error {
  override readonly name = 'PolicyChangedError';
  constructor() {
    super(POLICY_CHANGED);
  }
}

/** The LayerName every call passes: the layer's ARN (another account's version is that version, not ours). */
export function layerOf(t: LayerVersionTarget): string {
  return layerNameForCalls(t.arn, t.layerName);
}

/** ` (account 123456789012, us-east-1)`: every confirmation names where the change happens. */
export function whereOf(t: LayerVersionTarget): string {
  const where = layerVersionWhere(t.arn);
  return where ? ` (${where})` : '';
}

/** Runs a call only the owner may make: AWS's AccessDenied for another account's version → NotOwnerError. */
export async function asOwner<T>(
  t: LayerVersionTarget,
  call: () => Promise<T>,
  what: 'permissions' | 'delete' = 'permissions',
): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (isOtherAccountsLayer(e, t.arn)) throw new NotOwnerError(t.arn, what);
    throw e;
  }
}

/** The policy of a version we own (undefined: no grants); another account's version → NotOwnerError. */
export function readPolicyAsOwner(
  deps: CommandDeps,
  t: LayerVersionTarget,
  version = t.version,
  what: 'permissions' | 'delete' = 'permissions',
): Promise<LayerVersionPolicy | undefined> {
  return asOwner(t, () => lambdaOf(deps).getLayerVersionPolicy(layerOf(t), version), what);
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

/** Runs writes that are not re-applied: a 412 fires a change (views re-read) and stops with PolicyChangedError. */
async function stopOnPolicyChange<T>(
  deps: CommandDeps,
  t: LayerVersionTarget,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isLambdaError(e, 'PreconditionFailed')) throw e;
    await fired(deps, t);
    throw new PolicyChangedError();
  }
}

/** Asks for an explicit confirmation (a modal) before a version becomes public; throws Cancelled on no. */
export async function confirmPublic(deps: CommandDeps, t: LayerVersionTarget): Promise<void> {
  const ok = await deps.prompter.confirm(`Make ${t.layerName} version ${t.version} public${whereOf(t)}?`, {
    detail: PUBLIC_WARNING,
    confirm: 'Make Public',
    modal: true,
    // Enter keeps it private: making a version public takes a click on "Make Public".
    safeDefault: 'Keep Private',
  });
  if (!ok) throw new Cancelled();
}

export function validateGrant(grant: Grant): string | undefined {
  if (grant.kind === 'account') return validateAccountId(grant.accountId);
  if (grant.kind === 'organization') return validateOrganizationId(grant.organizationId);
  return undefined;
}

/** How a write treats a policy that changed since it was read. */
export type OnPolicyChange = 'stop' | 'askToApplyOnTop';

type Revision = { revisionId: string | undefined; policy: LayerVersionPolicy | undefined };

/** Adds one grant. `revisionId` is the policy revision the user saw (undefined when the version had no policy). */
export async function applyGrant(
  deps: CommandDeps,
  t: LayerVersionTarget,
  grant: Grant,
  statementId: string,
  revisionId: string | undefined,
  onChange: OnPolicyChange = 'stop',
): Promise<{ revisionId: string }> {
  const problem = validateGrant(grant) ?? validateStatementId(statementId);
  if (problem) throw new Error(problem);
  if (grant.kind === 'public') await confirmPublic(deps, t);
  const lambda = lambdaOf(deps);
  const { result } = await guardedWrite<Revision, { revisionId: string }>({
    state: { revisionId, policy: undefined },
    write: (s) =>
      asOwner(t, () =>
        lambda.addLayerVersionPermission(layerOf(t), t.version, statementId, grant, {
          revisionId: s.revisionId,
          onRecovered: (note) => deps.log.warn(note),
        }),
      ),
    reread: async () => {
      const policy = await readPolicyAsOwner(deps, t);
      return { revisionId: policy?.revisionId, policy };
    },
    onConflict: async (_before, now) => {
      await fired(deps, t);
      const sids = now.policy?.document.statements.map((s) => s.sid) ?? [];
      if (onChange === 'stop' || sids.includes(statementId)) return false;
      return deps.prompter.confirm(
        `The policy of ${t.layerName} version ${t.version}${whereOf(t)} changed since it was read`,
        {
          detail: `Its statements now: ${sids.join(', ') || 'none'}.\nAdd ${describeGrant(grant)} as ${statementId} on top?`,
          confirm: 'Add on Top',
          modal: true,
        },
      );
    },
    stopped: () => new PolicyChangedError(),
  });
  deps.log.info(`Granted ${describeGrant(grant)} access to ${t.arn} as statement: ${statementId}`);
  await fired(deps, t);
  return result;
}

/** Removes one statement, after a confirmation. A policy that changed meanwhile stops it (PolicyChangedError). */
export async function revokeStatement(
  deps: CommandDeps,
  t: LayerVersionTarget,
  statementId: string,
  revisionId: string | undefined,
  what?: string,
): Promise<void> {
  const ok = await deps.prompter.confirm(
    `Revoke ${what ?? 'statement'} from ${t.layerName} version ${t.version}${whereOf(t)}?`,
    {
      detail: `Statement ${statementId} is removed. Functions that already use this version keep working; new attachments from that principal fail.`,
      confirm: 'Revoke',
      modal: true,
    },
  );
  if (!ok) throw new Cancelled();
  // Nothing to re-apply on top: a revoke is only right against the policy the user saw.
  await stopOnPolicyChange(deps, t, () =>
    asOwner(t, () =>
      lambdaOf(deps).removeLayerVersionPermission(layerOf(t), t.version, statementId, { revisionId }),
    ),
  );
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
  const source = await readPolicyAsOwner(deps, t, fromVersion);
  const target = await readPolicyAsOwner(deps, t);
  // The guard: what the user saw must still be the target's policy before the first write.
  if (revisionId !== undefined && target !== undefined && target.revisionId !== revisionId)
    throw new PolicyChangedError();
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
    await stopOnPolicyChange(deps, t, async () => {
      for (const p of plan) {
        const r = await asOwner(t, () =>
          lambda.addLayerVersionPermission(layerOf(t), t.version, p.sid, p.grant, {
            revisionId: revision,
            onRecovered: (note) => deps.log.warn(note),
          }),
        );
        revision = r.revisionId;
        copied.push(p.sid);
      }
    });
  } finally {
    if (copied.length > 0) await fired(deps, t);
  }
  deps.log.info(`Copied ${copied.length} grant(s) from version ${fromVersion} to: ${t.arn}`);
  return { copied, skipped };
}
