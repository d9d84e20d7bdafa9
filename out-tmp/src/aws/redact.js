"use strict";
// What must never reach a log, a toast or an error message: presigned URL signatures (a download link grants
// access to code for 10 minutes), secret keys, session tokens, passwords in URLs and access key ids.
// Secrets arrive in many shapes: `name=value`, `name: value`, JSON, JSON inside JSON (escaped quotes), a
// percent-encoded form or query, any letter case, `_`/`-` or camelCase between words. redact() is total over
// those shapes (test/unit/aws/redact.test.ts checks it over a generated corpus). It over-redacts rather than
// leak: a pagination token or a word that merely ends in "password" is hidden too. Pure.
Object.defineProperty(exports, "__esModule", { value: true });
exports.redact = redact;
const REDACTED = '<redacted>';
/** scheme://user:password@host → scheme://<redacted>@host (credentials in an endpoint URL). */
const URL_USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi;
// A URL with a query, without the punctuation that ends the sentence around it.
const URL_WITH_QUERY = /\bhttps?:\/\/[^\s"'<>]+\?[^\s"'<>]*?(?=[.,:;)]*(?:[\s"'<>]|$))/gi;
const SIGNED_URL = /X-Amz-Signature|Signature=|X-Amz-Credential|Expires=/i;
const SIGNED_QUERY = /([?&](?:X-Amz-[A-Za-z-]+|Signature|Expires|AWSAccessKeyId|x-amz-security-token)=)[^&\s"']*/gi;
/** An Authorization header (SigV4 or any other scheme): everything after the name goes. */
const AUTHORIZATION = /(authorization(?:\\*"|%22|')?\s*(?::|=|%3A|%3D)\s*(?:\\*"|%22|')?)[^\r\n"'\\]+/gi;
// Names whose value is a secret. No word boundary on the left: `key_password=` and `xToken:` go too.
const SECRET_NAME = String.raw `(?:secret[_-]?access[_-]?key|secret[_-]?key|session[_-]?token|security[_-]?token|signature|credential|password|passwd|token)`;
// name, an optional closing quote (plain, JSON-escaped or percent-encoded), a separator, an optional opening quote.
const PAIR = new RegExp(String.raw `(${SECRET_NAME}(?:\\*"|%22|'|%27)?\s*(?:=|:|%3D|%3A)\s*)(\\*"|%22|'|%27)?(?!%2[27])((?<=[^\\]["'])[^"'\r\n]+|[^\s"'&,;}\\<>]+)`, 'gi');
/** Access key ids (long-term AKIA, temporary ASIA, and the other documented prefixes), glued to a word or not. */
const ACCESS_KEY = /(AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA|APKA|ABIA|ACCA)[A-Z0-9]{16}/g;
/** Removes signed query strings, secrets, passwords in URLs and access key ids from a text meant for a log. */
function redact(text) {
    return text
        .replace(URL_USER_INFO, `$1${REDACTED}@`)
        .replace(URL_WITH_QUERY, (url) => SIGNED_URL.test(url) ? `${url.split('?')[0]}?${REDACTED}` : url.replace(SIGNED_QUERY, `$1${REDACTED}`))
        .replace(AUTHORIZATION, `$1${REDACTED}`)
        .replace(PAIR, (_m, head, quote) => `${head}${quote ?? ''}${REDACTED}`)
        .replace(ACCESS_KEY, `$1${REDACTED}`);
}
//# sourceMappingURL=redact.js.map