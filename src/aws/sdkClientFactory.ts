// Builds the one LambdaService (and, on the first large upload, the S3 side: src/aws/sdkArtifacts.ts, loaded
// lazily so that activation does not load the S3 and STS clients) from the user's connection settings.
//
// Precedence, as the AWS CLI documents it:
//   profile:  settings.profile → AWS_PROFILE → `default` (credentials: the SDK's default chain; with a chosen
//             profile, the SDK's `profile` option: static keys, assume-role, process, SSO via fromIni)
//   region:   settings.region → AWS_REGION → AWS_DEFAULT_REGION → the profile's `region`
//   endpoint: settings.endpoint → AWS_ENDPOINT_URL_LAMBDA → AWS_ENDPOINT_URL → the profile's services
//             section `lambda.endpoint_url` → the profile's `endpoint_url` (the last three skipped when
//             `ignore_configured_endpoint_urls` / AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true).
// The endpoint is resolved here rather than by the SDK because SDK v3 (3.1164) reads `endpoint_url` from
// AWS_PROFILE's profile only, ignoring the client's `profile` option; the client is therefore built with
// `ignoreConfiguredEndpointUrls: true` so that it never picks another profile's endpoint behind our back.

import { LambdaClient } from '@aws-sdk/client-lambda';
import type { LambdaClientConfig } from '@aws-sdk/client-lambda';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { STSClientConfig } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { LambdaService } from './lambdaService';
import type { OwnedArtifactStore } from './sdkArtifacts';
import { defaultProfile, findProfile } from './profiles';
import type { Env, ProfileInfo } from './profiles';
import { SdkLambdaService } from './sdkLambdaService';
import { addSharedBody } from './sdkSharedBody';

export interface ConnectionSettings {
  profile?: string;
  region?: string;
  endpoint?: string;
}

/** What the client was actually built with (show it to the user). */
export interface Connection {
  profile: string;
  region?: string;
  endpoint?: string;
}

export interface ClientFactoryDeps {
  /** Environment to read AWS_* from (default: process.env). */
  env?: Env;
  /** Fixed credentials (tests, or a caller that resolved them itself). Default: the SDK's chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Attempts per call including the first (SDK standard retry mode; retries 429, 5xx, dropped connections). */
  maxAttempts?: number;
  /** Abandon a connection attempt after this many ms (default 5000). */
  connectionTimeoutMs?: number;
  /** Close a socket idle for this many ms (default 60000). */
  socketTimeoutMs?: number;
  /** First delay of the update/active waiters in seconds (default 1). */
  waiterMinDelaySeconds?: number;
}

/** Thrown by the factory when no Region can be found. Not a LambdaError: no call was made. */
export class MissingRegionError extends Error {
  override readonly name = 'MissingRegionError';
  constructor(readonly profile: string) {
    super(
      `No AWS Region is set. Pick one in Lambda Explorer, set AWS_REGION, or add "region = …" to the profile in your AWS config file: ${profile}`,
    );
  }
}

/**
 * Thrown by the factory when an endpoint is refused: not an http(s) URL, plain http to a host that is not this
 * machine (signed requests and code would cross the network unencrypted), or a URL with a user name or
 * password in it. The message names where the endpoint came from and never repeats user info.
 */
export class InvalidEndpointError extends Error {
  override readonly name = 'InvalidEndpointError';
  constructor(
    /** The endpoint with any user info removed. */
    readonly endpoint: string,
    reason = 'must be an http:// or https:// URL',
    /** Where the endpoint came from: the setting, an environment variable or a profile. */
    readonly source = 'lambdaExplorer.endpoint',
  ) {
    super(`The endpoint in ${source} ${reason}: ${endpoint}`);
  }
}

export const DEFAULT_MAX_ATTEMPTS = 4;

interface Resolved {
  connection: Connection;
  /** Pass `profile` to the SDK only when the user chose one: otherwise the default chain (env keys first). */
  sdkProfile?: string;
  region: string;
}

function truthy(v: string | undefined): boolean {
  return v !== undefined && v.toLowerCase() === 'true';
}

/** Whether a URL host is this machine: localhost, 127.0.0.0/8 or ::1 (the only hosts plain http may reach). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h === '[::1]' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The endpoint without user info, for messages (a URL that does not parse loses anything before an `@`). */
function withoutUserInfo(endpoint: string): string {
  return endpoint.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, '$1');
}

function checkEndpoint(endpoint: string, source: string): string {
  const shown = withoutUserInfo(endpoint);
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new InvalidEndpointError(shown, undefined, source);
  }
  if (url.username !== '' || url.password !== '' || shown !== endpoint)
    throw new InvalidEndpointError(
      shown,
      'must not contain a user name or password (credentials come from the AWS profile)',
      source,
    );
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidEndpointError(shown, undefined, source);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    throw new InvalidEndpointError(
      shown,
      'must use https:// (plain http:// is only allowed for localhost, 127.0.0.0/8 and ::1)',
      source,
    );
  return endpoint;
}

type Service = 'lambda' | 's3' | 'sts';
const ENDPOINT_ENV = {
  lambda: 'AWS_ENDPOINT_URL_LAMBDA',
  s3: 'AWS_ENDPOINT_URL_S3',
  sts: 'AWS_ENDPOINT_URL_STS',
} as const;

function resolve(settings: ConnectionSettings, service: Service, env: Env): Resolved {
  const chosen = settings.profile?.trim() || undefined;
  const profileName = chosen ?? defaultProfile(env);
  const profile: ProfileInfo | undefined = findProfile(profileName, env);

  const region = settings.region?.trim() || env.AWS_REGION || env.AWS_DEFAULT_REGION || profile?.region;
  if (!region) throw new MissingRegionError(profileName);

  const ignoreConfigured =
    truthy(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) || profile?.ignoreConfiguredEndpointUrls === true;
  const envName = ENDPOINT_ENV[service];
  const serviceEnv = env[envName];
  const fromProfile =
    service === 'lambda'
      ? profile?.endpointUrl
      : service === 's3'
        ? profile?.s3EndpointUrl
        : profile?.stsEndpointUrl;
  const candidates: [string | undefined, string][] = [
    [settings.endpoint?.trim(), 'lambdaExplorer.endpoint'],
    ...(ignoreConfigured
      ? []
      : ([
          [serviceEnv, envName],
          [env.AWS_ENDPOINT_URL, 'AWS_ENDPOINT_URL'],
          [fromProfile, `the endpoint_url of profile ${profileName}`],
        ] as [string | undefined, string][])),
  ];
  const [endpoint, source] = candidates.find(([v]) => !!v) ?? [undefined, ''];

  const connection: Connection = { profile: profileName, region };
  if (endpoint !== undefined) connection.endpoint = checkEndpoint(endpoint, source);
  const resolved: Resolved = { connection, region };
  if (chosen !== undefined) resolved.sdkProfile = chosen;
  return resolved;
}

/** Resolves what a client would be built with, without building it. Throws MissingRegionError / InvalidEndpointError. */
export function resolveConnection(
  settings: ConnectionSettings,
  deps: Pick<ClientFactoryDeps, 'env'> = {},
): Connection {
  return resolve(settings, 'lambda', deps.env ?? process.env).connection;
}

function commonConfig(r: Resolved, deps: ClientFactoryDeps) {
  return {
    region: r.region,
    ...(r.sdkProfile !== undefined ? { profile: r.sdkProfile } : {}),
    ...(r.connection.endpoint !== undefined ? { endpoint: r.connection.endpoint } : {}),
    ...(deps.credentials !== undefined ? { credentials: deps.credentials } : {}),
    ignoreConfiguredEndpointUrls: true,
    maxAttempts: deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: deps.connectionTimeoutMs ?? 5_000,
      socketTimeout: deps.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
    },
  };
}

/** A LambdaClient that sends a large inline archive's body built once (sdkSharedBody.ts). */
function lambdaClient(config: LambdaClientConfig): LambdaClient {
  const client = new LambdaClient(config);
  addSharedBody(client);
  return client;
}

/** Builds a LambdaClient for the settings. Throws MissingRegionError / InvalidEndpointError. */
export function createLambdaClient(
  settings: ConnectionSettings,
  deps: ClientFactoryDeps = {},
): { client: LambdaClient; connection: Connection } {
  const r = resolve(settings, 'lambda', deps.env ?? process.env);
  return { client: lambdaClient(commonConfig(r, deps)), connection: r.connection };
}

const DEFAULT_SOCKET_TIMEOUT_MS = 60_000;
const MIB = 1024 * 1024;

/**
 * The socket timeout for a request body of `bodyBytes`: the base, plus 2 s per MiB for AWS to take in and check a
 * large inline archive before it answers (a 70 MB request: 60 s + 132 s), in steps of 30 s.
 */
export function socketTimeoutFor(bodyBytes: number, baseMs = DEFAULT_SOCKET_TIMEOUT_MS): number {
  const extra = Math.floor(bodyBytes / MIB) * 2_000;
  return extra === 0 ? baseMs : Math.ceil((baseMs + extra) / 30_000) * 30_000;
}

/**
 * Clients for calls that must not be re-sent blindly: one attempt (the SDK never retries them; lostAnswer.ts
 * decides), a socket timeout that scales with the body. Built on first use, one per timeout step, destroyed with
 * the main client.
 */
function onceClients(
  r: Resolved,
  deps: ClientFactoryDeps,
  main: LambdaClient,
): (bodyBytes: number) => LambdaClient {
  const clients = new Map<number, LambdaClient>();
  const destroyMain = main.destroy.bind(main);
  main.destroy = () => {
    for (const c of clients.values()) c.destroy();
    clients.clear();
    destroyMain();
  };
  return (bodyBytes) => {
    const timeout = socketTimeoutFor(bodyBytes, deps.socketTimeoutMs);
    let client = clients.get(timeout);
    if (!client) {
      client = lambdaClient({
        ...commonConfig(r, { ...deps, socketTimeoutMs: timeout }),
        maxAttempts: 1,
      });
      clients.set(timeout, client);
    }
    return client;
  };
}

/** The one LambdaService for the settings. Throws MissingRegionError / InvalidEndpointError (never a LambdaError). */
export function createLambdaService(
  settings: ConnectionSettings,
  deps: ClientFactoryDeps = {},
): { service: LambdaService; client: LambdaClient; connection: Connection } {
  const r = resolve(settings, 'lambda', deps.env ?? process.env);
  const client = lambdaClient(commonConfig(r, deps));
  const connection = r.connection;
  const service = new SdkLambdaService(client, {
    profile: connection.profile,
    onceClient: onceClients(r, deps, client),
    ...(deps.waiterMinDelaySeconds !== undefined
      ? { waiterMinDelaySeconds: deps.waiterMinDelaySeconds }
      : {}),
  });
  return { service, client, connection };
}

/** The configuration of the S3 client for uploads over 50 MB; path-style addressing when a custom endpoint is set. */
export function s3ClientConfig(
  settings: ConnectionSettings,
  deps: ClientFactoryDeps = {},
): { config: S3ClientConfig; connection: Connection } {
  const r = resolve(settings, 's3', deps.env ?? process.env);
  return {
    config: { ...commonConfig(r, deps), forcePathStyle: r.connection.endpoint !== undefined },
    connection: r.connection,
  };
}

/** The configuration of the STS client that finds the caller's account (a custom endpoint serves STS too). */
export function stsClientConfig(settings: ConnectionSettings, deps: ClientFactoryDeps = {}): STSClientConfig {
  return commonConfig(resolve(settings, 'sts', deps.env ?? process.env), deps);
}

/**
 * The artifact store of the settings: an S3 client, and an STS client for the account that must own the bucket.
 * Loads the S3 side on first use (dist/s3.js in the production build). Throws MissingRegionError /
 * InvalidEndpointError.
 */
export async function openArtifactStore(
  settings: ConnectionSettings,
  deps: ClientFactoryDeps = {},
): Promise<OwnedArtifactStore> {
  const { config } = s3ClientConfig(settings, deps);
  const sts = stsClientConfig(settings, deps);
  const { openArtifactStore: open } = await import('./sdkArtifacts');
  return open(config, sts);
}

/**
 * Builds the SDK clients of one connection. Whoever asks for a client owns it and destroys it (the connection,
 * src/connection/connectionManager.ts, when it is rebuilt or disposed). Both methods throw MissingRegionError /
 * InvalidEndpointError.
 */
export interface ClientFactory {
  /** A LambdaClient and the one LambdaService over it. */
  lambda(settings: ConnectionSettings): {
    service: LambdaService;
    client: LambdaClient;
    connection: Connection;
  };
  /** The artifact bucket's store: its own S3 and STS clients, loaded on first use. */
  artifacts(settings: ConnectionSettings): Promise<OwnedArtifactStore>;
}

/** The ClientFactory over the real SDK. */
export function sdkClientFactory(deps: ClientFactoryDeps = {}): ClientFactory {
  return {
    lambda: (settings) => createLambdaService(settings, deps),
    artifacts: (settings) => openArtifactStore(settings, deps),
  };
}
