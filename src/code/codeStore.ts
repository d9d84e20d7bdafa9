// Published code as a read-only file system, in plain terms: resolve a target (layer version or function +
// qualifier) to its download link, read and cache its central directory, list folders, read one entry.
// src/ui/vscodeCodeFs.ts adapts this to vscode.FileSystemProvider. No vscode.
import type { LambdaService } from '../aws/lambdaService';
import { ArchiveTree } from './archiveTree';
import type { TreeItem } from './archiveTree';
import { CodeUriError, targetKey, targetLabel } from './codeUri';
import type { CodeLocation, CodeTarget } from './codeUri';
import type { DirectoryCache } from './directoryCache';
import { RemoteArchive } from './remoteArchive';
import type { CentralDirectory, CodeLink, FetchLike, TransferStats } from './remoteArchive';
import type { ZipEntry } from './zipCentral';

/** Entries larger than this are announced with a placeholder instead of being read. */
export const LARGE_ENTRY_BYTES = 5 * 1024 * 1024;

export class CodeNotFoundError extends Error {
  override readonly name = 'CodeNotFoundError';
}

export interface OpenedArchive {
  target: CodeTarget;
  remote: RemoteArchive;
  directory: CentralDirectory;
  tree: ArchiveTree;
}

/** How long a function's code is trusted before GetFunction is asked again ($LATEST changes on deploy). */
const FUNCTION_TTL_MS = 30_000;
const MAX_OPEN = 32;

export class CodeStore {
  private readonly open = new Map<string, { at: number; archive: Promise<OpenedArchive> }>();
  /** Transfers of archives this store dropped, so that totals survive eviction. */
  private readonly retired: TransferStats = { requests: 0, bytes: 0 };

  constructor(
    private readonly lambda: LambdaService,
    /** The connection's Region: targets elsewhere need another connection. */
    readonly region: string,
    private readonly cache: DirectoryCache,
    private readonly options: { fetch?: FetchLike; now?: () => number } = {},
  ) {}

  /** The archive of `target`, its directory read (or taken from the cache). */
  archive(target: CodeTarget, signal?: AbortSignal): Promise<OpenedArchive> {
    if (target.region !== this.region)
      throw new CodeUriError(
        `Connect to ${target.region} to open ${targetLabel(target)} (connected to ${this.region})`,
      );
    const key = targetKey(target);
    const now = (this.options.now ?? Date.now)();
    const hit = this.open.get(key);
    if (hit && (target.kind === 'layer' || now - hit.at < FUNCTION_TTL_MS)) {
      this.open.delete(key);
      this.open.set(key, hit);
      return hit.archive;
    }
    if (hit) void this.retire(hit.archive);
    const archive = this.load(target, signal);
    this.open.set(key, { at: now, archive });
    archive.catch(() => this.open.get(key)?.archive === archive && this.open.delete(key));
    while (this.open.size > MAX_OPEN) {
      const oldest = this.open.keys().next().value!;
      void this.retire(this.open.get(oldest)!.archive);
      this.open.delete(oldest);
    }
    return archive;
  }

  /** Drop what is known about a target (after a deploy or publish, or a refresh). */
  forget(target: CodeTarget): void {
    const key = targetKey(target);
    const hit = this.open.get(key);
    if (hit) void this.retire(hit.archive);
    this.open.delete(key);
  }

  private async retire(archive: Promise<OpenedArchive>): Promise<void> {
    const a = await archive.catch(() => undefined);
    if (!a) return;
    this.retired.requests += a.remote.stats.requests;
    this.retired.bytes += a.remote.stats.bytes;
  }

  /** Requests and bytes sent to download links so far (the bench reads it). */
  async transferred(): Promise<TransferStats> {
    const total = { ...this.retired };
    for (const { archive } of this.open.values()) {
      const a = await archive.catch(() => undefined);
      if (!a) continue;
      total.requests += a.remote.stats.requests;
      total.bytes += a.remote.stats.bytes;
    }
    return total;
  }

  async link(target: CodeTarget, signal?: AbortSignal): Promise<CodeLink> {
    if (target.kind === 'layer') {
      const arn = `arn:aws:lambda:${target.region}:${target.account}:layer:${target.name}:${target.version}`;
      const v = await this.lambda.getLayerVersionByArn(arn, { signal });
      if (!v.location || !v.codeSha256 || v.codeSize === undefined)
        throw new CodeNotFoundError(`${targetLabel(target)} has no downloadable code`);
      return { url: v.location, sha256: v.codeSha256, size: v.codeSize };
    }
    const f = await this.lambda.getFunction(target.name, { signal, qualifier: target.qualifier });
    if (!f.codeLocation || !f.configuration.codeSha256)
      throw new CodeNotFoundError(
        f.imageUri
          ? `${targetLabel(target)} is a container image: its code is not a zip archive`
          : `${targetLabel(target)} has no downloadable code`,
      );
    return { url: f.codeLocation, sha256: f.configuration.codeSha256, size: f.configuration.codeSize };
  }

  private async load(target: CodeTarget, signal?: AbortSignal): Promise<OpenedArchive> {
    const link = await this.link(target, signal);
    const remote = new RemoteArchive(link, (s) => this.link(target, s), this.options.fetch);
    let directory = await this.cache.get(link.sha256, link.size);
    if (!directory) {
      directory = await remote.readDirectory(signal);
      await this.cache.put(link.sha256, directory);
    }
    return { target, remote, directory, tree: new ArchiveTree(directory.entries) };
  }

  async stat(loc: CodeLocation, signal?: AbortSignal): Promise<TreeItem & { size: number }> {
    const a = await this.archive(loc.target, signal);
    const item = a.tree.lookup(loc.path);
    if (!item) throw new CodeNotFoundError(`No ${loc.path} in ${targetLabel(loc.target)}`);
    return { ...item, size: item.entry ? item.entry.size : 0 };
  }

  async readDirectory(loc: CodeLocation, signal?: AbortSignal): Promise<TreeItem[]> {
    const a = await this.archive(loc.target, signal);
    const items = a.tree.list(loc.path);
    if (!items) throw new CodeNotFoundError(`No folder ${loc.path || '/'} in ${targetLabel(loc.target)}`);
    return items;
  }

  /** A file's bytes; a placeholder text for entries over LARGE_ENTRY_BYTES (never read). */
  async readFile(loc: CodeLocation, signal?: AbortSignal): Promise<Buffer> {
    const a = await this.archive(loc.target, signal);
    const entry = a.tree.file(loc.path);
    if (!entry) throw new CodeNotFoundError(`No file ${loc.path} in ${targetLabel(loc.target)}`);
    if (entry.size > LARGE_ENTRY_BYTES) return Buffer.from(largePlaceholder(loc, entry), 'utf8');
    return a.remote.readEntry(entry, signal);
  }
}

export function largePlaceholder(loc: CodeLocation, entry: ZipEntry): string {
  const mb = (entry.size / (1024 * 1024)).toFixed(1);
  return (
    `${loc.path} is ${mb} MB uncompressed, too large to open in the editor (the limit is ` +
    `${LARGE_ENTRY_BYTES / (1024 * 1024)} MB).\n` +
    `Use "Download to Folder…" on ${targetLabel(loc.target)} to get the file.\n`
  );
}

const BINARY_EXTENSIONS = new Set(
  'so node dll dylib exe bin o a pyc pyo class jar war zip gz tgz bz2 xz 7z png jpg jpeg gif webp ico bmp pdf woff woff2 ttf otf eot wasm mp3 mp4 sqlite db'.split(
    ' ',
  ),
);

/** By extension: an entry that a text editor would only show as noise. */
export function looksBinary(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 && BINARY_EXTENSIONS.has(base.slice(dot + 1).toLowerCase())) || /\.so(\.\d+)+$/.test(base);
}
