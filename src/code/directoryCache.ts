// Central directories cached per CodeSha256: a small LRU in memory and a bounded folder on disk (the
// extension's global storage). The disk keeps the raw directory bytes, so a listing after a restart costs no
// request at all. Content-addressed: the same archive in two accounts shares one entry. No vscode.
import * as fs from 'fs';
import * as path from 'path';
import { parseCentralDirectory } from './zipCentral';
import type { CentralDirectory } from './remoteArchive';

export interface DirectoryCacheOptions {
  /** Directories kept in memory. Default 16. */
  memoryEntries?: number;
  /** A folder for the disk cache; none = memory only. */
  folder?: string;
  /** Disk cache bound in bytes. Default 64 MB. */
  diskBytes?: number;
}

function fileName(sha256: string, size: number): string {
  return `${Buffer.from(sha256, 'base64').toString('hex')}-${size}.zipdir`;
}

export class DirectoryCache {
  private readonly memory = new Map<string, CentralDirectory>();

  constructor(private readonly options: DirectoryCacheOptions = {}) {}

  async get(sha256: string, archiveSize: number): Promise<CentralDirectory | undefined> {
    const key = `${sha256}/${archiveSize}`;
    const hit = this.memory.get(key);
    if (hit) {
      this.memory.delete(key);
      this.memory.set(key, hit);
      return hit;
    }
    if (!this.options.folder) return undefined;
    const file = path.join(this.options.folder, fileName(sha256, archiveSize));
    try {
      const buf = await fs.promises.readFile(file);
      // Layout: count (u32) + offset (f64) + the raw directory.
      const count = buf.readUInt32LE(0);
      const offset = buf.readDoubleLE(4);
      const raw = buf.subarray(12);
      const dir: CentralDirectory = {
        entries: parseCentralDirectory(raw, count),
        raw,
        location: { offset, size: raw.length, count },
        archiveSize,
      };
      const now = new Date();
      await fs.promises.utimes(file, now, now).catch(() => undefined);
      this.remember(key, dir);
      return dir;
    } catch {
      return undefined; // missing or damaged: read it again from the link
    }
  }

  async put(sha256: string, dir: CentralDirectory): Promise<void> {
    this.remember(`${sha256}/${dir.archiveSize}`, dir);
    const folder = this.options.folder;
    if (!folder) return;
    const header = Buffer.alloc(12);
    header.writeUInt32LE(dir.location.count, 0);
    header.writeDoubleLE(dir.location.offset, 4);
    try {
      await fs.promises.mkdir(folder, { recursive: true });
      const file = path.join(folder, fileName(sha256, dir.archiveSize));
      await fs.promises.writeFile(`${file}.tmp`, Buffer.concat([header, dir.raw]));
      await fs.promises.rename(`${file}.tmp`, file);
      await this.trim(folder);
    } catch {
      // A cache that cannot be written only costs a request next time.
    }
  }

  private remember(key: string, dir: CentralDirectory): void {
    this.memory.delete(key);
    this.memory.set(key, dir);
    const max = this.options.memoryEntries ?? 16;
    while (this.memory.size > max) this.memory.delete(this.memory.keys().next().value!);
  }

  /** Deletes the least recently used files until the folder is within its bound. */
  private async trim(folder: string): Promise<void> {
    const bound = this.options.diskBytes ?? 64 * 1024 * 1024;
    const names = (await fs.promises.readdir(folder)).filter((n) => n.endsWith('.zipdir'));
    const files = await Promise.all(
      names.map(async (n) => {
        const s = await fs.promises.stat(path.join(folder, n));
        return { file: path.join(folder, n), size: s.size, used: s.mtimeMs };
      }),
    );
    let total = files.reduce((a, f) => a + f.size, 0);
    files.sort((a, b) => a.used - b.used);
    for (const f of files) {
      if (total <= bound) break;
      await fs.promises.rm(f.file, { force: true });
      total -= f.size;
    }
  }
}
