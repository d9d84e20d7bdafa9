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
// Code targets are made from ARNs an endpoint sent: a name or qualifier AWS would never produce (a path, "..", a
// colon, a control character) makes no target, so it never becomes a folder name, a lambda: path or a request.
const assert = __importStar(require("assert"));
const codeUri_1 = require("../../../src/code/codeUri");
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:';
const LAYER = 'arn:aws:lambda:us-east-1:123456789012:layer:';
describe('code targets from ARNs', () => {
    it('reads the names and qualifiers AWS makes', () => {
        assert.deepStrictEqual((0, codeUri_1.functionTargetFromArn)(`${FN}orders-api`, '$LATEST'), {
            kind: 'function',
            region: 'us-east-1',
            account: '123456789012',
            name: 'orders-api',
            qualifier: '$LATEST',
        });
        assert.strictEqual((0, codeUri_1.functionTargetFromArn)(`${FN}my_fn-2:7`, '7')?.name, 'my_fn-2');
        assert.deepStrictEqual((0, codeUri_1.functionTargetFromArn)(`${FN}fn`, 'live_alias-1'), {
            kind: 'function',
            region: 'us-east-1',
            account: '123456789012',
            name: 'fn',
            qualifier: 'live_alias-1',
        });
        assert.deepStrictEqual((0, codeUri_1.layerTargetFromArn)(`${LAYER}shared-utils:8`), {
            kind: 'layer',
            region: 'us-east-1',
            account: '123456789012',
            name: 'shared-utils',
            version: 8,
        });
    });
    it('makes no target from a name or qualifier AWS would never send', () => {
        for (const name of ['../../tmp/x', 'a/b', '..', 'a\\b', 'fn\u202egnp.exe', 'fn\n', ' fn', 'a.b'])
            assert.strictEqual((0, codeUri_1.functionTargetFromArn)(`${FN}${name}`, '$LATEST'), undefined, JSON.stringify(name));
        for (const qualifier of ['../x', '1/2', '', '$LATEST/..', 'v1\n'])
            assert.strictEqual((0, codeUri_1.functionTargetFromArn)(`${FN}fn`, qualifier), undefined, JSON.stringify(qualifier));
        for (const name of ['../x', 'a/b', 'lib\u202e'])
            assert.strictEqual((0, codeUri_1.layerTargetFromArn)(`${LAYER}${name}:1`), undefined, JSON.stringify(name));
    });
    it('refuses a lambda: address whose name or qualifier AWS would never make', () => {
        assert.strictEqual((0, codeUri_1.parseCodeUri)({ authority: '123456789012', path: '/us-east-1/function/orders-api/$LATEST/index.mjs' })
            .target.name, 'orders-api');
        for (const path of [
            '/us-east-1/function/..%2f..%2fx/$LATEST/a.js',
            '/us-east-1/function/a.b/$LATEST/a.js',
            '/us-east-1/function/fn/$LATEST%2f..%2f..%2fx/a.js',
            '/us-east-1/layer/lib\u202e/1/a.js',
        ])
            assert.throws(() => (0, codeUri_1.parseCodeUri)({ authority: '123456789012', path }), codeUri_1.CodeUriError, path);
    });
});
//# sourceMappingURL=codeUri.test.js.map