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
import { parsePolicy, parseStatementJson } from './policy';
import {
  expectedSha256,
  findCreatedFunction,
  findGrantedStatement,
  findOwnCodeUpdate,
  findPublishedLayerVersion,
  findPublishedVersion,
} from './reconcile';
import { SdkCaller } from './sdkCaller';
import { inlineBytes, waitForFunction } from './sdkCalls';
import type { WaitContext } from './sdkCalls';
import {
  addLayerVersionPermissionRequest,
  createFunctionRequest,
  layerFilter,
  page,
  publishLayerVersionRequest,
  publishVersionRequest,
  qualifier,
  revision,
  records,
  str,
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
  /**
   * A client making one attempt per call (no SDK retries) whose socket timeout suits a request body of this many
   * bytes: for the calls that must not be re-sent blindly (lostAnswer.ts). Default: the main client.
   */
  onceClient?: (bodyBytes: number) => LambdaClient;
}

const LAYER_PAGE_MAX = 50;
const FUNCTION_PAGE_MAX = 10_000;

export class SdkLambdaService implements LambdaService {
  private readonly sdk: SdkCaller;

  constructor(
    private readonly client: LambdaClient,
    private readonly options: SdkLambdaServiceOptions = {},
  ) {
    this.sdk = new SdkCaller(client, options);
  }

  listFunctions(opts?: ListOptions & { allVersions?: boolean }): AsyncIterable<Page<FunctionSummary>> {
    const signal = opts?.signal;
    return this.sdk.pages(
      signal,
      () =>
        paginateListFunctions(
          this.sdk.paginatorConfig(opts, FUNCTION_PAGE_MAX),
          opts?.allVersions ? { FunctionVersion: 'ALL' } : {},
          this.sdk.sendOptions(signal),
        ),
      (p) => page(records(p.Functions).map(toSummary), p.NextMarker),
    );
  }

  listVersionsByFunction(functionName: string, opts?: ListOptions): AsyncIterable<Page<FunctionSummary>> {
    const signal = opts?.signal;
    return this.sdk.pages(
      signal,
      () =>
        paginateListVersionsByFunction(
          this.sdk.paginatorConfig(opts, FUNCTION_PAGE_MAX),
          { FunctionName: functionName },
          this.sdk.sendOptions(signal),
        ),
      (p) => page(records(p.Versions).map(toSummary), p.NextMarker),
    );
  }

  listLayers(opts?: ListOptions & LayerFilter): AsyncIterable<Page<LayerSummary>> {
    const signal = opts?.signal;
    return this.sdk.pages(
      signal,
      () =>
        paginateListLayers(
          this.sdk.paginatorConfig(opts, LAYER_PAGE_MAX),
          layerFilter(opts),
          this.sdk.sendOptions(signal),
        ),
      (p) => page(records(p.Layers).map(toLayerSummary), p.NextMarker),
    );
  }

  listLayerVersions(
    layerName: string,
    opts?: ListOptions & LayerFilter,
  ): AsyncIterable<Page<LayerVersionSummary>> {
    const signal = opts?.signal;
    return this.sdk.pages(
      signal,
      () =>
        paginateListLayerVersions(
          this.sdk.paginatorConfig(opts, LAYER_PAGE_MAX),
          { LayerName: layerName, ...layerFilter(opts) },
          this.sdk.sendOptions(signal),
        ),
      (p) =>
        page(
          records(p.LayerVersions).map((v) => toLayerVersionSummary(v)),
          p.NextMarker,
        ),
    );
  }

  async getFunction(
    functionName: string,
    opts?: CallOptions & { qualifier?: string },
  ): Promise<FunctionDetails> {
    const r = await this.sdk.call(opts?.signal, (o) =>
      this.client.send(new GetFunctionCommand({ FunctionName: functionName, ...qualifier(opts) }), o),
    );
    return toDetails(r);
  }

  async getFunctionConfiguration(
    functionName: string,
    opts?: CallOptions & { qualifier?: string },
  ): Promise<FunctionConfiguration> {
    const r = await this.sdk.call(opts?.signal, (o) =>
      this.client.send(
        new GetFunctionConfigurationCommand({ FunctionName: functionName, ...qualifier(opts) }),
        o,
      ),
    );
    return toConfiguration(r);
  }

  createFunction(input: CreateFunctionInput, opts?: CallOptions): Promise<FunctionConfiguration> {
    const sha = expectedSha256(input.code, input.codeSha256);
    return this.sdk.once(
      `CreateFunction of ${input.name}`,
      opts,
      inlineBytes(input.code),
      async (client, o) =>
        toConfiguration(await client.send(new CreateFunctionCommand(createFunctionRequest(input)), o)),
      () => findCreatedFunction(this, input.name, sha),
      (f) => `${f.name} exists with this code`,
    );
  }

  async updateFunctionCode(
    functionName: string,
    code: CodeSource,
    opts?: GuardedOptions & { publish?: boolean; codeSha256?: string },
  ): Promise<FunctionConfiguration> {
    try {
      const r = await this.sdk.call(opts?.signal, (o) =>
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
    } catch (e) {
      const ours = await findOwnCodeUpdate(
        this,
        e,
        functionName,
        expectedSha256(code, opts?.codeSha256),
        opts,
      );
      if (!ours) throw e;
      return ours;
    }
  }

  async updateFunctionConfiguration(
    functionName: string,
    changes: FunctionConfigurationChanges,
    opts?: GuardedOptions,
  ): Promise<FunctionConfiguration> {
    const input = updateFunctionConfigurationRequest(functionName, changes, opts);
    const r = await this.sdk.call(opts?.signal, (o) =>
      this.client.send(new UpdateFunctionConfigurationCommand(input), o),
    );
    return toConfiguration(r);
  }

  publishVersion(
    functionName: string,
    opts?: GuardedOptions & { description?: string; codeSha256?: string },
  ): Promise<FunctionConfiguration> {
    const request = publishVersionRequest(functionName, opts);
    return this.sdk.once(
      `PublishVersion of ${functionName}`,
      opts,
      0,
      async (client, o) => toConfiguration(await client.send(new PublishVersionCommand(request), o)),
      () =>
        findPublishedVersion(this, functionName, {
          ...(request.Description !== undefined ? { description: request.Description } : {}),
          ...(request.CodeSha256 !== undefined ? { codeSha256: request.CodeSha256 } : {}),
        }),
      (v) => `published as version ${v.version}`,
    );
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
      fail: (e, signal) => this.sdk.fail(e, signal),
    };
    return waitForFunction(ctx, functionName, opts, what);
  }

  publishLayerVersion(input: PublishLayerVersionInput, opts?: CallOptions): Promise<LayerVersionDetails> {
    const request = publishLayerVersionRequest(input);
    const sha = expectedSha256(input.content, input.codeSha256);
    return this.sdk.once(
      `PublishLayerVersion of ${input.layerName}`,
      opts,
      inlineBytes(input.content),
      async (client, o) =>
        toLayerVersionDetails(await client.send(new PublishLayerVersionCommand(request), o)),
      (since) => findPublishedLayerVersion(this, input, sha, since),
      (v) => `published as version ${v.version}`,
    );
  }

  async getLayerVersion(
    layerName: string,
    version: number,
    opts?: CallOptions,
  ): Promise<LayerVersionDetails> {
    const r = await this.sdk.call(opts?.signal, (o) =>
      this.client.send(new GetLayerVersionCommand({ LayerName: layerName, VersionNumber: version }), o),
    );
    return toLayerVersionDetails(r);
  }

  async getLayerVersionByArn(layerVersionArn: string, opts?: CallOptions): Promise<LayerVersionDetails> {
    const r = await this.sdk.call(opts?.signal, (o) =>
      this.client.send(new GetLayerVersionByArnCommand({ Arn: layerVersionArn }), o),
    );
    return toLayerVersionDetails(r);
  }

  async deleteLayerVersion(layerName: string, version: number, opts?: CallOptions): Promise<void> {
    await this.sdk.call(opts?.signal, (o) =>
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
      r = await this.sdk.call(opts?.signal, (o) =>
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
    return { document: parsePolicy(str(r.Policy) ?? '{}'), revisionId: str(r.RevisionId) ?? '' };
  }

  addLayerVersionPermission(
    layerName: string,
    version: number,
    statementId: string,
    grant: Grant,
    opts?: GuardedOptions,
  ): Promise<{ statement: PolicyStatement; revisionId: string }> {
    const command = new AddLayerVersionPermissionCommand(
      addLayerVersionPermissionRequest(layerName, version, statementId, grant, opts),
    );
    return this.sdk.once(
      `AddLayerVersionPermission of ${layerName} version ${version}`,
      opts,
      0,
      async (client, o) => {
        const r = await client.send(command, o);
        return {
          statement: parseStatementJson(str(r.Statement) ?? '{}'),
          revisionId: str(r.RevisionId) ?? '',
        };
      },
      () => findGrantedStatement(this, layerName, version, statementId, grant),
      () => `statement ${statementId} is in the policy`,
    );
  }

  async removeLayerVersionPermission(
    layerName: string,
    version: number,
    statementId: string,
    opts?: GuardedOptions,
  ): Promise<void> {
    await this.sdk.call(opts?.signal, (o) =>
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
