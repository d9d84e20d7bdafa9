// Download to Folder / Import Function Code: check every entry name first (an archive with any entry that
// would escape the target is refused as a whole, with the names and reasons), ask before overwriting, then
// write files with their executable bit. Symlink entries are refused, never created. No vscode.
import * as fs from 'fs';
import * as path from 'path';
import { ArchiveTree } from './archiveTree';
import { entryFromArchive } from './remoteArchive';
import type { ZipEntry } from './zipCentral';

export class UnsafeArchiveError extends Error {
  override readonly name = 'UnsafeArchiveError';
}

function printable(name: string): string {
  return [...name].map((c) => (c.charCodeAt(0) < 0x20 ? '?' : c)).join('');
}

/** Refuses an archive with entries that escape the target (absolute, `..`, drive letters, backslashes, symlinks). */
export function checkExtractable(tree: ArchiveTree): void {
  if (tree.unsafe.length === 0) return;
  const shown = tree.unsafe.slice(0, 5).map((u) => `"${printable(u.entry.name)}" (${u.reason})`);
  const more = tree.unsafe.length > 5 ? ` and ${tree.unsafe.length - 5} more` : '';
  throw new UnsafeArchiveError(
    `Refused to extract: ${tree.unsafe.length} entr${tree.unsafe.length === 1 ? 'y' : 'ies'} would write outside the target folder or create a link: ${shown.join(', ')}${more}`,
  );
}

/** Target paths that already exist (files the extraction would overwrite). */
export function existingTargets(tree: ArchiveTree, target: string): string[] {
  return tree.filePaths().filter((p) => fs.existsSync(path.join(target, ...p.split('/'))));
}

/** The target path of a safe entry path, checked once more to stay under `target`. */
function inside(target: string, p: string): string {
  const root = path.resolve(target);
  const out = path.resolve(root, ...p.split('/'));
  if (out !== root && !out.startsWith(root + path.sep))
    throw new UnsafeArchiveError(`Refused to extract: "${p}" leaves the target folder`);
  return out;
}

export interface ExtractProgress {
  files: number;
  total: number;
}

/** Writes every file of `archive` (the whole archive's bytes) under `target`. Call checkExtractable first. */
export async function extractArchive(
  archive: Buffer,
  entries: readonly ZipEntry[],
  target: string,
  opts: { signal?: AbortSignal; onProgress?: (p: ExtractProgress) => void } = {},
): Promise<{ files: number; bytes: number }> {
  const tree = new ArchiveTree(entries);
  checkExtractable(tree);
  const paths = tree.filePaths();
  let bytes = 0;
  for (const [i, p] of paths.entries()) {
    opts.signal?.throwIfAborted();
    const entry = tree.file(p)!;
    const out = inside(target, p);
    // A symlink already on disk at a parent path would redirect the write: refuse rather than follow it.
    const parent = path.dirname(out);
    await fs.promises.mkdir(parent, { recursive: true });
    const real = await fs.promises.realpath(parent);
    const rootReal = await fs.promises.realpath(target);
    if (real !== rootReal && !real.startsWith(rootReal + path.sep))
      throw new UnsafeArchiveError(
        `Refused to extract: "${p}" would be written through a link outside the target folder`,
      );
    const data = await entryFromArchive(archive, entry);
    await fs.promises.rm(out, { force: true }); // replaces a file or a link, never writes through it
    await fs.promises.writeFile(out, data, { mode: entry.executable ? 0o755 : 0o644, flag: 'wx' });
    if (entry.executable) await fs.promises.chmod(out, 0o755);
    bytes += data.length;
    opts.onProgress?.({ files: i + 1, total: paths.length });
  }
  for (const folder of entries.filter((e) => e.isDirectory)) {
    const p = tree.lookup(folder.name);
    if (p) await fs.promises.mkdir(inside(target, p.path), { recursive: true });
  }
  return { files: paths.length, bytes };
}
