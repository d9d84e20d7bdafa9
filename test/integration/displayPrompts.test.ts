// Quick picks and notifications name AWS resources: a right-to-left override in a name shows as <U+202E> there
// too (the vscode ports apply it, so every command's prompts get it), and the answer is still the item's value.
import * as assert from 'assert';
import { VscodeNotifier, VscodePrompter } from '../../src/ui/vscodePorts';
import { useTestWindow } from './support/testWindow';
import type { DriveWidget, TestQuickPick } from './support/testWindow';

describe('AWS names in quick picks and notifications', () => {
  const ui = useTestWindow();

  it('shows U+202E in a pick item, its description and the title as <U+202E>, and returns the value', async () => {
    let seen: { labels: string[]; descriptions: (string | undefined)[]; title?: string } | undefined;
    const answer: DriveWidget = async (w) => {
      const pick = w as TestQuickPick;
      seen = {
        labels: pick.choices.map((i) => i.label),
        descriptions: pick.choices.map((i) => i.description),
        title: pick.title,
      };
      pick.select(['invoice<U+202E>gnp.exe']);
      pick.accept();
    };
    ui().script([answer]);
    const value = await new VscodePrompter().pick(
      [
        { label: 'invoice\u202Egnp.exe', description: 'Invoices \u202Efdp.exe', value: 'spoof' },
        { label: 'orders-api', value: 'orders' },
      ],
      { title: 'Attach to invoice\u202Egnp.exe' },
    );
    assert.strictEqual(value, 'spoof');
    assert.deepStrictEqual(seen, {
      labels: ['invoice<U+202E>gnp.exe', 'orders-api'],
      descriptions: ['Invoices <U+202E>fdp.exe', undefined],
      title: 'Attach to invoice<U+202E>gnp.exe',
    });
  });

  it('shows U+202E in a notification as <U+202E>', async () => {
    await new VscodeNotifier().info('Deployed invoice\u202Egnp.exe');
    assert.strictEqual(ui().notifications.at(-1)?.message, 'Deployed invoice<U+202E>gnp.exe');
  });
});
