// Code targets are made from ARNs an endpoint sent: a name or qualifier AWS would never produce (a path, "..", a
// colon, a control character) makes no target, so it never becomes a folder name, a lambda: path or a request.
import * as assert from 'assert';
import {
  CodeUriError,
  functionTargetFromArn,
  layerTargetFromArn,
  parseCodeUri,
} from '../../../src/code/codeUri';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:';
const LAYER = 'arn:aws:lambda:us-east-1:123456789012:layer:';

describe('code targets from ARNs', () => {
  it('reads the names and qualifiers AWS makes', () => {
    assert.deepStrictEqual(functionTargetFromArn(`${FN}orders-api`, '$LATEST'), {
      kind: 'function',
      region: 'us-east-1',
      account: '123456789012',
      name: 'orders-api',
      qualifier: '$LATEST',
    });
    assert.strictEqual(functionTargetFromArn(`${FN}my_fn-2:7`, '7')?.name, 'my_fn-2');
    assert.deepStrictEqual(functionTargetFromArn(`${FN}fn`, 'live_alias-1'), {
      kind: 'function',
      region: 'us-east-1',
      account: '123456789012',
      name: 'fn',
      qualifier: 'live_alias-1',
    });
    assert.deepStrictEqual(layerTargetFromArn(`${LAYER}shared-utils:8`), {
      kind: 'layer',
      region: 'us-east-1',
      account: '123456789012',
      name: 'shared-utils',
      version: 8,
    });
  });

  it('makes no target from a name or qualifier AWS would never send', () => {
    for (const name of ['../../tmp/x', 'a/b', '..', 'a\\b', 'fn\u202egnp.exe', 'fn\n', ' fn', 'a.b'])
      assert.strictEqual(functionTargetFromArn(`${FN}${name}`, '$LATEST'), undefined, JSON.stringify(name));
    for (const qualifier of ['../x', '1/2', '', '$LATEST/..', 'v1\n'])
      assert.strictEqual(functionTargetFromArn(`${FN}fn`, qualifier), undefined, JSON.stringify(qualifier));
    for (const name of ['../x', 'a/b', 'lib\u202e'])
      assert.strictEqual(layerTargetFromArn(`${LAYER}${name}:1`), undefined, JSON.stringify(name));
  });

  it('refuses a lambda: address whose name or qualifier AWS would never make', () => {
    assert.strictEqual(
      parseCodeUri({ authority: '123456789012', path: '/us-east-1/function/orders-api/$LATEST/index.mjs' })
        .target.name,
      'orders-api',
    );
    for (const path of [
      '/us-east-1/function/..%2f..%2fx/$LATEST/a.js',
      '/us-east-1/function/a.b/$LATEST/a.js',
      '/us-east-1/function/fn/$LATEST%2f..%2f..%2fx/a.js',
      '/us-east-1/layer/lib\u202e/1/a.js',
    ])
      assert.throws(() => parseCodeUri({ authority: '123456789012', path }), CodeUriError, path);
  });
});
