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
const consoleUrl_1 = require("../../../src/aws/consoleUrl");
const layerArn_1 = require("../../../src/aws/layerArn");
const runtimes_1 = require("../../../src/layers/runtimes");
const redact_1 = require("../../../src/aws/redact");
describe('runtime table', () => {
    const day = new Date('2026-11-25T00:00:00Z');
    it('knows current, deprecated and blocked runtimes by date, not by the SDK enum', () => {
        assert.strictEqual((0, runtimes_1.assessRuntime)('nodejs22.x', day).status, 'current');
        assert.strictEqual((0, runtimes_1.assessRuntime)('nodejs20.x', new Date('2026-05-15')).status, 'deprecated');
        assert.strictEqual((0, runtimes_1.assessRuntime)('nodejs20.x', new Date('2026-06-15')).status, 'createBlocked');
        assert.strictEqual((0, runtimes_1.assessRuntime)('nodejs20.x', day).status, 'updateBlocked', 'since 2026-07-01');
        assert.strictEqual((0, runtimes_1.assessRuntime)('dotnet8', day).status, 'deprecated', 'creatable until 2026-12-10');
        assert.strictEqual((0, runtimes_1.assessRuntime)('python3.8', new Date('2025-01-01')).status, 'createBlocked');
        assert.strictEqual((0, runtimes_1.assessRuntime)('python3.8', day).status, 'updateBlocked');
        assert.strictEqual((0, runtimes_1.assessRuntime)('python3.12', day).status, 'current');
        assert.ok((0, runtimes_1.isDeprecated)('nodejs4.3', day), 'an id older than the table is deprecated');
        assert.strictEqual((0, runtimes_1.assessRuntime)('nodejs30.x', day).status, 'current', 'a newer id than the table is not flagged');
    });
    it('says what is still possible on a runtime AWS no longer lets you update', () => {
        const note = (0, runtimes_1.assessRuntime)('nodejs16.x', day).note;
        assert.match(note, /blocks creating and updating functions on it since 2026-03-09/);
        assert.match(note, /still invoke it, read it .* change its runtime to a supported one \(e\.g\. Node\.js 24/);
        assert.match(note, /--runtime nodejs24\.x/);
    });
    it('offers only creatable runtimes for a new function, and lists current ones first for layers', () => {
        const ids = (0, runtimes_1.creatableRuntimes)(day).map((r) => r.id);
        assert.ok(ids.includes('nodejs24.x') && ids.includes('python3.14'));
        assert.ok(!ids.includes('nodejs18.x') && !ids.includes('python3.9') && !ids.includes('go1.x'));
        assert.ok(!ids.includes('nodejs20.x'), 'blocked for create since 2026-06-01');
        assert.ok(ids.includes('dotnet8'), 'deprecated but not blocked: AWS still creates it');
        const picker = (0, runtimes_1.runtimesForPicker)(day);
        const firstDeprecated = picker.findIndex((r) => r.status !== 'current');
        assert.ok(picker.slice(firstDeprecated).every((r) => r.status !== 'current'));
    });
});
describe('ARNs and console URLs', () => {
    it('parses layer version ARNs', () => {
        const p = (0, layerArn_1.parseLayerVersionArn)('arn:aws:lambda:eu-west-1:123456789012:layer:shared-utils:7');
        assert.deepStrictEqual(p, {
            partition: 'aws',
            region: 'eu-west-1',
            accountId: '123456789012',
            layerName: 'shared-utils',
            layerArn: 'arn:aws:lambda:eu-west-1:123456789012:layer:shared-utils',
            version: 7,
        });
        assert.strictEqual((0, layerArn_1.parseLayerVersionArn)('arn:aws:lambda:eu-west-1:123456789012:layer:shared-utils'), undefined);
        assert.strictEqual((0, layerArn_1.layerVersionLabel)('arn:aws:lambda:eu-west-1:123456789012:layer:x:3'), 'x:3');
    });
    it('refuses a layer version ARN whose version would round to another number', () => {
        // 9007199254740993 is 2^53 + 1: as a JavaScript number it is 9007199254740992, another version.
        const arn = 'arn:aws:lambda:eu-west-1:123456789012:layer:x:9007199254740993';
        assert.strictEqual((0, layerArn_1.parseLayerVersionArn)(arn), undefined);
        assert.strictEqual((0, layerArn_1.layerVersionLabel)(arn), arn, 'shown as given, never as x:9007199254740992');
        assert.strictEqual((0, layerArn_1.parseLayerVersionArn)('arn:aws:lambda:eu-west-1:123456789012:layer:x:9007199254740991')?.version, 2 ** 53 - 1);
        assert.strictEqual((0, layerArn_1.parseLayerVersionArn)('arn:aws:lambda:eu-west-1:123456789012:layer:x:1\n'), undefined);
    });
    it('builds console URLs for the resource Region and partition', () => {
        assert.strictEqual((0, consoleUrl_1.consoleUrl)({
            kind: 'function',
            name: 'orders-api',
            arn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders-api',
        }, 'us-east-1'), 'https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/orders-api');
        assert.strictEqual((0, consoleUrl_1.consoleUrl)({
            kind: 'layerVersion',
            name: 'x',
            version: '3',
            arn: 'arn:aws-cn:lambda:cn-north-1:123456789012:layer:x:3',
        }, 'us-east-1'), 'https://console.amazonaws.cn/lambda/home?region=cn-north-1#/layers/x/versions/3');
    });
});
describe('log redaction', () => {
    it('removes presigned URLs query strings, secrets and access key ids', () => {
        const line = 'GET https://bucket.s3.amazonaws.com/code.zip?X-Amz-Algorithm=AWS4&X-Amz-Credential=AKIAABCDEFGHIJKLMNOP%2F&X-Amz-Signature=abc123 {"SecretAccessKey":"wJalrXUtnFEMI"} key AKIAABCDEFGHIJKLMNOP';
        const out = (0, redact_1.redact)(line);
        assert.ok(!out.includes('abc123') && !out.includes('wJalrXUtnFEMI') && !out.includes('AKIAABCDEFGHIJKLMNOP'), out);
        assert.ok(out.includes('https://bucket.s3.amazonaws.com/code.zip?<redacted>'));
    });
});
//# sourceMappingURL=misc.test.js.map