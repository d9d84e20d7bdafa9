// "Grant Access…" on a layer version: who (an account, an organization, everyone), a statement id, then the
// guarded AddLayerVersionPermission (a public grant asks once more, in a modal).
import type { Grant } from '../aws/lambdaService';
import {
  describeGrant,
  suggestStatementId,
  validateAccountId,
  validateOrganizationId,
  validateStatementId,
} from '../aws/policy';
import type { CommandDeps } from './commandDeps';
import { lambdaOf } from './steps/connection';
import { applyGrant } from './steps/layerPolicy';
import { resolveLayerVersionTarget } from './steps/resolve';

export async function grantLayerAccess(deps: CommandDeps, arg?: unknown): Promise<string> {
  const title = 'Grant Layer Version Access';
  const t = await resolveLayerVersionTarget(deps, arg, title);
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
  const ask = (prompt: string, placeholder: string, validate: (v: string) => string | undefined) =>
    deps.prompter.input({ title, prompt, placeholder, validate });
  const grant: Grant =
    kind === 'account'
      ? { kind, accountId: await ask('The AWS account ID to share with', '123456789012', validateAccountId) }
      : kind === 'organization'
        ? {
            kind,
            organizationId: await ask(
              'The organization ID to share with',
              'o-a1b2c3d4e5',
              validateOrganizationId,
            ),
          }
        : { kind: 'public' };
  const sids = policy?.document.statements.map((s) => s.sid) ?? [];
  const statementId = await deps.prompter.input({
    title,
    prompt: 'Statement ID (names this grant in the policy)',
    value: suggestStatementId(grant, sids),
    validate: (v) =>
      validateStatementId(v) ??
      (sids.includes(v) ? `This version already has a statement with this ID: ${v}` : undefined),
  });
  await applyGrant(deps, t, grant, statementId, policy?.revisionId, 'askToApplyOnTop');
  void deps.notifier.info(
    `Granted ${describeGrant(grant)} access to ${t.layerName} version ${t.version}: ${statementId}`,
  );
  return statementId;
}
