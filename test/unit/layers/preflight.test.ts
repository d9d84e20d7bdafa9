import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_DIRECT_UPLOAD_BYTES } from '../../../src/aws/limits';
import { scanFolder } from '../../../src/layers/zip/folderScan';
import { hasBlockingFindings, preflightArchive, preflightScan } from '../../../src/layers/zip/preflight';

describe('preflight', () => {
  let base: string;
  let root: string;
  beforeEach(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'pre-'));
    root = path.join(base, 'f');
    fs.mkdirSync(root);
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));
  const write = (rel: string, content: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  };

  it('passes a normal folder', async () => {
    write('index.js', 'x');
    const findings = preflightScan(await scanFolder(root));
    assert.deepStrictEqual(findings, []);
    assert.strictEqual(hasBlockingFindings(findings), false);
  });

  it('says the folder is empty', async () => {
    const findings = preflightScan(await scanFolder(root));
    assert.deepStrictEqual(
      findings.map((f) => f.code),
      ['emptyFolder'],
    );
    assert.match(findings[0]!.message, /^The folder is empty: /);
    assert.ok(hasBlockingFindings(findings));
  });

  it('says nothing is left after exclusions', async () => {
    write('.layerignore', '*\n');
    write('a.js', 'x');
    write('.git/HEAD', 'x');
    const findings = preflightScan(await scanFolder(root));
    assert.deepStrictEqual(
      findings.map((f) => f.code),
      ['allExcluded'],
    );
    assert.match(
      findings[0]!.message,
      /Nothing left to package after exclusions \(\.layerignore and defaults\)/,
    );
  });

  it('refuses an unzipped size over the limit and lists the largest folders', async () => {
    write('node_modules/big/a.js', 'a'.repeat(3000));
    write('node_modules/small/a.js', 'a'.repeat(500));
    write('src/a.js', 'a'.repeat(800));
    const scan = await scanFolder(root);
    assert.deepStrictEqual(preflightScan(scan, { maxUnzippedBytes: 4300 }), []);
    const [f] = preflightScan(scan, { maxUnzippedBytes: 4299 });
    assert.strictEqual(f!.code, 'tooLargeUnzipped');
    assert.match(f!.message, /over the Lambda limit .*\(4299 bytes\): 4\.2 KB$/);
    assert.deepStrictEqual(
      f!.largestFolders!.map((x) => x.path),
      ['node_modules/', 'node_modules/big/', 'src/', 'node_modules/small/'],
    );
    assert.match(f!.details[0]!, /^node_modules\/ {2}3\.4 KB \(2 files\)$/);
  });

  it('uses the Lambda limits by default', () => {
    assert.deepStrictEqual(preflightArchive(MAX_DIRECT_UPLOAD_BYTES), []);
    // A 50 MiB archive is 69,905,068 bytes of base64: over AWS's request limit before any JSON around it.
    const [f] = preflightArchive(52_428_800);
    assert.strictEqual(f!.code, 'needsS3Upload');
    assert.strictEqual(f!.severity, 'info');
    assert.match(f!.message, /must be uploaded through an S3 bucket: 50\.0 MB$/);
    assert.strictEqual(preflightArchive(1000, { maxDirectUploadBytes: 999 })[0]!.code, 'needsS3Upload');
  });

  it('lists symlink problems and unreadable files', async () => {
    write('a.js', 'x');
    fs.writeFileSync(path.join(base, 'out.txt'), 'x');
    fs.symlinkSync('../out.txt', path.join(root, 'escape'));
    const scan = await scanFolder(root);
    scan.problems.push({ kind: 'unreadable', path: 'secret.key', detail: 'EACCES' });
    const findings = preflightScan(scan);
    assert.deepStrictEqual(
      findings.map((f) => f.code),
      ['symlinkProblems', 'unreadableFiles'],
    );
    assert.match(findings[0]!.details[0]!, /^escape: points outside the folder: /);
    assert.deepStrictEqual(findings[1]!.details, ['secret.key: EACCES']);
    assert.match(findings[1]!.message, /Files that cannot be read: 1$/);
  });
});
