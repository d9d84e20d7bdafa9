// The emulator's in-memory world: functions (with published versions), layers (with versions and their
// policies), code blobs, and the S3 subset. Tests read it directly; the HTTP layer (emulator.ts) and
// lambdaApi.ts mutate it.

import { createHash, randomBytes } from 'node:crypto';
import { S3Store } from './s3Store';

/** One stored archive, addressed by its SHA-256. */
export interface CodeBlob {
  /** Base64 SHA-256 of the bytes: what AWS reports as `CodeSha256`. */
  sha256: string;
  /** Hex SHA-256: the id in download URLs. */
  id: string;
  size: number;
  /** Sum of the archive's uncompressed entry sizes. */
  unzippedSize: number;
  data: Buffer;
}

/** One version of a function: `$LATEST` (mutable) or a published number (frozen). */
export interface FunctionVersionState {
  /** `$LATEST` or `1`, `2`, … */
  version: string;
  packageType: 'Zip' | 'Image';
  runtime?: string;
  handler?: string;
  role: string;
  description: string;
  timeout: number;
  memorySize: number;
  architectures: string[];
  environment?: Record<string, string>;
  /** Layer version ARNs in merge order. Kept even when a layer version is later deleted. */
  layers: string[];
  /** Id of the CodeBlob for Zip functions. */
  codeId?: string;
  codeSha256: string;
  codeSize: number;
  imageUri?: string;
  /** Epoch ms of the last write. */
  lastModified: number;
  /** New on every write (UpdateFunctionCode, UpdateFunctionConfiguration, PublishVersion). */
  revisionId: string;
  /** Epoch ms at which `State` turns Pending → Active (creation). */
  activeAt: number;
  /** Epoch ms at which `LastUpdateStatus` turns InProgress → Successful. */
  updatedAt: number;
}

/** A function: its `$LATEST` and its published versions (ascending). */
export interface EmulatedFunction {
  name: string;
  /** Unqualified ARN. */
  arn: string;
  latest: FunctionVersionState;
  versions: FunctionVersionState[];
  nextVersion: number;
  tags: Record<string, string>;
}

/** A statement as AWS stores it in a layer version policy. */
export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: string | { AWS: string };
  Action: 'lambda:GetLayerVersion';
  Resource: string;
  Condition?: { StringEquals: { 'aws:PrincipalOrgID': string } };
}

export interface LayerVersionState {
  layerName: string;
  version: number;
  /** `arn:aws:lambda:<region>:<account>:layer:<name>:<version>` */
  arn: string;
  description: string;
  /** Epoch ms. */
  createdDate: number;
  compatibleRuntimes: string[];
  compatibleArchitectures: string[];
  licenseInfo?: string;
  codeId: string;
  codeSha256: string;
  codeSize: number;
  unzippedSize: number;
  /** Deleted versions vanish from lists and Get, but functions that use them keep working. */
  deleted: boolean;
  /** Grants on this one version; `revisionId` changes on every add/remove. */
  policy: { revisionId: string; statements: PolicyStatement[] };
}

export interface EmulatedLayer {
  name: string;
  /** Unversioned layer ARN. */
  arn: string;
  /** Every version ever published, deleted ones included (numbers are never reused). */
  versions: Map<number, LayerVersionState>;
  nextVersion: number;
}

/**
 * The other accounts and Regions of the emulated world (see world.ts). A state asks it for layer versions
 * that live elsewhere: attachments and GetLayerVersionByArn of another account's layer, whose policy decides.
 */
export interface LayerDirectory {
  /** The owner's state and the version (deleted ones included) for a full layer version ARN, in any account/Region. */
  findLayerVersion(arn: string): { owner: EmulatorState; version: LayerVersionState } | undefined;
  /** Whether `account` may read (GetLayerVersion / attach) this version: its policy grants the account, its organization or `*`. */
  mayRead(account: string, version: LayerVersionState): boolean;
}

/** `2024-05-01T12:00:00.000+0000`, the format of `LastModified` and `CreatedDate`. */
export function awsTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/**
 * The live state. Read it in tests:
 * - `state.functionConfiguration('orders-api')` → exactly what GetFunctionConfiguration returns
 *   (`Layers`, `RevisionId`, `State`, `LastUpdateStatus`, …), evaluated at `state.now()`;
 * - `state.functions.get('orders-api')?.latest.layers` → the ARNs, `.versions` → published versions;
 * - `state.layerVersion('shared-utils', 3)?.policy.statements` → the grants;
 * - `state.layers.get('shared-utils')?.versions` → every version, `deleted` flagged;
 * - `state.s3.getObject(bucket, key)` → uploaded objects.
 */
export class EmulatorState {
  readonly functions = new Map<string, EmulatedFunction>();
  readonly layers = new Map<string, EmulatedLayer>();
  readonly blobs = new Map<string, CodeBlob>();
  readonly s3 = new S3Store(() => this.accountId);
  private sortedFunctionNames: string[] | undefined;
  private sortedLayerNames: string[] | undefined;
  private revisionCounter = 0;
  /** Signs download links (Code.Location / Content.Location); per instance. */
  readonly downloadSecret = randomBytes(16).toString('hex');
  /** The rest of the world (other accounts and Regions); set by EmulatorWorld. */
  directory: LayerDirectory | undefined;

  constructor(
    readonly accountId: string,
    readonly region: string,
    /** The clock every time-dependent rule reads (status transitions, download expiry). */
    readonly now: () => number,
    /** How long InProgress / Pending last. */
    public updateDelayMs: number,
  ) {}

  functionArn(name: string): string {
    return `arn:aws:lambda:${this.region}:${this.accountId}:function:${name}`;
  }

  layerArn(name: string): string {
    return `arn:aws:lambda:${this.region}:${this.accountId}:layer:${name}`;
  }

  /** A UUID-shaped id, deterministic for a given sequence of writes. */
  nextRevisionId(salt = ''): string {
    const hex = createHash('sha256').update(`${this.revisionCounter++}:${salt}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** Stores an archive (deduplicated by content) and returns its blob. `unzippedSize` is computed by the caller. */
  putBlob(data: Buffer, unzippedSize: number): CodeBlob {
    const digest = createHash('sha256').update(data).digest();
    const id = digest.toString('hex');
    const existing = this.blobs.get(id);
    if (existing) return existing;
    const blob: CodeBlob = { sha256: digest.toString('base64'), id, size: data.length, unzippedSize, data };
    this.blobs.set(id, blob);
    return blob;
  }

  addFunction(fn: EmulatedFunction): void {
    this.functions.set(fn.name, fn);
    this.sortedFunctionNames = undefined;
  }

  /** Function names in ListFunctions order (sorted), cached until a function is added. */
  functionNames(): string[] {
    this.sortedFunctionNames ??= [...this.functions.keys()].sort();
    return this.sortedFunctionNames;
  }

  /** Creates the layer on first use. */
  layer(name: string): EmulatedLayer {
    let layer = this.layers.get(name);
    if (!layer) {
      layer = { name, arn: this.layerArn(name), versions: new Map(), nextVersion: 1 };
      this.layers.set(name, layer);
      this.sortedLayerNames = undefined;
    }
    return layer;
  }

  layerNames(): string[] {
    this.sortedLayerNames ??= [...this.layers.keys()].sort();
    return this.sortedLayerNames;
  }

  /** A live (not deleted) layer version, or undefined. */
  layerVersion(name: string, version: number): LayerVersionState | undefined {
    const v = this.layers.get(name)?.versions.get(version);
    return v && !v.deleted ? v : undefined;
  }

  /** Any layer version of this account by ARN, deleted ones included (functions keep using those). */
  layerVersionByArn(arn: string): LayerVersionState | undefined {
    const m = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/.exec(arn);
    if (!m || m[1] !== this.region || m[2] !== this.accountId) return undefined;
    return this.layers.get(m[3]!)?.versions.get(Number(m[4]));
  }

  /** A layer version of this account, or of another account/Region when the world knows it (sizes of attached layers). */
  anyLayerVersionByArn(arn: string): LayerVersionState | undefined {
    return this.layerVersionByArn(arn) ?? this.directory?.findLayerVersion(arn)?.version;
  }

  /** `Pending`/`Active` and `InProgress`/`Successful` of a version at `now()`. */
  status(v: FunctionVersionState): {
    state: 'Pending' | 'Active';
    lastUpdateStatus: 'InProgress' | 'Successful';
  } {
    const t = this.now();
    return {
      state: t < v.activeAt ? 'Pending' : 'Active',
      lastUpdateStatus: t < v.updatedAt ? 'InProgress' : 'Successful',
    };
  }

  /** The FunctionConfiguration JSON of a version. `full` adds State/LastUpdateStatus (ListFunctions omits them). */
  configurationJson(fn: EmulatedFunction, v: FunctionVersionState, full: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {
      FunctionName: fn.name,
      FunctionArn: v.version === '$LATEST' ? fn.arn : `${fn.arn}:${v.version}`,
      Role: v.role,
      CodeSize: v.codeSize,
      Description: v.description,
      Timeout: v.timeout,
      MemorySize: v.memorySize,
      LastModified: awsTimestamp(v.lastModified),
      CodeSha256: v.codeSha256,
      Version: v.version,
      TracingConfig: { Mode: 'PassThrough' },
      RevisionId: v.revisionId,
      PackageType: v.packageType,
      Architectures: v.architectures,
      EphemeralStorage: { Size: 512 },
      SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
      LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.name}` },
    };
    if (v.runtime) out.Runtime = v.runtime;
    if (v.handler) out.Handler = v.handler;
    if (v.environment) out.Environment = { Variables: v.environment };
    if (v.layers.length > 0) {
      out.Layers = v.layers.map((arn) => ({
        Arn: arn,
        CodeSize: this.anyLayerVersionByArn(arn)?.codeSize ?? 0,
      }));
    }
    if (full) {
      const s = this.status(v);
      out.State = s.state;
      out.LastUpdateStatus = s.lastUpdateStatus;
      if (s.state === 'Pending') {
        out.StateReason = 'The function is being created.';
        out.StateReasonCode = 'Creating';
      }
      if (s.lastUpdateStatus === 'InProgress') {
        out.LastUpdateStatusReason = 'The function is being created.';
        out.LastUpdateStatusReasonCode = 'Creating';
        if (s.state === 'Active') {
          out.LastUpdateStatusReason = 'The function is being updated.';
          delete out.LastUpdateStatusReasonCode;
        }
      }
    }
    return out;
  }

  /** What GetFunctionConfiguration returns for `name` (and `qualifier`), or undefined. */
  functionConfiguration(name: string, qualifier?: string): Record<string, unknown> | undefined {
    const fn = this.functions.get(name);
    if (!fn) return undefined;
    const v =
      qualifier === undefined || qualifier === '$LATEST'
        ? fn.latest
        : fn.versions.find((x) => x.version === qualifier);
    return v ? this.configurationJson(fn, v, true) : undefined;
  }
}
