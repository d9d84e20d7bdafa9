// Archives for the published-code tests: real deflated zips from our writer, and hand-made ones with the
// names and modes a hostile archive uses (absolute paths, .., symlink entries).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crc32 } from '../../../src/layers/zip/crc32';
import { writeZip } from '../../../src/layers/zip/zipWriter';

/** A deflated archive of `files` (path → content); names ending in `*` are written executable. */
export async function zipOf(
  files: Record<string, string | Buffer>,
  opts: { forceZip64?: boolean } = {},
): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-fixture-'));
  try {
    const entries = Object.entries(files).map(([name, content], i) => {
      const executable = name.endsWith('*');
      const zipPath = executable ? name.slice(0, -1) : name;
      const absPath = path.join(dir, String(i));
      fs.writeFileSync(absPath, content);
      return { zipPath, absPath, size: Buffer.byteLength(content), executable };
    });
    const out = path.join(dir, 'out.zip');
    await writeZip(entries, out, { workers: 1, forceZip64: opts.forceZip64 });
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface CraftedEntry {
  name: string;
  data?: string;
  /** Unix mode (type + permissions); default a regular file 0644. */
  mode?: number;
}

/** A stored (uncompressed) archive made on "Unix" with exactly these names and modes. */
export function craftZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '', 'utf8');
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE((3 << 8) | 20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    c.writeUInt32LE(offset, 42);
    centrals.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
