// Package and upload: the one pipeline behind publishing a layer, creating a function and deploying one.
//   scan → pre-flight (in the gathering: the plan needs the file list) →
//   zip into a temp folder (progress, cancellable) → "unchanged?" (asked after the progress ended, modal) →
//   the S3 bucket question when over 50 MB → upload (inline, or S3 multipart) → the AWS call → clean up.
// The AWS call is the commit point: never aborted half-way; before it, a cancel leaves nothing behind (the temp
// folder is removed, a multipart upload aborted, an uploaded object deleted). No vscode.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ArtifactStore, S3Location } from '../../aws/artifactStore';
import type { CodeSource } from '../../aws/lambdaService';
import { scanFolder } from '../../layers/zip/folderScan';
import type { FolderScan } from '../../layers/zip/folderScan';
import { hasBlockingFindings, preflightArchive, preflightScan } from '../../layers/zip/preflight';
import { PackCache } from '../../layers/zip/packCache';
import type { PreflightFinding } from '../../layers/zip/preflight';
import { DEFAULT_LEVEL, writeZip } from '../../layers/zip/zipWriter';
import type { ZipEntry } from '../../layers/zip/zipWriter';
import { formatBytes } from '../../ui/format';
import { Cancelled } from '../../ui/prompter';
import type { ProgressStep } from '../../ui/prompter';
import type { CommandDeps } from '../commandDeps';

/** Temp folders for archives are created under the OS temp folder with this prefix (never inside the folder). */
export const TEMP_PREFIX = 'lambda-explorer-pkg-';

/** A pre-flight check failed: the message says what and the first details; the log has them all. */
export class PreflightError extends Error {
  override readonly name = 'PreflightError';
  constructor(
    message: string,
    /** The finding that stopped it (its paths, when the user may exclude them and go on). */
    readonly finding?: PreflightFinding,
  ) {
    super(message);
  }
}

/** Scans the folder with progress ("Scanning (n files)") and runs the pre-flight checks; throws on a blocking one. */
export async function scanWithPreflight(
  deps: CommandDeps,
  folder: string,
  /** .gitignore-style rules on top of the defaults and the .layerignore (paths the user chose to leave out). */
  extraExcludes?: readonly string[],
): Promise<FolderScan> {
  const scan = await deps.progress.run(
    `Scanning ${path.basename(folder)}`,
    { cancellable: true },
    (report, signal) => {
      report({ message: 'Scanning' });
      // With a pack of this folder in the cache, most files are likely unchanged: no deflate workers are started
      // while scanning (they would compete with the walk for the cores); the writer starts what it needs. The pack
      // is opened meanwhile (its index read and decoded while this thread waits for the walk).
      const repack = deps.packCacheDir
        ? new PackCache(deps.packCacheDir).prefetch(path.resolve(folder), DEFAULT_LEVEL)
        : false;
      return scanFolder(folder, {
        signal,
        ...(repack ? { prewarmWorkers: 0 } : {}),
        onProgress: (n) => report({ message: `Scanning (${n} files)` }),
        ...(extraExcludes ? { extraExcludes } : {}),
      });
    },
  );
  const findings = preflightScan(scan);
  for (const f of findings) deps.log.warn([f.message, ...f.details.map((d) => `  ${d}`)].join('\n'));
  if (hasBlockingFindings(findings)) {
    const first = findings.find((f) => f.severity === 'error')!;
    const shown = first.details.slice(0, 5);
    const more =
      first.details.length > shown.length
        ? `, and ${first.details.length - shown.length} more (see the log)`
        : '';
    throw new PreflightError(
      shown.length > 0
        ? `${first.message}. ${first.code === 'tooLargeUnzipped' ? 'Largest folders' : 'Paths'}: ${shown.join(', ')}${more}`
        : first.message,
      first,
    );
  }
  deps.log.info(
    `Scanned ${folder}: ${scan.fileCount} files, ${formatBytes(scan.totalBytes)}, ${scan.excludedCount} excluded${scan.usedLayerignore ? ' (.layerignore applied)' : ''}`,
  );
  return scan;
}

export interface BuiltArchive {
  dir: string;
  path: string;
  size: number;
  sha256: string;
  uncompressedSize: number;
}

/** Zips `entries` into a new temp folder with "Compressing (x of y MB)" progress. The caller removes `dir`. */
export async function buildArchive(
  entries: readonly ZipEntry[],
  report: (step: ProgressStep) => void,
  signal: AbortSignal,
  cache?: { cache: PackCache; key: string },
): Promise<BuiltArchive> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
  try {
    let lastMb = -1;
    const total = entries.reduce((n, e) => n + e.size, 0);
    report({ message: `Compressing (0 of ${formatBytes(total)})` });
    const r = await writeZip(entries, path.join(dir, 'archive.zip'), {
      signal,
      ...(cache ? { cache: cache.cache, cacheKey: cache.key } : {}),
      onProgress: (p) => {
        const now = Math.floor(p.bytesDone / (1024 * 1024));
        if (now === lastMb) return;
        lastMb = now;
        report({ message: `Compressing (${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)})` });
      },
    });
    return {
      dir,
      path: r.path ?? path.join(dir, 'archive.zip'),
      size: r.size,
      sha256: r.sha256Base64,
      uncompressedSize: r.uncompressedSize,
    };
  } catch (e) {
    await removeDir(dir);
    throw e;
  }
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function validateBucketName(v: string): string | undefined {
  if (!BUCKET_NAME.test(v) || v.includes('..'))
    return `Not an S3 bucket name (3..63 lowercase letters, digits, dots, hyphens): ${v}`;
  return undefined;
}

/** The S3 key of an archive: by content, so the same content is one object. */
export function artifactKey(kind: 'layers' | 'functions', name: string, sha256Base64: string): string {
  return `lambda-explorer/${kind}/${name}/${Buffer.from(sha256Base64, 'base64').toString('hex')}.zip`;
}

export interface PackageAndUploadSpec<R> {
  /** The progress title, e.g. "Publishing my-layer". */
  title: string;
  /** The folder the entries come from: what the re-publish cache keeps the archive under. */
  folder: string;
  entries: readonly ZipEntry[];
  /** Where the archive goes in S3 when it is over 50 MB. */
  s3Key(sha256: string): string;
  /** Whether AWS already has exactly this content: the question to ask (modal), or undefined to go on. */
  unchanged?(sha256: string, signal: AbortSignal): Promise<{ message: string; confirm: string } | undefined>;
  /**
   * The AWS call (the commit point: it gets no signal). `archive.sha256` lets a non-idempotent call check, after a
   * lost answer, whether AWS made it anyway (src/aws/lostAnswer.ts).
   */
  call(code: CodeSource, report: (step: ProgressStep) => void, archive: { sha256: string }): Promise<R>;
}

export type PackageAndUploadOutcome<R> =
  | { status: 'done'; result: R; sha256: string; size: number; viaS3: boolean }
  | { status: 'unchanged'; sha256: string; size: number };

export async function packageAndUpload<R>(
  deps: CommandDeps,
  spec: PackageAndUploadSpec<R>,
): Promise<PackageAndUploadOutcome<R>> {
  const archive = await deps.progress.run(spec.title, { cancellable: true }, async (report, signal) =>
    buildArchive(
      spec.entries,
      report,
      signal,
      deps.packCacheDir
        ? { cache: new PackCache(deps.packCacheDir), key: path.resolve(spec.folder) }
        : undefined,
    ),
  );
  let s3: S3Location | undefined;
  let store: ArtifactStore | undefined;
  let committed = false;
  try {
    // Asked after the progress ended: a question never waits behind a progress bar that looks hung.
    const same = spec.unchanged
      ? await deps.progress.run(spec.title, { cancellable: true }, (report, signal) => {
          report({ message: 'Comparing with what AWS has' });
          return spec.unchanged!(archive.sha256, signal);
        })
      : undefined;
    if (same) {
      const again = await deps.prompter.confirm(same.message, {
        detail: `CodeSha256 ${archive.sha256} (${formatBytes(archive.size)})`,
        confirm: same.confirm,
        modal: true,
      });
      if (!again) return { status: 'unchanged', sha256: archive.sha256, size: archive.size };
    }
    const needsS3 = preflightArchive(archive.size);
    if (needsS3[0]) deps.log.info(needsS3[0].message);
    const bucket = needsS3.length > 0 ? await askBucket(deps, archive.size) : undefined;
    store = bucket ? deps.workspace.artifacts() : undefined;
    const result = await deps.progress.run(spec.title, { cancellable: true }, async (report, signal) => {
      let code: CodeSource;
      if (!bucket || !store) {
        report({ message: `Uploading (${formatBytes(archive.size)})` });
        code = { zipFile: await fs.promises.readFile(archive.path) };
      } else {
        await store.checkBucket(bucket, signal);
        s3 = { bucket, key: spec.s3Key(archive.sha256) };
        const where = `s3://${bucket}`;
        report({ message: `Uploading to ${where} (0 of ${formatBytes(archive.size)})` });
        let lastMb = -1;
        const r = await store.upload(archive.path, s3, {
          signal,
          onProgress: (done, total) => {
            const mb = Math.floor(done / (1024 * 1024));
            if (mb === lastMb) return;
            lastMb = mb;
            report({ message: `Uploading to ${where} (${formatBytes(done)} of ${formatBytes(total)})` });
          },
        });
        deps.log.info(
          `Uploaded ${formatBytes(r.size)} to ${where}/${s3.key}${r.multipart ? ' (multipart)' : ''}`,
        );
        code = { s3Bucket: bucket, s3Key: s3.key, ...(r.versionId ? { s3ObjectVersion: r.versionId } : {}) };
      }
      // The commit point: after this line the change exists, so it is not aborted half-way.
      signal.throwIfAborted();
      const out = await spec.call(code, report, { sha256: archive.sha256 });
      committed = true;
      return out;
    });
    return { status: 'done', result, sha256: archive.sha256, size: archive.size, viaS3: s3 !== undefined };
  } finally {
    await removeDir(archive.dir);
    // The store the object went to (a reconnect meanwhile must not send the delete elsewhere); never throws.
    if (s3 && !committed && store) await store.remove(s3);
  }
}

/** The memory key of a confirmed workspace bucket (workspace memory: per workspace). */
export const bucketConfirmedKey = (bucket: string): string => `artifactBucket.confirmed:${bucket}`;

async function askBucket(deps: CommandDeps, size: number): Promise<string> {
  const configured = deps.workspace.artifactBucket();
  if (configured && !configured.fromWorkspace) return configured.name;
  if (configured) {
    // A folder's settings file must not choose where code goes unseen: its bucket is confirmed once, by name.
    const key = bucketConfirmedKey(configured.name);
    if (deps.memory.get<boolean>(key) === true) return configured.name;
    const ok = await deps.prompter.confirm(
      `This workspace's settings send archives over 50 MB to the S3 bucket: ${configured.name}`,
      {
        detail:
          'lambdaExplorer.artifactBucket is set in the workspace or folder settings, not in your user settings. Upload only to a bucket you own.',
        confirm: `Upload to ${configured.name}`,
        modal: true,
      },
    );
    if (!ok) throw new Cancelled();
    await deps.memory.set(key, true);
    return configured.name;
  }
  return deps.prompter.input({
    title: 'S3 Bucket for Large Archives',
    prompt: `The archive is ${formatBytes(size)}: over 50 MB it must go through an S3 bucket in the same Region (set lambdaExplorer.artifactBucket to skip this question)`,
    placeholder: 'my-artifacts-bucket',
    validate: validateBucketName,
  });
}
