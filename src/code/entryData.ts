// An entry's bytes from the archive bytes that hold its local header and data: inflate (stored or deflated),
// then check the size and CRC-32 the central directory promised. No vscode.
import { promisify } from 'util';
import * as zlib from 'zlib';
import { crc32 } from '../layers/zip/crc32';
import { ZipFormatError } from './zipCentral';
import type { ZipEntry } from './zipCentral';

const inflateRaw = promisify(zlib.inflateRaw);

/** `compressed` = exactly the entry's data bytes (after its local header). */
export async function decodeEntry(entry: ZipEntry, compressed: Buffer): Promise<Buffer> {
  if (entry.flags & 0x1) throw new ZipFormatError(`Encrypted entries cannot be opened: ${entry.name}`);
  let data: Buffer;
  if (entry.method === 0) data = compressed;
  else if (entry.method === 8) {
    // maxOutputLength: a deflate bomb stops at the size the directory announced (+1 to notice the lie).
    data = await inflateRaw(compressed, { maxOutputLength: Math.max(1, entry.size + 1) }).catch(
      (e: unknown) => {
        throw new ZipFormatError(
          `Cannot inflate ${entry.name}: ${e instanceof Error ? e.message : String(e)}`,
        );
      },
    );
  } else throw new ZipFormatError(`Unsupported compression method ${entry.method}: ${entry.name}`);
  if (data.length !== entry.size)
    throw new ZipFormatError(`Size mismatch in ${entry.name}: ${data.length} bytes, expected ${entry.size}`);
  if (crc32(data) !== entry.crc32 >>> 0) throw new ZipFormatError(`CRC-32 mismatch in ${entry.name}`);
  return data;
}
