import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG, CREDENTIALS, writeAwsFiles } from './awsFiles';
import { defaultProfile, findProfile, listProfiles, parseIni } from '../../../src/aws/profiles';

describe('aws/profiles', () => {
  let files: { dir: string; env: Record<string, string> };
  before(() => {
    files = writeAwsFiles(CONFIG, CREDENTIALS);
  });
  after(() => fs.rmSync(files.dir, { recursive: true, force: true }));

  it('lists the profiles of both files, default first, honouring AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE', () => {
    const names = listProfiles(files.env).map((p) => p.name);
    assert.deepStrictEqual(names, ['default', 'ci', 'dev', 'local', 'noendpoints', 'svc']);
  });

  it('reports region, SSO and where the profile lives', () => {
    assert.deepStrictEqual(findProfile('default', files.env), {
      name: 'default',
      region: 'eu-west-1',
      sso: false,
      ignoreConfiguredEndpointUrls: false,
      sources: ['config', 'credentials'],
    });
    const dev = findProfile('dev', files.env)!;
    assert.strictEqual(dev.sso, true);
    assert.strictEqual(dev.region, 'us-east-2', 'inline comment stripped');
    assert.strictEqual(findProfile('ci', files.env)!.region, 'ap-south-1');
    assert.deepStrictEqual(findProfile('ci', files.env)!.sources, ['credentials']);
  });

  it("reads a profile's endpoint_url, and a services section's lambda/s3 endpoint over it", () => {
    assert.strictEqual(findProfile('local', files.env)!.endpointUrl, 'http://127.0.0.1:4566');
    const svc = findProfile('svc', files.env)!;
    assert.strictEqual(svc.endpointUrl, 'http://127.0.0.1:9001');
    assert.strictEqual(svc.s3EndpointUrl, 'http://127.0.0.1:9002');
    assert.strictEqual(findProfile('noendpoints', files.env)!.ignoreConfiguredEndpointUrls, true);
  });

  it('finds nothing when the files do not exist', () => {
    const env = {
      AWS_CONFIG_FILE: path.join(files.dir, 'nope'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(files.dir, 'nope2'),
    };
    assert.deepStrictEqual(listProfiles(env), []);
  });

  it('defaults to AWS_PROFILE, else "default"', () => {
    assert.strictEqual(defaultProfile({ AWS_PROFILE: 'dev' }), 'dev');
    assert.strictEqual(defaultProfile({}), 'default');
  });

  it('parses sub-properties and ignores comments', () => {
    assert.deepStrictEqual(parseIni('[services x]\nlambda =\n  endpoint_url = http://a\n# c\nother = 1\n'), {
      'services x': { 'lambda.endpoint_url': 'http://a', other: '1' },
    });
  });
});
