// Choose the AWS profile and Region (the status-bar item's click).
import { REGION_TABLE, regionLabel, regionName } from '../aws/regions';
import type { PickItem, StepPosition } from '../ui/prompter';
import type { CommandDeps, EndpointSetting } from './commandDeps';
import { runWizard } from './steps/wizard';

/** Regions where Lambda runs (commercial partition first). */
export const REGIONS = REGION_TABLE.map((r) => r.code);

/** A Region as a pick item: the code, with its name (typing "Frankfurt" finds eu-central-1) and a note. */
function regionItem(code: string, note?: string): PickItem<string> {
  const description = [regionName(code), note].filter(Boolean).join(' · ');
  return { label: code, ...(description ? { description } : {}), value: code };
}

export async function pickRegion(deps: CommandDeps): Promise<string> {
  const current = deps.connection.current().region;
  const region = await deps.prompter.pick(
    REGIONS.map((r) => regionItem(r, r === current ? 'current' : undefined)),
    {
      title: 'Choose an AWS Region',
      placeholder: current
        ? `Now: ${regionLabel(current)}`
        : 'Where your functions are (type a name or a code)',
    },
  );
  await deps.connection.choose({ region });
  return region;
}

/** Profile, then Region (the profile's own first), as one guided input: nothing changes until both are chosen. */
export async function pickConnection(
  deps: CommandDeps,
): Promise<{ profile: string; region: string; endpoint?: string }> {
  const current = deps.connection.current();
  const profiles = deps.connection.profiles();
  const p = deps.prompter;
  const endpoint = deps.connection.endpoint?.();
  const chosen = await runWizard<{ profile?: string; region?: string; endpoint?: string }>({}, [
    {
      ask: async (s, step) => ({
        ...s,
        profile: await p.pick(
          [
            {
              label: 'Default credential chain',
              description: 'AWS_PROFILE, environment variables, SSO, instance role',
              value: 'aws' as const,
            },
            ...profiles.map((x) => ({
              label: x.name,
              description:
                [x.region, x.sso ? 'SSO' : undefined, x.endpointUrl ? `endpoint ${x.endpointUrl}` : undefined]
                  .filter(Boolean)
                  .join(' · ') || undefined,
              detail: x.name === current.profile ? 'current' : undefined,
              value: x.name,
            })),
          ],
          {
            title: 'Choose an AWS profile',
            step,
            placeholder: profiles.length
              ? 'Profiles from your AWS config and credentials files'
              : 'No profiles found in ~/.aws/config or ~/.aws/credentials',
          },
        ),
      }),
    },
    {
      ask: async (s, step) => {
        const own = profiles.find((x) => x.name === s.profile)?.region;
        const region = await p.pick(
          [
            ...(own ? [regionItem(own, "the profile's Region")] : []),
            ...(current.region && current.region !== own ? [regionItem(current.region, 'current')] : []),
            ...REGIONS.filter((r) => r !== own && r !== current.region).map((r) => regionItem(r)),
          ],
          { title: 'Choose an AWS Region', step },
        );
        return { ...s, region };
      },
    },
    {
      skip: () => !endpoint,
      ask: async (s, step) => ({ ...s, endpoint: await askEndpoint(deps, endpoint!, step) }),
    },
  ]);
  const choice = {
    profile: chosen.profile ?? '',
    region: chosen.region!,
    ...(chosen.endpoint !== undefined ? { endpoint: chosen.endpoint } : {}),
  };
  await deps.connection.choose(choice);
  return choice;
}

/** Where the endpoint comes from, and who wins when a workspace overrides the user's own value. */
export function describeEndpoint(e: EndpointSetting): string {
  if (!e.effective) return 'Now: the AWS endpoint of the Region';
  const wins = e.overriddenUserValue ? `; it wins over your User setting ${e.overriddenUserValue}` : '';
  return `Now: ${e.effective} (from ${e.scope} settings${wins})`;
}

/** The endpoint step: keep (first, so Enter changes nothing), the AWS default, or a URL typed in. */
async function askEndpoint(
  deps: CommandDeps,
  e: EndpointSetting,
  step: StepPosition,
): Promise<string | undefined> {
  const workspaceWins = e.scope?.startsWith('Workspace') === true;
  const note = workspaceWins ? `the ${e.scope} setting still wins` : undefined;
  const answer = await deps.prompter.pick<'keep' | 'aws' | 'enter'>(
    [
      ...(e.effective
        ? [{ label: `Keep ${e.effective}`, description: `from ${e.scope} settings`, value: 'keep' as const }]
        : [
            {
              label: 'Keep the AWS endpoint',
              description: 'the default for the Region',
              value: 'keep' as const,
            },
          ]),
      ...(e.effective
        ? [
            {
              label: 'Use the AWS endpoint',
              description: ['clears your User setting', note].filter(Boolean).join(' · '),
              value: 'aws' as const,
            },
          ]
        : []),
      {
        label: 'Enter an endpoint URL…',
        description: ['a local emulator or a proxy', note].filter(Boolean).join(' · '),
        value: 'enter' as const,
      },
    ],
    { title: 'Choose the endpoint', step, placeholder: describeEndpoint(e) },
  );
  if (answer === 'keep') return undefined;
  if (answer === 'aws') return '';
  return deps.prompter.input({
    title: 'Choose the endpoint',
    step,
    prompt: 'Endpoint URL (http:// or https://), written to your User settings',
    value: e.effective ?? 'http://127.0.0.1:4566',
    validate: (v) => {
      try {
        const u = new URL(v.trim());
        return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : 'An http:// or https:// URL';
      } catch {
        return 'An http:// or https:// URL';
      }
    },
  });
}
