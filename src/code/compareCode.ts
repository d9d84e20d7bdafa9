// What changed between two versions of published code, or between a version and a local folder as it would
// be published: decided from the central directories' sizes and CRC-32s (and, for a folder, the CRC-32 of
// local files whose size matches), so unchanged files are never downloaded. No vscode.
import * as fs from 'fs';
import { crc32 } from '../layers/zip/crc32';
import type { ZipEntry as LocalEntry } from '../layers/zip/zipWriter';
import type { ArchiveTree } from './archiveTree';

export interface CodeChange {
  /** Path inside the archive. */
  path: string;
  status: 'added' | 'removed' | 'modified';
  /** For a folder comparison: the local file (added or modified). */
  localPath?: string;
}

export interface CodeComparison {
  changes: CodeChange[];
  unchanged: number;
}

/** `older` → `newer`: added, removed and modified files, sorted by path. */
export function compareTrees(older: ArchiveTree, newer: ArchiveTree): CodeComparison {
  const changes: CodeChange[] = [];
  let unchanged = 0;
  const newPaths = new Set(newer.filePaths());
  for (const p of older.filePaths()) {
    const a = older.file(p)!;
    const b = newer.file(p);
    if (!b) changes.push({ path: p, status: 'removed' });
    else if (a.size !== b.size || a.crc32 >>> 0 !== b.crc32 >>> 0 || a.executable !== b.executable)
      changes.push({ path: p, status: 'modified' });
    else unchanged++;
    newPaths.delete(p);
  }
  for (const p of newPaths) changes.push({ path: p, status: 'added' });
  changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { changes, unchanged };
}

async function fileCrc(absPath: string, signal?: AbortSignal): Promise<number> {
  let crc = 0;
  for await (const chunk of fs.createReadStream(absPath, { signal })) crc = crc32(chunk as Buffer, crc);
  return crc >>> 0;
}

/**
 * A published version (`remote`) → the local files it would become (`local`: zip paths after .layerignore and
 * the layout prefix). Local files are read only when their size equals the published entry's.
 */
export async function compareWithFolder(
  remote: ArchiveTree,
  local: readonly LocalEntry[],
  signal?: AbortSignal,
): Promise<CodeComparison> {
  const changes: CodeChange[] = [];
  let unchanged = 0;
  const remotePaths = new Set(remote.filePaths());
  for (const l of local) {
    signal?.throwIfAborted();
    const r = remote.file(l.zipPath);
    remotePaths.delete(l.zipPath);
    if (!r) changes.push({ path: l.zipPath, status: 'added', localPath: l.absPath });
    else if (r.size !== l.size || (await fileCrc(l.absPath, signal)) !== r.crc32 >>> 0)
      changes.push({ path: l.zipPath, status: 'modified', localPath: l.absPath });
    else unchanged++;
  }
  for (const p of remotePaths) changes.push({ path: p, status: 'removed' });
  changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { changes, unchanged };
}

export function summarize(c: CodeComparison): string {
  const count = (s: CodeChange['status']) => c.changes.filter((x) => x.status === s).length;
  return `${count('modified')} modified, ${count('added')} added, ${count('removed')} removed, ${c.unchanged} unchanged`;
}
