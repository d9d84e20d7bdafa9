import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { guessHandler, guessLicense, jsExports, pythonHandlers } from '../../../src/layers/handlerGuess';
import { validateFunctionName, validateLayerName, validateRoleArn } from '../../../src/layers/layerName';

describe('handler, license and name proposals', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guess-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
    return { path: rel, absPath: path.join(dir, rel) };
  };

  it('reads exported functions in CommonJS and ESM forms', () => {
    assert.deepStrictEqual(jsExports('exports.main = 1;\nmodule.exports.handler = async () => {};'), [
      'main',
      'handler',
    ]);
    assert.deepStrictEqual(
      jsExports('export const lambdaHandler = async (e) => e;\nexport async function other() {}'),
      ['lambdaHandler', 'other'],
    );
    assert.deepStrictEqual(jsExports('module.exports = { handler, helper: 1 };'), ['handler', 'helper']);
    assert.deepStrictEqual(
      pythonHandlers(
        'import x\n\ndef helper(a):\n  pass\n\ndef lambda_handler(event, context):\n  return 1\n',
      ),
      ['lambda_handler'],
    );
  });

  it('proposes the Node handler from package.json main and the exported name', async () => {
    const files = [
      write('package.json', '{"main":"src/app.js"}'),
      write('src/app.js', 'export const lambdaHandler = async () => 1;'),
      write('index.js', 'exports.handler = 1'),
    ];
    assert.deepStrictEqual(await guessHandler(files, 'nodejs'), {
      value: 'src/app.lambdaHandler',
      reason: 'exported lambdaHandler in src/app.js',
    });
    assert.strictEqual((await guessHandler([files[2]!], 'nodejs')).value, 'index.handler');
  });

  it('proposes the Python handler and falls back to the defaults', async () => {
    const f = write('main.py', 'def run(event, context):\n    return {}\n');
    assert.strictEqual((await guessHandler([f], 'python')).value, 'main.run');
    assert.strictEqual((await guessHandler([], 'python')).value, 'lambda_function.lambda_handler');
    assert.strictEqual(
      (await guessHandler([write('bootstrap', '#!/bin/sh')], 'provided')).value,
      'bootstrap',
    );
  });

  it('proposes a license from package.json, else from a LICENSE file', async () => {
    write('LICENSE', 'Apache License\n                           Version 2.0, January 2004\n');
    assert.deepStrictEqual(await guessLicense(dir), { value: 'Apache-2.0', reason: 'recognised in LICENSE' });
    write('package.json', '{"license":"ISC"}');
    assert.deepStrictEqual(await guessLicense(dir), { value: 'ISC', reason: 'license in package.json' });
    assert.strictEqual(await guessLicense(path.join(dir, 'missing')), undefined);
  });

  it('validates names and ARNs as AWS does', () => {
    assert.strictEqual(validateLayerName('shared-utils_2'), undefined);
    assert.match(validateLayerName('a'.repeat(141)) ?? '', /at most 140 characters: 141/);
    assert.match(validateLayerName('my layer') ?? '', /only: " "/);
    assert.strictEqual(validateLayerName('arn:aws:lambda:us-east-1:123456789012:layer:x'), undefined);
    assert.match(validateLayerName('arn:aws:lambda:us-east-1:123:layer:x') ?? '', /Not a layer ARN/);
    assert.match(validateFunctionName('f'.repeat(65)) ?? '', /at most 64/);
    assert.strictEqual(validateRoleArn('arn:aws:iam::123456789012:role/service-role/my-role'), undefined);
    assert.match(validateRoleArn('arn:aws:iam::123456789012:user/bob') ?? '', /Not an IAM role ARN/);
  });
});
