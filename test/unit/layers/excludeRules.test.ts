// The walk's exclusion matcher answers name rules itself and leaves the rest to the `ignore` package: for every
// rule set and path below it must answer exactly what `ignore` alone answers (the walk used it for every path).
import * as assert from 'assert';
import ignore from 'ignore';
import { compileExcludes } from '../../../src/layers/zip/excludeRules';
import { DEFAULT_EXCLUDES } from '../../../src/layers/zip/folderScan';

const RULE_SETS: (readonly string[])[] = [
  DEFAULT_EXCLUDES,
  [...DEFAULT_EXCLUDES, '*.pyc\n__pycache__/\ntests/\n*.md\n# a comment\n\nREADME'],
  [...DEFAULT_EXCLUDES, '*.map\r\ndocs/\r\n'],
  // Rules only `ignore` answers: slashes, wildcards inside, ranges, escapes, spaces, globstars.
  [
    ...DEFAULT_EXCLUDES,
    'src/*.test.js\n**/fixtures/**\n/root-only.txt\nfile?.txt\n[Bb]uild/\n\\#hash\nspace\\ \ntrail  ',
  ],
  // A negation anywhere: order matters, `ignore` answers for every rule.
  [...DEFAULT_EXCLUDES, '*.md\n!KEEP.md\nnode_modules/.bin/'],
  // Case, dots and regular-expression characters in names.
  [
    '.DS_Store',
    'Thumbs.db',
    'a+b',
    'x.y',
    '(paren)',
    '$dollar',
    'caret^',
    '{brace}',
    'pipe|name',
    '*.tar.gz',
  ],
  // Non-ASCII names: case-insensitive the way `ignore`'s regular expressions are (the Kelvin sign is not a k).
  ['k', 'straße/', 'ÉCOLE', '*.ſ'],
  // A .layerignore saved with a byte order mark: its first rule still counts, a negation one too; a mark on a
  // later line is a character of that line.
  [...DEFAULT_EXCLUDES, '\uFEFFfoo.txt\nbar.txt\r\n'],
  [...DEFAULT_EXCLUDES, '\uFEFF!.DS_Store'],
  [...DEFAULT_EXCLUDES, 'a\n\uFEFF!.DS_Store\n\uFEFFbar.txt'],
];

const PATHS: { rel: string; dir: boolean }[] = [];
for (const name of [
  '.git',
  '.GIT',
  '.vscode',
  '.DS_Store',
  '.ds_store',
  'thumbs.DB',
  '.layerignore',
  'index.js',
  'x.pyc',
  'X.PYC',
  'pyc',
  '.pyc',
  '__pycache__',
  'tests',
  'TESTS',
  'a.md',
  'A.MD',
  'md',
  'README',
  'readme',
  'README.md',
  'app.map',
  'docs',
  'file1.txt',
  'file10.txt',
  'build',
  'Build',
  'bUild',
  '#hash',
  'space ',
  'space',
  'trail',
  'KEEP.md',
  'keep.md',
  'fixtures',
  'a.test.js',
  'root-only.txt',
  'a+b',
  'aab',
  'x.y',
  'xzy',
  '(paren)',
  'paren',
  '$dollar',
  'caret^',
  '{brace}',
  'pipe|name',
  'pipe',
  'name',
  'a.tar.gz',
  'a.tarxgz',
  'k',
  'K',
  '\u212a',
  'straße',
  'STRASSE',
  'école',
  'ÉCOLE',
  'x.ſ',
  'x.S',
  'x.s',
  '.bin',
]) {
  for (const parent of ['', 'src/', 'node_modules/pkg/', 'fixtures/deep/']) {
    PATHS.push({ rel: parent + name, dir: false }, { rel: parent + name, dir: true });
  }
}

describe('compileExcludes', () => {
  RULE_SETS.forEach((rules, i) => {
    it(`answers what the ignore package answers (rule set ${i + 1})`, () => {
      const reference = ignore();
      for (const r of rules) reference.add(r);
      const ours = compileExcludes(rules);
      const differ = PATHS.filter(({ rel, dir }) => {
        const name = rel.slice(rel.lastIndexOf('/') + 1);
        return ours.excludes(rel, name, dir) !== reference.ignores(dir ? rel + '/' : rel);
      });
      assert.deepStrictEqual(differ, []);
    });
  });

  it('takes a .layerignore of 100,000 names (the size cap allows it) and still answers each of them', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `Generated-${i}.TXT`);
    const ex = compileExcludes([...DEFAULT_EXCLUDES, names.join('\n')]);
    assert.ok(ex.excludes('deep/generated-99999.txt', 'generated-99999.txt', false));
    assert.ok(ex.excludes('GENERATED-0.txt', 'GENERATED-0.txt', true));
    assert.ok(!ex.excludes('generated-100000.txt', 'generated-100000.txt', false));
  });

  it('excludes what the default rules name, at any depth, and a file named like a folder-only rule stays', () => {
    const ex = compileExcludes(DEFAULT_EXCLUDES);
    assert.ok(ex.excludes('a/b/.git', '.git', true));
    assert.ok(ex.excludes('Thumbs.db', 'Thumbs.db', false));
    // A git submodule's `.git` is a file: `.git/` names folders only.
    assert.ok(!ex.excludes('vendor/lib/.git', '.git', false));
    assert.ok(!ex.excludes('index.js', 'index.js', false));
  });
});
