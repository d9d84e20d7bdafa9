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
    for (const [menu, items] of Object.entries(pkg.contributes.menus as Record<string, { command: string }[]>)) {
      for (const item of items) assert.ok(contributed.has(item.command), `${menu} names ${item.command}`);
    }
  });
});
