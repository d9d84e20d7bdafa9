import * as assert from 'assert';
import type { Grant, PolicyDocument } from '../../../src/aws/lambdaService';
import { parsePolicy, statementToGrant } from '../../../src/aws/policy';
import { grantToStatement, policyJson, statementRow } from '../../../src/webviews/policyView';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:7';

describe('statement ↔ grant mapping', () => {
  const grants: Grant[] = [
    { kind: 'account', accountId: '210987654321' },
    { kind: 'organization', organizationId: 'o-a1b2c3d4e5' },
    { kind: 'public' },
  ];
  for (const g of grants) {
    it(`round-trips a ${g.kind} grant through the statement AWS writes and its JSON`, () => {
      const s = grantToStatement(ARN, 'sid-1', g);
      assert.deepStrictEqual(statementToGrant(s), g);
      const doc: PolicyDocument = { version: '2012-10-17', id: 'default', statements: [s] };
      const reparsed = parsePolicy(policyJson(doc));
      assert.deepStrictEqual(reparsed, doc);
      assert.deepStrictEqual(statementToGrant(reparsed.statements[0]!), g);
    });
  }

  it('writes statements in the shape AWS returns (root ARN principal, org condition)', () => {
    const json = JSON.parse(
      policyJson({
        version: '2012-10-17',
        statements: [grantToStatement(ARN, 'org', grants[1]!), grantToStatement(ARN, 'acct', grants[0]!)],
      }),
    );
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
    const rows = parsePolicy(
      JSON.stringify({
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
      }),
    ).statements.map(statementRow);
    assert.deepStrictEqual(rows[0], {
      sid: 'org-wide',
      effect: 'Allow',
      principal: '*',
      organization: 'o-a1b2c3d4e5',
      action: 'lambda:GetLayerVersion',
      summary: 'organization o-a1b2c3d4e5',
      grant: { kind: 'organization', organizationId: 'o-a1b2c3d4e5' },
    });
    assert.strictEqual(rows[1]!.summary, 'everyone (public)');
    assert.strictEqual(rows[2]!.summary, 'custom statement');
    assert.strictEqual(rows[2]!.grant, undefined);
    assert.strictEqual(rows[2]!.principal, 'arn:aws:iam::111111111111:root, arn:aws:iam::222222222222:root');
    assert.strictEqual(rows[2]!.action, 'lambda:GetLayerVersion, lambda:ListLayerVersions');
  });
});
