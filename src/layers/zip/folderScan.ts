// Walks a folder to list what goes into a layer or function archive: exclusions (.layerignore + defaults),
// symlinks (followed inside the folder, refused when they escape or loop), unreadable files, totals.
import * as fs from 'fs';
import * as path from 'path';
import ignore from 'ignore';

/**
 * Always excluded. `__pycache__/` is deliberately NOT a default: /opt is read-only on Lambda, so bytecode that
 * matches the runtime's Python version is the only way to skip compilation at cold start; stale caches can be
 * dropped with one `.layerignore` line.
 */
export const DEFAULT_EXCLUDES: readonly string[] = [
  '.git/',
  '.vscode/',
  '.DS_Store',
  'Thumbs.db',
  '.layerignore',
];
export const LAYERIGNORE = '.layerignore';

export interface ScannedFile {
  /** Path relative to the folder, forward slashes. */
  path: string;
  absPath: string;
  size: number;
  /** Any execute bit set on the source file. */
  executable: boolean;
}

export type ScanProblemKind =
  'symlinkEscapes' | 'symlinkLoop' | 'symlinkBroken' | 'unreadable' | 'notRegular';

export interface ScanProblem {
  kind: ScanProblemKind;
  /** Path relative to the folder. */
  path: string;
  detail: string;
}

export interface FolderSize {
  /** Folder path relative to the scanned folder, with a trailing slash. */
  path: string;
  bytes: number;
  files: number;
}

export interface FolderScan {
  root: string;
  /** Sorted by path. */
  files: ScannedFile[];
  problems: ScanProblem[];
  fileCount: number;
  totalBytes: number;
  /** Files and folders skipped by the exclusion rules (a skipped folder counts once). */
  excludedCount: number;
  /** Whether a .layerignore was found and applied. */
  usedLayerignore: boolean;
  /** The top-level folders by size, largest first (at most 10). */
  largestFolders: FolderSize[];
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Called with the number of files found so far (every 250 files and once at the end). */
  onProgress?: (filesFound: number) => void;
  /** Folders read at the same time (each stats its files 32 at a time); default 8. */
  concurrency?: number;
  /** Extra .gitignore-style rules, applied after the defaults and the .layerignore. */
  extraExcludes?: readonly string[];
}

const STAT_CHUNK = 32;

class Limiter {
  private active = 0;
  private queue: (() => void)[] = [];
  private head = 0;
  constructor(private readonly max: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.next();
    }
  }
  private next(): void {
    // O(1) dequeue: Array#shift on tens of thousands of waiters is quadratic.
    const wake = this.queue[this.head];
    if (wake === undefined) return;
    this.queue[this.head++] = undefined as unknown as () => void;
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    wake();
  }
}

const uid = typeof process.getuid === 'function' ? process.getuid() : -1;
const groups = new Set(typeof process.getgroups === 'function' ? process.getgroups() : []);
if (typeof process.getgid === 'function') groups.add(process.getgid());

/** Read permission from the mode bits (no extra syscall); ACLs are not consulted. Always true on Windows and for root. */
function canRead(s: fs.Stats): boolean {
  if (uid <= 0) return true;
  if (s.uid === uid) return (s.mode & 0o400) !== 0;
  if (groups.has(s.gid)) return (s.mode & 0o040) !== 0;
  return (s.mode & 0o004) !== 0;
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Aggregates file sizes by folder, `depth` levels deep (1 = top-level folders), largest first. */
export function folderSizes(
  files: readonly { path: string; size: number }[],
  depth = 1,
  limit = 10,
): FolderSize[] {
  const sizes = new Map<string, FolderSize>();
  for (const f of files) {
    const parts = f.path.split('/');
    for (let d = 1; d <= Math.min(depth, parts.length - 1); d++) {
      const key = parts.slice(0, d).join('/') + '/';
      const s = sizes.get(key) ?? { path: key, bytes: 0, files: 0 };
      s.bytes += f.size;
      s.files += 1;
      sizes.set(key, s);
    }
  }
  return [...sizes.values()]
    .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .slice(0, limit);
}

/** Lists the files of `folder` that belong in the archive. Rejects with `signal.reason` when cancelled. */
export async function scanFolder(folder: string, options: ScanOptions = {}): Promise<FolderScan> {
  const { signal } = options;
  signal?.throwIfAborted();
  const root = path.resolve(folder);
  const realRoot = await fs.promises.realpath(root);
  const rootStat = await fs.promises.stat(realRoot);
  if (!rootStat.isDirectory()) throw new Error(`Not a folder: ${root}`);

  const ig = ignore().add([...DEFAULT_EXCLUDES]);
  let usedLayerignore = false;
  try {
    ig.add(await fs.promises.readFile(path.join(root, LAYERIGNORE), 'utf8'));
    usedLayerignore = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (options.extraExcludes) ig.add([...options.extraExcludes]);

  const limiter = new Limiter(options.concurrency ?? 8);
  const fsop = <T>(fn: () => Promise<T>): Promise<T> =>
    limiter.run(async () => {
      signal?.throwIfAborted();
      return fn();
    });
  const files: ScannedFile[] = [];
  const problems: ScanProblem[] = [];
  let excludedCount = 0;
  let lastReported = 0;
  const found = (f: ScannedFile): void => {
    files.push(f);
    if (files.length - lastReported >= 250) {
      lastReported = files.length;
      options.onProgress?.(files.length);
    }
  };

  const addFile = (rel: string, abs: string, s: fs.Stats): void => {
    if (!s.isFile()) {
      problems.push({ kind: 'notRegular', path: rel, detail: 'not a regular file (socket, pipe or device)' });
    } else if (!canRead(s)) {
      problems.push({ kind: 'unreadable', path: rel, detail: 'EACCES' });
    } else {
      found({ path: rel, absPath: abs, size: s.size, executable: (s.mode & 0o111) !== 0 });
    }
  };

  const statFile = async (abs: string, rel: string): Promise<void> => {
    try {
      addFile(rel, abs, await fs.promises.stat(abs));
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      problems.push({
        kind: 'unreadable',
        path: rel,
        detail: (err as NodeJS.ErrnoException).code ?? String(err),
      });
    }
  };

  const walk = async (
    abs: string,
    rel: string,
    real: string,
    ancestors: ReadonlySet<string>,
  ): Promise<void> => {
    const subdirs: { abs: string; rel: string; real: string }[] = [];
    const links: { abs: string; rel: string }[] = [];
    // One limiter slot covers reading the directory and stat-ing its files (in chunks), so at most
    // concurrency x STAT_CHUNK operations are in flight; the slot is released before recursing.
    const ok = await limiter.run(async () => {
      signal?.throwIfAborted();
      let dirents: fs.Dirent[];
      try {
        dirents = await fs.promises.readdir(abs, { withFileTypes: true });
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        problems.push({
          kind: 'unreadable',
          path: rel + '/',
          detail: (err as NodeJS.ErrnoException).code ?? String(err),
        });
        return false;
      }
      const files: { abs: string; rel: string }[] = [];
      for (const d of dirents) {
        const childAbs = path.join(abs, d.name);
        const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
        if (d.isDirectory()) {
          if (ig.ignores(childRel + '/')) excludedCount++;
          else subdirs.push({ abs: childAbs, rel: childRel, real: path.join(real, d.name) });
        } else if (d.isSymbolicLink()) {
          links.push({ abs: childAbs, rel: childRel });
        } else if (ig.ignores(childRel)) {
          excludedCount++;
        } else {
          files.push({ abs: childAbs, rel: childRel });
        }
      }
      for (let i = 0; i < files.length; i += STAT_CHUNK) {
        signal?.throwIfAborted();
        await Promise.all(files.slice(i, i + STAT_CHUNK).map((f) => statFile(f.abs, f.rel)));
      }
      return true;
    });
    if (!ok) return;
    await Promise.all([
      ...links.map((l) => followLink(l.abs, l.rel, ancestors)),
      ...subdirs.map((d) => walk(d.abs, d.rel, d.real, new Set([...ancestors, d.real]))),
    ]);
  };

  const followLink = async (abs: string, rel: string, ancestors: ReadonlySet<string>): Promise<void> => {
    let target: string;
    try {
      target = await fsop(() => fs.promises.realpath(abs));
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      const code = (err as NodeJS.ErrnoException).code;
      const linkText = await fs.promises.readlink(abs).catch(() => '?');
      if (ig.ignores(rel)) {
        excludedCount++;
        return;
      }
      if (code === 'ELOOP')
        problems.push({ kind: 'symlinkLoop', path: rel, detail: `symlink loop: ${linkText}` });
      else problems.push({ kind: 'symlinkBroken', path: rel, detail: `target missing: ${linkText}` });
      return;
    }
    let st: fs.Stats;
    try {
      st = await fsop(() => fs.promises.stat(target));
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      problems.push({
        kind: 'unreadable',
        path: rel,
        detail: (err as NodeJS.ErrnoException).code ?? String(err),
      });
      return;
    }
    const isDir = st.isDirectory();
    if (ig.ignores(isDir ? rel + '/' : rel)) {
      excludedCount++;
      return;
    }
    if (!isInside(realRoot, target)) {
      problems.push({ kind: 'symlinkEscapes', path: rel, detail: `points outside the folder: ${target}` });
      return;
    }
    if (isDir) {
      if (ancestors.has(target)) {
        problems.push({
          kind: 'symlinkLoop',
          path: rel,
          detail: `points to a folder that contains it: ${path.relative(realRoot, target) || '.'}`,
        });
        return;
      }
      await walk(abs, rel, target, new Set([...ancestors, target]));
      return;
    }
    addFile(rel, abs, st);
  };

  await walk(root, '', realRoot, new Set([realRoot]));
  signal?.throwIfAborted();
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  options.onProgress?.(files.length);
  return {
    root,
    files,
    problems,
    fileCount: files.length,
    totalBytes: files.reduce((n, f) => n + f.size, 0),
    excludedCount,
    usedLayerignore,
    largestFolders: folderSizes(files, 1, 10),
  };
}
