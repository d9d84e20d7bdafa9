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
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const handlerGuess_1 = require("../../../src/layers/handlerGuess");
const layerName_1 = require("../../../src/layers/layerName");
describe('handler, license and name proposals', () => {
    let dir;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guess-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    const write = (rel, text) => {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
        return { path: rel, absPath: path.join(dir, rel) };
    };
    it('reads exported functions in CommonJS and ESM forms', () => {
        assert.deepStrictEqual((0, handlerGuess_1.jsExports)('exports.main = 1;\nmodule.exports.handler = async () => {};'), [
            'main',
            'handler',
        ]);
        assert.deepStrictEqual((0, handlerGuess_1.jsExports)('export const lambdaHandler = async (e) => e;\nexport async function other() {}'), ['lambdaHandler', 'other']);
        assert.deepStrictEqual((0, handlerGuess_1.jsExports)('module.exports = { handler, helper: 1 };'), ['handler', 'helper']);
        assert.deepStrictEqual((0, handlerGuess_1.pythonHandlers)('import x\n\ndef helper(a):\n  pass\n\ndef lambda_handler(event, context):\n  return 1\n'), ['lambda_handler']);
    });
    it('proposes the Node handler from package.json main and the exported name', async () => {
        const files = [
            write('package.json', '{"main":"src/app.js"}'),
            write('src/app.js', 'export const lambdaHandler = async () => 1;'),
            write('index.js', 'exports.handler = 1'),
        ];
        assert.deepStrictEqual(await (0, handlerGuess_1.guessHandler)(files, 'nodejs'), {
            value: 'src/app.lambdaHandler',
            reason: 'exported lambdaHandler in src/app.js',
        });
        assert.strictEqual((await (0, handlerGuess_1.guessHandler)([files[2]], 'nodejs')).value, 'index.handler');
    });
    it('proposes the Python handler and falls back to the defaults', async () => {
        const f = write('main.py', 'def run(event, context):\n    return {}\n');
        assert.strictEqual((await (0, handlerGuess_1.guessHandler)([f], 'python')).value, 'main.run');
        assert.strictEqual((await (0, handlerGuess_1.guessHandler)([], 'python')).value, 'lambda_function.lambda_handler');
        assert.strictEqual((await (0, handlerGuess_1.guessHandler)([write('bootstrap', '#!/bin/sh')], 'provided')).value, 'bootstrap');
    });
    it('proposes a license from package.json, else from a LICENSE file', async () => {
        write('LICENSE', 'Apache License\n                           Version 2.0, January 2004\n');
        assert.deepStrictEqual(await (0, handlerGuess_1.guessLicense)(dir), { value: 'Apache-2.0', reason: 'recognised in LICENSE' });
        write('package.json', '{"license":"ISC"}');
        assert.deepStrictEqual(await (0, handlerGuess_1.guessLicense)(dir), { value: 'ISC', reason: 'license in package.json' });
        assert.strictEqual(await (0, handlerGuess_1.guessLicense)(path.join(dir, 'missing')), undefined);
    });
    it('validates names and ARNs as AWS does', () => {
        assert.strictEqual((0, layerName_1.validateLayerName)('shared-utils_2'), undefined);
        assert.match((0, layerName_1.validateLayerName)('a'.repeat(141)) ?? '', /at most 140 characters: 141/);
        assert.match((0, layerName_1.validateLayerName)('my layer') ?? '', /only: " "/);
        assert.strictEqual((0, layerName_1.validateLayerName)('arn:aws:lambda:us-east-1:123456789012:layer:x'), undefined);
        assert.match((0, layerName_1.validateLayerName)('arn:aws:lambda:us-east-1:123:layer:x') ?? '', /Not a layer ARN/);
        assert.match((0, layerName_1.validateFunctionName)('f'.repeat(65)) ?? '', /at most 64/);
        assert.strictEqual((0, layerName_1.validateRoleArn)('arn:aws:iam::123456789012:role/service-role/my-role'), undefined);
        assert.match((0, layerName_1.validateRoleArn)('arn:aws:iam::123456789012:user/bob') ?? '', /Not an IAM role ARN/);
    });
});
//# sourceMappingURL=handlerGuess.test.js.map