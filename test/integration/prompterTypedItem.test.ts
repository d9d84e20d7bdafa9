// The item a pick makes from what the user types ("Create new layer 'x'"), on the VS Code quick pick API: it
// appears as the user types, follows the text, goes away for text that makes none, and Enter takes it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PickItem } from '../../src/ui/prompter';
import { VscodePrompter } from '../../src/ui/vscodePorts';
import { useTestWindow } from './support/testWindow';
import type { DriveWidget, TestQuickPick } from './support/testWindow';

const LAYERS: PickItem<string>[] = [
  { label: 'New layer…', value: 'new' },
  { label: 'shared-utils', value: 'existing:shared-utils', group: 'Publish a new version of' },
];

const typedItem = (typed: string): PickItem<unknown> | undefined =>
  /^[a-z-]+$/.test(typed.trim()) && typed.trim() !== 'shared-utils'
    ? { label: `Create new layer '${typed.trim()}'`, value: `typed:${typed.trim()}` }
    : undefined;

describe('VscodePrompter: an item made from the typed text (test window)', () => {
  const ui = useTestWindow();
  const prompter = new VscodePrompter();

  it('offers "Create new layer \'x\'" as the user types, updates it, and Enter picks it', async () => {
    const seen: string[][] = [];
    const labels = (w: TestQuickPick) =>
      w.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).map((i) => i.label);
    const act: DriveWidget = (widget) => {
      const w = widget as TestQuickPick;
      w.type('tea');
      seen.push(labels(w));
      w.type('team-tools');
      seen.push(labels(w));
      w.type('bad name!');
      seen.push(labels(w));
      w.type('shared');
      seen.push(labels(w));
      w.type('team-tools');
      const made = w.items.find((i) => i.label === "Create new layer 'team-tools'")!;
      assert.strictEqual(made.alwaysShow, true, 'the filter never hides it');
      w.activeItems = [made];
      w.accept();
    };
    ui().script([act]);
    const value = await prompter.pick(LAYERS, { title: 'Publish', typedItem });
    assert.strictEqual(value, 'typed:team-tools');
    assert.deepStrictEqual(seen, [
      ["Create new layer 'tea'", 'New layer…', 'shared-utils'],
      ["Create new layer 'team-tools'", 'New layer…', 'shared-utils'],
      ['New layer…', 'shared-utils'],
      ['New layer…', 'shared-utils', "Create new layer 'shared'"],
    ]);
  });
});
