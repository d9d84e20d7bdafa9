// Publish a folder as a layer version (new layer or new version of one): name, layout, runtimes,
// architectures, description, license; then scan → pre-flight → zip into a temp folder → compare with the
// newest version's CodeSha256 → upload (inline, or through S3 over 50 MB) → reveal the new version and offer
// "Attach to functions…" / "Copy grants from the previous version". A cancel leaves nothing half-published:
// the publish call is the commit point (never aborted half-way), multipart uploads are aborted, the uploaded
// object and the temp folder are removed. The packaging steps are shared with functionCodeCommands.ts. No vscode.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type {
  Architecture,
  CodeSource,
  LambdaService,
  LayerSummary,
  LayerVersionDetails,
  LayerVersionSummary,
} from '../aws/lambdaService';
import type { ArtifactStore, S3Location } from '../aws/artifactStore';
import { guessDescription, guessLicense } from '../layers/handlerGuess';
import { validateDescription, validateLayerName, validateLicenseInfo } from '../layers/layerName';
import { runtimesForPicker } from '../layers/runtimes';
import { scanFolder } from '../layers/zip/folderScan';
import type { FolderScan } from '../layers/zip/folderScan';
import { decideLayout, toZipEntries } from '../layers/zip/layerLayout';
import type { LayoutDecision } from '../layers/zip/layerLayout';
import { formatBytes, hasBlockingFindings, preflightArchive, preflightScan } from '../layers/zip/preflight';
import type { PreflightLimits } from '../layers/zip/preflight';
import { writeZip } from '../layers/zip/zipWriter';
import type { ZipEntry } from '../layers/zip/zipWriter';
import { LayerNode, LayerVersionNode } from '../tree/nodes/layerNodes';
import type { TreeNode } from '../tree/treeNode';
import type { ProgressStep } from '../ui/prompter';
import { attachToFunctions } from './attachCommands';
import type { CommandDeps } from './commandDeps';
import { copyGrantsFrom } from './policyCommands';
import { runCommand } from './runCommand';

export const PUBLISH_LAYER_TITLE = 'Publish Folder as Lambda Layer';
export const ATTACH_ACTION = 'Attach to Functions…';
export const COPY_GRANTS_ACTION = 'Copy Grants from the Previous Version';
/** Temp folders for archives are created under the OS temp folder with this prefix (never inside the folder). */
export const TEMP_PREFIX = 'lambda-explorer-pkg-';
const MAX_RUNTIMES = 15;

/** A pre-flight check failed: the message says what and the first details; the log has them all. */
export class PreflightError extends Error {
  override readonly name = 'PreflightError';
}

export function lambdaOf(deps: CommandDeps): LambdaService {
  const lambda = deps.explorer.connection?.lambda;
  if (!lambda) throw new Error('Not connected to AWS. Choose a profile and Region first.');
  return lambda;
}

/** A folder given by a menu (a path, or a vscode.Uri-like object with fsPath), or picked from the palette. */
export async function resolveFolder(deps: CommandDeps, arg: unknown, title: string): Promise<string> {
  if (typeof arg === 'string' && arg !== '') return path.resolve(arg);
  const fsPath = (arg as { fsPath?: unknown } | undefined)?.fsPath;
  if (typeof fsPath === 'string' && fsPath !== '') return path.resolve(fsPath);
  return path.resolve(await deps.workspace.pickFolder(title));
}

// ---- packaging steps (shared with functionCodeCommands.ts) -------------------------------------------------

/** Scans the folder with progress ("Scanning (n files)") and runs the pre-flight checks; throws on a blocking one. */
export async function scanWithPreflight(
  deps: CommandDeps,
  folder: string,
  title: string,
  limits?: PreflightLimits,
): Promise<FolderScan> {
  const scan = await deps.progress.run(title, { cancellable: true }, (report, signal) => {
    report({ message: 'Scanning' });
    return scanFolder(folder, { signal, onProgress: (n) => report({ message: `Scanning (${n} files)` }) });
  });
  const findings = preflightScan(scan, limits);
  for (const f of findings) deps.log.warn([f.message, ...f.details.map((d) => `  ${d}`)].join('\n'));
  if (hasBlockingFindings(findings)) {
    const blocking = findings.filter((f) => f.severity === 'error');
    const first = blocking[0]!;
    const shown = first.details.slice(0, 5);
    const more =
      first.details.length > shown.length
        ? `, and ${first.details.length - shown.length} more (see the log)`
        : '';
    throw new PreflightError(
      shown.length > 0
        ? `${first.message}. ${first.code === 'tooLargeUnzipped' ? 'Largest folders' : 'Paths'}: ${shown.join(', ')}${more}`
        : first.message,
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
): Promise<BuiltArchive> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
  try {
    let lastMb = -1;
    const total = entries.reduce((n, e) => n + e.size, 0);
    report({ message: `Compressing (0 of ${formatBytes(total)})` });
    const r = await writeZip(entries, path.join(dir, 'archive.zip'), {
      signal,
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

export interface UploadedCode {
  code: CodeSource;
  /** Set when the archive went through S3: remove it again if the publish does not happen. */
  s3?: { client: ArtifactStore; location: S3Location };
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function validateBucketName(v: string): string | undefined {
  if (!BUCKET_NAME.test(v) || v.includes('..'))
    return `Not an S3 bucket name (3..63 lowercase letters, digits, dots, hyphens): ${v}`;
  return undefined;
}

/** The code for a Lambda call: the bytes inline up to 50 MB, otherwise an S3 object (multipart upload). */
export async function uploadArchive(
  deps: CommandDeps,
  archive: BuiltArchive,
  s3Key: string,
  report: (step: ProgressStep) => void,
  signal: AbortSignal,
  limits?: PreflightLimits,
): Promise<UploadedCode> {
  const needsS3 = preflightArchive(archive.size, limits);
  if (needsS3.length === 0) {
    report({ message: `Uploading (${formatBytes(archive.size)})` });
    return { code: { zipFile: await fs.promises.readFile(archive.path) } };
  }
  deps.log.info(needsS3[0]!.message);
  const bucket =
    deps.workspace.artifactBucket() ??
    (await deps.prompter.input({
      title: 'S3 Bucket for Large Archives',
      prompt: `The archive is ${formatBytes(archive.size)}: over 50 MB it must go through an S3 bucket in the same Region (set lambdaExplorer.artifactBucket to skip this question)`,
      placeholder: 'my-artifacts-bucket',
      validate: validateBucketName,
    }));
  const client = deps.workspace.artifacts();
  await client.checkBucket(bucket, signal);
  const location = { bucket, key: s3Key };
  report({ message: `Uploading to s3://${bucket} (0 of ${formatBytes(archive.size)})` });
  let lastMb = -1;
  const r = await client.upload(archive.path, location, {
    signal,
    onProgress: (done, total) => {
      const now = Math.floor(done / (1024 * 1024));
      if (now === lastMb) return;
      lastMb = now;
      report({ message: `Uploading to s3://${bucket} (${formatBytes(done)} of ${formatBytes(total)})` });
    },
  });
  deps.log.info(
    `Uploaded ${formatBytes(r.size)} to s3://${bucket}/${s3Key}${r.multipart ? ' (multipart)' : ''}`,
  );
  return {
    code: { s3Bucket: bucket, s3Key, ...(r.versionId ? { s3ObjectVersion: r.versionId } : {}) },
    s3: { client, location },
  };
}

/** The S3 key of an archive: by content, so the same content is one object. */
export function artifactKey(kind: 'layers' | 'functions', name: string, sha256Base64: string): string {
  return `lambda-explorer/${kind}/${name}/${Buffer.from(sha256Base64, 'base64').toString('hex')}.zip`;
}

// ---- the layer flow ----------------------------------------------------------------------------------------

export interface PublishLayerOptions {
  /** Publish a new version of this layer (the "Publish New Version…" menu): no name question. */
  layerName?: string;
  /** Test hook: lower limits (e.g. the 50 MB direct-upload limit). */
  limits?: PreflightLimits;
}

export interface PublishLayerOutcome {
  status: 'published' | 'unchanged';
  layerName: string;
  folder: string;
  layout: LayoutDecision;
  version?: LayerVersionDetails;
  /** The newest version before this publish (whose grants can be copied). */
  previous?: number;
  codeSha256: string;
  viaS3: boolean;
  /** What the user chose on the "published" message, once they chose (tests await it). */
  followUp: Promise<string | undefined>;
}

async function allLayers(lambda: LambdaService, signal?: AbortSignal): Promise<LayerSummary[]> {
  const out: LayerSummary[] = [];
  for await (const page of lambda.listLayers({ signal })) out.push(...page.items);
  return out;
}

/** The newest live version of a layer (ListLayerVersions is newest first), or undefined for a new layer. */
async function newestVersion(
  lambda: LambdaService,
  layerName: string,
): Promise<LayerVersionSummary | undefined> {
  for await (const page of lambda.listLayerVersions(layerName, { pageSize: 1 })) return page.items[0];
  return undefined;
}

function suggestName(folder: string): string {
  const base = path
    .basename(folder)
    .replace(/[^a-zA-Z0-9-_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (base || 'my-layer').slice(0, 140);
}

type NameChoice = { kind: 'new' } | { kind: 'existing'; name: string };

async function askLayerName(deps: CommandDeps, folder: string, title: string): Promise<string> {
  const lambda = lambdaOf(deps);
  const layers = await deps.progress.run('Listing layers', { cancellable: true }, (_r, signal) =>
    allLayers(lambda, signal),
  );
  const suggested = suggestName(folder);
  const match = layers.find((l) => l.name === suggested);
  const ordered = match ? [match, ...layers.filter((l) => l !== match)] : layers;
  const choice = await deps.prompter.pick<NameChoice>(
    [
      { label: 'New layer…', description: `type a name (suggested: ${suggested})`, value: { kind: 'new' } },
      ...ordered.map((l) => ({
        label: l.name,
        description: [
          l.latest ? `v${l.latest.version}` : undefined,
          l === match ? 'same name as the folder' : undefined,
          l.latest?.compatibleRuntimes.join(', ') || undefined,
        ]
          .filter(Boolean)
          .join(' · '),
        detail: l.latest?.description,
        value: { kind: 'existing' as const, name: l.name },
        group: 'Publish a new version of',
      })),
    ],
    {
      title,
      placeholder: `Publish ${path.basename(folder)} as a new layer or as a new version of an existing one`,
    },
  );
  if (choice.kind === 'existing') return choice.name;
  return deps.prompter.input({
    title,
    prompt: 'Name of the new layer (letters, digits, hyphens, underscores; up to 140)',
    value: suggested,
    validate: validateLayerName,
  });
}

async function askLayout(deps: CommandDeps, scan: FolderScan, title: string): Promise<LayoutDecision> {
  const detected = decideLayout(scan.files);
  const options: { prefix: string; label: string }[] = [
    { prefix: '', label: 'Keep paths (no prefix)' },
    { prefix: 'nodejs/', label: 'nodejs/' },
    { prefix: 'python/', label: 'python/' },
    { prefix: 'java/lib/', label: 'java/lib/' },
    { prefix: 'ruby/lib/', label: 'ruby/lib/' },
  ];
  const first = options.find((o) => o.prefix === detected.prefix)!;
  const prefix = await deps.prompter.pick(
    [first, ...options.filter((o) => o !== first)].map((o) => ({
      label: o.label,
      description: o === first ? `detected: ${detected.reason}` : undefined,
      detail:
        o.prefix === '' ? 'Files go to /opt as they are in the folder' : `Files go under /opt/${o.prefix}`,
      value: o.prefix,
    })),
    { title, placeholder: `Where files go in the layer (/opt). ${detected.reason}` },
  );
  return prefix === detected.prefix ? detected : decideLayout(scan.files, prefix);
}

async function askRuntimes(
  deps: CommandDeps,
  layout: LayoutDecision,
  previous: LayerVersionSummary | undefined,
  title: string,
): Promise<string[]> {
  const all = runtimesForPicker();
  const preselect = new Set(
    previous && previous.compatibleRuntimes.length > 0
      ? previous.compatibleRuntimes
      : all
          .filter((r) => r.info?.family === layout.family && r.status === 'current' && !r.info?.deprecated)
          .map((r) => r.info!.id),
  );
  const runtimes = await deps.prompter.pickMany(
    all
      .filter((r) => r.info)
      .map((r) => ({
        label: r.info!.id,
        description: r.status === 'current' ? r.info!.name : `${r.info!.name} · deprecated`,
        detail: r.note || undefined,
        picked: preselect.has(r.info!.id),
        value: r.info!.id,
        group: r.status === 'current' ? 'Current runtimes' : 'Deprecated runtimes',
      })),
    { title, placeholder: `Compatible runtimes (up to ${MAX_RUNTIMES}; none = any runtime)` },
  );
  if (runtimes.length > MAX_RUNTIMES)
    throw new Error(`A layer version lists at most ${MAX_RUNTIMES} compatible runtimes: ${runtimes.length}`);
  return runtimes;
}

async function askArchitectures(
  deps: CommandDeps,
  previous: LayerVersionSummary | undefined,
  title: string,
): Promise<Architecture[]> {
  const pre = new Set<Architecture>(
    previous?.compatibleArchitectures.length ? previous.compatibleArchitectures : ['x86_64'],
  );
  return deps.prompter.pickMany<Architecture>(
    [
      { label: 'x86_64', description: 'Intel/AMD', picked: pre.has('x86_64'), value: 'x86_64' },
      { label: 'arm64', description: 'Graviton', picked: pre.has('arm64'), value: 'arm64' },
    ],
    { title, placeholder: 'Compatible architectures (none = not specified)' },
  );
}

/** Right-click a folder → a new layer version (the whole flow). `folderArg`: a path, a Uri, or undefined (palette). */
export async function publishLayerFromFolder(
  deps: CommandDeps,
  folderArg?: unknown,
  options: PublishLayerOptions = {},
): Promise<PublishLayerOutcome> {
  const title = options.layerName ? `Publish New Version of ${options.layerName}` : PUBLISH_LAYER_TITLE;
  const lambda = lambdaOf(deps);
  const folder = await resolveFolder(deps, folderArg, title);
  const layerName = options.layerName ?? (await askLayerName(deps, folder, title));
  const previous = await newestVersion(lambda, layerName);

  const scan = await scanWithPreflight(deps, folder, `Scanning ${path.basename(folder)}`, options.limits);
  const layout = await askLayout(deps, scan, title);
  const compatibleRuntimes = await askRuntimes(deps, layout, previous, title);
  const compatibleArchitectures = await askArchitectures(deps, previous, title);
  const proposedDescription = (await guessDescription(folder))?.value ?? previous?.description ?? '';
  const description = await deps.prompter.input({
    title,
    prompt: 'Description of this version (optional)',
    value: proposedDescription,
    validate: validateDescription,
  });
  const license = await guessLicense(folder);
  const licenseInfo = await deps.prompter.input({
    title,
    prompt: `License (optional; SPDX id, URL or text)${license ? `: proposed from ${license.reason}` : ''}`,
    value: license?.value ?? previous?.licenseInfo ?? '',
    validate: validateLicenseInfo,
  });

  const entries = toZipEntries(scan.files, layout.prefix);
  let viaS3 = false;
  const result = await deps.progress.run(
    `Publishing ${layerName}`,
    { cancellable: true },
    async (report, signal) => {
      const archive = await buildArchive(entries, report, signal);
      let uploaded: UploadedCode | undefined;
      let published = false;
      try {
        if (previous) {
          const newest = await lambda.getLayerVersion(layerName, previous.version, { signal });
          if (newest.codeSha256 === archive.sha256) {
            const again = await deps.prompter.confirm(
              `Unchanged: the folder's content is the same as ${layerName} version ${previous.version}. Publish a new version anyway?`,
              {
                detail: `CodeSha256 ${archive.sha256} (${formatBytes(archive.size)})`,
                confirm: 'Publish Anyway',
                modal: false,
              },
            );
            if (!again) return { status: 'unchanged' as const, sha: archive.sha256 };
          }
        }
        uploaded = await uploadArchive(
          deps,
          archive,
          artifactKey('layers', layerName, archive.sha256),
          report,
          signal,
          options.limits,
        );
        viaS3 = uploaded.s3 !== undefined;
        // The commit point: after this line the version exists, so it is not aborted half-way.
        signal.throwIfAborted();
        report({ message: 'Publishing the layer version' });
        const version = await lambda.publishLayerVersion({
          layerName,
          content: uploaded.code,
          ...(description ? { description } : {}),
          ...(licenseInfo ? { licenseInfo } : {}),
          compatibleRuntimes,
          compatibleArchitectures,
        });
        published = true;
        return { status: 'published' as const, sha: archive.sha256, version };
      } finally {
        await removeDir(archive.dir);
        if (uploaded?.s3 && !published) await uploaded.s3.client.remove(uploaded.s3.location);
      }
    },
  );

  const base = {
    layerName,
    folder,
    layout,
    codeSha256: result.sha,
    viaS3,
    ...(previous ? { previous: previous.version } : {}),
  };
  if (result.status === 'unchanged') {
    void deps.notifier.info(
      `Not published: the content is the same as the newest version of the layer: ${layerName}:${previous?.version ?? '?'}`,
    );
    deps.log.info(`Unchanged, not published: ${layerName} (CodeSha256 ${result.sha})`);
    return { status: 'unchanged', ...base, followUp: Promise.resolve(undefined) };
  }
  const version = result.version;
  deps.log.info(
    `Published ${version.arn} (${formatBytes(version.codeSize ?? 0)}, CodeSha256 ${version.codeSha256 ?? '?'})`,
  );
  await deps.changes.fire({
    kind: 'layerVersion',
    name: layerName,
    version: version.version,
    arn: version.arn,
  });
  await revealLayerVersion(deps, layerName, version.arn);

  const actions = [ATTACH_ACTION, ...(previous ? [COPY_GRANTS_ACTION] : [])];
  const followUp = deps.notifier
    .info(
      `Published ${layerName} version ${version.version} (${formatBytes(version.codeSize ?? 0)}): ${version.arn}`,
      ...actions,
    )
    .then(async (action) => {
      if (action === ATTACH_ACTION) {
        await runCommand('lambdaExplorer.layerVersion.attachToFunctions', 'Attach to functions', deps, () =>
          attachToFunctions(deps, version),
        );
      } else if (action === COPY_GRANTS_ACTION && previous) {
        await runCommand(
          'lambdaExplorer.layerVersion.copyGrants',
          'Copy grants from the previous version',
          deps,
          async () => {
            const r = await copyGrantsFrom(
              deps,
              { layerName, version: version.version, arn: version.arn },
              previous.version,
              undefined,
            );
            void deps.notifier.info(
              r.copied.length > 0
                ? `Copied ${r.copied.length} grant(s) from version ${previous.version} to version ${version.version}: ${r.copied.join(', ')}`
                : `Version ${previous.version} has no grants to copy: ${layerName}`,
            );
          },
        );
      }
      return action;
    });
  return { status: 'published', ...base, version, followUp };
}

/** "Publish New Version…" on a layer node (or from the palette: pick the layer first). */
export async function publishLayerVersionFromNode(
  deps: CommandDeps,
  n: unknown,
  folderArg?: unknown,
): Promise<PublishLayerOutcome> {
  const layerName = n instanceof LayerNode ? n.layer.name : typeof n === 'string' ? n : undefined;
  return publishLayerFromFolder(deps, folderArg, layerName ? { layerName } : {});
}

/** Selects the new version in the Layers view (its layer reloads first). Failures are only logged. */
async function revealLayerVersion(deps: CommandDeps, layerName: string, arn: string): Promise<void> {
  try {
    const root = deps.explorer.layersRoot;
    if (!root) return;
    const controller = new AbortController();
    const find = (nodes: TreeNode[]) =>
      nodes.find((x): x is LayerNode => x instanceof LayerNode && x.layer.name === layerName);
    const layer = find(root.render()) ?? find(await root.children({ signal: controller.signal }));
    if (!layer) return;
    const versions = await layer.children({ signal: controller.signal });
    const node = versions.find((x) => x instanceof LayerVersionNode && x.version.arn === arn);
    if (node) await deps.workspace.reveal('layers', node);
  } catch (e) {
    deps.log.warn(
      `Could not reveal the new version in the Layers view: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
