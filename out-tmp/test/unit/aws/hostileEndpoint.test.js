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
// An endpoint that does not answer as AWS's model says (a custom endpoint, a proxy, a buggy emulator): the real SDK
// passes its JSON through unchecked, so the adapter must. Wrongly typed fields count as absent (no crash, no "7" that
// later becomes "71"), and a page marker sent twice ends the listing with an error instead of never ending.
const assert = __importStar(require("assert"));
const http = __importStar(require("http"));
const errors_1 = require("../../../src/aws/errors");
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:fine';
/** Answers every GET with `body(path, query)` as JSON. */
async function hostileEndpoint(body) {
    const requests = [];
    const server = http.createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        requests.push(url.pathname + url.search);
        const text = JSON.stringify(body(url.pathname, url.searchParams));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.address().port;
    return {
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((r) => server.close(() => r())),
    };
}
function serviceAt(url) {
    return (0, sdkClientFactory_1.createLambdaService)({ region: 'us-east-1', endpoint: url }, { env: {}, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1 }).service;
}
async function all(pages) {
    const out = [];
    for await (const p of pages)
        out.push(...p.items);
    return out;
}
describe('aws/an endpoint that answers outside AWS model', function () {
    this.timeout(20_000);
    it('drops wrongly typed fields of functions instead of passing them on', async () => {
        const ep = await hostileEndpoint(() => ({
            Functions: [
                {
                    FunctionName: 'fine',
                    FunctionArn: ARN,
                    Runtime: 'nodejs22.x',
                    MemorySize: '1024',
                    Timeout: { evil: true },
                    CodeSize: '12',
                    Description: ['a', 'list'],
                    Architectures: 'arm64',
                    Layers: 'arn:aws:lambda:us-east-1:123456789012:layer:x:1',
                    Version: 7,
                },
                'not an object',
                42,
                { FunctionName: 123, FunctionArn: null, Layers: [{ Arn: 5, CodeSize: '9' }, 'x'] },
            ],
        }));
        try {
            const fns = await all(serviceAt(ep.url).listFunctions());
            assert.deepStrictEqual(fns, [
                {
                    name: 'fine',
                    arn: ARN,
                    version: '$LATEST',
                    codeSize: 0,
                    packageType: 'Zip',
                    // A string is not a list: as if absent, AWS's default.
                    architectures: ['x86_64'],
                    layers: [],
                    runtime: 'nodejs22.x',
                },
                {
                    name: '',
                    arn: '',
                    version: '$LATEST',
                    codeSize: 0,
                    packageType: 'Zip',
                    architectures: ['x86_64'],
                    layers: [{ arn: '' }],
                },
            ]);
        }
        finally {
            await ep.close();
        }
    });
    it('keeps a configuration to its types: environment, VPC, tags', async () => {
        const ep = await hostileEndpoint(() => ({
            Configuration: {
                FunctionName: 'fine',
                FunctionArn: ARN,
                // Parsed, so that "__proto__" is a key (in an object literal it would set the prototype).
                Environment: {
                    Variables: JSON.parse('{"GOOD":"yes","NUM":5,"OBJ":{"a":1},"__proto__":"kept as a key"}'),
                },
                VpcConfig: { SubnetIds: 'subnet-1', SecurityGroupIds: ['sg-1', 7], VpcId: 9 },
                TracingConfig: 'Active',
            },
            Tags: 'team',
            Code: { Location: 42 },
        }));
        try {
            const d = await serviceAt(ep.url).getFunction('fine');
            assert.deepStrictEqual(Object.entries(d.configuration.environment ?? {}), [
                ['GOOD', 'yes'],
                ['__proto__', 'kept as a key'],
            ]);
            assert.strictEqual(Object.getPrototypeOf(d.configuration.environment), Object.prototype);
            assert.deepStrictEqual(d.configuration.vpc, { subnetIds: [], securityGroupIds: ['sg-1'] });
            assert.strictEqual(d.configuration.tracingMode, undefined);
            assert.deepStrictEqual(d.tags, {});
            assert.strictEqual(d.codeLocation, undefined);
        }
        finally {
            await ep.close();
        }
    });
    it('reads a layer version number only as a number', async () => {
        const ep = await hostileEndpoint(() => ({
            LayerVersions: [
                {
                    LayerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:lib:3',
                    Version: '7',
                    CompatibleRuntimes: 'nodejs22.x',
                },
            ],
        }));
        try {
            const [v] = await all(serviceAt(ep.url).listLayerVersions('lib'));
            // From the ARN, as a number: "7" + 1 would have been "71".
            assert.strictEqual(v.version, 3);
            assert.deepStrictEqual(v.compatibleRuntimes, []);
        }
        finally {
            await ep.close();
        }
    });
    it('ends a listing whose endpoint sends the same page marker again, with an error that says so', async () => {
        const ep = await hostileEndpoint(() => ({
            Functions: [{ FunctionName: 'fine', FunctionArn: ARN }],
            NextMarker: 'again',
        }));
        try {
            await assert.rejects(all(serviceAt(ep.url).listFunctions()), (e) => {
                assert.ok((0, errors_1.isLambdaError)(e, 'Service'), String(e));
                assert.match(e.message, /page marker it had sent before: its listing would never end/);
                return true;
            });
            assert.strictEqual(ep.requests.length, 2, 'one request past the first page, then it stops');
        }
        finally {
            await ep.close();
        }
    });
});
//# sourceMappingURL=hostileEndpoint.test.js.map