// Choose the AWS profile and Region (the status-bar item's click).
import type { CommandDeps } from './commandDeps';
import { runWizard } from './steps/wizard';

/** Regions where Lambda runs (commercial partition first). A typed value is accepted too. */
export const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'ca-west-1',
  'sa-east-1',
  'mx-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-east-1',
  'ap-east-2',
  'me-south-1',
  'me-central-1',
  'il-central-1',
  'af-south-1',
  'us-gov-west-1',
  'us-gov-east-1',
  'cn-north-1',
  'cn-northwest-1',
];

export async function pickRegion(deps: CommandDeps): Promise<string> {
  const current = deps.connection.current().region;
  const region = await deps.prompter.pick(
    REGIONS.map((r) => ({ label: r, description: r === current ? 'current' : undefined, value: r })),
    { title: 'Choose an AWS Region', placeholder: current ? `Now: ${current}` : 'Where your functions are' },
  );
  await deps.connection.choose({ region });
  return region;
}

/** Profile, then Region (the profile's own first), as one guided input: nothing changes until both are chosen. */
export async function pickConnection(deps: CommandDeps): Promise<{ profile: string; region: string }> {
  const current = deps.connection.current();
  const profiles = deps.connection.profiles();
  const p = deps.prompter;
  const chosen = await runWizard<{ profile?: string; region?: string }>({}, [
    {
      ask: async (s, step) => ({
        ...s,
        profile: await p.pick(
          [
            {
              label: 'Default credential chain',
              description: 'AWS_PROFILE, environment variables, SSO, instance role',
              value: '',
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
            ...(own ? [{ label: own, description: "the profile's Region", value: own }] : []),
            ...(current.region && current.region !== own
              ? [{ label: current.region, description: 'current', value: current.region }]
              : []),
            ...REGIONS.filter((r) => r !== own && r !== current.region).map((r) => ({ label: r, value: r })),
          ],
          { title: 'Choose an AWS Region', step },
        );
        return { ...s, region };
      },
    },
  ]);
  const choice = { profile: chosen.profile ?? '', region: chosen.region! };
  await deps.connection.choose(choice);
  return choice;
}
