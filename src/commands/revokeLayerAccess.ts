// "Revoke Access…" on a layer version: pick a statement of its policy, confirm, guarded RemoveLayerVersionPermission.
import { describeGrant, statementToGrant } from '../aws/policy';
import type { CommandDeps } from './commandDeps';
import { readPolicyAsOwner, revokeStatement } from './steps/layerPolicy';
import { resolveLayerVersionTarget } from './steps/resolve';

export async function revokeLayerAccess(deps: CommandDeps, arg?: unknown): Promise<string | undefined> {
  const title = 'Revoke Layer Version Access';
  const t = await resolveLayerVersionTarget(deps, arg, title);
  // By the version's full ARN: another account's version is refused here, naming its owner.
  const policy = await readPolicyAsOwner(deps, t);
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
  await revokeStatement(deps, t, s.sid, policy.revisionId, g ? describeGrant(g) : undefined);
  void deps.notifier.info(`Revoked statement of ${t.layerName} version ${t.version}: ${s.sid}`);
  return s.sid;
}
