"use strict";
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
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MAX_ATTEMPTS = exports.InvalidEndpointError = exports.MissingRegionError = void 0;
exports.isLoopbackHost = isLoopbackHost;
exports.resolveConnection = resolveConnection;
exports.createLambdaClient = createLambdaClient;
exports.socketTimeoutFor = socketTimeoutFor;
exports.createLambdaService = createLambdaService;
exports.s3ClientConfig = s3ClientConfig;
exports.stsClientConfig = stsClientConfig;
exports.openArtifactStore = openArtifactStore;
exports.sdkClientFactory = sdkClientFactory;
const client_lambda_1 = require("@aws-sdk/client-lambda");
const profiles_1 = require("./profiles");
const sdkLambdaService_1 = require("./sdkLambdaService");
const sdkSharedBody_1 = require("./sdkSharedBody");
/** Thrown by the factory when no Region can be found. Not a LambdaError: no call was made. */
class MissingRegionError extends Error {
    profile;
    name = 'MissingRegionError';
    constructor(profile) {
        super(`No AWS Region is set. Pick one in Lambda Explorer, set AWS_REGION, or add "region = …" to the profile in your AWS config file: ${profile}`);
        this.profile = profile;
    }
}
exports.MissingRegionError = MissingRegionError;
/**
 * Thrown by the factory when an endpoint is refused: not an http(s) URL, plain http to a host that is not this
 * machine (signed requests and code would cross the network unencrypted), or a URL with a user name or
 * password in it. The message names where the endpoint came from and never repeats user info.
 */
class InvalidEndpointError extends Error {
    endpoint;
    source;
    name = 'InvalidEndpointError';
    constructor(
    /** The endpoint with any user info removed. */
    endpoint, reason = 'must be an http:// or https:// URL', 
    /** Where the endpoint came from: the setting, an environment variable or a profile. */
    source = 'lambdaExplorer.endpoint') {
        super(`The endpoint in ${source} ${reason}: ${endpoint}`);
        this.endpoint = endpoint;
        this.source = source;
    }
}
exports.InvalidEndpointError = InvalidEndpointError;
exports.DEFAULT_MAX_ATTEMPTS = 4;
function truthy(v) {
    return v !== undefined && v.toLowerCase() === 'true';
}
/** Whether a URL host is this machine: localhost, 127.0.0.0/8 or ::1 (the only hosts plain http may reach). */
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase().replace(/\.$/, '');
    return h === 'localhost' || h === '[::1]' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
/** The endpoint without user info, for messages (a URL that does not parse loses anything before an `@`). */
function withoutUserInfo(endpoint) {
    return endpoint.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, '$1');
}
function checkEndpoint(endpoint, source) {
    const shown = withoutUserInfo(endpoint);
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new InvalidEndpointError(shown, undefined, source);
    }
    if (url.username !== '' || url.password !== '' || shown !== endpoint)
        throw new InvalidEndpointError(shown, 'must not contain a user name or password (credentials come from the AWS profile)', source);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new InvalidEndpointError(shown, undefined, source);
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
        throw new InvalidEndpointError(shown, 'must use https:// (plain http:// is only allowed for localhost, 127.0.0.0/8 and ::1)', source);
    return endpoint;
}
const ENDPOINT_ENV = {
    lambda: 'AWS_ENDPOINT_URL_LAMBDA',
    s3: 'AWS_ENDPOINT_URL_S3',
    sts: 'AWS_ENDPOINT_URL_STS',
};
function resolve(settings, service, env) {
    const chosen = settings.profile?.trim() || undefined;
    const profileName = chosen ?? (0, profiles_1.defaultProfile)(env);
    const profile = (0, profiles_1.findProfile)(profileName, env);
    const region = settings.region?.trim() || env.AWS_REGION || env.AWS_DEFAULT_REGION || profile?.region;
    if (!region)
        throw new MissingRegionError(profileName);
    const ignoreConfigured = truthy(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) || profile?.ignoreConfiguredEndpointUrls === true;
    const envName = ENDPOINT_ENV[service];
    const serviceEnv = env[envName];
    const fromProfile = service === 'lambda'
        ? profile?.endpointUrl
        : service === 's3'
            ? profile?.s3EndpointUrl
            : profile?.stsEndpointUrl;
    const candidates = [
        [settings.endpoint?.trim(), 'lambdaExplorer.endpoint'],
        ...(ignoreConfigured
            ? []
            : [
                [serviceEnv, envName],
                [env.AWS_ENDPOINT_URL, 'AWS_ENDPOINT_URL'],
                [fromProfile, `the endpoint_url of profile ${profileName}`],
            ]),
    ];
    const [endpoint, source] = candidates.find(([v]) => !!v) ?? [undefined, ''];
    const connection = { profile: profileName, region };
    if (endpoint !== undefined)
        connection.endpoint = checkEndpoint(endpoint, source);
    const resolved = { connection, region };
    if (chosen !== undefined)
        resolved.sdkProfile = chosen;
    return resolved;
}
/** Resolves what a client would be built with, without building it. Throws MissingRegionError / InvalidEndpointError. */
function resolveConnection(settings, deps = {}) {
    return resolve(settings, 'lambda', deps.env ?? process.env).connection;
}
function commonConfig(r, deps) {
    return {
        region: r.region,
        ...(r.sdkProfile !== undefined ? { profile: r.sdkProfile } : {}),
        ...(r.connection.endpoint !== undefined ? { endpoint: r.connection.endpoint } : {}),
        ...(deps.credentials !== undefined ? { credentials: deps.credentials } : {}),
        ignoreConfiguredEndpointUrls: true,
        maxAttempts: deps.maxAttempts ?? exports.DEFAULT_MAX_ATTEMPTS,
        retryMode: 'standard',
        requestHandler: {
            connectionTimeout: deps.connectionTimeoutMs ?? 5_000,
            socketTimeout: deps.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
        },
    };
}
/** A LambdaClient that sends a large inline archive's body built once (sdkSharedBody.ts). */
function lambdaClient(config) {
    const client = new client_lambda_1.LambdaClient(config);
    (0, sdkSharedBody_1.addSharedBody)(client);
    return client;
}
/** Builds a LambdaClient for the settings. Throws MissingRegionError / InvalidEndpointError. */
function createLambdaClient(settings, deps = {}) {
    const r = resolve(settings, 'lambda', deps.env ?? process.env);
    return { client: lambdaClient(commonConfig(r, deps)), connection: r.connection };
}
const DEFAULT_SOCKET_TIMEOUT_MS = 60_000;
const MIB = 1024 * 1024;
/**
 * The socket timeout for a request body of `bodyBytes`: the base, plus 2 s per MiB for AWS to take in and check a
 * large inline archive before it answers (a 70 MB request: 60 s + 132 s), in steps of 30 s.
 */
function socketTimeoutFor(bodyBytes, baseMs = DEFAULT_SOCKET_TIMEOUT_MS) {
    const extra = Math.floor(bodyBytes / MIB) * 2_000;
    return extra === 0 ? baseMs : Math.ceil((baseMs + extra) / 30_000) * 30_000;
}
/**
 * Clients for calls that must not be re-sent blindly: one attempt (the SDK never retries them; lostAnswer.ts
 * decides), a socket timeout that scales with the body. Built on first use, one per timeout step, destroyed with
 * the main client.
 */
function onceClients(r, deps, main) {
    const clients = new Map();
    const destroyMain = main.destroy.bind(main);
    main.destroy = () => {
        for (const c of clients.values())
            c.destroy();
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
function createLambdaService(settings, deps = {}) {
    const r = resolve(settings, 'lambda', deps.env ?? process.env);
    const client = lambdaClient(commonConfig(r, deps));
    const connection = r.connection;
    const service = new sdkLambdaService_1.SdkLambdaService(client, {
        profile: connection.profile,
        onceClient: onceClients(r, deps, client),
        ...(deps.waiterMinDelaySeconds !== undefined
            ? { waiterMinDelaySeconds: deps.waiterMinDelaySeconds }
            : {}),
    });
    return { service, client, connection };
}
/** The configuration of the S3 client for uploads over 50 MB; path-style addressing when a custom endpoint is set. */
function s3ClientConfig(settings, deps = {}) {
    const r = resolve(settings, 's3', deps.env ?? process.env);
    return {
        config: { ...commonConfig(r, deps), forcePathStyle: r.connection.endpoint !== undefined },
        connection: r.connection,
    };
}
/** The configuration of the STS client that finds the caller's account (a custom endpoint serves STS too). */
function stsClientConfig(settings, deps = {}) {
    return commonConfig(resolve(settings, 'sts', deps.env ?? process.env), deps);
}
/**
 * The artifact store of the settings: an S3 client, and an STS client for the account that must own the bucket.
 * Loads the S3 side on first use (dist/s3.js in the production build). Throws MissingRegionError /
 * InvalidEndpointError.
 */
async function openArtifactStore(settings, deps = {}) {
    const { config } = s3ClientConfig(settings, deps);
    const sts = stsClientConfig(settings, deps);
    const { openArtifactStore: open } = await Promise.resolve().then(() => __importStar(require('./sdkArtifacts')));
    return open(config, sts);
}
/** The ClientFactory over the real SDK. */
function sdkClientFactory(deps = {}) {
    return {
        lambda: (settings) => createLambdaService(settings, deps),
        artifacts: (settings) => openArtifactStore(settings, deps),
    };
}
//# sourceMappingURL=sdkClientFactory.js.map