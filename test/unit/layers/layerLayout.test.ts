import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scanFolder } from '../../../src/layers/zip/folderScan';
import {
  decideLayout,
  detectRuntimeFamily,
  detectRuntimeFamilyFromNames,
  hasLayerLayout,
  layerPrefix,
  toZipEntries,
} from '../../../src/layers/zip/layerLayout';
import { writeZip } from '../../../src/layers/zip/zipWriter';

const files = (...paths: string[]): { path: string }[] => paths.map((p) => ({ path: p }));

describe('layerLayout', () => {
  it('detects the runtime family from marker files', () => {
    assert.strictEqual(detectRuntimeFamilyFromNames(['package.json', 'index.js']).family, 'nodejs');
    assert.strictEqual(detectRuntimeFamilyFromNames(['requirements.txt']).family, 'python');
    assert.strictEqual(detectRuntimeFamilyFromNames(['pyproject.toml']).family, 'python');
    assert.strictEqual(detectRuntimeFamilyFromNames(['Gemfile', 'Gemfile.lock']).family, 'ruby');
    assert.strictEqual(detectRuntimeFamilyFromNames(['commons-lang3.jar']).family, 'java');
    assert.strictEqual(detectRuntimeFamilyFromNames(['README.md']).family, undefined);
    assert.deepStrictEqual(detectRuntimeFamilyFromNames(['requirements.txt', 'package.json']).alsoFound, [
      'requirements.txt',
    ]);
  });

  it('maps families to the documented prefixes', () => {
    assert.deepStrictEqual((['nodejs', 'python', 'java', 'ruby'] as const).map(layerPrefix), [
      'nodejs/',
      'python/',
      'java/lib/',
      'ruby/lib/',
    ]);
  });

  it('puts a Node folder under nodejs/ and says why', () => {
    const d = decideLayout(files('package.json', 'node_modules/left-pad/index.js'));
    assert.strictEqual(d.prefix, 'nodejs/');
    assert.strictEqual(d.family, 'nodejs');
    assert.strictEqual(d.alreadyLaidOut, false);
    assert.match(d.reason, /^package\.json found → files go under nodejs\//);
    assert.deepStrictEqual(
      toZipEntries(
        [
          {
            path: 'node_modules/left-pad/index.js',
            absPath: '/x',
            size: 1,
            executable: false,
            dev: 1,
            ino: 2,
            mtimeMs: 3,
          },
        ],
        d.prefix,
      ).map((e) => e.zipPath),
      ['nodejs/node_modules/left-pad/index.js'],
    );
  });

  it('keeps paths when the folder already has the layer layout', () => {
    for (const [paths, dirs] of [
      [['nodejs/node_modules/a/index.js'], ['nodejs/']],
      [['python/requests/__init__.py', 'README.md'], ['python/']],
      [['java/lib/a.jar'], ['java/lib/']],
      [
        ['bin/jq', 'lib/libjq.so'],
        ['bin/', 'lib/'],
      ],
    ] as const) {
      assert.deepStrictEqual(hasLayerLayout(paths), { has: true, dirs: [...dirs] });
      const d = decideLayout(files(...paths));
      assert.strictEqual(d.prefix, '');
      assert.ok(d.alreadyLaidOut);
      assert.match(d.reason, /Layer layout found/);
    }
  });

  it('does not take a Node package’s own lib/ and bin/ for the layer layout', () => {
    const d = decideLayout(files('package.json', 'lib/index.js', 'bin/cli.js'));
    assert.strictEqual(d.prefix, 'nodejs/');
    assert.strictEqual(hasLayerLayout(['package.json', 'lib/index.js']).has, false);
  });

  it('places python, java and ruby folders, and keeps unknown ones as they are', () => {
    assert.strictEqual(decideLayout(files('requirements.txt', 'requests/__init__.py')).prefix, 'python/');
    assert.strictEqual(decideLayout(files('a.jar', 'b.jar')).prefix, 'java/lib/');
    assert.match(decideLayout(files('a.jar')).reason, /\.jar files found → files go under java\/lib\//);
    assert.strictEqual(decideLayout(files('Gemfile', 'my_gem.rb')).prefix, 'ruby/lib/');
    const none = decideLayout(files('data.csv'));
    assert.strictEqual(none.prefix, '');
    assert.match(none.reason, /No runtime detected/);
  });

  it('lets the user override the prefix', () => {
    const d = decideLayout(files('package.json'), 'nodejs/node20');
    assert.strictEqual(d.prefix, 'nodejs/node20/');
    assert.match(d.reason, /Chosen by you → files go under nodejs\/node20\//);
    assert.strictEqual(decideLayout(files('package.json'), '').prefix, '');
    assert.throws(() => decideLayout(files('a'), '../x'), /Invalid layer prefix/);
  });

  it('packages a Node folder end to end: nodejs/package.json and nodejs/node_modules/ in the zip', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layout-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules/dep'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"x"}');
      fs.writeFileSync(path.join(dir, 'node_modules/dep/index.js'), 'module.exports = 1;');
      fs.writeFileSync(path.join(dir, '.layerignore'), '*.log\n');
      fs.writeFileSync(path.join(dir, 'debug.log'), 'noise');
      assert.strictEqual((await detectRuntimeFamily(dir)).family, 'nodejs');
      const scan = await scanFolder(dir);
      const layout = decideLayout(scan.files);
      const out = path.join(dir, '..', `${path.basename(dir)}.zip`);
      await writeZip(toZipEntries(scan.files, layout.prefix), out);
      const names = execFileSync('/usr/bin/unzip', ['-Z1', out], { encoding: 'utf8' }).trim().split('\n');
      fs.rmSync(out);
      assert.deepStrictEqual(names, ['nodejs/node_modules/dep/index.js', 'nodejs/package.json']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
