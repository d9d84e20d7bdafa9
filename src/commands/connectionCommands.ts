// Choose the AWS profile and Region (the status-bar item's click).
import type { CommandDeps } from './commandDeps';

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

export async function pickConnection(deps: CommandDeps): Promise<void> {
  const current = deps.connection.current();
  const profiles = deps.connection.profiles();
  const profile = await deps.prompter.pick(
    [
      {
        label: 'Default credential chain',
        description: 'AWS_PROFILE, environment variables, SSO, instance role',
        value: '',
      },
      ...profiles.map((p) => ({
        label: p.name,
        description:
          [p.region, p.sso ? 'SSO' : undefined, p.endpointUrl ? `endpoint ${p.endpointUrl}` : undefined]
            .filter(Boolean)
            .join(' · ') || undefined,
        detail: p.name === current.profile ? 'current' : undefined,
        value: p.name,
      })),
    ],
    {
      title: 'Choose an AWS profile',
      placeholder: profiles.length
        ? 'Profiles from your AWS config and credentials files'
        : 'No profiles found in ~/.aws/config or ~/.aws/credentials',
    },
  );
  await deps.connection.choose({ profile });
  const chosen = profiles.find((p) => p.name === profile);
  // Offer the profile's own Region first; the user can keep it or pick another.
  const region = await deps.prompter.pick(
    [
      ...(chosen?.region
        ? [{ label: chosen.region, description: "the profile's Region", value: chosen.region }]
        : []),
      ...(current.region && current.region !== chosen?.region
        ? [{ label: current.region, description: 'current', value: current.region }]
        : []),
      ...REGIONS.filter((r) => r !== chosen?.region && r !== current.region).map((r) => ({
        label: r,
        value: r,
      })),
    ],
    { title: 'Choose an AWS Region' },
  );
  await deps.connection.choose({ region });
}
