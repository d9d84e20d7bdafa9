// Choose profile and Region: one guided input (Back from the Region to the profile); the settings change once,
// after both answers, so a cancel at the Region leaves the connection as it was.
import * as assert from 'assert';
import { pickConnection } from '../../../src/commands/connectionCommands';
import type { CommandDeps } from '../../../src/commands/commandDeps';
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
