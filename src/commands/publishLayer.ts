// "Publish Folder as Lambda Layer…" (a folder's context menu, the palette) and "Publish New Version…" (a layer's
// menu): gather a plan (publishLayerPlan.ts), then carry it out: package and upload (the shared step, with the
// "unchanged?" question when the newest version has exactly this content), reveal the new version and offer
// "Attach to Functions…" / "Copy Grants from the Previous Version".
import * as fs from 'fs';
import * as path from 'path';
import type { LambdaService, LayerVersionDetails } from '../aws/lambdaService';
import { guessDescription, guessLicense } from '../layers/handlerGuess';
import { LAYERIGNORE } from '../layers/zip/folderScan';
import type { FolderScan } from '../layers/zip/folderScan';
import { decideLayout, toZipEntries } from '../layers/zip/layerLayout';
import type { LayoutDecision } from '../layers/zip/layerLayout';
import type { LayerNode, LayerVersionNode } from '../tree/nodes/layerNodes';
import { formatBytes } from '../ui/format';
import type { CommandDeps } from './commandDeps';
import { gatherPublishLayerPlan } from './publishLayerPlan';
import type { PublishLayerPlan } from './publishLayerPlan';
import { lambdaOf } from './steps/connection';
import { allLayers, newestVersion } from './steps/listing';
import { artifactKey, packageAndUpload, PreflightError, scanWithPreflight } from './steps/packageAndUpload';
import { isTreeNode, resolveFolder } from './steps/resolve';

export const PUBLISH_LAYER_TITLE = 'Publish Folder as Lambda Layer';
export const ATTACH_ACTION = 'Attach to Functions…';
export const COPY_GRANTS_ACTION = 'Copy Grants from the Previous Version';
export const PUBLISH_TO_REGIONS_ACTION = 'Publish to Regions…';

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
}

/** A path as a .gitignore rule that matches exactly it, from the folder's root. */
function exactRule(relPath: string): string {
  return `/${relPath.replace(/[\\*?[\]!#]/g, (c) => `\\${c}`)}`;
}

/**
 * Scans; symlinks that cannot be packaged (broken, looping, pointing outside the folder) can be left out instead
 * of stopping the publish: for this publish only, or also in the folder's .layerignore when asked.
 */
async function scanLeavingOutBadLinks(deps: CommandDeps, folder: string, title: string): Promise<FolderScan> {
  try {
    return await scanWithPreflight(deps, folder);
  } catch (e) {
    const paths = e instanceof PreflightError && e.finding?.code === 'symlinkProblems' ? e.finding.paths : [];
    if (!paths || paths.length === 0) throw e;
    const shown = `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`;
    const how = await deps.prompter.pick(
      [
        { label: EXCLUDE_ONCE, description: 'for this publish only', value: 'once' as const },
        {
          label: EXCLUDE_AND_REMEMBER,
          description: `adds ${paths.length === 1 ? 'a line' : `${paths.length} lines`} to ${LAYERIGNORE}`,
          value: 'layerignore' as const,
        },
      ],
      {
        title,
        placeholder: `${paths.length} symlink${paths.length === 1 ? '' : 's'} cannot be packaged (broken, looping or pointing outside the folder): ${shown}`,
      },
    );
    const rules = paths.map(exactRule);
    if (how === 'layerignore') {
      const file = path.join(folder, LAYERIGNORE);
      const had = await fs.promises.readFile(file, 'utf8').catch(() => '');
      const lines = [
        had && !had.endsWith('\n') ? '' : undefined,
        '# Symlinks that cannot be packaged',
        ...rules,
      ]
        .filter((l) => l !== undefined)
        .join('\n');
      await fs.promises.appendFile(file, `${lines}\n`);
      deps.log.info(`Added ${rules.length} line(s) to ${file}`);
    }
    deps.log.info(`Left out ${paths.length} symlink(s) that cannot be packaged: ${paths.join(', ')}`);
    return scanWithPreflight(deps, folder, rules);
  }
}

export const EXCLUDE_ONCE = 'Exclude These and Continue';
export const EXCLUDE_AND_REMEMBER = 'Exclude These, Add Them to .layerignore and Continue';

/** Right-click a folder → a new layer version. `folderArg`: a path, a Uri, or undefined (palette). */
export async function publishLayerFromFolder(
  deps: CommandDeps,
  folderArg?: unknown,
  fixedName?: string,
): Promise<PublishLayerOutcome> {
  const title = fixedName ? `Publish New Version of ${fixedName}` : PUBLISH_LAYER_TITLE;
  const lambda = lambdaOf(deps);
  const folder = await resolveFolder(deps, folderArg, title);
  const scan = await scanLeavingOutBadLinks(deps, folder, title);
  const layers = fixedName
    ? []
    : await deps.progress.run('Listing layers', { cancellable: true }, (_r, signal) =>
        allLayers(lambda, signal),
      );
  const [description, license] = await Promise.all([guessDescription(folder), guessLicense(folder)]);
  const plan = await gatherPublishLayerPlan(
    deps,
    lambda,
    {
      folder,
      scan,
      layers,
      ...(fixedName ? { fixedName } : {}),
      ...(description ? { proposedDescription: description.value } : {}),
      ...(license ? { proposedLicense: license } : {}),
    },
    title,
  );
  return publishLayer(deps, lambda, plan, scan);
}

/** "Publish New Version…" on a layer node (or a layer name); from the palette, the whole flow. */
export async function publishLayerVersionFromNode(
  deps: CommandDeps,
  arg: unknown,
  folderArg?: unknown,
): Promise<PublishLayerOutcome> {
  const layerName =
    isTreeNode(arg) && arg.kind === 'layer'
      ? (arg as LayerNode).layer.name
      : typeof arg === 'string'
        ? arg
        : undefined;
  return publishLayerFromFolder(deps, folderArg, layerName);
}

/** The executor: carries out a plan with progress; asks only whether to publish unchanged content again. */
export async function publishLayer(
  deps: CommandDeps,
  lambda: LambdaService,
  plan: PublishLayerPlan,
  scan: Awaited<ReturnType<typeof scanWithPreflight>>,
): Promise<PublishLayerOutcome> {
  const { layerName } = plan;
  const layout = decideLayout(scan.files, plan.prefix);
  const previous = await newestVersion(lambda, layerName);
  const out = await packageAndUpload(deps, {
    title: `Publishing ${layerName}`,
    folder: scan.root,
    entries: toZipEntries(scan.files, plan.prefix),
    s3Key: (sha) => artifactKey('layers', layerName, sha),
    unchanged: async (sha, signal) => {
      if (!previous) return undefined;
      const newest = await lambda.getLayerVersion(layerName, previous.version, { signal });
      return newest.codeSha256 === sha
        ? {
            message: `Unchanged: the folder's content is the same as ${layerName} version ${previous.version}. Publish a new version anyway?`,
            confirm: 'Publish Anyway',
          }
        : undefined;
    },
    call: (content, report, archive) => {
      report({ message: 'Publishing the layer version' });
      return lambda.publishLayerVersion(
        {
          layerName,
          content,
          ...(plan.description ? { description: plan.description } : {}),
          ...(plan.licenseInfo ? { licenseInfo: plan.licenseInfo } : {}),
          compatibleRuntimes: plan.compatibleRuntimes,
          compatibleArchitectures: plan.compatibleArchitectures,
          codeSha256: archive.sha256,
        },
        { onRecovered: (note) => deps.log.warn(note) },
      );
    },
  });
  const base = {
    layerName,
    folder: plan.folder,
    layout,
    codeSha256: out.sha256,
    viaS3: out.status === 'done' && out.viaS3,
    ...(previous ? { previous: previous.version } : {}),
  };
  if (out.status === 'unchanged') {
    void deps.notifier.info(
      `Not published: the content is the same as the newest version of the layer: ${layerName}:${previous?.version ?? '?'}`,
    );
    deps.log.info(`Unchanged, not published: ${layerName} (CodeSha256 ${out.sha256})`);
    return { status: 'unchanged', ...base };
  }
  const version = out.result;
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
  offerFollowUps(deps, version, previous?.version);
  return { status: 'published', ...base, version };
}

/** "Attach to Functions…" / "Copy Grants…" on the published message: each runs as its own command. */
function offerFollowUps(deps: CommandDeps, version: LayerVersionDetails, previous: number | undefined): void {
  const actions = [
    ATTACH_ACTION,
    ...(previous !== undefined ? [COPY_GRANTS_ACTION] : []),
    PUBLISH_TO_REGIONS_ACTION,
  ];
  void deps.notifier
    .info(
      `Published ${version.layerName} version ${version.version} (${formatBytes(version.codeSize ?? 0)}): ${version.arn}`,
      ...actions,
    )
    .then(async (action) => {
      if (action === ATTACH_ACTION) await deps.run('lambdaExplorer.layerVersion.attachToFunctions', version);
      else if (action === COPY_GRANTS_ACTION)
        await deps.run('lambdaExplorer.layerVersion.copyGrants', version, previous);
      else if (action === PUBLISH_TO_REGIONS_ACTION)
        await deps.run('lambdaExplorer.layerVersion.publishToRegions', version);
    });
}

/** Selects the new version in the Layers view (its layer reloads first). Failures are only logged. */
async function revealLayerVersion(deps: CommandDeps, layerName: string, arn: string): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    const root = deps.explorer.layersRoot;
    if (!root) return;
    const find = (nodes: readonly { kind: string }[]) =>
      nodes.find((x) => x.kind === 'layer' && (x as LayerNode).layer.name === layerName) as
        LayerNode | undefined;
    const layer = find(root.render()) ?? find(await root.children({ signal: controller.signal }));
    if (!layer) return;
    const versions = await layer.children({ signal: controller.signal });
    const node = versions.find(
      (x) => x.kind === 'layerVersion' && (x as LayerVersionNode).version.arn === arn,
    );
    if (node) await deps.workspace.reveal('layers', node);
  } catch (e) {
    deps.log.warn(
      `Could not reveal the new version in the Layers view: ${e instanceof Error ? e.message : String(e)}`,
    );
  } finally {
    clearTimeout(timer);
  }
}
