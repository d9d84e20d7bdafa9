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

function architectures(list: readonly string[] | undefined): Architecture[] {
  const out = (list ?? []).filter((a): a is Architecture => a === 'x86_64' || a === 'arm64');
  return out;
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== null) target[key] = value;
}

export function toSummary(c: SdkFunctionConfiguration): FunctionSummary {
  const s: FunctionSummary = {
    name: c.FunctionName ?? '',
    arn: c.FunctionArn ?? '',
    version: c.Version ?? '$LATEST',
    codeSize: c.CodeSize ?? 0,
    packageType: c.PackageType === 'Image' ? 'Image' : 'Zip',
    architectures: c.Architectures ? architectures(c.Architectures) : ['x86_64'],
    layers: (c.Layers ?? []).map((l) => {
      const layer: FunctionSummary['layers'][number] = { arn: l.Arn ?? '' };
      setIf(layer, 'codeSize', l.CodeSize);
      return layer;
    }),
  };
  setIf(s, 'runtime', c.Runtime);
  setIf(s, 'handler', c.Handler);
  setIf(s, 'role', c.Role);
  setIf(s, 'description', c.Description);
  setIf(s, 'memorySize', c.MemorySize);
  setIf(s, 'timeout', c.Timeout);
  setIf(s, 'lastModified', c.LastModified);
  setIf(s, 'codeSha256', c.CodeSha256);
  setIf(s, 'revisionId', c.RevisionId);
  return s;
}

export function toConfiguration(c: SdkFunctionConfiguration): FunctionConfiguration {
  const f: FunctionConfiguration = toSummary(c);
  setIf(f, 'state', c.State);
  setIf(f, 'stateReason', c.StateReason);
  setIf(f, 'lastUpdateStatus', c.LastUpdateStatus);
  setIf(f, 'lastUpdateStatusReason', c.LastUpdateStatusReason);
  if (c.Environment?.Variables) f.environment = { ...c.Environment.Variables };
  const vpc = c.VpcConfig;
  if (vpc && (vpc.VpcId || (vpc.SubnetIds?.length ?? 0) > 0 || (vpc.SecurityGroupIds?.length ?? 0) > 0)) {
    f.vpc = { subnetIds: [...(vpc.SubnetIds ?? [])], securityGroupIds: [...(vpc.SecurityGroupIds ?? [])] };
    if (vpc.VpcId) f.vpc.vpcId = vpc.VpcId;
  }
  setIf(f, 'deadLetterTargetArn', c.DeadLetterConfig?.TargetArn);
  setIf(f, 'kmsKeyArn', c.KMSKeyArn);
  setIf(f, 'tracingMode', c.TracingConfig?.Mode);
  return f;
}

export function toDetails(r: GetFunctionResponse): FunctionDetails {
  const d: FunctionDetails = {
    configuration: toConfiguration(r.Configuration ?? {}),
    tags: { ...(r.Tags ?? {}) },
  };
  setIf(d, 'codeLocation', r.Code?.Location);
  setIf(d, 'repositoryType', r.Code?.RepositoryType);
  setIf(d, 'imageUri', r.Code?.ImageUri ?? r.Code?.ResolvedImageUri);
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
  const arn = v.LayerVersionArn ?? '';
  const parsed = parseLayerVersionArn(arn);
  const s: LayerVersionSummary = {
    layerName: layerName ?? parsed?.layerName ?? '',
    layerArn: layerArn ?? parsed?.layerArn ?? '',
    arn,
    version: v.Version ?? parsed?.version ?? 0,
    compatibleRuntimes: [...(v.CompatibleRuntimes ?? [])],
    compatibleArchitectures: architectures(v.CompatibleArchitectures),
  };
  setIf(s, 'description', v.Description);
  setIf(s, 'createdDate', v.CreatedDate);
  setIf(s, 'licenseInfo', v.LicenseInfo);
  return s;
}

export function toLayerSummary(l: LayersListItem): LayerSummary {
  const s: LayerSummary = { name: l.LayerName ?? '', arn: l.LayerArn ?? '' };
  if (l.LatestMatchingVersion)
    s.latest = toLayerVersionSummary(l.LatestMatchingVersion, l.LayerName, l.LayerArn);
  return s;
}

export function toLayerVersionDetails(r: GetLayerVersionResponse): LayerVersionDetails {
  const d: LayerVersionDetails = toLayerVersionSummary(r, undefined, r.LayerArn);
  setIf(d, 'location', r.Content?.Location);
  setIf(d, 'codeSha256', r.Content?.CodeSha256);
  setIf(d, 'codeSize', r.Content?.CodeSize);
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

export function page<T>(items: T[], nextMarker: string | undefined): Page<T> {
  return nextMarker ? { items, nextMarker } : { items };
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
