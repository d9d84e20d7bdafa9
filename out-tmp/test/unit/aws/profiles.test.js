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
const path = __importStar(require("path"));
const awsFiles_1 = require("./awsFiles");
const profiles_1 = require("../../../src/aws/profiles");
describe('aws/profiles', () => {
    let files;
    before(() => {
        files = (0, awsFiles_1.writeAwsFiles)(awsFiles_1.CONFIG, awsFiles_1.CREDENTIALS);
    });
    after(() => fs.rmSync(files.dir, { recursive: true, force: true }));
    it('lists the profiles of both files, default first, honouring AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE', () => {
        const names = (0, profiles_1.listProfiles)(files.env).map((p) => p.name);
        assert.deepStrictEqual(names, ['default', 'ci', 'dev', 'local', 'noendpoints', 'svc']);
    });
    it('reports region, SSO and where the profile lives', () => {
        assert.deepStrictEqual((0, profiles_1.findProfile)('default', files.env), {
            name: 'default',
            region: 'eu-west-1',
            sso: false,
            ignoreConfiguredEndpointUrls: false,
            sources: ['config', 'credentials'],
        });
        const dev = (0, profiles_1.findProfile)('dev', files.env);
        assert.strictEqual(dev.sso, true);
        assert.strictEqual(dev.region, 'us-east-2', 'inline comment stripped');
        assert.strictEqual((0, profiles_1.findProfile)('ci', files.env).region, 'ap-south-1');
        assert.deepStrictEqual((0, profiles_1.findProfile)('ci', files.env).sources, ['credentials']);
    });
    it("reads a profile's endpoint_url, and a services section's lambda/s3 endpoint over it", () => {
        assert.strictEqual((0, profiles_1.findProfile)('local', files.env).endpointUrl, 'http://127.0.0.1:4566');
        const svc = (0, profiles_1.findProfile)('svc', files.env);
        assert.strictEqual(svc.endpointUrl, 'http://127.0.0.1:9001');
        assert.strictEqual(svc.s3EndpointUrl, 'http://127.0.0.1:9002');
        assert.strictEqual((0, profiles_1.findProfile)('noendpoints', files.env).ignoreConfiguredEndpointUrls, true);
    });
    it('finds nothing when the files do not exist', () => {
        const env = {
            AWS_CONFIG_FILE: path.join(files.dir, 'nope'),
            AWS_SHARED_CREDENTIALS_FILE: path.join(files.dir, 'nope2'),
        };
        assert.deepStrictEqual((0, profiles_1.listProfiles)(env), []);
    });
    it('defaults to AWS_PROFILE, else "default"', () => {
        assert.strictEqual((0, profiles_1.defaultProfile)({ AWS_PROFILE: 'dev' }), 'dev');
        assert.strictEqual((0, profiles_1.defaultProfile)({}), 'default');
    });
    it('parses sub-properties and ignores comments', () => {
        assert.deepStrictEqual((0, profiles_1.parseIni)('[services x]\nlambda =\n  endpoint_url = http://a\n# c\nother = 1\n'), {
            'services x': { 'lambda.endpoint_url': 'http://a', other: '1' },
        });
    });
});
//# sourceMappingURL=profiles.test.js.map