// Publish one layer version to many (profile, Region) targets: "Publish to Regions…" and "Copy to Account…".
// The source archive is read once; each target publishes in parallel with bounded concurrency, inline or from an
// S3 bucket of that Region when the request would be too large, with the same description, runtimes,
// architectures and license; copies the grants when asked; skips a target whose newest version already has the
// same CodeSha256; optionally publishes (then deletes) filler versions so the version numbers match. Cancel stops
// new targets; those in flight finish. Each target gets its LambdaService (and artifact store) from a factory:
// no vscode, no SDK here.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type {
  Architecture,
  CodeSource,
  Grant,
  LambdaService,
  LayerVersionDetails,
} from '../aws/lambdaService';
import type { PublishTarget, TargetFactory } from '../aws/publishTargets';
import { crc32 } from './zip/crc32';
import { centralHeader, encodeName, endRecords, localHeader } from './zip/zipRecords';

/** The version being copied: its metadata and a way to read its archive (called at most once). */
export interface LayerSource {
  layerName: string;
  version: number;
  arn: string;
  description?: string;
  compatibleRuntimes: string[];
  compatibleArchitectures: Architecture[];
  licenseInfo?: string;
  codeSha256: string;
  codeSize: number;
  /** The archive's bytes: a download of Content.Location, or the local zip just built. */
  read(): Promise<Uint8Array>;
}

/** A published version as the source of copies: its settings, and how to read its archive. */
export function layerSourceOf(d: LayerVersionDetails, read: () => Promise<Uint8Array>): LayerSource {
  return {
    layerName: d.layerName,
    version: d.version,
    arn: d.arn,
    ...(d.description ? { description: d.description } : {}),
    compatibleRuntimes: d.compatibleRuntimes,
    compatibleArchitectures: d.compatibleArchitectures,
    ...(d.licenseInfo ? { licenseInfo: d.licenseInfo } : {}),
    codeSha256: d.codeSha256 ?? '',
    codeSize: d.codeSize ?? 0,
    read,
  };
}

export type { PublishTarget, TargetFactory, TargetServices } from '../aws/publishTargets';

export interface RegionPublishPlan {
  source: LayerSource;
  targets: PublishTarget[];
  /** Grants to add to each new version (same statement ids). */
  grants: { statementId: string; grant: Grant }[];
  /** Publish fillers (then delete them) until each target's new version gets this number. */
  alignTo?: number;
  /** Targets in flight at once. Default 4. */
  concurrency?: number;
  /** The bucket of a Region for archives too large to send inline (undefined: none set). */
  bucketFor(target: PublishTarget): string | undefined;
}

export type RegionStatus = 'published' | 'skipped' | 'failed' | 'cancelled';

export interface RegionResult {
  target: PublishTarget;
  status: RegionStatus;
  /** The new version's ARN (published), or the current one that already has this archive (skipped). */
  arn?: string;
  version?: number;
  /** Why it was skipped, failed or not started; notes (e.g. grants that failed). */
  reason?: string;
  via?: 'inline' | 's3';
  /** Filler versions published and deleted to align the numbers. */
  fillers: number;
}

export interface PublishProgress {
  target: PublishTarget;
  message: string;
  /** Targets finished so far, and in all. */
  done: number;
  total: number;
}

/** AWS's limit on an inline upload request (base64 archive + JSON). */
export const MAX_INLINE_REQUEST_BYTES = 69_905_067;

/** Whether an archive of `size` bytes fits in one inline request (base64 grows it by 4/3, plus the JSON around it). */
export function fitsInline(size: number): boolean {
  return Math.ceil(size / 3) * 4 + 8 * 1024 <= MAX_INLINE_REQUEST_BYTES;
}

export function targetLabel(t: PublishTarget): string {
  return t.profile ? `${t.profile} @ ${t.region}` : t.region;
}

/** The smallest valid zip: one empty file. What filler versions contain. */
export function fillerZip(): Buffer {
  const { name, flags } = encodeName('filler');
  const entry = {
    name,
    flags,
    method: 0,
    crc: crc32(new Uint8Array(0)) >>> 0,
    compressedSize: 0,
    uncompressedSize: 0,
  };
  const local = localHeader(entry, false);
  const central = centralHeader({ ...entry, localHeaderOffset: 0, executable: false }, false);
  return Buffer.concat([local, central, endRecords(1, central.length, local.length, false)]);
}

/** The newest live version of `layerName` in a target and its CodeSha256, if any. */
export async function newestVersion(
  lambda: LambdaService,
  layerName: string,
  signal?: AbortSignal,
): Promise<{ version: number; arn: string; codeSha256?: string } | undefined> {
  for await (const page of lambda.listLayerVersions(layerName, { pageSize: 1, signal })) {
    const v = page.items[0];
    if (!v) return undefined;
    const details = await lambda.getLayerVersion(layerName, v.version, { signal });
    return { version: v.version, arn: v.arn, codeSha256: details.codeSha256 };
  }
  return undefined;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Publishes to every target; resolves with one result per target, in the targets' order. Never rejects. */
export async function publishToTargets(
  plan: RegionPublishPlan,
  factory: TargetFactory,
  opts: { signal?: AbortSignal; onProgress?: (p: PublishProgress) => void } = {},
): Promise<RegionResult[]> {
  const { source } = plan;
  const total = plan.targets.length;
  const results: (RegionResult | undefined)[] = new Array<RegionResult | undefined>(total);
  let done = 0;
  let bytes: Promise<Uint8Array> | undefined;
  let file: Promise<string> | undefined;
  const read = (): Promise<Uint8Array> => (bytes ??= source.read());
  const tempFile = (): Promise<string> =>
    (file ??= (async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lambda-explorer-regions-'));
      const f = path.join(dir, `${source.layerName}.zip`);
      await fs.writeFile(f, await read());
      return f;
    })());
  const progress = (target: PublishTarget, message: string): void =>
    opts.onProgress?.({ target, message, done, total });

  async function publishOne(target: PublishTarget): Promise<RegionResult> {
    const services = factory(target);
    const { lambda } = services;
    const name = source.layerName;
    const result: RegionResult = { target, status: 'failed', fillers: 0 };
    try {
      progress(target, 'checking the newest version');
      const newest = await newestVersion(lambda, name);
      if (newest?.codeSha256 === source.codeSha256)
        return {
          ...result,
          status: 'skipped',
          arn: newest.arn,
          version: newest.version,
          reason: `already current: version ${newest.version} has the same CodeSha256`,
        };
      let content: CodeSource;
      if (fitsInline(source.codeSize)) {
        progress(target, 'publishing');
        content = { zipFile: await read() };
        result.via = 'inline';
      } else {
        const bucket = plan.bucketFor(target);
        if (!bucket)
          return {
            ...result,
            reason: 'the archive is over 50 MB and no artifact bucket is set for this Region',
          };
        progress(target, `uploading to s3://${bucket}`);
        await services.artifacts.checkBucket(bucket);
        const key = `lambda-explorer/layers/${name}/${Buffer.from(source.codeSha256, 'base64').toString('hex')}.zip`;
        await services.artifacts.upload(await tempFile(), { bucket, key });
        content = { s3Bucket: bucket, s3Key: key };
        result.via = 's3';
      }
      let next = (newest?.version ?? 0) + 1;
      while (plan.alignTo !== undefined && next < plan.alignTo) {
        progress(target, `publishing filler version ${next} to align with ${plan.alignTo}`);
        const filler = await lambda.publishLayerVersion({
          layerName: name,
          content: { zipFile: fillerZip() },
          description: `Filler to align version numbers with ${plan.alignTo} (deleted)`,
        });
        await lambda.deleteLayerVersion(name, filler.version);
        result.fillers++;
        next = filler.version + 1;
      }
      const published = await lambda.publishLayerVersion({
        layerName: name,
        content,
        ...(source.description ? { description: source.description } : {}),
        compatibleRuntimes: source.compatibleRuntimes,
        compatibleArchitectures: source.compatibleArchitectures,
        ...(source.licenseInfo ? { licenseInfo: source.licenseInfo } : {}),
      });
      result.status = 'published';
      result.arn = published.arn;
      result.version = published.version;
      const notes: string[] = [];
      if (plan.alignTo !== undefined && published.version !== plan.alignTo)
        notes.push(`version numbers could not be aligned (got ${published.version})`);
      for (const g of plan.grants) {
        try {
          await lambda.addLayerVersionPermission(name, published.version, g.statementId, g.grant);
        } catch (e) {
          notes.push(`grant ${g.statementId} failed: ${errorText(e)}`);
        }
      }
      if (notes.length > 0) result.reason = notes.join('; ');
      return result;
    } catch (e) {
      return { ...result, reason: errorText(e) };
    } finally {
      services.close();
    }
  }

  let nextIndex = 0;
  const worker = async (): Promise<void> => {
    while (nextIndex < total && !opts.signal?.aborted) {
      const i = nextIndex++;
      const target = plan.targets[i]!;
      const r = await publishOne(target);
      results[i] = r;
      done++;
      progress(target, r.status === 'published' ? `published version ${r.version}` : r.status);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(plan.concurrency ?? 4, total) }, worker));
  } finally {
    if (file) {
      const f = await file.catch(() => undefined);
      if (f) await fs.rm(path.dirname(f), { recursive: true, force: true });
    }
  }
  return plan.targets.map(
    (target, i) =>
      results[i] ?? { target, status: 'cancelled', reason: 'not started: cancelled', fillers: 0 },
  );
}

/** "Copy ARNs" as a Markdown table: one row per target that has the archive (published or already current). */
export function resultsMarkdown(layerName: string, results: RegionResult[]): string {
  const rows = results.filter((r) => r.arn !== undefined);
  const multiProfile = rows.some((r) => r.target.profile !== undefined);
  const head = multiProfile
    ? '| Account | Region | ARN |\n| --- | --- | --- |'
    : '| Region | ARN |\n| --- | --- |';
  const lines = rows.map((r) => {
    const account = r.arn!.split(':')[4] ?? '';
    return multiProfile
      ? `| ${account} | ${r.target.region} | \`${r.arn}\` |`
      : `| ${r.target.region} | \`${r.arn}\` |`;
  });
  return [`${layerName}`, '', head, ...lines].join('\n');
}

/** "Copy ARNs" as JSON: Region → ARN (the map layer READMEs publish). */
export function resultsJson(results: RegionResult[]): string {
  const out: Record<string, string> = {};
  for (const r of results) if (r.arn !== undefined) out[r.target.region] = r.arn;
  return JSON.stringify(out, null, 2);
}

/** One line per target: the ARN, or why not. */
export function resultsReport(results: RegionResult[]): string[] {
  return results.map((r) => {
    const where = targetLabel(r.target);
    if (r.status === 'published')
      return `${where}: published ${r.arn}${r.via === 's3' ? ' (via S3)' : ''}${r.fillers ? `, ${r.fillers} filler version(s) deleted` : ''}${r.reason ? ` (${r.reason})` : ''}`;
    if (r.status === 'skipped') return `${where}: skipped, ${r.reason ?? 'already current'} (${r.arn})`;
    return `${where}: ${r.status}, ${r.reason ?? 'unknown reason'}`;
  });
}
