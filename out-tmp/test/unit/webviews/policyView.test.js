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
const policy_1 = require("../../../src/aws/policy");
const policyView_1 = require("../../../src/webviews/policyView");
const ARN = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:7';
describe('statement ↔ grant mapping', () => {
    const grants = [
        { kind: 'account', accountId: '210987654321' },
        { kind: 'organization', organizationId: 'o-a1b2c3d4e5' },
        { kind: 'public' },
    ];
    for (const g of grants) {
        it(`round-trips a ${g.kind} grant through the statement AWS writes and its JSON`, () => {
            const s = (0, policyView_1.grantToStatement)(ARN, 'sid-1', g);
            assert.deepStrictEqual((0, policy_1.statementToGrant)(s), g);
            const doc = { version: '2012-10-17', id: 'default', statements: [s] };
            const reparsed = (0, policy_1.parsePolicy)((0, policyView_1.policyJson)(doc));
            assert.deepStrictEqual(reparsed, doc);
            assert.deepStrictEqual((0, policy_1.statementToGrant)(reparsed.statements[0]), g);
        });
    }
    it('writes statements in the shape AWS returns (root ARN principal, org condition)', () => {
        const json = JSON.parse((0, policyView_1.policyJson)({
            version: '2012-10-17',
            statements: [(0, policyView_1.grantToStatement)(ARN, 'org', grants[1]), (0, policyView_1.grantToStatement)(ARN, 'acct', grants[0])],
        }));
        assert.deepStrictEqual(json.Statement[0], {
            Sid: 'org',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:GetLayerVersion',
            Resource: ARN,
            Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        });
        assert.deepStrictEqual(json.Statement[1].Principal, { AWS: 'arn:aws:iam::210987654321:root' });
    });
    it('shows each statement as a row: principal, organization, action, what it grants', () => {
        const rows = (0, policy_1.parsePolicy)(JSON.stringify({
            Version: '2012-10-17',
            Statement: [
                {
                    Sid: 'org-wide',
                    Effect: 'Allow',
                    Principal: '*',
                    Action: 'lambda:GetLayerVersion',
                    Resource: ARN,
                    Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
                },
                { Sid: 'pub', Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: ARN },
                {
                    Sid: 'odd',
                    Effect: 'Deny',
                    Principal: { AWS: ['arn:aws:iam::111111111111:root', 'arn:aws:iam::222222222222:root'] },
                    Action: ['lambda:GetLayerVersion', 'lambda:ListLayerVersions'],
                    Resource: ARN,
                },
            ],
        })).statements.map(policyView_1.statementRow);
        assert.deepStrictEqual(rows[0], {
            sid: 'org-wide',
            effect: 'Allow',
            principal: '*',
            organization: 'o-a1b2c3d4e5',
            action: 'lambda:GetLayerVersion',
            summary: 'organization o-a1b2c3d4e5',
            grant: { kind: 'organization', organizationId: 'o-a1b2c3d4e5' },
        });
        assert.strictEqual(rows[1].summary, 'everyone (public)');
        assert.strictEqual(rows[2].summary, 'custom statement');
        assert.strictEqual(rows[2].grant, undefined);
        assert.strictEqual(rows[2].principal, 'arn:aws:iam::111111111111:root, arn:aws:iam::222222222222:root');
        assert.strictEqual(rows[2].action, 'lambda:GetLayerVersion, lambda:ListLayerVersions');
    });
});
//# sourceMappingURL=policyView.test.js.map