// "Compare with Previous Version", "Compare with Version…" and "Compare with Local Folder": a changes list
// (added / removed / modified, from the central directories, so unchanged files are never downloaded) and
// VS Code's diff editor for the file picked. Publishing a folder offers the same review before uploading.
import * as path from 'path';
import { compareTrees, compareWithFolder, summarize } from '../code/compareCode';
import type { CodeChange, CodeComparison } from '../code/compareCode';
import { functionTargetFromArn, layerTargetFromArn, targetLabel } from '../code/codeUri';
import type { CodeLocation, CodeTarget } from '../code/codeUri';
import { scanFolder } from '../layers/zip/folderScan';
import type { FolderScan } from '../layers/zip/folderScan';
import { decideLayout, toZipEntries } from '../layers/zip/layerLayout';
import { Cancelled } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { codeStoreOf, resolveCodeTarget } from './steps/codeTarget';
import { collect, layerVersions } from './steps/listing';
import { lambdaOf } from './steps/connection';
import { resolveFolder } from './steps/resolve';

const ICON: Record<CodeChange['status'], string> = {
  modified: '$(diff-modified)',
  added: '$(diff-added)',
  removed: '$(diff-removed)',
};

/** Other published versions of the same layer or function, newest first (with $LATEST for functions). */
async function otherVersions(
  deps: CommandDeps,
  target: CodeTarget,
  signal?: AbortSignal,
): Promise<CodeTarget[]> {
  const lambda = lambdaOf(deps);
  if (target.kind === 'layer') {
    const versions = await layerVersions(lambda, target.name, signal);
    return versions
      .filter((v) => v.version !== target.version)
      .map((v) => layerTargetFromArn(v.arn))
      .filter((t): t is CodeTarget => t !== undefined);
  }
  const { items } = await collect(lambda.listVersionsByFunction(target.name, { signal }));
  return items
    .filter((f) => f.version !== target.qualifier)
    .sort((a, b) =>
      b.version === '$LATEST' ? 1 : a.version === '$LATEST' ? -1 : Number(b.version) - Number(a.version),
    )
    .map((f) => functionTargetFromArn(f.arn, f.version))
    .filter((t): t is CodeTarget => t !== undefined);
}

function versionNumber(t: CodeTarget): number {
  if (t.kind === 'layer') return t.version;
  return t.qualifier === '$LATEST' ? Number.MAX_SAFE_INTEGER : Number(t.qualifier);
}

/** The list of changes; picking one opens its diff, then the list comes back until it is dismissed. */
export async function showChanges(
  deps: CommandDeps,
  title: string,
  comparison: CodeComparison,
  sides: {
    left: (p: string) => CodeLocation;
    right: (c: CodeChange) => CodeLocation | string;
    leftName: string;
    rightName: string;
  },
): Promise<void> {
  if (comparison.changes.length === 0) {
    void deps.notifier.info(`No changes: ${title} (${comparison.unchanged} files identical)`);
    return;
  }
  for (;;) {
    let change: CodeChange;
    try {
      change = await deps.prompter.pick(
        comparison.changes.map((c) => ({
          label: `${ICON[c.status]} ${c.path}`,
          description: c.status,
          value: c,
        })),
        { title: `${title}: ${summarize(comparison)}`, placeholder: 'Pick a file to see its changes' },
      );
    } catch (e) {
      if (e instanceof Cancelled) return;
      throw e;
    }
    const name = change.path.slice(change.path.lastIndexOf('/') + 1);
    if (change.status === 'modified')
      await deps.editor.diff(
        sides.left(change.path),
        sides.right(change),
        `${name} (${sides.leftName} ↔ ${sides.rightName})`,
      );
    else await deps.editor.open(change.status === 'added' ? sides.right(change) : sides.left(change.path));
  }
}

/** Compares two versions: `older` on the left. */
export async function compareVersions(
  deps: CommandDeps,
  older: CodeTarget,
  newer: CodeTarget,
): Promise<CodeComparison> {
  const store = codeStoreOf(deps);
  const comparison = await deps.progress.run(
    `Comparing ${targetLabel(older)} with ${targetLabel(newer)}`,
    { cancellable: true },
    async (_r, signal) => {
      const [a, b] = await Promise.all([store.archive(older, signal), store.archive(newer, signal)]);
      return compareTrees(a.tree, b.tree);
    },
  );
  await showChanges(deps, `${targetLabel(older)} ↔ ${targetLabel(newer)}`, comparison, {
    left: (p) => ({ target: older, path: p }),
    right: (c) => ({ target: newer, path: c.path }),
    leftName: targetLabel(older),
    rightName: targetLabel(newer),
  });
  return comparison;
}

export async function compareWithPreviousVersion(deps: CommandDeps, arg: unknown): Promise<CodeComparison> {
  const target = await resolveCodeTarget(deps, arg, 'Compare with Previous Version');
  const others = await otherVersions(deps, target);
  const previous = others.find((o) => versionNumber(o) < versionNumber(target));
  if (!previous) throw new Error(`No earlier version to compare with: ${targetLabel(target)}`);
  return compareVersions(deps, previous, target);
}

export async function compareWithVersion(deps: CommandDeps, arg: unknown): Promise<CodeComparison> {
  const target = await resolveCodeTarget(deps, arg, 'Compare with Version');
  const others = await otherVersions(deps, target);
  if (others.length === 0) throw new Error(`No other version to compare with: ${targetLabel(target)}`);
  const other = await deps.prompter.pick(
    others.map((o) => ({ label: targetLabel(o), value: o })),
    { title: `Compare ${targetLabel(target)} with…`, placeholder: 'Pick the other version' },
  );
  return versionNumber(other) < versionNumber(target)
    ? compareVersions(deps, other, target)
    : compareVersions(deps, target, other);
}

/**
 * A published version (left) against a local folder as it would be published (right): `.layerignore` and the
 * default excludes applied, files under the layout prefix (remembered from the last publish of that folder,
 * else detected) for a layer; as they are for a function.
 */
export async function compareWithLocalFolder(
  deps: CommandDeps,
  arg: unknown,
  folderArg?: unknown,
  prefixArg?: string,
  scanArg?: FolderScan,
): Promise<CodeComparison> {
  const target = await resolveCodeTarget(deps, arg, 'Compare with Local Folder');
  const folder = await resolveFolder(deps, folderArg, `Compare ${targetLabel(target)} with Local Folder`);
  const store = codeStoreOf(deps);
  const comparison = await deps.progress.run(
    `Comparing ${targetLabel(target)} with ${path.basename(folder)}`,
    { cancellable: true },
    async (_r, signal) => {
      const scan = scanArg ?? (await scanFolder(folder, { signal }));
      const remembered = deps.memory.get<{ prefix?: string }>(`publishLayer:${folder}`)?.prefix;
      const prefix =
        target.kind === 'function' ? '' : (prefixArg ?? remembered ?? decideLayout(scan.files).prefix);
      const archive = await store.archive(target, signal);
      return compareWithFolder(archive.tree, toZipEntries(scan.files, prefix), signal);
    },
  );
  await showChanges(deps, `${targetLabel(target)} ↔ ${path.basename(folder)}`, comparison, {
    left: (p) => ({ target, path: p }),
    right: (c) => c.localPath ?? path.join(folder, c.path),
    leftName: targetLabel(target),
    rightName: path.basename(folder),
  });
  return comparison;
}
