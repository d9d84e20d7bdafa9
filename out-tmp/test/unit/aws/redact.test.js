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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("assert"));
const fast_check_1 = __importDefault(require("fast-check"));
const redact_1 = require("../../../src/aws/redact");
// Secrets used below: distinctive enough that finding them in the output means they leaked.
const SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY9';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKENvalue0123456789abcdef';
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SIG = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
// Each shape a secret was seen in (or plausibly reaches a log in): a message, an SDK error, a config dump,
// a header echoed by a proxy, an environment listing, a URL.
const SHAPES = [
    ['signed query string', `GET https://bucket.s3.amazonaws.com/k?X-Amz-Signature=${SIG}&x=1`, SIG],
    [
        'presigned download link',
        `https://awslambda.example/snap?X-Amz-Credential=${KEY_ID}%2F2026&Signature=${SIG}`,
        SIG,
    ],
    ['JSON SecretAccessKey', `{"SecretAccessKey":"${SECRET}"}`, SECRET],
    ['JSON sessionToken', `{"sessionToken": "${TOKEN}"}`, TOKEN],
    ['ini aws_secret_access_key', `aws_secret_access_key = ${SECRET}`, SECRET],
    ['access key id', `using ${KEY_ID} for the call`, KEY_ID],
    ['temporary access key id', `ASIAIOSFODNN7EXAMPLE signed`, 'ASIAIOSFODNN7EXAMPLE'],
    ['ini aws_session_token', `aws_session_token=${TOKEN}`, TOKEN],
    ['percent-encoded key', `body=aws_secret_access_key%3D${SECRET}%26x%3D1`, SECRET],
    ['percent-encoded JSON', encodeURIComponent(`{"SecretAccessKey":"${SECRET}"}`), SECRET],
    ['JSON-escaped key', JSON.stringify(JSON.stringify({ SecretAccessKey: SECRET })), SECRET],
    ['upper-case env', `AWS_SECRET_ACCESS_KEY=${SECRET}`, SECRET],
    ['mixed case', `Aws_Secret_Access_Key: ${SECRET}`, SECRET],
    ['AWS_SESSION_TOKEN env', `export AWS_SESSION_TOKEN=${TOKEN}`, TOKEN],
    ['secretKey camel case', `{ secretKey: '${SECRET}' }`, SECRET],
    [
        'Authorization header',
        `Authorization: AWS4-HMAC-SHA256 Credential=${KEY_ID}/20261129/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}`,
        SIG,
    ],
    ['x-amz-security-token header', `x-amz-security-token: ${TOKEN}`, TOKEN],
    ['X-Amz-Signature outside a URL', `signature was X-Amz-Signature=${SIG} then`, SIG],
    ['access key glued to a word', `key_${KEY_ID}_x`, KEY_ID],
    ['user:password in an endpoint', `Connected to http://admin:${SECRET}@10.0.0.5:4566/`, SECRET],
    ['password= pair', `password=${SECRET}`, SECRET],
    ['header in JSON', `{"headers":{"X-Amz-Security-Token":"${TOKEN}"}}`, TOKEN],
    [
        'credential_process output',
        `{"Version":1,"AccessKeyId":"${KEY_ID}","SecretAccessKey":"${SECRET}"}`,
        SECRET,
    ],
];
describe('redact', () => {
    for (const [shape, text, secret] of SHAPES) {
        it(`removes the secret from: ${shape}`, () => {
            const out = (0, redact_1.redact)(text);
            assert.ok(!out.includes(secret), `${shape} leaked: ${out}`);
            assert.ok(!out.includes(encodeURIComponent(secret)), `${shape} leaked encoded: ${out}`);
            assert.match(out, /<redacted>/);
        });
    }
    it('keeps the words a user needs around a secret', () => {
        const out = (0, redact_1.redact)(`Could not upload to https://bucket.s3.amazonaws.com/layer.zip?X-Amz-Signature=${SIG}: timed out`);
        assert.match(out, /^Could not upload to https:\/\/bucket\.s3\.amazonaws\.com\/layer\.zip\?<redacted>: timed out$/);
        assert.strictEqual((0, redact_1.redact)('Function orders-api is Active (nodejs20.x)'), 'Function orders-api is Active (nodejs20.x)');
    });
    it('leaves ARNs, account ids and code hashes readable', () => {
        const text = 'arn:aws:lambda:us-east-1:123456789012:layer:shared:3 CodeSha256=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE=';
        assert.strictEqual((0, redact_1.redact)(text), text);
    });
    it('is idempotent', () => {
        for (const [, text] of SHAPES)
            assert.strictEqual((0, redact_1.redact)((0, redact_1.redact)(text)), (0, redact_1.redact)(text));
    });
    describe('over a generated corpus', () => {
        const secretChars = fast_check_1.default.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'.split(''));
        const secretValue = fast_check_1.default
            .array(secretChars, { minLength: 24, maxLength: 64 })
            .map((cs) => cs.join(''))
            // A secret a reader could recognise: at least a digit and a letter, so it isn't an English word.
            .filter((s) => /\d/.test(s) && /[A-Za-z]/.test(s));
        const accessKeyId = fast_check_1.default
            .tuple(fast_check_1.default.constantFrom('AKIA', 'ASIA'), fast_check_1.default.array(fast_check_1.default.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.split('')), {
            minLength: 16,
            maxLength: 16,
        }))
            .map(([p, cs]) => p + cs.join(''));
        const keyName = fast_check_1.default
            .constantFrom('aws_secret_access_key', 'SecretAccessKey', 'secretAccessKey', 'secret_key', 'secretKey', 'aws_session_token', 'SessionToken', 'sessionToken', 'x-amz-security-token', 'X-Amz-Security-Token', 'X-Amz-Signature', 'Signature', 'password', 'token')
            .chain((name) => fast_check_1.default
            .array(fast_check_1.default.boolean(), { minLength: name.length, maxLength: name.length })
            .map((flips) => [...name].map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join('')));
        // Text around the secret: words, punctuation and whitespace, but never something that continues the value.
        const filler = fast_check_1.default
            .array(fast_check_1.default.constantFrom('error', 'at', 'the', 'request', ':', '(', ')', ' ', '\n', '\t', '-', 'λ', '0', 'x'), {
            maxLength: 8,
        })
            .map((ws) => ws.join(' '));
        const placements = [
            ['name=value', (n, v) => `${n}=${v}`],
            ['name = value', (n, v) => `${n} = ${v}`],
            ['header', (n, v) => `${n}: ${v}`],
            ['JSON', (n, v) => JSON.stringify({ [n]: v })],
            ['JSON in JSON', (n, v) => JSON.stringify(JSON.stringify({ [n]: v }))],
            ['query', (n, v) => `https://host.example/p?a=1&${n}=${encodeURIComponent(v)}&b=2`],
            ['percent-encoded pair', (n, v) => encodeURIComponent(`${n}=${v}`)],
            ['percent-encoded JSON', (n, v) => encodeURIComponent(JSON.stringify({ [n]: v }))],
            ['single quotes', (n, v) => `{ ${n}: '${v}' }`],
            ['env export', (n, v) => `export ${n.toUpperCase()}="${v}"`],
        ];
        const placement = fast_check_1.default.constantFrom(...placements);
        function leaked(out, value) {
            return (out.includes(value) ||
                out.includes(encodeURIComponent(value)) ||
                out.includes(JSON.stringify(value).slice(1, -1)));
        }
        it('no secret survives, whatever the name, case, encoding and surrounding text', () => {
            fast_check_1.default.assert(fast_check_1.default.property(filler, keyName, secretValue, placement, filler, (before, name, value, [, place], after) => {
                const text = `${before}${place(name, value)}${after}`;
                const out = (0, redact_1.redact)(text);
                return !leaked(out, value);
            }), { numRuns: 3000 });
        });
        it('no access key id survives, even glued to other text', () => {
            fast_check_1.default.assert(fast_check_1.default.property(filler, fast_check_1.default.constantFrom('', '_', 'key_', 'x', '"', '/'), accessKeyId, fast_check_1.default.constantFrom('', '_', 'z', '"'), filler, (a, glueL, id, glueR, b) => {
                const out = (0, redact_1.redact)(`${a}${glueL}${id}${glueR}${b}`);
                return !out.includes(id);
            }), { numRuns: 2000 });
        });
        it('no password in a URL survives', () => {
            fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.constantFrom('http', 'https'), fast_check_1.default.stringMatching(/^[a-z][a-z0-9._-]{0,10}$/), secretValue.map((v) => v.replace(/[/+]/g, 'x')), fast_check_1.default.constantFrom('localhost:4566', '10.0.0.5', 'lambda.us-east-1.amazonaws.com'), (scheme, user, password, host) => {
                const out = (0, redact_1.redact)(`endpoint ${scheme}://${user}:${password}@${host}/path`);
                return !out.includes(password) && out.includes(host);
            }), { numRuns: 1000 });
        });
    });
});
//# sourceMappingURL=redact.test.js.map