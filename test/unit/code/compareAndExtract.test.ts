// Comparing archives by their central directories, and extracting them without letting an entry escape.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ArchiveTree } from '../../../src/code/archiveTree';
import { compareTrees, compareWithFolder, summarize } from '../../../src/code/compareCode';
import { checkExtractable, existingTargets, extractArchive } from '../../../src/code/extractArchive';
import { parseCentralDirectory, locateDirectory } from '../../../src/code/zipCentral';
import type { ZipEntry } from '../../../src/code/zipCentral';
import { craftZip, zipOf } from './codeFixtures';

function entriesOf(zip: Buffer): ZipEntry[] {
  const loc = locateDirectory(zip, 0, zip.length);
  if ('zip64RecordAt' in loc) throw new Error('unexpected');
  return parseCentralDirectory(zip.subarray(loc.offset, loc.offset + loc.size), loc.count);
}
const treeOf = (zip: Buffer) => new ArchiveTree(entriesOf(zip));

describe('compareTrees / compareWithFolder', function () {
  it('reports added, removed and modified files from sizes and CRC-32s', async () => {
    const v1 = treeOf(await zipOf({ 'a.js': 'same', 'b.js': 'old b', 'c.js': 'gone', 'd.js': 'abcd' }));
    const v2 = treeOf(await zipOf({ 'a.js': 'same', 'b.js': 'new b!', 'd.js': 'abce', 'e.js': 'new' }));
    const c = compareTrees(v1, v2);
    assert.deepStrictEqual(
      c.changes.map((x) => `${x.status}:${x.path}`),
      ['modified:b.js', 'removed:c.js', 'modified:d.js', 'added:e.js'],
    );
    assert.strictEqual(summarize(c), '2 modified, 1 added, 1 removed, 1 unchanged');
  });

  it('treats a changed executable bit as a modification', async () => {
    const c = compareTrees(treeOf(await zipOf({ run: 'x' })), treeOf(await zipOf({ 'run*': 'x' })));
    assert.deepStrictEqual(
      c.changes.map((x) => x.status),
      ['modified'],
    );
  });

  it('compares a folder as it would be published, reading only files whose size matches', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmp-'));
    fs.writeFileSync(path.join(dir, 'same.js'), 'same');
    fs.writeFileSync(path.join(dir, 'edited.js'), 'edit');
    fs.writeFileSync(path.join(dir, 'new.js'), 'n');
    const remote = treeOf(
      await zipOf({ 'nodejs/same.js': 'same', 'nodejs/edited.js': 'EDIT', 'nodejs/old.js': 'o' }),
    );
    const local = ['same.js', 'edited.js', 'new.js'].map((f) => ({
      zipPath: `nodejs/${f}`,
      absPath: path.join(dir, f),
      size: fs.statSync(path.join(dir, f)).size,
      executable: false,
    }));
    const c = await compareWithFolder(remote, local);
    assert.deepStrictEqual(
      c.changes.map((x) => `${x.status}:${x.path}`),
      ['modified:nodejs/edited.js', 'added:nodejs/new.js', 'removed:nodejs/old.js'],
    );
    assert.strictEqual(c.unchanged, 1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('extractArchive (hostile archives)', function () {
  let target: string;
  beforeEach(() => {
    target = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-'));
  });
  afterEach(() => fs.rmSync(target, { recursive: true, force: true }));

  const hostile: [string, { name: string; mode?: number; data?: string }, RegExp][] = [
    ['an absolute path', { name: '/tmp/evil.txt' }, /"\/tmp\/evil.txt" \(absolute path\)/],
    ['a .. segment', { name: 'nodejs/../../evil.txt' }, /\(parent folder \(\.\.\)\)/],
    [
      'a symlink entry',
      { name: 'nodejs/link', mode: 0o120777, data: '/etc/passwd' },
      /"nodejs\/link" \(symbolic link\)/,
    ],
    ['a drive letter', { name: 'C:/Windows/evil.dll' }, /\(drive letter\)/],
    ['a backslash path', { name: '..\\evil.txt' }, /\(backslash\)/],
  ];
  for (const [what, entry, message] of hostile) {
    it(`refuses an archive with ${what} and writes nothing`, async () => {
      const zip = craftZip([{ name: 'nodejs/ok.js', data: 'ok' }, entry]);
      await assert.rejects(extractArchive(zip, entriesOf(zip), target), message);
      assert.deepStrictEqual(fs.readdirSync(target), []);
    });
  }

  it('lists hostile entries in one clear message and keeps them out of the browsable tree', () => {
    const zip = craftZip([{ name: '/abs' }, { name: '../up' }, { name: 'ok.txt' }]);
    const tree = treeOf(zip);
    assert.deepStrictEqual(tree.filePaths(), ['ok.txt']);
    assert.throws(
      () => checkExtractable(tree),
      /Refused to extract: 2 entries would write outside the target folder/,
    );
  });

  it('extracts files with their executable bit and reports what already exists', async () => {
    const zip = await zipOf({ 'bin/run*': '#!/bin/sh\necho hi\n', 'lib/a.js': 'a' });
    fs.mkdirSync(path.join(target, 'lib'));
    fs.writeFileSync(path.join(target, 'lib/a.js'), 'local');
    assert.deepStrictEqual(existingTargets(treeOf(zip), target), ['lib/a.js']);
    const r = await extractArchive(zip, entriesOf(zip), target);
    assert.strictEqual(r.files, 2);
    assert.strictEqual(fs.readFileSync(path.join(target, 'lib/a.js'), 'utf8'), 'a');
    assert.strictEqual(fs.statSync(path.join(target, 'bin/run')).mode & 0o777, 0o755);
    assert.strictEqual(fs.statSync(path.join(target, 'lib/a.js')).mode & 0o111, 0);
  });

  it('does not write through a symlink already in the target folder', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.symlinkSync(outside, path.join(target, 'lib'));
    const zip = await zipOf({ 'lib/a.js': 'a' });
    await assert.rejects(
      extractArchive(zip, entriesOf(zip), target),
      /through a link outside the target folder/,
    );
    assert.deepStrictEqual(fs.readdirSync(outside), []);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('detects a corrupted entry by its CRC-32', async () => {
    const zip = craftZip([{ name: 'a.txt', data: 'hello' }]);
    zip[30 + 'a.txt'.length] = 'j'.charCodeAt(0); // first data byte
    await assert.rejects(extractArchive(zip, entriesOf(zip), target), /CRC-32 mismatch in a.txt/);
  });
});
