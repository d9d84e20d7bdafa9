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
import { applyGrant, readPolicyAsOwner } from './steps/layerPolicy';
import { resolveLayerVersionTarget } from './steps/resolve';
import { runWizard } from './steps/wizard';

interface Answers {
  kind?: Grant['kind'];
  id?: string;
  statementId?: string;
}

function grantOf(a: Answers): Grant {
  if (a.kind === 'account') return { kind: 'account', accountId: a.id ?? '' };
  if (a.kind === 'organization') return { kind: 'organization', organizationId: a.id ?? '' };
  return { kind: 'public' };
}

export async function grantLayerAccess(deps: CommandDeps, arg?: unknown): Promise<string> {
  const title = 'Grant Layer Version Access';
  const t = await resolveLayerVersionTarget(deps, arg, title);
  // By the version's full ARN: another account's version is refused before any question, naming its owner.
  const policy = await readPolicyAsOwner(deps, t);
  const sids = policy?.document.statements.map((s) => s.sid) ?? [];
  const p = deps.prompter;
  // Guided input: who → their id (not for everyone) → the statement id, with Back on every step.
  const answers = await runWizard<Answers>({}, [
    {
      ask: async (s, step) => ({
        ...s,
        kind: await p.pick<Grant['kind']>(
          [
            { label: 'An AWS account', description: '12-digit account ID', value: 'account' },
            {
              label: 'An organization',
              description: 'every account of an AWS Organizations organization',
              value: 'organization',
            },
            { label: 'Everyone (public)', description: 'any AWS account: think twice', value: 'public' },
          ],
          { title, step, placeholder: `Who may use ${t.layerName} version ${t.version}?` },
        ),
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
          validate: org ? validateOrganizationId : validateAccountId,
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
          value: s.statementId ?? suggestStatementId(grantOf(s), sids),
          validate: (v) =>
            validateStatementId(v) ??
            (sids.includes(v) ? `This version already has a statement with this ID: ${v}` : undefined),
        }),
      }),
    },
  ]);
  const grant = grantOf(answers);
  const statementId = answers.statementId!;
  await applyGrant(deps, t, grant, statementId, policy?.revisionId, 'askToApplyOnTop');
  void deps.notifier.info(
    `Granted ${describeGrant(grant)} access to ${t.layerName} version ${t.version}: ${statementId}`,
  );
  return statementId;
}
