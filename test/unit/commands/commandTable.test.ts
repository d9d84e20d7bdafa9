import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS } from '../../../src/commands/commandTable';

const root = path.resolve(__dirname, '../../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('command table', () => {
  it('matches package.json contributes.commands exactly', () => {
    const contributed = (pkg.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    const table = COMMANDS.map((c) => c.id).sort();
    assert.deepStrictEqual(table, contributed);
  });

  it('uses <prefix>.<noun>.<verb> ids, each once', () => {
    const ids = COMMANDS.map((c) => c.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^lambdaExplorer\.[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  it('every command in a menu is contributed', () => {
    const contributed = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const [menu, items] of Object.entries(
      pkg.contributes.menus as Record<string, { command: string }[]>,
    )) {
      for (const item of items) assert.ok(contributed.has(item.command), `${menu} names ${item.command}`);
    }
  });

  /** The `viewItem =~ /…/` regex of a command's view/item/context entries. */
  function itemMenus(command: string): RegExp[] {
    return (pkg.contributes.menus['view/item/context'] as { command: string; when: string }[])
      .filter((m) => m.command === command)
      .map((m) => {
        const found = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(m.when);
        assert.ok(found, `${command}: ${m.when}`);
        return new RegExp(found[1]!);
      });
  }
  const offered = (command: string, contextValue: string) =>
    itemMenus(command).some((r) => r.test(contextValue));

  it('offers copy and open on every attached layer, outdated or not, in a function or a published version', () => {
    for (const cv of ['attachedLayer', 'attachedLayer outdated', 'frozenLayer', 'frozenLayer outdated']) {
      for (const c of [
        'lambdaExplorer.resource.copyArn',
        'lambdaExplorer.resource.copyName',
        'lambdaExplorer.resource.openInConsole',
      ]) {
        assert.ok(offered(c, cv), `${c} on ${cv}`);
      }
    }
  });

  it("never offers detach, move or upgrade on a published version's frozen layers", () => {
    for (const cv of ['frozenLayer', 'frozenLayer outdated']) {
      for (const c of ['detach', 'moveUp', 'moveDown', 'upgrade'])
        assert.ok(!offered(`lambdaExplorer.attachedLayer.${c}`, cv), `${c} on ${cv}`);
    }
    assert.ok(offered('lambdaExplorer.attachedLayer.upgrade', 'attachedLayer outdated'));
    assert.ok(
      !offered('lambdaExplorer.attachedLayer.upgrade', 'attachedLayer'),
      'upgrade only when outdated',
    );
  });
});
