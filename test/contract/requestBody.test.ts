// The emulator's reading of large Lambda request bodies (test/emulator/requestBody.ts) gives what JSON.parse gives,
// and refuses what JSON.parse refuses.
import * as assert from 'assert';
import { randomBytes } from 'crypto';
import { parseRequestBody } from '../emulator/requestBody';

const b64 = randomBytes(1024 * 1024).toString('base64');
const plain = (text: string): unknown => JSON.parse(text);

describe('emulator: large request bodies', () => {
  const cases: [string, string][] = [
    [
      'PublishLayerVersion',
      JSON.stringify({ Content: { ZipFile: b64 }, Description: 'd "q" é', LicenseInfo: 'MIT' }),
    ],
    ['CreateFunction', JSON.stringify({ FunctionName: 'f', Code: { ZipFile: b64 }, Runtime: 'nodejs22.x' })],
    ['UpdateFunctionCode', JSON.stringify({ ZipFile: b64, Publish: true })],
    ['an escaped slash in the value', `{"ZipFile":"${b64.replace(/\//g, '\\/')}"}`],
    [
      'the key twice (the last wins)',
      `{"Content":{"ZipFile":"AAAA"},"Code":{"ZipFile":"${b64}"},"ZipFile":"${b64}"}`,
    ],
    ['spaces around the colon', `{"Content": {"ZipFile" : "${b64}"}}`],
    ['ZipFile somewhere else', `{"Other":{"ZipFile":"${b64}"}}`],
    ['an empty archive and other fields', `{"Content":{"ZipFile":""},"Description":"${b64}"}`],
  ];
  for (const [name, text] of cases) {
    it(`reads ${name} as JSON.parse does`, () => {
      assert.deepStrictEqual(parseRequestBody(Buffer.from(text)), plain(text));
    });
  }

  it('refuses a body that is not JSON around the archive', () => {
    assert.throws(() => parseRequestBody(Buffer.from(`{"Content":{"ZipFile":"${b64}"},}`)), SyntaxError);
    assert.throws(() => parseRequestBody(Buffer.from(`{"Content":{"ZipFile":"${b64}`)), SyntaxError);
  });
});
