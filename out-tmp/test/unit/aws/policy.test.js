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
const errors_1 = require("../../../src/aws/errors");
const policy_1 = require("../../../src/aws/policy");
const RESOURCE = 'arn:aws:lambda:us-east-1:123456789012:layer:shared:3';
// The shapes AWS documents for the three kinds of layer grant.
const awsPolicy = JSON.stringify({
    Version: '2012-10-17',
    Id: 'default',
    Statement: [
        {
            Sid: 'xaccount',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::210987654321:root' },
            Action: 'lambda:GetLayerVersion',
            Resource: RESOURCE,
        },
        {
            Sid: 'org',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:GetLayerVersion',
            Resource: RESOURCE,
            Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } },
        },
        { Sid: 'public', Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: RESOURCE },
    ],
});
describe('aws/policy', () => {
    describe('parsePolicy', () => {
        it('parses the documented statements into a document with grants', () => {
            const doc = (0, policy_1.parsePolicy)(awsPolicy);
            assert.strictEqual(doc.version, '2012-10-17');
            assert.strictEqual(doc.id, 'default');
            assert.deepStrictEqual(doc.statements.map((s) => s.sid), ['xaccount', 'org', 'public']);
            assert.deepStrictEqual(doc.statements[0].principal, { AWS: 'arn:aws:iam::210987654321:root' });
            assert.deepStrictEqual(doc.statements[1].condition, {
                StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' },
            });
            assert.deepStrictEqual(doc.statements.map(policy_1.statementToGrant), [
                { kind: 'account', accountId: '210987654321' },
                { kind: 'organization', organizationId: 'o-abcdefghij' },
                { kind: 'public' },
            ]);
        });
        it('accepts a single statement object and array forms of Action / Resource / AWS', () => {
            const doc = (0, policy_1.parsePolicy)(JSON.stringify({
                Version: '2012-10-17',
                Statement: {
                    Sid: 'one',
                    Effect: 'Allow',
                    Principal: { AWS: ['111122223333'] },
                    Action: ['lambda:GetLayerVersion'],
                    Resource: [RESOURCE],
                },
            }));
            assert.strictEqual(doc.statements.length, 1);
            assert.deepStrictEqual((0, policy_1.statementToGrant)(doc.statements[0]), {
                kind: 'account',
                accountId: '111122223333',
            });
        });
        it('treats a policy without statements as empty', () => {
            assert.deepStrictEqual((0, policy_1.parsePolicy)('{"Version":"2012-10-17"}').statements, []);
        });
        it('rejects text that is not JSON with a LambdaError', () => {
            assert.throws(() => (0, policy_1.parsePolicy)('<html>'), (e) => (0, errors_1.isLambdaError)(e, 'Unknown') && /not valid JSON/.test(e.message));
        });
        it('parses the statement string AddLayerVersionPermission returns', () => {
            const s = (0, policy_1.parseStatementJson)('{"Sid":"a","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"lambda:GetLayerVersion","Resource":"x"}');
            assert.strictEqual(s.sid, 'a');
            assert.deepStrictEqual((0, policy_1.statementToGrant)(s), { kind: 'account', accountId: '123456789012' });
        });
    });
    describe('statementToGrant', () => {
        const base = {
            sid: 's',
            effect: 'Allow',
            principal: '*',
            action: 'lambda:GetLayerVersion',
            resource: RESOURCE,
        };
        it('reads a bare account id and a GovCloud/China root ARN as accounts', () => {
            assert.deepStrictEqual((0, policy_1.statementToGrant)({ ...base, principal: '123456789012' }), {
                kind: 'account',
                accountId: '123456789012',
            });
            assert.deepStrictEqual((0, policy_1.statementToGrant)({ ...base, principal: { AWS: 'arn:aws-cn:iam::123456789012:root' } }), {
                kind: 'account',
                accountId: '123456789012',
            });
        });
        it('matches the organization condition key case-insensitively', () => {
            assert.deepStrictEqual((0, policy_1.statementToGrant)({ ...base, condition: { StringEquals: { 'aws:principalorgid': 'o-abcdefghij' } } }), { kind: 'organization', organizationId: 'o-abcdefghij' });
        });
        it('does not call a statement a grant when it is not one AWS permissions make', () => {
            assert.strictEqual((0, policy_1.statementToGrant)({ ...base, effect: 'Deny' }), undefined);
            assert.strictEqual((0, policy_1.statementToGrant)({ ...base, action: 'lambda:InvokeFunction' }), undefined);
            assert.strictEqual((0, policy_1.statementToGrant)({ ...base, principal: { AWS: ['111122223333', '444455556666'] } }), undefined);
            assert.strictEqual((0, policy_1.statementToGrant)({ ...base, principal: 'arn:aws:iam::123456789012:user/bob' }), undefined);
            assert.strictEqual((0, policy_1.statementToGrant)({ ...base, condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } }), undefined, 'a wildcard condition is not a plain organization grant');
            assert.strictEqual((0, policy_1.statementToGrant)({
                ...base,
                principal: '123456789012',
                condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } },
            }), undefined);
        });
    });
    describe('grants', () => {
        const grants = [
            { kind: 'account', accountId: '123456789012' },
            { kind: 'organization', organizationId: 'o-abcdefghij' },
            { kind: 'public' },
        ];
        it('turns each grant into AddLayerVersionPermission parameters', () => {
            assert.deepStrictEqual(grants.map(policy_1.grantToPermission), [
                { principal: '123456789012' },
                { principal: '*', organizationId: 'o-abcdefghij' },
                { principal: '*' },
            ]);
        });
        it('describes grants in words', () => {
            assert.deepStrictEqual(grants.map(policy_1.describeGrant), [
                'account 123456789012',
                'organization o-abcdefghij',
                'everyone (public)',
            ]);
        });
        it('compares grants by who they share with', () => {
            assert.ok((0, policy_1.sameGrant)(grants[0], { kind: 'account', accountId: '123456789012' }));
            assert.ok(!(0, policy_1.sameGrant)(grants[0], { kind: 'account', accountId: '999999999999' }));
            assert.ok(!(0, policy_1.sameGrant)(grants[1], grants[2]));
        });
        it('suggests statement ids that are valid and not taken', () => {
            assert.strictEqual((0, policy_1.suggestStatementId)(grants[0], []), 'account-123456789012');
            assert.strictEqual((0, policy_1.suggestStatementId)(grants[1], []), 'org-o-abcdefghij');
            assert.strictEqual((0, policy_1.suggestStatementId)(grants[2], ['public', 'public-2']), 'public-3');
            for (const g of grants)
                assert.strictEqual((0, policy_1.validateStatementId)((0, policy_1.suggestStatementId)(g, [])), undefined);
        });
    });
    describe('validators', () => {
        it('validates statement ids like AWS (1..100, letters digits - _)', () => {
            assert.strictEqual((0, policy_1.validateStatementId)('share-with_dev1'), undefined);
            assert.strictEqual((0, policy_1.validateStatementId)('a'.repeat(100)), undefined);
            assert.match((0, policy_1.validateStatementId)('a'.repeat(101)) ?? '', /at most 100 characters.*: 101$/);
            assert.match((0, policy_1.validateStatementId)('has space') ?? '', /: has space$/);
            assert.match((0, policy_1.validateStatementId)('') ?? '', /Enter a statement ID/);
            assert.ok((0, policy_1.validateStatementId)('ok\nbad'), 'anchored: a newline cannot sneak past the pattern');
        });
        it('validates account ids (exactly 12 digits)', () => {
            assert.strictEqual((0, policy_1.validateAccountId)('123456789012'), undefined);
            assert.match((0, policy_1.validateAccountId)('12345678901') ?? '', /exactly 12 digits: 12345678901$/);
            assert.ok((0, policy_1.validateAccountId)('1234567890123'));
            assert.ok((0, policy_1.validateAccountId)('arn:aws:iam::123456789012:root'));
        });
        it('validates organization ids (o- then 10..32 lowercase letters or digits)', () => {
            assert.strictEqual((0, policy_1.validateOrganizationId)('o-abcdefghij'), undefined);
            assert.strictEqual((0, policy_1.validateOrganizationId)(`o-${'a'.repeat(32)}`), undefined);
            assert.ok((0, policy_1.validateOrganizationId)('o-abc'));
            assert.ok((0, policy_1.validateOrganizationId)('o-ABCDEFGHIJ'));
            assert.ok((0, policy_1.validateOrganizationId)(`o-${'a'.repeat(33)}`));
            assert.match((0, policy_1.validateOrganizationId)('org-1') ?? '', /: org-1$/);
        });
    });
});
//# sourceMappingURL=policy.test.js.map