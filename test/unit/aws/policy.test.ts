import * as assert from 'assert';
import { isLambdaError } from '../../../src/aws/errors';
import type { Grant, PolicyStatement } from '../../../src/aws/lambdaService';
import {
  describeGrant,
  grantToPermission,
  parsePolicy,
  parseStatementJson,
  sameGrant,
  statementToGrant,
  suggestStatementId,
  validateAccountId,
  validateOrganizationId,
  validateStatementId,
} from '../../../src/aws/policy';

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
      const doc = parsePolicy(awsPolicy);
      assert.strictEqual(doc.version, '2012-10-17');
      assert.strictEqual(doc.id, 'default');
      assert.deepStrictEqual(
        doc.statements.map((s) => s.sid),
        ['xaccount', 'org', 'public'],
      );
      assert.deepStrictEqual(doc.statements[0]!.principal, { AWS: 'arn:aws:iam::210987654321:root' });
      assert.deepStrictEqual(doc.statements[1]!.condition, {
        StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' },
      });
      assert.deepStrictEqual(doc.statements.map(statementToGrant), [
        { kind: 'account', accountId: '210987654321' },
        { kind: 'organization', organizationId: 'o-abcdefghij' },
        { kind: 'public' },
      ]);
    });

    it('accepts a single statement object and array forms of Action / Resource / AWS', () => {
      const doc = parsePolicy(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: {
            Sid: 'one',
            Effect: 'Allow',
            Principal: { AWS: ['111122223333'] },
            Action: ['lambda:GetLayerVersion'],
            Resource: [RESOURCE],
          },
        }),
      );
      assert.strictEqual(doc.statements.length, 1);
      assert.deepStrictEqual(statementToGrant(doc.statements[0]!), {
        kind: 'account',
        accountId: '111122223333',
      });
    });

    it('treats a policy without statements as empty', () => {
      assert.deepStrictEqual(parsePolicy('{"Version":"2012-10-17"}').statements, []);
    });

    it('rejects text that is not JSON with a LambdaError', () => {
      assert.throws(
        () => parsePolicy('<html>'),
        (e: unknown) => isLambdaError(e, 'Unknown') && /not valid JSON/.test(e.message),
      );
    });

    it('parses the statement string AddLayerVersionPermission returns', () => {
      const s = parseStatementJson(
        '{"Sid":"a","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"lambda:GetLayerVersion","Resource":"x"}',
      );
      assert.strictEqual(s.sid, 'a');
      assert.deepStrictEqual(statementToGrant(s), { kind: 'account', accountId: '123456789012' });
    });
  });

  describe('statementToGrant', () => {
    const base: PolicyStatement = {
      sid: 's',
      effect: 'Allow',
      principal: '*',
      action: 'lambda:GetLayerVersion',
      resource: RESOURCE,
    };

    it('reads a bare account id and a GovCloud/China root ARN as accounts', () => {
      assert.deepStrictEqual(statementToGrant({ ...base, principal: '123456789012' }), {
        kind: 'account',
        accountId: '123456789012',
      });
      assert.deepStrictEqual(
        statementToGrant({ ...base, principal: { AWS: 'arn:aws-cn:iam::123456789012:root' } }),
        {
          kind: 'account',
          accountId: '123456789012',
        },
      );
    });

    it('matches the organization condition key case-insensitively', () => {
      assert.deepStrictEqual(
        statementToGrant({ ...base, condition: { StringEquals: { 'aws:principalorgid': 'o-abcdefghij' } } }),
        { kind: 'organization', organizationId: 'o-abcdefghij' },
      );
    });

    it('does not call a statement a grant when it is not one AWS permissions make', () => {
      assert.strictEqual(statementToGrant({ ...base, effect: 'Deny' }), undefined);
      assert.strictEqual(statementToGrant({ ...base, action: 'lambda:InvokeFunction' }), undefined);
      assert.strictEqual(
        statementToGrant({ ...base, principal: { AWS: ['111122223333', '444455556666'] } }),
        undefined,
      );
      assert.strictEqual(
        statementToGrant({ ...base, principal: 'arn:aws:iam::123456789012:user/bob' }),
        undefined,
      );
      assert.strictEqual(
        statementToGrant({ ...base, condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } }),
        undefined,
        'a wildcard condition is not a plain organization grant',
      );
      assert.strictEqual(
        statementToGrant({
          ...base,
          principal: '123456789012',
          condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } },
        }),
        undefined,
      );
    });
  });

  describe('grants', () => {
    const grants: Grant[] = [
      { kind: 'account', accountId: '123456789012' },
      { kind: 'organization', organizationId: 'o-abcdefghij' },
      { kind: 'public' },
    ];

    it('turns each grant into AddLayerVersionPermission parameters', () => {
      assert.deepStrictEqual(grants.map(grantToPermission), [
        { principal: '123456789012' },
        { principal: '*', organizationId: 'o-abcdefghij' },
        { principal: '*' },
      ]);
    });

    it('describes grants in words', () => {
      assert.deepStrictEqual(grants.map(describeGrant), [
        'account 123456789012',
        'organization o-abcdefghij',
        'everyone (public)',
      ]);
    });

    it('compares grants by who they share with', () => {
      assert.ok(sameGrant(grants[0]!, { kind: 'account', accountId: '123456789012' }));
      assert.ok(!sameGrant(grants[0]!, { kind: 'account', accountId: '999999999999' }));
      assert.ok(!sameGrant(grants[1]!, grants[2]!));
    });

    it('suggests statement ids that are valid and not taken', () => {
      assert.strictEqual(suggestStatementId(grants[0]!, []), 'account-123456789012');
      assert.strictEqual(suggestStatementId(grants[1]!, []), 'org-o-abcdefghij');
      assert.strictEqual(suggestStatementId(grants[2]!, ['public', 'public-2']), 'public-3');
      for (const g of grants) assert.strictEqual(validateStatementId(suggestStatementId(g, [])), undefined);
    });
  });

  describe('validators', () => {
    it('validates statement ids like AWS (1..100, letters digits - _)', () => {
      assert.strictEqual(validateStatementId('share-with_dev1'), undefined);
      assert.strictEqual(validateStatementId('a'.repeat(100)), undefined);
      assert.match(validateStatementId('a'.repeat(101)) ?? '', /at most 100 characters.*: 101$/);
      assert.match(validateStatementId('has space') ?? '', /: has space$/);
      assert.match(validateStatementId('') ?? '', /Enter a statement ID/);
      assert.ok(validateStatementId('ok\nbad'), 'anchored: a newline cannot sneak past the pattern');
    });

    it('validates account ids (exactly 12 digits)', () => {
      assert.strictEqual(validateAccountId('123456789012'), undefined);
      assert.match(validateAccountId('12345678901') ?? '', /exactly 12 digits: 12345678901$/);
      assert.ok(validateAccountId('1234567890123'));
      assert.ok(validateAccountId('arn:aws:iam::123456789012:root'));
    });

    it('validates organization ids (o- then 10..32 lowercase letters or digits)', () => {
      assert.strictEqual(validateOrganizationId('o-abcdefghij'), undefined);
      assert.strictEqual(validateOrganizationId(`o-${'a'.repeat(32)}`), undefined);
      assert.ok(validateOrganizationId('o-abc'));
      assert.ok(validateOrganizationId('o-ABCDEFGHIJ'));
      assert.ok(validateOrganizationId(`o-${'a'.repeat(33)}`));
      assert.match(validateOrganizationId('org-1') ?? '', /: org-1$/);
    });
  });
});
