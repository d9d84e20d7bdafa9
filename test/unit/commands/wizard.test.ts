// The multi-step input runner: "Step k of n" (skipped steps not counted), Back rewinds and keeps the answers
// as proposals, Back on the first step cancels, other errors pass through.
import * as assert from 'assert';
import { BackTo, runWizard } from '../../../src/commands/steps/wizard';
import type { WizardStep } from '../../../src/commands/steps/wizard';
import { Cancelled } from '../../../src/ui/prompter';
import type { StepPosition } from '../../../src/ui/prompter';
import { BACK, ShowingPrompter } from '../support/recorders';

interface S {
  kind?: string;
  name?: string;
  color?: string;
}

function steps(p: ShowingPrompter): WizardStep<S>[] {
  return [
    {
      ask: async (s, step) => ({
        ...s,
        kind: await p.pick(
          [
            { label: 'new', value: 'new' },
            { label: 'old', value: 'old' },
          ],
          { title: 'kind', step },
        ),
      }),
    },
    {
      skip: (s) => s.kind !== undefined && s.kind !== 'new',
      ask: async (s, step) => ({
        ...s,
        name: await p.input({ title: 'name', value: s.name ?? 'proposed', step }),
      }),
    },
    {
      ask: async (s, step) => ({
        ...s,
        color: await p.input({ title: 'color', value: s.color ?? 'red', step }),
      }),
    },
  ];
}

describe('runWizard (guided input)', () => {
  it('numbers the steps it asks; a step skipped once the answers decide it leaves the count', async () => {
    const p = new ShowingPrompter(['new', 'n1', 'blue']);
    assert.deepStrictEqual(await runWizard<S>({}, steps(p)), { kind: 'new', name: 'n1', color: 'blue' });
    assert.deepStrictEqual(p.shown, ['kind [1/3]', 'name [2/3]', 'color [3/3]']);

    const q = new ShowingPrompter(['old', 'green']);
    assert.deepStrictEqual(await runWizard<S>({}, steps(q)), { kind: 'old', color: 'green' });
    assert.deepStrictEqual(q.shown, ['kind [1/3]', 'color [2/2]']);
  });

  it('Back returns to the previous step with its answer proposed, and forward again keeps later answers', async () => {
    const p = new ShowingPrompter(['new', 'n1', BACK, BACK, 'new', 'n2', 'blue']);
    const out = await runWizard<S>({}, steps(p));
    assert.deepStrictEqual(out, { kind: 'new', name: 'n2', color: 'blue' });
    assert.deepStrictEqual(p.shown, [
      'kind [1/3]',
      'name [2/3]',
      'color [3/3]',
      'name [2/3]',
      'kind [1/3]',
      'name [2/3]',
      'color [3/3]',
    ]);
    assert.strictEqual(p.inputs[2]!.value, 'n1', 'the name step shows what was answered before');
    assert.strictEqual(p.inputs[3]!.value, 'n1', 'going forward again proposes the earlier answer');
  });

  it('BackTo from a later step: asks that step again, then comes straight back', async () => {
    const p = new ShowingPrompter(['new', 'n1', 'blue', 'change name', 'n2', 'ok']);
    const all = [
      ...steps(p),
      {
        ask: async (s: S, step: StepPosition) => {
          const a = await p.pick(
            [
              { label: 'ok', value: 'ok' },
              { label: 'change name', value: 'name' },
            ],
            { title: 'summary', step },
          );
          if (a === 'name') throw new BackTo(1);
          return s;
        },
      },
    ];
    assert.deepStrictEqual(await runWizard<S>({}, all), { kind: 'new', name: 'n2', color: 'blue' });
    assert.deepStrictEqual(p.shown, [
      'kind [1/4]',
      'name [2/4]',
      'color [3/4]',
      'summary [4/4]',
      'name [2/4]',
      'summary [4/4]',
    ]);
  });

  it('Back on the first step cancels; a dismissal cancels; other errors pass through', async () => {
    await assert.rejects(runWizard<S>({}, steps(new ShowingPrompter([BACK]))), (e) => e instanceof Cancelled);
    await assert.rejects(
      runWizard<S>({}, steps(new ShowingPrompter([undefined]))),
      (e) => e instanceof Cancelled,
    );
    await assert.rejects(runWizard<S>({}, [{ ask: async () => Promise.reject(new Error('boom')) }]), /boom/);
  });
});
