// The Lambda SDK's shapes and our domain types, mapped both ways: pure functions, no calls. Only
// src/aws/sdk*.ts use it, so SDK shapes never reach the rest of the extension.

import type {
  AddLayerVersionPermissionRequest,
  Architecture as SdkArchitecture,
  CreateFunctionRequest,
  FunctionCode,
  FunctionConfiguration as SdkFunctionConfiguration,
  GetFunctionResponse,
  GetLayerVersionResponse,
  LayerVersionsListItem,
  LayersListItem,
  PublishLayerVersionRequest,
  PublishVersionRequest,
  Runtime,
  UpdateFunctionConfigurationRequest,
} from '@aws-sdk/client-lambda';
import type {
  Architecture,
  CodeSource,
  CreateFunctionInput,
  FunctionConfiguration,
  FunctionConfigurationChanges,
  FunctionDetails,
  FunctionSummary,
  Grant,
  GuardedOptions,
  LayerFilter,
  LayerSummary,
  LayerVersionDetails,
  LayerVersionSummary,
  Page,
  PublishLayerVersionInput,
} from './lambdaService';
import { grantToPermission, LAYER_PERMISSION_ACTION } from './policy';

// ---- SDK shapes → domain types -------------------------------------------------------------------
// The SDK does not check what an endpoint sends against AWS's model: a field is taken only when it has the type AWS
// sends (a custom endpoint, a proxy or a buggy emulator may send a number for a string, an object for a list).
// Anything else counts as absent, so it can neither crash a view nor travel on as another type ("7" + 1).

/** A string field as AWS sends it, else undefined. */
export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const strs = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : [];
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const rec = (x: unknown): Record<string, unknown> => (isRecord(x) ? x : {});

/** The objects of a list an endpoint sent (anything else in it, or a list that is not one, is dropped). */
export function records<T>(x: T[] | undefined): T[] {
  return Array.isArray(x) ? x.filter(isRecord) : [];
}

/** A string map (environment, tags): string values only; every key kept as an own key, `__proto__` too. */
function strMap(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec(x)))
    if (typeof v === 'string') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true });
  return out;
}

function architectures(list: unknown): Architecture[] {
  return strs(list).filter((a): a is Architecture => a === 'x86_64' || a === 'arm64');
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== null) target[key] = value;
}

export function toSummary(c: SdkFunctionConfiguration): FunctionSummary {
  const s: FunctionSummary = {
    name: str(c.FunctionName) ?? '',
    arn: str(c.FunctionArn) ?? '',
    version: str(c.Version) ?? '$LATEST',
    codeSize: num(c.CodeSize) ?? 0,
    packageType: c.PackageType === 'Image' ? 'Image' : 'Zip',
    architectures: Array.isArray(c.Architectures) ? architectures(c.Architectures) : ['x86_64'],
    layers: records(c.Layers).map((l) => {
      const layer: FunctionSummary['layers'][number] = { arn: str(l.Arn) ?? '' };
      setIf(layer, 'codeSize', num(l.CodeSize));
      return layer;
    }),
  };
  setIf(s, 'runtime', str(c.Runtime));
  setIf(s, 'handler', str(c.Handler));
  setIf(s, 'role', str(c.Role));
  setIf(s, 'description', str(c.Description));
  setIf(s, 'memorySize', num(c.MemorySize));
  setIf(s, 'timeout', num(c.Timeout));
  setIf(s, 'lastModified', str(c.LastModified));
  setIf(s, 'codeSha256', str(c.CodeSha256));
  setIf(s, 'revisionId', str(c.RevisionId));
  return s;
}

export function toConfiguration(c: SdkFunctionConfiguration): FunctionConfiguration {
  const f: FunctionConfiguration = toSummary(c);
  setIf(f, 'state', str(c.State));
  setIf(f, 'stateReason', str(c.StateReason));
  setIf(f, 'lastUpdateStatus', str(c.LastUpdateStatus));
  setIf(f, 'lastUpdateStatusReason', str(c.LastUpdateStatusReason));
  const variables = rec(c.Environment).Variables;
  if (isRecord(variables)) f.environment = strMap(variables);
  const vpc = rec(c.VpcConfig);
  const subnetIds = strs(vpc.SubnetIds);
  const securityGroupIds = strs(vpc.SecurityGroupIds);
  const vpcId = str(vpc.VpcId);
  if (vpcId || subnetIds.length > 0 || securityGroupIds.length > 0) {
    f.vpc = { subnetIds, securityGroupIds };
    if (vpcId) f.vpc.vpcId = vpcId;
  }
  setIf(f, 'deadLetterTargetArn', str(rec(c.DeadLetterConfig).TargetArn));
  setIf(f, 'kmsKeyArn', str(c.KMSKeyArn));
  setIf(f, 'tracingMode', str(rec(c.TracingConfig).Mode));
  return f;
}

export function toDetails(r: GetFunctionResponse): FunctionDetails {
  const code = rec(r.Code);
  const d: FunctionDetails = {
    configuration: toConfiguration(rec(r.Configuration)),
    tags: strMap(r.Tags),
  };
  setIf(d, 'codeLocation', str(code.Location));
  setIf(d, 'repositoryType', str(code.RepositoryType));
  setIf(d, 'imageUri', str(code.ImageUri) ?? str(code.ResolvedImageUri));
  return d;
}

/** `arn:aws:lambda:us-east-1:123456789012:layer:name:3` → its parts. */
function parseLayerVersionArn(
  arn: string,
): { layerArn: string; layerName: string; version: number } | undefined {
  const m = /^(arn:[^:]+:lambda:[^:]*:\d{12}:layer:([a-zA-Z0-9-_]+)):(\d+)$/.exec(arn);
  if (!m) return undefined;
  return { layerArn: m[1] as string, layerName: m[2] as string, version: Number(m[3]) };
}

export function toLayerVersionSummary(
  v: LayerVersionsListItem,
  layerName?: string,
  layerArn?: string,
): LayerVersionSummary {
  const arn = str(v.LayerVersionArn) ?? '';
  const parsed = parseLayerVersionArn(arn);
  const s: LayerVersionSummary = {
    layerName: layerName ?? parsed?.layerName ?? '',
    layerArn: layerArn ?? parsed?.layerArn ?? '',
    arn,
    version: num(v.Version) ?? parsed?.version ?? 0,
    compatibleRuntimes: strs(v.CompatibleRuntimes),
    compatibleArchitectures: architectures(v.CompatibleArchitectures),
  };
  setIf(s, 'description', str(v.Description));
  setIf(s, 'createdDate', str(v.CreatedDate));
  setIf(s, 'licenseInfo', str(v.LicenseInfo));
  return s;
}

export function toLayerSummary(l: LayersListItem): LayerSummary {
  const name = str(l.LayerName);
  const arn = str(l.LayerArn);
  const s: LayerSummary = { name: name ?? '', arn: arn ?? '' };
  if (isRecord(l.LatestMatchingVersion)) s.latest = toLayerVersionSummary(l.LatestMatchingVersion, name, arn);
  return s;
}

export function toLayerVersionDetails(r: GetLayerVersionResponse): LayerVersionDetails {
  const d: LayerVersionDetails = toLayerVersionSummary(r, undefined, str(r.LayerArn));
  const content = rec(r.Content);
  setIf(d, 'location', str(content.Location));
  setIf(d, 'codeSha256', str(content.CodeSha256));
  setIf(d, 'codeSize', num(content.CodeSize));
  return d;
}

// ---- domain values → SDK request parts --------------------------------------------------------------

export function toFunctionCode(code: CodeSource): FunctionCode {
  if ('zipFile' in code) return { ZipFile: code.zipFile };
  const c: FunctionCode = { S3Bucket: code.s3Bucket, S3Key: code.s3Key };
  setIf(c, 'S3ObjectVersion', code.s3ObjectVersion);
  return c;
}

export function pageSize(requested: number | undefined, max: number): number | undefined {
  if (requested === undefined) return undefined;
  return Math.min(max, Math.max(1, Math.floor(requested)));
}

export function page<T>(items: T[], nextMarker: unknown): Page<T> {
  return typeof nextMarker === 'string' && nextMarker ? { items, nextMarker } : { items };
}

export function layerFilter(f: LayerFilter | undefined): {
  CompatibleRuntime?: Runtime;
  CompatibleArchitecture?: SdkArchitecture;
} {
  return {
    ...(f?.runtime ? { CompatibleRuntime: f.runtime as Runtime } : {}),
    ...(f?.architecture ? { CompatibleArchitecture: f.architecture } : {}),
  };
}

export function qualifier(opts: { qualifier?: string } | undefined): { Qualifier?: string } {
  return opts?.qualifier ? { Qualifier: opts.qualifier } : {};
}

export function revision(opts: GuardedOptions | undefined): { RevisionId?: string } {
  return opts?.revisionId ? { RevisionId: opts.revisionId } : {};
}

export function publishVersionRequest(
  functionName: string,
  opts: (GuardedOptions & { description?: string; codeSha256?: string }) | undefined,
): PublishVersionRequest {
  return {
    FunctionName: functionName,
    ...(opts?.description !== undefined ? { Description: opts.description } : {}),
    ...(opts?.codeSha256 !== undefined ? { CodeSha256: opts.codeSha256 } : {}),
    ...revision(opts),
  };
}

export function addLayerVersionPermissionRequest(
  layerName: string,
  version: number,
  statementId: string,
  grant: Grant,
  opts: GuardedOptions | undefined,
): AddLayerVersionPermissionRequest {
  const { principal, organizationId } = grantToPermission(grant);
  return {
    LayerName: layerName,
    VersionNumber: version,
    StatementId: statementId,
    Action: LAYER_PERMISSION_ACTION,
    Principal: principal,
    ...(organizationId !== undefined ? { OrganizationId: organizationId } : {}),
    ...revision(opts),
  };
}

export function createFunctionRequest(input: CreateFunctionInput): CreateFunctionRequest {
  return {
    FunctionName: input.name,
    Runtime: input.runtime as Runtime,
    Handler: input.handler,
    Role: input.role,
    Code: toFunctionCode(input.code),
    PackageType: 'Zip',
    ...(input.architecture !== undefined ? { Architectures: [input.architecture] } : {}),
    ...(input.memorySize !== undefined ? { MemorySize: input.memorySize } : {}),
    ...(input.timeout !== undefined ? { Timeout: input.timeout } : {}),
    ...(input.description !== undefined ? { Description: input.description } : {}),
    ...(input.layers !== undefined ? { Layers: [...input.layers] } : {}),
    ...(input.environment !== undefined ? { Environment: { Variables: { ...input.environment } } } : {}),
    ...(input.publish !== undefined ? { Publish: input.publish } : {}),
  };
}

export function updateFunctionConfigurationRequest(
  functionName: string,
  changes: FunctionConfigurationChanges,
  opts: GuardedOptions | undefined,
): UpdateFunctionConfigurationRequest {
  const input: UpdateFunctionConfigurationRequest = { FunctionName: functionName, ...revision(opts) };
  if (changes.layers !== undefined) input.Layers = [...changes.layers];
  if (changes.description !== undefined) input.Description = changes.description;
  if (changes.memorySize !== undefined) input.MemorySize = changes.memorySize;
  if (changes.timeout !== undefined) input.Timeout = changes.timeout;
  if (changes.handler !== undefined) input.Handler = changes.handler;
  if (changes.runtime !== undefined) input.Runtime = changes.runtime as Runtime;
  if (changes.environment !== undefined) input.Environment = { Variables: { ...changes.environment } };
  return input;
}

export function publishLayerVersionRequest(input: PublishLayerVersionInput): PublishLayerVersionRequest {
  return {
    LayerName: input.layerName,
    Content: toFunctionCode(input.content),
    ...(input.description !== undefined ? { Description: input.description } : {}),
    ...(input.compatibleRuntimes !== undefined
      ? { CompatibleRuntimes: input.compatibleRuntimes as Runtime[] }
      : {}),
    ...(input.compatibleArchitectures !== undefined
      ? { CompatibleArchitectures: [...input.compatibleArchitectures] }
      : {}),
    ...(input.licenseInfo !== undefined ? { LicenseInfo: input.licenseInfo } : {}),
  };
}
