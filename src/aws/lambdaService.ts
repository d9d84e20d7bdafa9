// The one door to AWS Lambda, in our own domain words. No vscode, no SDK types here:
// src/aws/sdkLambdaService.ts is the only implementation; only src/aws/sdk*.ts import the AWS SDK (lint rule).

/** One page of a paginated listing. `nextMarker` is absent on the last page. */
export interface Page<T> {
  items: T[];
  nextMarker?: string;
}

export type Architecture = 'x86_64' | 'arm64';
export type PackageType = 'Zip' | 'Image';

/** Options every call takes. Aborting rejects the call with a `LambdaError` of kind `Cancelled`. */
export interface CallOptions {
  signal?: AbortSignal;
  /**
   * Calls that are never re-sent blindly (publish, create, grant): told when the answer was lost but the call is
   * found to have gone through, with a sentence for the log ("… it went through: version 5").
   */
  onRecovered?: (note: string) => void;
}

export interface ListOptions extends CallOptions {
  /** Items asked for per page (MaxItems). AWS caps function pages at 50 whatever is asked. */
  pageSize?: number;
  /** Resume a listing from a marker returned earlier. */
  startingMarker?: string;
}

export interface LayerFilter {
  runtime?: string;
  architecture?: Architecture;
}

/** A layer version attached to a function (as ListFunctions / GetFunction report it). */
export interface AttachedLayer {
  arn: string;
  /** Zipped size in bytes. */
  codeSize?: number;
}

/** What ListFunctions returns for a function (or one of its published versions). */
export interface FunctionSummary {
  name: string;
  /** Unqualified for $LATEST, qualified (`…:function:name:3`) for a published version. */
  arn: string;
  /** `$LATEST` or a version number as a string. */
  version: string;
  runtime?: string;
  handler?: string;
  role?: string;
  description?: string;
  memorySize?: number;
  timeout?: number;
  /** AWS format, e.g. `2024-05-01T12:00:00.000+0000`. */
  lastModified?: string;
  codeSize: number;
  codeSha256?: string;
  packageType: PackageType;
  architectures: Architecture[];
  /** Merge order: later layers overwrite earlier ones in /opt. */
  layers: AttachedLayer[];
  revisionId?: string;
}

export interface VpcConfig {
  vpcId?: string;
  subnetIds: string[];
  securityGroupIds: string[];
}

/** GetFunctionConfiguration: the summary plus the fields ListFunctions omits. */
export interface FunctionConfiguration extends FunctionSummary {
  /** `Pending`, `Active`, `Inactive` or `Failed`. */
  state?: string;
  stateReason?: string;
  /** `InProgress`, `Successful` or `Failed`. */
  lastUpdateStatus?: string;
  lastUpdateStatusReason?: string;
  environment?: Record<string, string>;
  vpc?: VpcConfig;
  deadLetterTargetArn?: string;
  kmsKeyArn?: string;
  tracingMode?: string;
}

export interface FunctionDetails {
  configuration: FunctionConfiguration;
  /** Presigned download URL, valid 10 minutes. Never log it. */
  codeLocation?: string;
  repositoryType?: string;
  imageUri?: string;
  tags: Record<string, string>;
}

export interface LayerVersionSummary {
  layerName: string;
  /** The layer's ARN without a version. */
  layerArn: string;
  /** The layer version's ARN (`…:layer:name:N`). */
  arn: string;
  version: number;
  description?: string;
  /** ISO 8601, e.g. `2018-11-27T15:10:45.123+0000`. */
  createdDate?: string;
  compatibleRuntimes: string[];
  compatibleArchitectures: Architecture[];
  licenseInfo?: string;
}

export interface LayerSummary {
  name: string;
  arn: string;
  /** The newest version matching the listing's filter. */
  latest?: LayerVersionSummary;
}

export interface LayerVersionDetails extends LayerVersionSummary {
  /** Presigned download URL, valid 10 minutes. Never log it. */
  location?: string;
  codeSha256?: string;
  codeSize?: number;
}

/** A policy statement, parsed. */
export interface PolicyStatement {
  sid: string;
  effect: 'Allow' | 'Deny';
  /** `*` or `{ AWS: 'arn:aws:iam::123456789012:root' }` (as AWS writes it). */
  principal: string | { AWS: string | string[] };
  action: string | string[];
  resource: string | string[];
  condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  version: string;
  id?: string;
  statements: PolicyStatement[];
}

export interface LayerVersionPolicy {
  document: PolicyDocument;
  revisionId: string;
}

/** Who a layer version is shared with. */
export type Grant =
  | { kind: 'account'; accountId: string }
  | { kind: 'organization'; organizationId: string }
  | { kind: 'public' };

export type CodeSource =
  { zipFile: Uint8Array } | { s3Bucket: string; s3Key: string; s3ObjectVersion?: string };

export interface CreateFunctionInput {
  name: string;
  runtime: string;
  handler: string;
  role: string;
  code: CodeSource;
  architecture?: Architecture;
  memorySize?: number;
  timeout?: number;
  description?: string;
  layers?: string[];
  environment?: Record<string, string>;
  publish?: boolean;
  /** The archive's CodeSha256 (base64), so that a lost answer can be checked when the code comes from S3. */
  codeSha256?: string;
}

export interface PublishLayerVersionInput {
  layerName: string;
  content: CodeSource;
  description?: string;
  compatibleRuntimes?: string[];
  compatibleArchitectures?: Architecture[];
  licenseInfo?: string;
  /** The archive's CodeSha256 (base64), so that a lost answer can be checked when the code comes from S3. */
  codeSha256?: string;
}

export interface FunctionConfigurationChanges {
  /** The whole ordered list of layer version ARNs (AWS replaces it). `[]` detaches all. */
  layers?: string[];
  description?: string;
  memorySize?: number;
  timeout?: number;
  handler?: string;
  runtime?: string;
  environment?: Record<string, string>;
}

export interface GuardedOptions extends CallOptions {
  /** Fail with PreconditionFailed when the resource changed since this revision was read. */
  revisionId?: string;
}

export interface WaitOptions extends CallOptions {
  /** Give up after this many seconds (default 300). */
  maxWaitSeconds?: number;
}

export interface LambdaService {
  listFunctions(opts?: ListOptions & { allVersions?: boolean }): AsyncIterable<Page<FunctionSummary>>;
  listVersionsByFunction(functionName: string, opts?: ListOptions): AsyncIterable<Page<FunctionSummary>>;
  listLayers(opts?: ListOptions & LayerFilter): AsyncIterable<Page<LayerSummary>>;
  listLayerVersions(
    layerName: string,
    opts?: ListOptions & LayerFilter,
  ): AsyncIterable<Page<LayerVersionSummary>>;

  getFunction(functionName: string, opts?: CallOptions & { qualifier?: string }): Promise<FunctionDetails>;
  getFunctionConfiguration(
    functionName: string,
    opts?: CallOptions & { qualifier?: string },
  ): Promise<FunctionConfiguration>;
  createFunction(input: CreateFunctionInput, opts?: CallOptions): Promise<FunctionConfiguration>;
  /**
   * `codeSha256` (the archive's, for code in S3; computed for inline code) lets a retry that AWS answers with 412
   * after the first attempt went through be recognised as our own update (see onRecovered).
   */
  updateFunctionCode(
    functionName: string,
    code: CodeSource,
    opts?: GuardedOptions & { publish?: boolean; codeSha256?: string },
  ): Promise<FunctionConfiguration>;
  updateFunctionConfiguration(
    functionName: string,
    changes: FunctionConfigurationChanges,
    opts?: GuardedOptions,
  ): Promise<FunctionConfiguration>;
  publishVersion(
    functionName: string,
    opts?: GuardedOptions & { description?: string; codeSha256?: string },
  ): Promise<FunctionConfiguration>;
  /** Resolves when LastUpdateStatus is Successful; rejects with the reason when it is Failed. */
  waitUntilUpdated(functionName: string, opts?: WaitOptions): Promise<FunctionConfiguration>;
  /** Resolves when State is Active; rejects with the reason when it is Failed. */
  waitUntilActive(functionName: string, opts?: WaitOptions): Promise<FunctionConfiguration>;

  publishLayerVersion(input: PublishLayerVersionInput, opts?: CallOptions): Promise<LayerVersionDetails>;
  getLayerVersion(layerName: string, version: number, opts?: CallOptions): Promise<LayerVersionDetails>;
  getLayerVersionByArn(layerVersionArn: string, opts?: CallOptions): Promise<LayerVersionDetails>;
  deleteLayerVersion(layerName: string, version: number, opts?: CallOptions): Promise<void>;
  /** `undefined` when the version has no grants (AWS answers ResourceNotFoundException). */
  getLayerVersionPolicy(
    layerName: string,
    version: number,
    opts?: CallOptions,
  ): Promise<LayerVersionPolicy | undefined>;
  addLayerVersionPermission(
    layerName: string,
    version: number,
    statementId: string,
    grant: Grant,
    opts?: GuardedOptions,
  ): Promise<{ statement: PolicyStatement; revisionId: string }>;
  removeLayerVersionPermission(
    layerName: string,
    version: number,
    statementId: string,
    opts?: GuardedOptions,
  ): Promise<void>;
}
