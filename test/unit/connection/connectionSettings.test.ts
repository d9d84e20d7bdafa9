// lambdaExplorer.connections is edited by hand (and a workspace can carry it): each entry is checked, a bad one
// is skipped with the reason, the good ones still connect.
import * as assert from 'assert';
import { parseConnections } from '../../../src/connection/connectionSettings';

describe('the lambdaExplorer.connections setting', () => {
  it('keeps valid entries (an empty profile is the default chain) and trims them', () => {
    assert.deepStrictEqual(
      parseConnections([
        { profile: 'prod', region: ' eu-west-1 ' },
        { profile: '', region: 'us-gov-west-1', endpoint: 'http://127.0.0.1:4566' },
        { region: 'ap-southeast-7', endpoint: '' },
      ]),
      {
        connections: [
          { profile: 'prod', region: 'eu-west-1' },
          { profile: '', region: 'us-gov-west-1', endpoint: 'http://127.0.0.1:4566' },
          { profile: '', region: 'ap-southeast-7' },
        ],
        problems: [],
      },
    );
  });

  it('skips a bad entry with its index and the reason, and keeps the others', () => {
    const parsed = parseConnections([
      { profile: 'dev', region: 'Frankfurt' },
      { profile: 'dev', region: 'eu-central-1', endpoint: 'file:///etc/passwd' },
      'eu-west-1',
      { profile: 'dev', region: 'eu-west-1', token: 'x' },
      { profile: 7, region: 'eu-west-1' },
      { profile: 'ok', region: 'eu-north-1' },
    ]);
    assert.deepStrictEqual(parsed.connections, [{ profile: 'ok', region: 'eu-north-1' }]);
    assert.deepStrictEqual(
      parsed.problems.map((p) => p.replace(' skipped: ', ': ')),
      [
        'lambdaExplorer.connections[0]: region must be a Region name such as us-east-1: Frankfurt',
        'lambdaExplorer.connections[1]: endpoint must be an http:// or https:// URL: file:///etc/passwd',
        'lambdaExplorer.connections[2]: not an object',
        'lambdaExplorer.connections[3]: unknown field: token',
        'lambdaExplorer.connections[4]: profile must be a string',
      ],
    );
  });

  it('a value that is not an array adds nothing', () => {
    assert.deepStrictEqual(parseConnections({ region: 'eu-west-1' }).connections, []);
    assert.deepStrictEqual(parseConnections(undefined), { connections: [], problems: [] });
  });
});
