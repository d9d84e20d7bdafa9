// Choose profile and Region: one guided input (Back from the Region to the profile); the settings change once,
// after both answers, so a cancel at the Region leaves the connection as it was.
import * as assert from 'assert';
import {
  addProfile,
  addRegion,
  pickConnection,
  removeConnection,
  setActiveConnection,
} from '../../../src/commands/connectionCommands';
import type { CommandDeps, ConnectionEntry } from '../../../src/commands/commandDeps';
import { BACK, ShowingPrompter } from '../support/recorders';

function deps(answers: unknown[]) {
  const chosen: { profile?: string; region?: string }[] = [];
  const prompter = new ShowingPrompter(answers);
  const d = {
    prompter,
    connection: {
      current: () => ({ profile: 'dev', region: 'eu-west-1' }),
      profiles: () => [
        { name: 'dev', region: 'eu-west-1' },
        { name: 'prod', region: 'us-east-2', sso: true },
      ],
      choose: async (c: { profile?: string; region?: string }) => void chosen.push(c),
    },
  } as unknown as CommandDeps;
  return { d, chosen, prompter };
}

describe('choose profile and Region (guided input)', () => {
  it("offers the profile's own Region first and writes both at once", async () => {
    const { d, chosen, prompter } = deps(['prod', 'us-east-2']);
    assert.deepStrictEqual(await pickConnection(d), { profile: 'prod', region: 'us-east-2' });
    assert.deepStrictEqual(chosen, [{ profile: 'prod', region: 'us-east-2' }]);
    const regions = prompter.picks[1]!;
    assert.deepStrictEqual(
      regions.items.slice(0, 2).map((i) => [i.label, i.description]),
      [
        ['us-east-2', "the profile's Region"],
        ['eu-west-1', 'current'],
      ],
    );
    assert.deepStrictEqual(prompter.shown, ['Choose an AWS profile [1/2]', 'Choose an AWS Region [2/2]']);
  });

  it('Back from the Region returns to the profile; a cancel at the Region changes nothing', async () => {
    const back = deps(['prod', BACK, 'dev', 'eu-west-1']);
    await pickConnection(back.d);
    assert.deepStrictEqual(back.chosen, [{ profile: 'dev', region: 'eu-west-1' }]);

    const cancelled = deps(['prod', undefined]);
    await assert.rejects(pickConnection(cancelled.d));
    assert.deepStrictEqual(cancelled.chosen, [], 'no half-applied profile without its Region');
  });
});

describe('connection roots: Add Region, Add Profile, Remove Connection, active connection', () => {
  function rootsDeps(answers: unknown[], scopedKey?: string) {
    const list: ConnectionEntry[] = [
      {
        key: 'default',
        label: 'dev @ eu-west-1',
        profile: 'dev',
        region: 'eu-west-1',
        isDefault: true,
        isActive: true,
      },
      {
        key: 'emu',
        label: 'local @ us-east-1',
        profile: 'local',
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:4566',
        isDefault: false,
        isActive: false,
      },
    ];
    const calls: string[] = [];
    const prompter = new ShowingPrompter(answers);
    const d = {
      prompter,
      notifier: { info: async () => undefined },
      explorer: { key: scopedKey ?? 'default' },
      connection: {
        profiles: () => [
          { name: 'dev', region: 'eu-west-1' },
          { name: 'prod', region: 'us-east-2' },
        ],
        list: () => list,
        add: async (s: { profile: string; region: string; endpoint?: string }) => {
          calls.push(`add ${JSON.stringify(s)}`);
          list.push({
            key: `${s.profile}@${s.region}`,
            label: `${s.profile} @ ${s.region}`,
            ...s,
            isDefault: false,
            isActive: false,
          });
        },
        remove: async (key: string) => void calls.push(`remove ${key}`),
        setActive: (key: string) => void calls.push(`active ${key}`),
      },
    } as unknown as CommandDeps;
    return { d, calls, prompter };
  }
  const node = { id: 'connection:emu', kind: 'connection', view: () => ({}) };

  it('"Add Region…" on a root adds the same profile and endpoint in another Region', async () => {
    const { d, calls, prompter } = rootsDeps(['eu-north-1'], 'emu');
    await addRegion(d, node);
    assert.deepStrictEqual(calls, [
      'add {"profile":"local","region":"eu-north-1","endpoint":"http://127.0.0.1:4566"}',
    ]);
    assert.ok(
      !prompter.picks[0]!.items.some((i) => i.label === 'us-east-1'),
      'its own Region is not offered',
    );
  });

  it('"Add Profile…" asks the profile, then its Region (its own first), and adds it', async () => {
    const { d, calls, prompter } = rootsDeps(['prod', 'us-east-2']);
    await addProfile(d);
    assert.deepStrictEqual(calls, ['add {"profile":"prod","region":"us-east-2"}']);
    assert.deepStrictEqual(
      [prompter.picks[1]!.items[0]!.label, prompter.picks[1]!.items[0]!.description],
      ['us-east-2', "the profile's Region"],
    );
  });

  it('"Remove Connection" removes an added root, and says why the default one cannot be', async () => {
    const removed = rootsDeps([], 'emu');
    await removeConnection(removed.d, node);
    assert.deepStrictEqual(removed.calls, ['remove emu']);

    const byDefault = rootsDeps([], 'default');
    await assert.rejects(
      removeConnection(byDefault.d, { ...node, id: 'connection:default' }),
      /lambdaExplorer\.profile/,
    );
    assert.deepStrictEqual(byDefault.calls, []);
  });

  it('the status bar click picks the active connection', async () => {
    const { d, calls } = rootsDeps(['emu']);
    assert.strictEqual(await setActiveConnection(d), 'emu');
    assert.deepStrictEqual(calls, ['active emu']);
  });
});
