"use strict";
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
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const client_lambda_1 = require("@aws-sdk/client-lambda");
const client_s3_1 = require("@aws-sdk/client-s3");
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const errors_1 = require("../../../src/aws/errors");
const mapError_1 = require("../../../src/aws/mapError");
const awsFiles_1 = require("./awsFiles");
const KEYS = { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } };
const AWS_VARS = [
    'AWS_PROFILE',
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_CONFIG_FILE',
    'AWS_SHARED_CREDENTIALS_FILE',
    'AWS_ENDPOINT_URL',
    'AWS_ENDPOINT_URL_LAMBDA',
    'AWS_ENDPOINT_URL_S3',
    'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
    'HOME',
];
/** The URL a client would send a request to (stops before signing, so no credentials are needed). */
async function targetOf(client, command) {
    let url = '';
    const stop = new Error('stop');
    client.middlewareStack.add((_next) => async (args) => {
        const r = args.request;
        url = `${r.protocol}//${r.hostname}${r.port ? `:${r.port}` : ''}${r.path}`;
        throw stop;
    }, { step: 'build', name: 'captureTarget' });
    await assert.rejects(client.send(command), (e) => e === stop);
    return url;
}
describe('aws/sdkClientFactory', () => {
    let files;
    const saved = {};
    before(() => {
        files = (0, awsFiles_1.writeAwsFiles)(awsFiles_1.CONFIG, awsFiles_1.CREDENTIALS);
        for (const k of AWS_VARS)
            saved[k] = process.env[k];
    });
    beforeEach(() => {
        for (const k of AWS_VARS)
            delete process.env[k];
        Object.assign(process.env, files.env);
    });
    after(() => {
        for (const k of AWS_VARS) {
            if (saved[k] === undefined)
                delete process.env[k];
            else
                process.env[k] = saved[k];
        }
        fs.rmSync(files.dir, { recursive: true, force: true });
    });
    describe('Region', () => {
        it('takes the setting first, then AWS_REGION, AWS_DEFAULT_REGION, then the profile', () => {
            const env = { ...files.env, AWS_REGION: 'us-west-1', AWS_DEFAULT_REGION: 'us-west-2' };
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'dev', region: 'sa-east-1' }, { env }).region, 'sa-east-1');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'dev' }, { env }).region, 'us-west-1');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'dev' }, { env: { ...files.env, AWS_DEFAULT_REGION: 'us-west-2' } })
                .region, 'us-west-2');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'dev' }, { env: files.env }).region, 'us-east-2');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({}, { env: files.env }).region, 'eu-west-1', 'the default profile');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({}, { env: { ...files.env, AWS_PROFILE: 'ci' } }).region, 'ap-south-1');
        });
        it('says how to fix a missing Region, naming the profile', () => {
            assert.throws(() => (0, sdkClientFactory_1.createLambdaService)({ profile: 'noendpoints' }, { env: files.env }), (e) => e instanceof sdkClientFactory_1.MissingRegionError &&
                /^No AWS Region is set\. Pick one .*AWS_REGION.*: noendpoints$/.test(e.message));
        });
        it('builds the client in the resolved Region', async () => {
            const { client, connection } = (0, sdkClientFactory_1.createLambdaClient)({ profile: 'dev' }, { env: files.env, ...KEYS });
            assert.strictEqual(await client.config.region(), 'us-east-2');
            assert.deepStrictEqual(connection, { profile: 'dev', region: 'us-east-2' });
            assert.strictEqual(await targetOf(client, new client_lambda_1.ListLayersCommand({})), 'https://lambda.us-east-2.amazonaws.com/2018-10-31/layers');
        });
    });
    describe('endpoint', () => {
        it('takes the setting first, then AWS_ENDPOINT_URL_LAMBDA, AWS_ENDPOINT_URL, then the profile', () => {
            const env = {
                ...files.env,
                AWS_ENDPOINT_URL_LAMBDA: 'https://lambda-env:1',
                AWS_ENDPOINT_URL: 'https://general-env:2',
            };
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'local', endpoint: 'https://setting:3' }, { env }).endpoint, 'https://setting:3');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'local' }, { env }).endpoint, 'https://lambda-env:1');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'local' }, { env: { ...files.env, AWS_ENDPOINT_URL: 'https://general-env:2' } }).endpoint, 'https://general-env:2');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'local' }, { env: files.env }).endpoint, 'http://127.0.0.1:4566');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'svc', region: 'us-east-1' }, { env: files.env }).endpoint, 'http://127.0.0.1:9001');
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'dev' }, { env: files.env }).endpoint, undefined);
        });
        it('honours ignore_configured_endpoint_urls for configured endpoints but not for the setting', () => {
            const env = { ...files.env, AWS_REGION: 'us-east-1' };
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'noendpoints' }, { env }).endpoint, undefined);
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'local' }, { env: { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' } }).endpoint, undefined);
            assert.strictEqual((0, sdkClientFactory_1.resolveConnection)({ profile: 'noendpoints', endpoint: 'https://x:1' }, { env }).endpoint, 'https://x:1');
        });
        it('rejects an endpoint that is not an http(s) URL', () => {
            assert.throws(() => (0, sdkClientFactory_1.resolveConnection)({ region: 'us-east-1', endpoint: 'file:///etc/passwd' }, { env: files.env }), sdkClientFactory_1.InvalidEndpointError);
            assert.throws(() => (0, sdkClientFactory_1.resolveConnection)({ region: 'us-east-1', endpoint: 'not a url' }, { env: files.env }), /http:\/\/ or https:\/\/ URL: not a url$/);
        });
        it('allows plain http:// only to this machine (localhost, 127.0.0.0/8, ::1)', () => {
            const at = (endpoint) => (0, sdkClientFactory_1.resolveConnection)({ region: 'us-east-1', endpoint }, { env: files.env }).endpoint;
            for (const ok of [
                'http://localhost:4566',
                'http://127.0.0.1:9001',
                'http://127.45.6.7',
                'http://[::1]:8080/',
                'https://lambda.example.com',
                'https://10.0.0.5:4443',
            ])
                assert.strictEqual(at(ok), ok);
            for (const bad of [
                'http://lambda.example.com',
                'http://10.0.0.5:4566',
                'http://128.0.0.1',
                'http://localhost.evil.example',
                'http://127.0.0.1.nip.io',
            ])
                assert.throws(() => at(bad), (e) => e instanceof sdkClientFactory_1.InvalidEndpointError &&
                    e.message.startsWith('The endpoint in lambdaExplorer.endpoint must use https://') &&
                    e.message.endsWith(bad), bad);
        });
        it('names the environment variable or profile a refused endpoint came from', () => {
            assert.throws(() => (0, sdkClientFactory_1.resolveConnection)({ profile: 'dev' }, { env: { ...files.env, AWS_ENDPOINT_URL_LAMBDA: 'http://lambda.example.com' } }), /^InvalidEndpointError: The endpoint in AWS_ENDPOINT_URL_LAMBDA must use https:\/\//);
            assert.throws(() => (0, sdkClientFactory_1.s3ClientConfig)({ profile: 'dev' }, { env: { ...files.env, AWS_ENDPOINT_URL: 'http://s3.corp' } }), /The endpoint in AWS_ENDPOINT_URL must use https:\/\//);
        });
        it('refuses a URL with a user name or password, and never repeats it', () => {
            for (const bad of [
                'https://admin:hunter2@lambda.example.com',
                'http://admin:hunter2@127.0.0.1:4566',
                'https://hunter2@lambda.example.com/x',
                'admin:hunter2@lambda.example.com',
            ])
                assert.throws(() => (0, sdkClientFactory_1.resolveConnection)({ region: 'us-east-1', endpoint: bad }, { env: files.env }), (e) => e instanceof sdkClientFactory_1.InvalidEndpointError &&
                    !e.message.includes('hunter2') &&
                    !e.endpoint.includes('hunter2') &&
                    !e.message.includes('admin') &&
                    /lambdaExplorer\.endpoint/.test(e.message), bad);
            assert.throws(() => (0, sdkClientFactory_1.resolveConnection)({ region: 'us-east-1', endpoint: 'https://admin:hunter2@lambda.example.com' }, { env: files.env }), /must not contain a user name or password.*: https:\/\/lambda\.example\.com$/);
        });
        it("sends requests to the chosen profile's endpoint, never to AWS_PROFILE's", async () => {
            process.env.AWS_PROFILE = 'local'; // its endpoint_url is what the bare SDK would pick up
            const local = (0, sdkClientFactory_1.createLambdaClient)({ profile: 'local' }, KEYS);
            assert.strictEqual(await targetOf(local.client, new client_lambda_1.ListLayersCommand({})), 'http://127.0.0.1:4566/2018-10-31/layers');
            const ci = (0, sdkClientFactory_1.createLambdaClient)({ profile: 'ci' }, KEYS);
            assert.strictEqual(ci.connection.endpoint, undefined);
            assert.strictEqual(await targetOf(ci.client, new client_lambda_1.ListLayersCommand({})), 'https://lambda.ap-south-1.amazonaws.com/2018-10-31/layers');
        });
        it('builds an S3 client with path-style addressing on a custom endpoint', async () => {
            const client = new client_s3_1.S3Client((0, sdkClientFactory_1.s3ClientConfig)({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4566' }, KEYS).config);
            assert.strictEqual(client.config.forcePathStyle, true);
            assert.match(await targetOf(client, new client_s3_1.ListBucketsCommand({})), /^http:\/\/127\.0\.0\.1:4566\//);
            const real = new client_s3_1.S3Client((0, sdkClientFactory_1.s3ClientConfig)({ region: 'us-east-1' }).config);
            assert.strictEqual(real.config.forcePathStyle, false);
        });
        it('sends STS to the same custom endpoint, and to AWS_ENDPOINT_URL_STS before AWS_ENDPOINT_URL', () => {
            assert.strictEqual((0, sdkClientFactory_1.stsClientConfig)({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4566' }, KEYS).endpoint, 'http://127.0.0.1:4566');
            const env = {
                ...files.env,
                AWS_ENDPOINT_URL_STS: 'https://sts.corp',
                AWS_ENDPOINT_URL: 'https://all.corp',
            };
            assert.strictEqual((0, sdkClientFactory_1.stsClientConfig)({ profile: 'dev' }, { env }).endpoint, 'https://sts.corp');
            assert.strictEqual((0, sdkClientFactory_1.stsClientConfig)({ profile: 'dev' }, { env: files.env }).endpoint, undefined);
        });
    });
    describe('credentials', () => {
        it("uses the chosen profile's keys even when AWS_ACCESS_KEY_ID is set", async () => {
            process.env.AWS_ACCESS_KEY_ID = 'AKIDFROMENV';
            process.env.AWS_SECRET_ACCESS_KEY = 'z';
            const { client } = (0, sdkClientFactory_1.createLambdaClient)({ profile: 'ci' });
            assert.strictEqual((await client.config.credentials()).accessKeyId, 'AKIDEXAMPLE2');
            const { client: chain } = (0, sdkClientFactory_1.createLambdaClient)({ region: 'us-east-1' });
            assert.strictEqual((await chain.config.credentials()).accessKeyId, 'AKIDFROMENV', 'no profile chosen: the default chain, env first');
        });
        it('uses AWS_PROFILE through the default chain when no profile is chosen', async () => {
            process.env.AWS_PROFILE = 'ci';
            const { client, connection } = (0, sdkClientFactory_1.createLambdaClient)({});
            assert.strictEqual(connection.profile, 'ci');
            assert.strictEqual((await client.config.credentials()).accessKeyId, 'AKIDEXAMPLE2');
        });
        it('resolves an SSO profile through the SDK and tells the user to run aws sso login when signed out', async () => {
            const { client } = (0, sdkClientFactory_1.createLambdaClient)({ profile: 'dev' });
            const error = await client.config.credentials().then(() => undefined, (e) => e);
            assert.ok(error, 'no SSO token is cached, so resolution must fail');
            const mapped = (0, mapError_1.toLambdaError)(error, { profile: 'dev' });
            assert.ok((0, errors_1.isLambdaError)(mapped, 'Credentials'), mapped.message);
            assert.match(mapped.message, /aws sso login --profile dev/);
        });
        it('accepts fixed credentials (tests) and reports the connection', async () => {
            const { service, connection } = (0, sdkClientFactory_1.createLambdaService)({ region: 'us-east-1', endpoint: 'http://127.0.0.1:1' }, {
                credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
                maxAttempts: 1,
                connectionTimeoutMs: 1000,
            });
            assert.deepStrictEqual(connection, {
                profile: 'default',
                region: 'us-east-1',
                endpoint: 'http://127.0.0.1:1',
            });
            // Nothing listens on port 1: the failure arrives as a Network LambdaError that says what to check.
            await assert.rejects(service.getFunction('f'), (e) => (0, errors_1.isLambdaError)(e, 'Network') &&
                /Check your network connection, proxy and the endpoint setting/.test(e.message));
        });
    });
});
//# sourceMappingURL=sdkClientFactory.test.js.map