// The publish questions a new user meets: the runtimes of the detected layout are preselected.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { layerFamilies } from '../../../src/layers/zip/layerLayout';
import {
  EXCLUDE_AND_REMEMBER,
  EXCLUDE_ONCE,
  publishLayerFromFolder,
} from '../../../src/commands/publishLayer';
import { runtimesForPicker } from '../../../src/layers/runtimes';
import { summaryRows } from '../../../src/commands/publishLayerPlan';
import { linkedCopies, scanFolder } from '../../../src/layers/zip/folderScan';
import { Cancelled } from '../../../src/ui/prompter';
import { copyFixture, makeHarness, usePublishFixture } from './publishSupport';

const files = (...paths: string[]) => paths.map((p) => ({ path: p }));

describe('publish a folder: what the questions propose', function () {
  this.timeout(60_000);
  const fx = usePublishFixture('publish-ux-test-');

  it('knows the runtime family from the prefix, the marker file, or the layer folders already there', () => {
    assert.deepStrictEqual(layerFamilies(files('python/helpers/__init__.py'), undefined), ['python']);
    assert.deepStrictEqual(layerFamilies(files('nodejs/node_modules/x/index.js'), undefined), ['nodejs']);
    assert.deepStrictEqual(layerFamilies(files('nodejs/a.js', 'python/b.py'), undefined).sort(), [
      'nodejs',
      'python',
    ]);
    assert.deepStrictEqual(layerFamilies(files('package.json', 'index.js'), undefined), ['nodejs']);
    assert.deepStrictEqual(layerFamilies(files('package.json', 'x.py'), 'python/'), ['python']);
    assert.deepStrictEqual(layerFamilies(files('README.txt'), undefined), []);
  });

  it('a folder already laid out as python/ preselects the current Python runtimes', async () => {
    const folder = path.join(fx.work, 'site-layer');
    fs.mkdirSync(path.join(folder, 'python', 'helpers'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'python', 'helpers', '__init__.py'), 'X = 1\n');
    const h = makeHarness(fx.emu, fx.lambda, [
      'New layer…',
      'site-layer',
      'Keep paths (no prefix)',
      undefined,
    ]);
    await assert.rejects(publishLayerFromFolder(h.deps, folder), Cancelled);
    const runtimes = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'python3.12'));
    assert.ok(runtimes, h.prompter.shown.join(' | '));
    const picked = runtimes.items.filter((i) => i.picked).map((i) => i.label);
    const currentPython = runtimesForPicker()
      .filter((r) => r.info?.family === 'python' && r.status === 'current')
      .map((r) => r.info!.id);
    assert.ok(currentPython.length > 0);
    assert.deepStrictEqual(picked, currentPython, 'not "0 selected"');
  });

  it('typing a new name at the first question offers "Create new layer \'x\'" and goes on without a name step', async () => {
    const folder = copyFixture('layers/shared-utils', fx.work);
    const h = makeHarness(fx.emu, fx.lambda, [
      'team-tools', // typed: no layer has this name
      'nodejs/',
      ['nodejs22.x'],
      ['x86_64'],
      'Tools',
      'MIT',
      'Publish',
    ]);
    const out = await publishLayerFromFolder(h.deps, folder);
    assert.strictEqual(out.version?.version, 1);
    assert.ok(fx.emu.state.layerVersion('team-tools', 1), 'a new layer team-tools');
    const first = h.prompter.picks[0]!;
    const make = first.typedItem!;
    assert.strictEqual(make('team-tools')?.label, "Create new layer 'team-tools'");
    assert.strictEqual(
      make('  team-tools2 ')?.label,
      "Create new layer 'team-tools2'",
      'updates as you type',
    );
    assert.strictEqual(make(''), undefined);
    assert.strictEqual(make('bad name!'), undefined, 'not a valid layer name');
    assert.strictEqual(make('shared-utils'), undefined, 'an existing layer is picked, not created');
    assert.ok(
      !h.prompter.shown.some((t) => t.startsWith('Name of the new layer')) &&
        h.prompter.inputs.every((i) => !/Name of the new layer/.test(i.prompt ?? '')),
      'no second question for the name',
    );
    assert.match(h.prompter.picks.at(-1)!.items[0]!.description ?? '', /New layer team-tools/);
  });

  it('says in the summary how many linked files become copies (node_modules/.bin, a linked folder)', async () => {
    const folder = path.join(fx.work, 'linked');
    fs.mkdirSync(path.join(folder, 'nodejs', 'node_modules', 'pkg', 'bin'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'nodejs', 'node_modules', '.bin'));
    fs.writeFileSync(path.join(folder, 'nodejs', 'node_modules', 'pkg', 'bin', 'cli.js'), 'x');
    fs.symlinkSync('../pkg/bin/cli.js', path.join(folder, 'nodejs', 'node_modules', '.bin', 'cli'));
    fs.mkdirSync(path.join(folder, 'nodejs', 'shared'));
    fs.writeFileSync(path.join(folder, 'nodejs', 'shared', 'a.js'), 'a');
    fs.writeFileSync(path.join(folder, 'nodejs', 'shared', 'b.js'), 'b');
    fs.symlinkSync('shared', path.join(folder, 'nodejs', 'alias'));
    const scan = await scanFolder(folder);
    assert.strictEqual(scan.fileCount, 6, 'the links are followed inside the folder');
    assert.strictEqual(linkedCopies(scan), 3, 'one linked file and a linked folder of two');
    const plan = {
      layerName: 'linked',
      prefix: '',
      compatibleRuntimes: [],
      compatibleArchitectures: [],
      description: '',
      licenseInfo: '',
    } as unknown as Parameters<typeof summaryRows>[0];
    const labels = summaryRows(plan, scan, true).map((r) => r.label);
    assert.ok(
      labels.some((l) => l.includes('3 linked files stored as copies')),
      labels.join('\n'),
    );
    fs.rmSync(path.join(folder, 'nodejs', 'alias'));
    fs.rmSync(path.join(folder, 'nodejs', 'node_modules', '.bin', 'cli'));
    const plain = await scanFolder(folder);
    assert.strictEqual(linkedCopies(plain), 0);
    assert.ok(
      !summaryRows(plan, plain, true).some((r) => r.label.includes('stored as copies')),
      'no row without links',
    );
  });

  describe('symlinks that cannot be packaged', () => {
    const ANSWERS = [
      'New layer…',
      'linked',
      'nodejs/',
      ['nodejs22.x'],
      ['x86_64'],
      'Helpers',
      'MIT',
      'Publish',
    ];
    function folderWithBadLinks(): string {
      const folder = copyFixture('layers/shared-utils', fx.work);
      fs.symlinkSync('does-not-exist.js', path.join(folder, 'broken.js'));
      fs.symlinkSync(path.resolve(fx.work, '..'), path.join(folder, 'outside'));
      return folder;
    }

    it('offers to exclude them and go on; the .layerignore stays as it was', async () => {
      const folder = folderWithBadLinks();
      const before = fs.readFileSync(path.join(folder, '.layerignore'), 'utf8');
      const h = makeHarness(fx.emu, fx.lambda, [EXCLUDE_ONCE, ...ANSWERS]);
      const out = await publishLayerFromFolder(h.deps, folder);
      assert.strictEqual(out.version?.version, 1, 'published');
      const ask = h.prompter.picks[0]!;
      assert.match(ask.placeholder ?? '', /^2 symlinks cannot be packaged .*: broken\.js, outside$/);
      assert.deepStrictEqual(
        ask.items.map((i) => i.label),
        [EXCLUDE_ONCE, EXCLUDE_AND_REMEMBER],
      );
      assert.strictEqual(fs.readFileSync(path.join(folder, '.layerignore'), 'utf8'), before);
    });

    it('writes the .layerignore lines only when asked, and the next publish does not ask again', async () => {
      const folder = folderWithBadLinks();
      const h = makeHarness(fx.emu, fx.lambda, [EXCLUDE_AND_REMEMBER, ...ANSWERS]);
      await publishLayerFromFolder(h.deps, folder);
      const ignore = fs.readFileSync(path.join(folder, '.layerignore'), 'utf8');
      assert.match(ignore, /\n# Symlinks that cannot be packaged\n\/broken\.js\n\/outside\n$/);
      fs.appendFileSync(path.join(folder, 'index.js'), '\n// v2\n');
      const next = makeHarness(fx.emu, fx.lambda, ['Publish'], { memory: h.memory });
      const out = await publishLayerFromFolder(next.deps, folder);
      assert.strictEqual(out.version?.version, 2);
      assert.strictEqual(next.prompter.shown.length, 1, next.prompter.shown.join(' | '));
    });

    it('without an answer (Escape) nothing is published and nothing written', async () => {
      const folder = folderWithBadLinks();
      const before = fs.readFileSync(path.join(folder, '.layerignore'), 'utf8');
      const h = makeHarness(fx.emu, fx.lambda, [undefined]);
      await assert.rejects(publishLayerFromFolder(h.deps, folder), Cancelled);
      assert.strictEqual(fs.readFileSync(path.join(folder, '.layerignore'), 'utf8'), before);
    });
  });
});
