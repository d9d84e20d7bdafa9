// The publish-a-folder-as-a-layer flow with a scripted prompter, against the emulator through the real SDK
// adapter and a real S3Client: new layer, new version of an existing one, unchanged content, pre-flight
// failures, cancel mid-way (nothing published, multipart aborted, temp folders removed), the S3 path over 50 MB,
// and the follow-ups (copy grants, reveal).
import * as assert from 'assert';
import { Cancelled } from '../../../src/ui/prompter';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import {
  COPY_GRANTS_ACTION,
  publishLayerFromFolder,
  publishLayerVersionFromNode,
} from '../../../src/commands/publishLayer';
import { PreflightError } from '../../../src/commands/steps/packageAndUpload';
import { runCommand } from '../../../src/commands/runCommand';
import type { RunningEmulator } from '../../emulator/emulator';
import { readZipSummary } from '../../emulator/zipArchive';
import { callsOf } from '../support/emulatorService';
import {
  CancellingProgress,
  copyFixture,
  createBucket,
  makeHarness,
  objectKeys,
  tempDirsLeft,
  usePublishFixture,
} from './publishSupport';

function blobNames(emu: RunningEmulator, codeId: string): string[] {
  const blob = emu.state.blobs.get(codeId);
  assert.ok(blob, `no blob ${codeId}`);
  return readZipSummary(blob.data).names;
}

describe('publish a folder as a layer (scripted prompts, emulator)', function () {
  this.timeout(120_000);
  const fx = usePublishFixture('publish-test-', 100);

  it('publishes a Node folder as a new layer under nodejs/, honouring .layerignore, with proposals from package.json', async () => {
    const folder = copyFixture('layers/shared-utils', fx.work);
    const before = tempDirsLeft();
    const h = makeHarness(fx.emu, fx.lambda, [
      'New layer…',
      'team-utils',
      'nodejs/',
      ['nodejs22.x', 'nodejs24.x'],
      ['x86_64', 'arm64'],
      'Team helpers',
      'MIT',
      'Publish',
    ]);
    const out = await publishLayerFromFolder(h.deps, folder);

    assert.strictEqual(out.status, 'published');
    assert.strictEqual(out.version?.version, 1);
    const v = fx.emu.state.layerVersion('team-utils', 1);
    assert.ok(v, 'version 1 exists in the emulator');
    assert.deepStrictEqual([...v.compatibleRuntimes].sort(), ['nodejs22.x', 'nodejs24.x']);
    assert.deepStrictEqual(v.compatibleArchitectures, ['x86_64', 'arm64']);
    assert.strictEqual(v.licenseInfo, 'MIT');
    assert.strictEqual(v.description, 'Team helpers');
    assert.strictEqual(
      v.codeSha256,
      out.codeSha256,
      'the CodeSha256 AWS computed is the one we computed locally',
    );
    const names = blobNames(fx.emu, v.codeId);
    assert.ok(names.includes('nodejs/index.js') && names.includes('nodejs/package.json'), names.join(','));
    assert.ok(names.includes('nodejs/node_modules/left-pad/index.js'), names.join(','));
    assert.ok(
      !names.some((n) => n.endsWith('.test.js') || n.endsWith('.md') || n.includes('.layerignore')),
      `excluded by .layerignore: ${names.join(',')}`,
    );

    // What the user was shown: the layout reason, the proposals, and the runtime list with deprecated ones marked.
    const layout = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'python/'));
    assert.ok(
      layout?.items[0]?.label === 'nodejs/' && /package\.json found/.test(layout.items[0].description ?? ''),
      JSON.stringify(layout?.items[0]),
    );
    const runtimes = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'nodejs22.x'))!;
    assert.ok(
      runtimes.items.find((i) => i.label === 'nodejs24.x')?.picked,
      'current runtimes of the family are pre-selected',
    );
    assert.ok(
      /deprecated/.test(runtimes.items.find((i) => i.label === 'nodejs16.x')?.description ?? ''),
      'deprecated runtimes are marked',
    );
    const firstDeprecated = runtimes.items.findIndex((i) => /deprecated/.test(i.description ?? ''));
    assert.ok(
      runtimes.items.slice(firstDeprecated).every((i) => /deprecated/.test(i.description ?? '')),
      'current runtimes come first',
    );
    assert.strictEqual(
      h.prompter.inputs[0]?.value,
      'shared-utils',
      'the new name is proposed from the folder',
    );
    assert.ok(
      /Helpers shared by the Node functions/.test(h.prompter.inputs[1]?.value ?? ''),
      'description from package.json',
    );
    assert.strictEqual(h.prompter.inputs[2]?.value, 'MIT', 'license from package.json');

    // After: the change is fired, the new version revealed, the user told; temp folders are gone.
    assert.ok(h.fired.some((c) => c.kind === 'layerVersion' && c.name === 'team-utils' && c.version === 1));
    assert.deepStrictEqual(h.revealed, [v.arn]);
    assert.ok(
      h.notifier.shown.some(
        (m) => m.level === 'info' && m.message.startsWith('Published team-utils version 1'),
      ),
    );
    assert.deepStrictEqual(tempDirsLeft(), before);
  });

  it('rejects an invalid new layer name as you type', async () => {
    const folder = copyFixture('layers/py-helpers', fx.work);
    const h = makeHarness(fx.emu, fx.lambda, ['New layer…', 'bad name!']);
    await assert.rejects(
      publishLayerFromFolder(h.deps, folder),
      /invalid input.*Use letters, digits, hyphens and underscores only: " "/,
    );
    assert.strictEqual(callsOf(fx.emu, 'PublishLayerVersion'), 0);
  });

  it('says "unchanged" instead of publishing the same content again, and publishes anyway when asked', async () => {
    const folder = copyFixture('layers/py-helpers', fx.work);
    const first = makeHarness(fx.emu, fx.lambda, [
      'New layer…',
      'py-helpers',
      'python/',
      ['python3.12'],
      ['x86_64'],
      '',
      '',
      'Publish',
    ]);
    const a = await publishLayerFromFolder(first.deps, folder);
    assert.strictEqual(a.version?.version, 1);
    assert.ok(
      blobNames(fx.emu, fx.emu.state.layerVersion('py-helpers', 1)!.codeId).includes(
        'python/py_helpers/__init__.py',
      ),
    );

    const again = makeHarness(fx.emu, fx.lambda, [
      'py-helpers',
      'python/',
      ['python3.12'],
      ['x86_64'],
      '',
      '',
      'Publish',
      false,
    ]);
    const b = await publishLayerFromFolder(again.deps, folder);
    assert.strictEqual(b.status, 'unchanged');
    assert.strictEqual(b.codeSha256, a.codeSha256, 'identical input gives an identical CodeSha256');
    assert.strictEqual(fx.emu.state.layers.get('py-helpers')?.versions.size, 1, 'no duplicate version');
    assert.ok(again.notifier.shown.some((m) => /Not published: the content is the same/.test(m.message)));
    assert.ok(again.prompter.asked.some((t) => /^Unchanged: .*version 1/.test(t)));

    const anyway = makeHarness(fx.emu, fx.lambda, [
      'py-helpers',
      'python/',
      ['python3.12'],
      ['x86_64'],
      '',
      '',
      'Publish',
      true,
    ]);
    const c = await publishLayerFromFolder(anyway.deps, folder);
    assert.strictEqual(c.version?.version, 2);
  });

  it("publishes a new version of an existing layer from its node, then copies the previous version's grants", async () => {
    const folder = copyFixture('layers/shared-utils', fx.work);
    // The layer node's "Publish New Version…": no name question; runtimes/architectures pre-selected from v8.
    const root = makeHarness(fx.emu, fx.lambda, []).deps.explorer.layersRoot!;
    const node = (await root.children({ signal: new AbortController().signal })).find((n) =>
      n.id.endsWith(':layer:shared-utils'),
    );
    assert.ok(node);
    const h = makeHarness(
      fx.emu,
      fx.lambda,
      ['nodejs/', ['nodejs22.x'], ['x86_64'], 'v9', 'MIT', 'Publish'],
      {
        notifierAnswer: COPY_GRANTS_ACTION,
        folder,
      },
    );
    const out = await publishLayerVersionFromNode(h.deps, node);
    assert.strictEqual(out.version?.version, 9);
    assert.strictEqual(out.previous, 8);
    assert.ok(
      h.prompter.picks.every((p) => !p.items.some((i) => i.label === 'New layer…')),
      'no layer name question',
    );
    const rt = h.prompter.picks.find((p) => p.items.some((i) => i.label === 'nodejs22.x'))!;
    const v8 = fx.emu.state.layerVersion('shared-utils', 8)!;
    assert.deepStrictEqual(
      rt.items
        .filter((i) => i.picked)
        .map((i) => i.label)
        .sort(),
      [...v8.compatibleRuntimes].sort(),
      'pre-selected from the previous version',
    );

    await h.settled();
    assert.deepStrictEqual(
      h.ran.map((r) => r.id),
      ['lambdaExplorer.layerVersion.copyGrants'],
      'the follow-up runs as its own command',
    );
    const v9 = fx.emu.state.layerVersion('shared-utils', 9)!;
    assert.deepStrictEqual(
      v9.policy.statements.map((s) => JSON.stringify(s.Principal)),
      v8.policy.statements.map((s) => JSON.stringify(s.Principal)),
      'grants of v8 copied to v9',
    );
    assert.ok(v8.policy.statements.length > 0);
  });

  it('stops before any upload with a clear message: empty folder, escaping symlink, nothing left after exclusions', async () => {
    const empty = path.join(fx.work, 'empty');
    fs.mkdirSync(empty);
    const h1 = makeHarness(fx.emu, fx.lambda, ['New layer…', 'x1']);
    await assert.rejects(
      publishLayerFromFolder(h1.deps, empty),
      (e: unknown) => e instanceof PreflightError && /The folder is empty: /.test(e.message),
    );

    const linked = path.join(fx.work, 'linked');
    fs.mkdirSync(linked);
    fs.writeFileSync(path.join(linked, 'a.js'), 'x');
    fs.symlinkSync('/etc/hostname', path.join(linked, 'outside'));
    // An escaping symlink: the publish asks whether to leave it out (dismissed here: nothing is published).
    const h2 = makeHarness(fx.emu, fx.lambda, [undefined]);
    await assert.rejects(publishLayerFromFolder(h2.deps, linked), (e: unknown) => e instanceof Cancelled);
    assert.match(h2.prompter.picks[0]!.placeholder ?? '', /^1 symlink cannot be packaged .*: outside$/);

    const ignored = path.join(fx.work, 'ignored');
    fs.mkdirSync(ignored);
    fs.writeFileSync(path.join(ignored, 'a.md'), 'x');
    fs.writeFileSync(path.join(ignored, '.layerignore'), '*.md\n');
    const h3 = makeHarness(fx.emu, fx.lambda, ['New layer…', 'x3']);
    await assert.rejects(
      publishLayerFromFolder(h3.deps, ignored),
      /Nothing left to package after exclusions/,
    );

    assert.strictEqual(callsOf(fx.emu, 'PublishLayerVersion'), 0);
    // Through the boundary, the user sees the message once.
    const h4 = makeHarness(fx.emu, fx.lambda, ['New layer…', 'x4']);
    await runCommand('lambdaExplorer.folder.publishLayer', 'Publish folder as Lambda layer', h4.deps, () =>
      publishLayerFromFolder(h4.deps, empty),
    );
    assert.deepStrictEqual(
      h4.notifier.shown.map((m) => m.level),
      ['error'],
    );
    assert.match(
      h4.notifier.shown[0]!.message,
      /^Publish folder as Lambda layer failed: The folder is empty: /,
    );
  });

  it('a dismissed question stops silently before anything is packaged', async () => {
    const folder = copyFixture('layers/shared-utils', fx.work);
    const h = makeHarness(fx.emu, fx.lambda, ['New layer…', 'team-utils', 'nodejs/', undefined]);
    const r = await runCommand('id', 'Publish', h.deps, () => publishLayerFromFolder(h.deps, folder));
    assert.strictEqual(r, undefined);
    assert.deepStrictEqual(h.notifier.shown, []);
    assert.strictEqual(callsOf(fx.emu, 'PublishLayerVersion'), 0);
  });

  it('cancel while compressing: no version published, temp folder removed', async () => {
    const folder = path.join(fx.work, 'big');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'requirements.txt'), 'x\n');
    for (let i = 0; i < 6; i++)
      fs.writeFileSync(path.join(folder, `blob${i}.bin`), randomBytes(4 * 1024 * 1024));
    const before = tempDirsLeft();
    const progress = new CancellingProgress((m) => /^Compressing \([1-9]/.test(m));
    const h = makeHarness(fx.emu, fx.lambda, ['New layer…', 'big', 'python/', [], [], '', '', 'Publish'], {
      progress,
    });
    const r = await runCommand('lambdaExplorer.folder.publishLayer', 'Publish', h.deps, () =>
      publishLayerFromFolder(h.deps, folder),
    );
    assert.strictEqual(r, undefined, 'cancelled silently');
    assert.deepStrictEqual(h.notifier.shown, []);
    assert.ok(
      progress.steps.some((s) => s.startsWith('Compressing (')),
      progress.steps.join('|'),
    );
    assert.strictEqual(callsOf(fx.emu, 'PublishLayerVersion'), 0);
    assert.strictEqual(fx.emu.state.layers.get('big'), undefined);
    assert.deepStrictEqual(tempDirsLeft(), before);
  });

  it('over 50 MB zipped: uploads through S3 with a multipart upload, then publishes from the bucket', async () => {
    const folder = path.join(fx.work, 'large');
    fs.mkdirSync(path.join(folder, 'python'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'python', 'model.bin'), randomBytes(52 * 1024 * 1024));
    await createBucket(fx.emu, 'artifacts');
    const before = tempDirsLeft();
    const h = makeHarness(
      fx.emu,
      fx.lambda,
      ['New layer…', 'model', 'Keep paths (no prefix)', ['python3.12'], ['x86_64'], '', '', 'Publish'],
      { bucket: 'artifacts' },
    );
    const out = await publishLayerFromFolder(h.deps, folder);
    assert.strictEqual(out.status, 'published');
    assert.ok(out.viaS3);
    const v = fx.emu.state.layerVersion('model', 1)!;
    assert.ok(v.codeSize > 50 * 1024 * 1024, `zipped ${v.codeSize}`);
    assert.strictEqual(v.codeSha256, out.codeSha256);
    assert.ok(callsOf(fx.emu, 'UploadPart') >= 7, 'multipart in 8 MiB parts');
    assert.strictEqual(callsOf(fx.emu, 'CompleteMultipartUpload'), 1);
    const key = `lambda-explorer/layers/model/${Buffer.from(out.codeSha256, 'base64').toString('hex')}.zip`;
    assert.strictEqual(fx.emu.state.s3.getObject('artifacts', key)?.data.length, v.codeSize);
    assert.ok(h.log.lines.some((l) => /must be uploaded through an S3 bucket/.test(l)));
    assert.deepStrictEqual(tempDirsLeft(), before);
  });

  it('asks for a bucket when none is set, and cancel during the S3 upload aborts the multipart upload', async () => {
    const folder = path.join(fx.work, 'large2');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'data.bin'), randomBytes(52 * 1024 * 1024));
    await createBucket(fx.emu, 'asked-bucket');
    const before = tempDirsLeft();
    const progress = new CancellingProgress((m) => /^Uploading to s3:\/\/asked-bucket \([1-9]/.test(m));
    const h = makeHarness(
      fx.emu,
      fx.lambda,
      ['New layer…', 'data', 'Keep paths (no prefix)', [], [], '', '', 'Publish', 'asked-bucket'],
      { progress },
    );
    const r = await runCommand('id', 'Publish', h.deps, () => publishLayerFromFolder(h.deps, folder));
    assert.strictEqual(r, undefined);
    assert.deepStrictEqual(h.notifier.shown, [], 'a cancel is silent');
    assert.ok(h.prompter.inputs.some((i) => i.title === 'S3 Bucket for Large Archives'));
    assert.ok(callsOf(fx.emu, 'UploadPart') >= 1);
    assert.strictEqual(callsOf(fx.emu, 'AbortMultipartUpload'), 1, 'the multipart upload is aborted');
    assert.strictEqual(callsOf(fx.emu, 'CompleteMultipartUpload'), 0);
    assert.deepStrictEqual(objectKeys(fx.emu, 'asked-bucket'), [], 'nothing left in the bucket');
    assert.strictEqual(callsOf(fx.emu, 'PublishLayerVersion'), 0);
    assert.deepStrictEqual(tempDirsLeft(), before);
  });
});
