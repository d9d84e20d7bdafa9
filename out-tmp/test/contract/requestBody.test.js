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
// The emulator's reading of large Lambda request bodies (test/emulator/requestBody.ts) gives what JSON.parse gives,
// and refuses what JSON.parse refuses.
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const requestBody_1 = require("../emulator/requestBody");
const b64 = (0, crypto_1.randomBytes)(1024 * 1024).toString('base64');
const plain = (text) => JSON.parse(text);
describe('emulator: large request bodies', () => {
    const cases = [
        [
            'PublishLayerVersion',
            JSON.stringify({ Content: { ZipFile: b64 }, Description: 'd "q" é', LicenseInfo: 'MIT' }),
        ],
        ['CreateFunction', JSON.stringify({ FunctionName: 'f', Code: { ZipFile: b64 }, Runtime: 'nodejs22.x' })],
        ['UpdateFunctionCode', JSON.stringify({ ZipFile: b64, Publish: true })],
        ['an escaped slash in the value', `{"ZipFile":"${b64.replace(/\//g, '\\/')}"}`],
        [
            'the key twice (the last wins)',
            `{"Content":{"ZipFile":"AAAA"},"Code":{"ZipFile":"${b64}"},"ZipFile":"${b64}"}`,
        ],
        ['spaces around the colon', `{"Content": {"ZipFile" : "${b64}"}}`],
        ['ZipFile somewhere else', `{"Other":{"ZipFile":"${b64}"}}`],
        ['an empty archive and other fields', `{"Content":{"ZipFile":""},"Description":"${b64}"}`],
    ];
    for (const [name, text] of cases) {
        it(`reads ${name} as JSON.parse does`, () => {
            assert.deepStrictEqual((0, requestBody_1.parseRequestBody)(Buffer.from(text)), plain(text));
        });
    }
    it('refuses a body that is not JSON around the archive', () => {
        assert.throws(() => (0, requestBody_1.parseRequestBody)(Buffer.from(`{"Content":{"ZipFile":"${b64}"},}`)), SyntaxError);
        assert.throws(() => (0, requestBody_1.parseRequestBody)(Buffer.from(`{"Content":{"ZipFile":"${b64}`)), SyntaxError);
    });
});
//# sourceMappingURL=requestBody.test.js.map