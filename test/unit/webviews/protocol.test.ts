import * as assert from 'assert';
import { isViewToHost } from '../../../src/webviews/protocol';

describe('webview protocol guard', () => {
  const valid: unknown[] = [
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
    it(`accepts ${JSON.stringify(m)}`, () => assert.strictEqual(isViewToHost(m), true));
  }

  const invalid: [string, unknown][] = [
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
    it(`rejects ${what}`, () => assert.strictEqual(isViewToHost(m), false));
  }
});
