// The one implementation of LambdaService and the only importer of @aws-sdk/client-lambda (besides the
// factory that constructs clients). SDK shapes stop here: everything returned is a domain type, every
// failure a LambdaError.

import {
  AddLayerVersionPermissionCommand,
  CreateFunctionCommand,
  DeleteLayerVersionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  GetLayerVersionByArnCommand,
  GetLayerVersionCommand,
  GetLayerVersionPolicyCommand,
  PublishLayerVersionCommand,
  PublishVersionCommand,
  RemoveLayerVersionPermissionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  paginateListFunctions,
  paginateListLayerVersions,
  paginateListLayers,
  paginateListVersionsByFunction,
  waitForFunctionActiveV2,
  waitForFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import type {
  Architecture as SdkArchitecture,
  LambdaClient,
  FunctionCode,
  FunctionConfiguration as SdkFunctionConfiguration,
  GetFunctionResponse,
  GetLayerVersionResponse,
  LayerVersionsListItem,
  LayersListItem,
  Runtime,
  UpdateFunctionConfigurationRequest,
} from '@aws-sdk/client-lambda';
import { LambdaError } from './errors';
import type {
  Architecture,
  CallOptions,
  CodeSource,
  CreateFunctionInput,
  FunctionConfiguration,
  FunctionConfigurationChanges,
  FunctionDetails,
  FunctionSummary,
  Grant,
  GuardedOptions,
  LambdaService,
  LayerFilter,
  LayerSummary,
  LayerVersionDetails,
  LayerVersionPolicy,
  LayerVersionSummary,
  ListOptions,
  Page,
  PolicyStatement,
  PublishLayerVersionInput,
  WaitOptions,
} from './lambdaService';
import { redactMessage, toLambdaError } from './mapError';
import { grantToPermission, LAYER_PERMISSION_ACTION, parsePolicy, parseStatementJson } from './policy';

export interface SdkLambdaServiceOptions {
  /** The profile in use, named in credential error messages (`aws sso login --profile …`). */
  profile?: string;
  /** First delay of the waiters in seconds (default 1: a 300 ms update is seen within about a second). */
  waiterMinDelaySeconds?: number;
  /** Longest delay between two waiter polls in seconds (default 5). */
  waiterMaxDelaySeconds?: number;
}

const DEFAULT_MAX_WAIT_SECONDS = 300;
const LAYER_PAGE_MAX = 50;
const FUNCTION_PAGE_MAX = 10_000;

// ---- mapping SDK shapes → domain types -------------------------------------------------------------

function architectures(list: readonly string[] | undefined): Architecture[] {
  const out = (list ?? []).filter((a): a is Architecture => a === 'x86_64' || a === 'arm64');
  return out;
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== null) target[key] = value;
}

function toSummary(c: SdkFunctionConfiguration): FunctionSummary {
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

function toConfiguration(c: SdkFunctionConfiguration): FunctionConfiguration {
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

function toDetails(r: GetFunctionResponse): FunctionDetails {
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

function toLayerVersionSummary(
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

function toLayerSummary(l: LayersListItem): LayerSummary {
  const s: LayerSummary = { name: l.LayerName ?? '', arn: l.LayerArn ?? '' };
  if (l.LatestMatchingVersion)
    s.latest = toLayerVersionSummary(l.LatestMatchingVersion, l.LayerName, l.LayerArn);
  return s;
}

function toLayerVersionDetails(r: GetLayerVersionResponse): LayerVersionDetails {
  const d: LayerVersionDetails = toLayerVersionSummary(r, undefined, r.LayerArn);
  setIf(d, 'location', r.Content?.Location);
  setIf(d, 'codeSha256', r.Content?.CodeSha256);
  setIf(d, 'codeSize', r.Content?.CodeSize);
  return d;
}

function toFunctionCode(code: CodeSource): FunctionCode {
  if ('zipFile' in code) return { ZipFile: code.zipFile };
  const c: FunctionCode = { S3Bucket: code.s3Bucket, S3Key: code.s3Key };
  setIf(c, 'S3ObjectVersion', code.s3ObjectVersion);
  return c;
}

function pageSize(requested: number | undefined, max: number): number | undefined {
  if (requested === undefined) return undefined;
  return Math.min(max, Math.max(1, Math.floor(requested)));
}

function cancelled(): LambdaError {
  return new LambdaError('Cancelled', 'The operation was cancelled.', { awsName: 'AbortError' });
}

// ---- the service ---------------------------------------------------------------------------------

export class SdkLambdaService implements LambdaService {
  constructor(
    private readonly client: LambdaClient,
    private readonly options: SdkLambdaServiceOptions = {},
  ) {}

  private fail(e: unknown, signal: AbortSignal | undefined): LambdaError {
    if (signal?.aborted) return cancelled();
    const ctx = this.options.profile !== undefined ? { profile: this.options.profile } : {};
    return toLambdaError(e, ctx);
  }

  /** Runs one SDK call with the caller's signal; every failure leaves as a LambdaError. */
  private async call<T>(
    signal: AbortSignal | undefined,
    run: (o: { abortSignal?: AbortSignal }) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) throw cancelled();
    try {
      return await run(signal ? { abortSignal: signal } : {});
    } catch (e) {
      throw this.fail(e, signal);
    }
  }

  /**
   * Pages of an SDK paginator, mapped; errors and aborts become LambdaErrors. Each iteration of the returned
   * iterable is a fresh listing (a new paginator), so a caller may iterate it again to start over.
   */
  private pages<R, T>(
    signal: AbortSignal | undefined,
    paginator: () => AsyncIterable<R>,
    map: (page: R) => Page<T>,
  ): AsyncIterable<Page<T>> {
    const fail = (e: unknown): LambdaError => this.fail(e, signal);
    return {
      async *[Symbol.asyncIterator](): AsyncGenerator<Page<T>, void, undefined> {
        if (signal?.aborted) throw cancelled();
        const it = paginator()[Symbol.asyncIterator]();
        try {
          while (true) {
            let next: IteratorResult<R>;
            try {
              next = await it.next();
            } catch (e) {
              throw fail(e);
            }
            if (next.done) return;
            yield map(next.value);
            if (signal?.aborted) throw cancelled();
          }
        } finally {
          // The caller stopped early (break) or failed: close the SDK paginator so it sends nothing more.
          await it.return?.();
        }
      },
    };
  }

  private paginatorConfig(opts: ListOptions | undefined, max: number) {
    const size = pageSize(opts?.pageSize, max);
    return {
      client: this.client,
      ...(size !== undefined ? { pageSize: size } : {}),
      ...(opts?.startingMarker ? { startingToken: opts.startingMarker } : {}),
    };
  }

  private sendOptions(signal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
    return signal ? { abortSignal: signal } : {};
  }

  listFunctions(opts?: ListOptions & { allVersions?: boolean }): AsyncIterable<Page<FunctionSummary>> {
    const signal = opts?.signal;
    return this.pages(
      signal,
      () =>
        paginateListFunctions(
          this.paginatorConfig(opts, FUNCTION_PAGE_MAX),
          opts?.allVersions ? { FunctionVersion: 'ALL' } : {},
          this.sendOptions(signal),
        ),
      (p) => page((p.Functions ?? []).map(toSummary), p.NextMarker),
    );
  }

  listVersionsByFunction(functionName: string, opts?: ListOptions): AsyncIterable<Page<FunctionSummary>> {
    const signal = opts?.signal;
    return this.pages(
      signal,
      () =>
        paginateListVersionsByFunction(
          this.paginatorConfig(opts, FUNCTION_PAGE_MAX),
          { FunctionName: functionName },
          this.sendOptions(signal),
        ),
      (p) => page((p.Versions ?? []).map(toSummary), p.NextMarker),
    );
  }

  listLayers(opts?: ListOptions & LayerFilter): AsyncIterable<Page<LayerSummary>> {
    const signal = opts?.signal;
    return this.pages(
      signal,
      () =>
        paginateListLayers(
          this.paginatorConfig(opts, LAYER_PAGE_MAX),
          layerFilter(opts),
          this.sendOptions(signal),
        ),
      (p) => page((p.Layers ?? []).map(toLayerSummary), p.NextMarker),
    );
  }

  listLayerVersions(
    layerName: string,
    opts?: ListOptions & LayerFilter,
  ): AsyncIterable<Page<LayerVersionSummary>> {
    const signal = opts?.signal;
    return this.pages(
      signal,
      () =>
        paginateListLayerVersions(
          this.paginatorConfig(opts, LAYER_PAGE_MAX),
          { LayerName: layerName, ...layerFilter(opts) },
          this.sendOptions(signal),
        ),
      (p) =>
        page(
          (p.LayerVersions ?? []).map((v) => toLayerVersionSummary(v)),
          p.NextMarker,
        ),
    );
  }

  async getFunction(
    functionName: string,
    opts?: CallOptions & { qualifier?: string },
  ): Promise<FunctionDetails> {
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(new GetFunctionCommand({ FunctionName: functionName, ...qualifier(opts) }), o),
    );
    return toDetails(r);
  }

  async getFunctionConfiguration(
    functionName: string,
    opts?: CallOptions & { qualifier?: string },
  ): Promise<FunctionConfiguration> {
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(
        new GetFunctionConfigurationCommand({ FunctionName: functionName, ...qualifier(opts) }),
        o,
      ),
    );
    return toConfiguration(r);
  }

  async createFunction(input: CreateFunctionInput, opts?: CallOptions): Promise<FunctionConfiguration> {
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(
        new CreateFunctionCommand({
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
          ...(input.environment !== undefined
            ? { Environment: { Variables: { ...input.environment } } }
            : {}),
          ...(input.publish !== undefined ? { Publish: input.publish } : {}),
        }),
        o,
      ),
    );
    return toConfiguration(r);
  }

  async updateFunctionCode(
    functionName: string,
    code: CodeSource,
    opts?: GuardedOptions & { publish?: boolean },
  ): Promise<FunctionConfiguration> {
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(
        new UpdateFunctionCodeCommand({
          FunctionName: functionName,
          ...toFunctionCode(code),
          ...(opts?.publish !== undefined ? { Publish: opts.publish } : {}),
          ...revision(opts),
        }),
        o,
      ),
    );
    return toConfiguration(r);
  }

  async updateFunctionConfiguration(
    functionName: string,
    changes: FunctionConfigurationChanges,
    opts?: GuardedOptions,
  ): Promise<FunctionConfiguration> {
    const input: UpdateFunctionConfigurationRequest = { FunctionName: functionName, ...revision(opts) };
    if (changes.layers !== undefined) input.Layers = [...changes.layers];
    if (changes.description !== undefined) input.Description = changes.description;
    if (changes.memorySize !== undefined) input.MemorySize = changes.memorySize;
    if (changes.timeout !== undefined) input.Timeout = changes.timeout;
    if (changes.handler !== undefined) input.Handler = changes.handler;
    if (changes.runtime !== undefined) input.Runtime = changes.runtime as Runtime;
    if (changes.environment !== undefined) input.Environment = { Variables: { ...changes.environment } };
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(new UpdateFunctionConfigurationCommand(input), o),
    );
    return toConfiguration(r);
  }

  async publishVersion(
    functionName: string,
    opts?: GuardedOptions & { description?: string; codeSha256?: string },
  ): Promise<FunctionConfiguration> {
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(
        new PublishVersionCommand({
          FunctionName: functionName,
          ...(opts?.description !== undefined ? { Description: opts.description } : {}),
          ...(opts?.codeSha256 !== undefined ? { CodeSha256: opts.codeSha256 } : {}),
          ...revision(opts),
        }),
        o,
      ),
    );
    return toConfiguration(r);
  }

  waitUntilUpdated(functionName: string, opts?: WaitOptions): Promise<FunctionConfiguration> {
    return this.wait(functionName, opts, 'updated');
  }

  waitUntilActive(functionName: string, opts?: WaitOptions): Promise<FunctionConfiguration> {
    return this.wait(functionName, opts, 'active');
  }

  /**
   * The SDK's V2 waiters (GetFunction polling with backoff). We use the `waitFor…` form of the same waiter:
   * `waitUntil…` throws an Error whose message is the JSON of the last GetFunction response, presigned code
   * URL included; here the outcome is read from the result and turned into a LambdaError.
   */
  private async wait(
    functionName: string,
    opts: WaitOptions | undefined,
    what: 'updated' | 'active',
  ): Promise<FunctionConfiguration> {
    const signal = opts?.signal;
    if (signal?.aborted) throw cancelled();
    const maxWaitTime = opts?.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
    const minDelay = Math.min(this.options.waiterMinDelaySeconds ?? 1, maxWaitTime / 2);
    const params = {
      client: this.client,
      maxWaitTime,
      minDelay,
      maxDelay: Math.max(minDelay, this.options.waiterMaxDelaySeconds ?? 5),
      ...(signal ? { abortSignal: signal } : {}),
    };
    // One read first: the SDK waiter retries on every error (a missing function, expired credentials) until
    // maxWaitTime, so those fail here at once; and a function already settled needs no waiting.
    const current = await this.getFunctionConfiguration(functionName, opts);
    const settled = what === 'updated' ? current.lastUpdateStatus : current.state;
    if (settled === (what === 'updated' ? 'Successful' : 'Active')) return current;
    if (settled === 'Failed') {
      throw waitFailure(
        what,
        what === 'updated' ? current.lastUpdateStatusReason : current.stateReason,
        undefined,
      );
    }

    const input = { FunctionName: functionName };
    let result: { state: string; reason?: unknown; observedResponses?: Record<string, number> };
    try {
      result =
        what === 'updated'
          ? await waitForFunctionUpdatedV2(params, input)
          : await waitForFunctionActiveV2(params, input);
    } catch (e) {
      throw this.fail(e, signal);
    }
    const config = (result.reason as GetFunctionResponse | undefined)?.Configuration;
    switch (result.state) {
      case 'SUCCESS':
        return toConfiguration(config ?? {});
      case 'ABORTED':
        throw cancelled();
      case 'FAILURE':
        throw waitFailure(
          what,
          what === 'updated' ? config?.LastUpdateStatusReason : config?.StateReason,
          what === 'updated' ? config?.LastUpdateStatusReasonCode : config?.StateReasonCode,
        );
      default: {
        const seen = Object.keys(result.observedResponses ?? {});
        const last = seen[seen.length - 1];
        const status = what === 'updated' ? 'still updating' : 'still not active';
        throw new LambdaError(
          'Timeout',
          `The function is ${status} after ${maxWaitTime} s. Check it again later${last ? ` (last answer: ${redactMessage(last)})` : ''}: ${functionName}`,
          {},
        );
      }
    }
  }

  async publishLayerVersion(
    input: PublishLayerVersionInput,
    opts?: CallOptions,
  ): Promise<LayerVersionDetails> {
    const content = toFunctionCode(input.content);
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(
        new PublishLayerVersionCommand({
          LayerName: input.layerName,
          Content: content,
          ...(input.description !== undefined ? { Description: input.description } : {}),
          ...(input.compatibleRuntimes !== undefined
            ? { CompatibleRuntimes: input.compatibleRuntimes as Runtime[] }
            : {}),
          ...(input.compatibleArchitectures !== undefined
            ? { CompatibleArchitectures: [...input.compatibleArchitectures] }
            : {}),
          ...(input.licenseInfo !== undefined ? { LicenseInfo: input.licenseInfo } : {}),
        }),
        o,
      ),
    );
    return toLayerVersionDetails(r);
  }

  async getLayerVersion(
    layerName: string,
    version: number,
    opts?: CallOptions,
  ): Promise<LayerVersionDetails> {
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(new GetLayerVersionCommand({ LayerName: layerName, VersionNumber: version }), o),
    );
    return toLayerVersionDetails(r);
  }

  async getLayerVersionByArn(layerVersionArn: string, opts?: CallOptions): Promise<LayerVersionDetails> {
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(new GetLayerVersionByArnCommand({ Arn: layerVersionArn }), o),
    );
    return toLayerVersionDetails(r);
  }

  async deleteLayerVersion(layerName: string, version: number, opts?: CallOptions): Promise<void> {
    await this.call(opts?.signal, (o) =>
      this.client.send(new DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: version }), o),
    );
  }

  async getLayerVersionPolicy(
    layerName: string,
    version: number,
    opts?: CallOptions,
  ): Promise<LayerVersionPolicy | undefined> {
    let r;
    try {
      r = await this.call(opts?.signal, (o) =>
        this.client.send(
          new GetLayerVersionPolicyCommand({ LayerName: layerName, VersionNumber: version }),
          o,
        ),
      );
    } catch (e) {
      // AWS answers "not found" both for a version without grants and for a missing version: check which.
      if (e instanceof LambdaError && e.kind === 'NotFound' && /polic/i.test(e.details.awsMessage ?? ''))
        return undefined;
      if (e instanceof LambdaError && e.kind === 'NotFound') {
        await this.getLayerVersion(layerName, version, opts);
        return undefined;
      }
      throw e;
    }
    return { document: parsePolicy(r.Policy ?? '{}'), revisionId: r.RevisionId ?? '' };
  }

  async addLayerVersionPermission(
    layerName: string,
    version: number,
    statementId: string,
    grant: Grant,
    opts?: GuardedOptions,
  ): Promise<{ statement: PolicyStatement; revisionId: string }> {
    const { principal, organizationId } = grantToPermission(grant);
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(
        new AddLayerVersionPermissionCommand({
          LayerName: layerName,
          VersionNumber: version,
          StatementId: statementId,
          Action: LAYER_PERMISSION_ACTION,
          Principal: principal,
          ...(organizationId !== undefined ? { OrganizationId: organizationId } : {}),
          ...revision(opts),
        }),
        o,
      ),
    );
    return { statement: parseStatementJson(r.Statement ?? '{}'), revisionId: r.RevisionId ?? '' };
  }

  async removeLayerVersionPermission(
    layerName: string,
    version: number,
    statementId: string,
    opts?: GuardedOptions,
  ): Promise<void> {
    await this.call(opts?.signal, (o) =>
      this.client.send(
        new RemoveLayerVersionPermissionCommand({
          LayerName: layerName,
          VersionNumber: version,
          StatementId: statementId,
          ...revision(opts),
        }),
        o,
      ),
    );
  }
}

/** The function's update (or activation) failed on AWS's side: say why, in AWS's words. */
function waitFailure(
  what: 'updated' | 'active',
  reason: string | undefined,
  code: string | undefined,
): LambdaError {
  const advice =
    what === 'updated'
      ? 'The function update failed on AWS. Fix the cause and update the function again'
      : 'The function could not become active. Fix the cause and update the function again';
  return new LambdaError('Unknown', `${advice}: ${redactMessage(reason ?? code ?? 'no reason given')}`, {
    awsName: code ?? (what === 'updated' ? 'LastUpdateStatus: Failed' : 'State: Failed'),
    ...(reason !== undefined ? { awsMessage: redactMessage(reason) } : {}),
  });
}

function page<T>(items: T[], nextMarker: string | undefined): Page<T> {
  return nextMarker ? { items, nextMarker } : { items };
}

function layerFilter(f: LayerFilter | undefined): {
  CompatibleRuntime?: Runtime;
  CompatibleArchitecture?: SdkArchitecture;
} {
  return {
    ...(f?.runtime ? { CompatibleRuntime: f.runtime as Runtime } : {}),
    ...(f?.architecture ? { CompatibleArchitecture: f.architecture } : {}),
  };
}

function qualifier(opts: { qualifier?: string } | undefined): { Qualifier?: string } {
  return opts?.qualifier ? { Qualifier: opts.qualifier } : {};
}

function revision(opts: GuardedOptions | undefined): { RevisionId?: string } {
  return opts?.revisionId ? { RevisionId: opts.revisionId } : {};
}
