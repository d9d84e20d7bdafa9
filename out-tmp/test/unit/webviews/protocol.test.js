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
const protocol_1 = require("../../../src/webviews/protocol");
describe('webview protocol guard', () => {
    const valid = [
        { type: 'ready' },
        { type: 'refresh' },
        { type: 'reveal', key: 'TABLE_NAME' },
        { type: 'copyEnv', key: 'TABLE_NAME' },
        { type: 'copy', item: 'policy' },
        { type: 'openConsole' },
        { type: 'attachLayers' },
        { type: 'openLayerVersion', arn: 'arn:aws:lambda:us-east-1:123456789012:layer:x:1' },
        { type: 'openFunction', arn: 'arn:aws:lambda:us-east-1:123456789012:function:f:2' },
        {
            type: 'grant',
            grant: { kind: 'account', accountId: '210987654321' },
            statementId: 'a-1',
            revisionId: 'r1',
        },
        { type: 'grant', grant: { kind: 'organization', organizationId: 'o-a1b2c3d4e5' }, statementId: 'org' },
        { type: 'grant', grant: { kind: 'public' }, statementId: 'public' },
        { type: 'revoke', statementId: 'a-1', revisionId: 'r1' },
        { type: 'copyGrants', fromVersion: 7 },
    ];
    for (const m of valid) {
        it(`accepts ${JSON.stringify(m)}`, () => assert.strictEqual((0, protocol_1.isViewToHost)(m), true));
    }
    const invalid = [
        ['null', null],
        ['a string', 'ready'],
        ['an array', [{ type: 'ready' }]],
        ['an unknown type', { type: 'deleteLayer' }],
        ['a missing type', { key: 'x' }],
        ['extra fields on ready', { type: 'ready', html: '<img src=x onerror=alert(1)>' }],
        ['a non-string key', { type: 'reveal', key: 42 }],
        ['an empty key', { type: 'reveal', key: '' }],
        ['an oversized key', { type: 'reveal', key: 'k'.repeat(300) }],
        ['an unknown copy item', { type: 'copy', item: 'secrets' }],
        ['a non-ARN to open', { type: 'openFunction', arn: 'javascript:alert(1)' }],
        ['a grant without a grant', { type: 'grant', statementId: 'x' }],
        [
            'a grant of an unknown kind',
            { type: 'grant', grant: { kind: 'role', role: 'admin' }, statementId: 'x' },
        ],
        ['an account grant without account', { type: 'grant', grant: { kind: 'account' }, statementId: 'x' }],
        [
            'a public grant with a principal',
            { type: 'grant', grant: { kind: 'public', accountId: '1' }, statementId: 'x' },
        ],
        ['a grant without statement id', { type: 'grant', grant: { kind: 'public' } }],
        ['a numeric revision', { type: 'revoke', statementId: 'x', revisionId: 5 }],
        ['a fractional version', { type: 'copyGrants', fromVersion: 1.5 }],
        ['a negative version', { type: 'copyGrants', fromVersion: -1 }],
        ['a string version', { type: 'copyGrants', fromVersion: '3' }],
    ];
    for (const [what, m] of invalid) {
        it(`rejects ${what}`, () => assert.strictEqual((0, protocol_1.isViewToHost)(m), false));
    }
});
//# sourceMappingURL=protocol.test.js.map