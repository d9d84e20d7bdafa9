// The folders of an archive, built once from its central directory: what the explorer and the file system
// list. Folders that exist only as prefixes of file names are made up, as unzip does. Entries whose names
// would escape a folder are kept out and counted. No vscode.
import { normalEntryPath, unsafeReason } from './entryPath';
import type { UnsafeReason } from './entryPath';
import type { ZipEntry } from './zipCentral';

export interface TreeItem {
  name: string;
  /** Path inside the archive, no leading slash. */
  path: string;
  type: 'file' | 'directory';
  /** Files only. */
  entry?: ZipEntry;
}

export class ArchiveTree {
  private readonly folders = new Map<string, Map<string, TreeItem>>([['', new Map()]]);
  private readonly filesByPath = new Map<string, ZipEntry>();
  readonly unsafe: { entry: ZipEntry; reason: UnsafeReason }[] = [];

  constructor(readonly entries: readonly ZipEntry[]) {
    for (const entry of entries) {
      const reason = unsafeReason(entry);
      if (reason) {
        this.unsafe.push({ entry, reason });
        continue;
      }
      const p = normalEntryPath(entry.name);
      if (entry.isDirectory) this.ensureFolder(p);
      else {
        const slash = p.lastIndexOf('/');
        const parent = slash < 0 ? '' : p.slice(0, slash);
        this.ensureFolder(parent).set(p.slice(slash + 1), {
          name: p.slice(slash + 1),
          path: p,
          type: 'file',
          entry,
        });
        this.filesByPath.set(p, entry);
      }
    }
  }

  private ensureFolder(p: string): Map<string, TreeItem> {
    let f = this.folders.get(p);
    if (f) return f;
    f = new Map();
    this.folders.set(p, f);
    const slash = p.lastIndexOf('/');
    const parent = slash < 0 ? '' : p.slice(0, slash);
    const name = p.slice(slash + 1);
    this.ensureFolder(parent).set(name, { name, path: p, type: 'directory' });
    return f;
  }

  /** Folders first, then files, each by name; undefined when `folder` is not a folder. */
  list(folder: string): TreeItem[] | undefined {
    const f = this.folders.get(normalEntryPath(folder));
    if (!f) return undefined;
    return [...f.values()].sort((a, b) =>
      a.type !== b.type ? (a.type === 'directory' ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  }

  lookup(p: string): TreeItem | undefined {
    const n = normalEntryPath(p);
    const file = this.filesByPath.get(n);
    if (file) return { name: n.slice(n.lastIndexOf('/') + 1), path: n, type: 'file', entry: file };
    if (this.folders.has(n)) return { name: n.slice(n.lastIndexOf('/') + 1), path: n, type: 'directory' };
    return undefined;
  }

  /** Every file path, sorted. */
  filePaths(): string[] {
    return [...this.filesByPath.keys()].sort();
  }

  file(p: string): ZipEntry | undefined {
    return this.filesByPath.get(normalEntryPath(p));
  }
}
