// The one implementation of LambdaService. With its helpers sdkShapes.ts (SDK shapes <-> domain types) and
// sdkCalls.ts (paginators, waiters) and the client factory, the only importer of @aws-sdk/client-lambda.
// SDK shapes stop here: everything returned is a domain type, every failure a LambdaError.

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
} from '@aws-sdk/client-lambda';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { LambdaError } from './errors';
import type {
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
import { toLambdaError } from './mapError';
import { grantToPermission, LAYER_PERMISSION_ACTION, parsePolicy, parseStatementJson } from './policy';
import { cancelled, mappedPages, waitForFunction } from './sdkCalls';
import type { WaitContext } from './sdkCalls';
import {
  createFunctionRequest,
  layerFilter,
  page,
  pageSize,
  publishLayerVersionRequest,
  qualifier,
  revision,
  toConfiguration,
  toDetails,
  toFunctionCode,
  toLayerSummary,
  toLayerVersionDetails,
  toLayerVersionSummary,
  toSummary,
  updateFunctionConfigurationRequest,
} from './sdkShapes';

export interface SdkLambdaServiceOptions {
  /** The profile in use, named in credential error messages (`aws sso login --profile …`). */
  profile?: string;
  /** First delay of the waiters in seconds (default 1: a 300 ms update is seen within about a second). */
  waiterMinDelaySeconds?: number;
  /** Longest delay between two waiter polls in seconds (default 5). */
  waiterMaxDelaySeconds?: number;
}

const LAYER_PAGE_MAX = 50;
const FUNCTION_PAGE_MAX = 10_000;

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

  /** Pages of an SDK paginator, mapped (see mappedPages); failures become LambdaErrors. */
  private pages<R, T>(
    signal: AbortSignal | undefined,
    paginator: () => AsyncIterable<R>,
    map: (page: R) => Page<T>,
  ): AsyncIterable<Page<T>> {
    return mappedPages(signal, paginator, map, (e) => this.fail(e, signal));
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
      this.client.send(new CreateFunctionCommand(createFunctionRequest(input)), o),
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
    const input = updateFunctionConfigurationRequest(functionName, changes, opts);
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

  private wait(
    functionName: string,
    opts: WaitOptions | undefined,
    what: 'updated' | 'active',
  ): Promise<FunctionConfiguration> {
    const ctx: WaitContext = {
      client: this.client,
      options: this.options,
      read: (name, o) => this.getFunctionConfiguration(name, o),
      fail: (e, signal) => this.fail(e, signal),
    };
    return waitForFunction(ctx, functionName, opts, what);
  }

  async publishLayerVersion(
    input: PublishLayerVersionInput,
    opts?: CallOptions,
  ): Promise<LayerVersionDetails> {
    const request = publishLayerVersionRequest(input);
    const r = await this.call(opts?.signal, (o) =>
      this.client.send(new PublishLayerVersionCommand(request), o),
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
