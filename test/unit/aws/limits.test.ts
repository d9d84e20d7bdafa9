import * as assert from 'assert';
import {
  INLINE_REQUEST_OVERHEAD_BYTES,
  MAX_DIRECT_UPLOAD_BYTES,
  MAX_INLINE_REQUEST_BYTES,
  inlineRequestBytes,
} from '../../../src/aws/limits';

describe('inline upload limit', () => {
  it('is decided on the encoded request: a 50 MiB archive does not fit inline', () => {
    const fiftyMiB = 50 * 1024 * 1024;
    assert.strictEqual(inlineRequestBytes(fiftyMiB, 0), 69_905_068);
    assert.ok(inlineRequestBytes(fiftyMiB) > MAX_INLINE_REQUEST_BYTES);
    assert.ok(fiftyMiB > MAX_DIRECT_UPLOAD_BYTES, 'a 50 MiB archive goes through S3');
  });

  it('leaves room for the JSON around the largest inline archive', () => {
    assert.ok(inlineRequestBytes(MAX_DIRECT_UPLOAD_BYTES) <= MAX_INLINE_REQUEST_BYTES);
    assert.ok(inlineRequestBytes(MAX_DIRECT_UPLOAD_BYTES + 3) > MAX_INLINE_REQUEST_BYTES);
    assert.ok(INLINE_REQUEST_OVERHEAD_BYTES >= 6 * 4096, 'a 4 KB environment, JSON-escaped, still fits');
  });
});
