// Which archive entry names are safe to show and to write: a relative path that stays inside its folder.
// The same rule decides what the explorer lists and what Download to Folder refuses. No vscode.
import type { ZipEntry } from './zipCentral';

export type UnsafeReason =
  | 'absolute path'
  | 'drive letter'
  | 'backslash'
  | 'parent folder (..)'
  | 'symbolic link'
  | 'empty name'
  | 'control character';

/** Why an entry would escape (or confuse) its target folder, or undefined when it is safe. */
export function unsafeReason(entry: Pick<ZipEntry, 'name' | 'isSymlink'>): UnsafeReason | undefined {
  const name = entry.name;
  if (entry.isSymlink) return 'symbolic link';
  if (name.replace(/\/+$/, '') === '') return 'empty name';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f]/.test(name)) return 'control character';
  if (name.includes('\\')) return 'backslash';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  if (name.startsWith('/')) return 'absolute path';
  if (name.split('/').some((s) => s === '..')) return 'parent folder (..)';
  return undefined;
}

/** The entry's path with `./` and empty segments removed and no trailing slash (call only on safe names). */
export function normalEntryPath(name: string): string {
  return name
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}
