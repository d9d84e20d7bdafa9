// Published code in the editor: open a file of a Contents tree, "Find File…" over every path of a version,
// "Download to Folder…" and "Import Function Code to Workspace…" (safe extraction, asks before overwriting).
import * as path from 'path';
import { LARGE_ENTRY_BYTES, looksBinary } from '../code/codeStore';
import { isLambdaName, targetLabel } from '../code/codeUri';
import type { CodeLocation, CodeTarget } from '../code/codeUri';
import { checkExtractable, existingTargets, extractArchive } from '../code/extractArchive';
import type { CodeFileNode } from '../tree/nodes/contentsNodes';
import { formatBytes } from '../ui/format';
import { Cancelled } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { codeStoreOf, resolveCodeTarget } from './steps/codeTarget';
import { isTreeNode } from './steps/resolve';

export const DOWNLOAD_ACTION = 'Download to Folder…';

function locationFrom(arg: unknown): CodeLocation | undefined {
  if (isTreeNode(arg) && arg.kind === 'codeFile') return (arg as CodeFileNode).location;
  if (typeof arg === 'object' && arg !== null && 'target' in arg && 'path' in arg) return arg as CodeLocation;
  return undefined;
}

/** Opens a file; binary and very large files are announced instead of being downloaded. */
export async function openCodeFile(deps: CommandDeps, arg: unknown): Promise<void> {
  const loc = locationFrom(arg) ?? (await pickCodeFile(deps, arg, 'Open File'));
  const store = codeStoreOf(deps);
  const entry = (await store.archive(loc.target)).tree.file(loc.path);
  if (!entry) throw new Error(`No file ${loc.path} in ${targetLabel(loc.target)}`);
  const reason = looksBinary(loc.path)
    ? 'is a binary file'
    : entry.size > LARGE_ENTRY_BYTES
      ? `is larger than ${formatBytes(LARGE_ENTRY_BYTES)}`
      : undefined;
  if (reason) {
    const name = loc.path.slice(loc.path.lastIndexOf('/') + 1);
    const answer = await deps.notifier.info(
      `Not opened: ${name} ${reason} (${formatBytes(entry.size)} unzipped): ${targetLabel(loc.target)}`,
      DOWNLOAD_ACTION,
    );
    if (answer === DOWNLOAD_ACTION) await downloadCode(deps, loc.target);
    return;
  }
  await deps.editor.open(loc);
}

async function pickCodeFile(deps: CommandDeps, arg: unknown, title: string): Promise<CodeLocation> {
  const target = await resolveCodeTarget(deps, arg, title);
  const archive = await deps.progress.run(
    `Listing ${targetLabel(target)}`,
    { cancellable: true },
    (_r, signal) => codeStoreOf(deps).archive(target, signal),
  );
  const paths = archive.tree.filePaths();
  if (paths.length === 0) throw new Error(`No files in ${targetLabel(target)}`);
  const picked = await deps.prompter.pick(
    paths.map((p) => ({
      label: p.slice(p.lastIndexOf('/') + 1),
      description: p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : undefined,
      value: p,
    })),
    {
      title: `${title}: ${targetLabel(target)}`,
      placeholder: `Type to search ${paths.length} files`,
    },
  );
  return { target, path: picked };
}

/** "Find File in Layer…": a quick pick over every path of a version, then open the file. */
export async function findCodeFile(deps: CommandDeps, arg: unknown): Promise<void> {
  const loc = await pickCodeFile(deps, arg, 'Find File');
  await openCodeFile(deps, loc);
}

/** Extracts the whole archive into a folder: hostile names refused, existing files only with consent. */
export async function downloadCode(
  deps: CommandDeps,
  arg: unknown,
  folder?: string,
  /** Whether to say "Downloaded …" when done (Import says more). */
  announce = true,
): Promise<{ folder: string; files: number }> {
  const target = await resolveCodeTarget(deps, arg, 'Download to Folder');
  const store = codeStoreOf(deps);
  const archive = await deps.progress.run(
    `Listing ${targetLabel(target)}`,
    { cancellable: true },
    (_r, signal) => store.archive(target, signal),
  );
  checkExtractable(archive.tree); // before asking anything: a hostile archive is refused outright
  const into = folder ?? (await deps.editor.pickTargetFolder(`Download ${targetLabel(target)} to Folder`));
  const existing = existingTargets(archive.tree, into);
  if (existing.length > 0) {
    const ok = await deps.prompter.confirm(
      `${existing.length} file${existing.length === 1 ? '' : 's'} in ${into} would be overwritten by ${targetLabel(target)}. Overwrite?`,
      { confirm: 'Overwrite', modal: true, detail: existing.slice(0, 10).join('\n') },
    );
    if (!ok) throw new Cancelled();
  }
  const total = archive.directory.archiveSize;
  const result = await deps.progress.run(
    `Downloading ${targetLabel(target)}`,
    { cancellable: true },
    async (report, signal) => {
      let last = 0;
      const bytes = await archive.remote.whole(signal, (n) => {
        report({
          message: `${formatBytes(n)} of ${formatBytes(total)}`,
          increment: ((n - last) / total) * 50,
        });
        last = n;
      });
      let done = 0;
      return extractArchive(bytes, archive.directory.entries, into, {
        signal,
        onProgress: (p) => {
          const step = Math.floor((p.files / p.total) * 50);
          if (step > done)
            report({ message: `Writing files (${p.files} of ${p.total})`, increment: step - done });
          done = step;
        },
      });
    },
  );
  deps.log.info(`Downloaded ${targetLabel(target)}: ${result.files} files to ${into}`);
  if (announce)
    void deps.notifier.info(`Downloaded ${result.files} files of ${targetLabel(target)} to ${into}`);
  return { folder: into, files: result.files };
}

/** The choices after an import into a folder the workspace does not hold (those VS Code offers after a clone). */
const OPEN_CHOICES = { Open: 'here', 'Open in New Window': 'newWindow', 'Add to Workspace': 'add' } as const;

/**
 * "Import Function Code to Workspace…": the function's code in a new folder named after it, selected in the
 * Explorer; outside the workspace, the user is offered to open it or add it to the workspace.
 */
export async function importFunctionCode(
  deps: CommandDeps,
  arg: unknown,
  parent?: string,
): Promise<{ folder: string; files: number }> {
  const target: CodeTarget = await resolveCodeTarget(deps, arg, 'Import Function Code');
  if (target.kind !== 'function') throw new Error(`Not a function: ${targetLabel(target)}`);
  const suffix = target.qualifier === '$LATEST' ? '' : `-v${target.qualifier}`;
  const name = `${target.name}${suffix}`;
  // AWS's names are plain; anything else (a path, "..") would put the folder elsewhere.
  if (!isLambdaName(name)) throw new Error(`Not a function name to make a folder of: ${name}`);
  const base =
    parent ??
    (await deps.workspace.pickFolder(`Import ${target.name} into…`, {
      placeholder: `The folder to create ${name} in`,
      openLabel: `Create ${name} Here`,
    }));
  const imported = await downloadCode(deps, target, path.join(base, name), false);
  const what = `Imported ${targetLabel(target)}: ${imported.files} file${imported.files === 1 ? '' : 's'} in ${imported.folder}`;
  if (deps.workspace.holds(imported.folder)) {
    await deps.workspace.openFolder(imported.folder, 'reveal');
    void deps.notifier.info(what);
  } else {
    // Not awaited: the command is done; the notification stays until the user answers or closes it.
    void deps.notifier
      .info(`${what}, outside the workspace. Open it?`, ...Object.keys(OPEN_CHOICES))
      .then(async (choice) => {
        const how = choice ? OPEN_CHOICES[choice as keyof typeof OPEN_CHOICES] : undefined;
        if (how) await deps.workspace.openFolder(imported.folder, how);
      })
      .catch((e: unknown) => deps.log.error(`Could not open ${imported.folder}`, e));
  }
  return imported;
}
