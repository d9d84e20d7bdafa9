// What must never reach a log, a toast or an error message: presigned URL signatures (a download link grants
// access to code for 10 minutes), secret keys, session tokens and access key ids. Pure.

const SIGNED_QUERY =
  /([?&](?:X-Amz-[A-Za-z-]+|Signature|Expires|AWSAccessKeyId|x-amz-security-token)=)[^&\s"']*/gi;
const URL_WITH_QUERY = /\bhttps?:\/\/[^\s"'<>]+\?[^\s"'<>]*/gi;
const SECRET_FIELDS =
  /("?(?:SecretAccessKey|secretAccessKey|SessionToken|sessionToken|aws_secret_access_key|aws_session_token)"?\s*[:=]\s*"?)[^"\s,}]+/g;
const ACCESS_KEY = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g;

/** Removes signed query strings, secrets and access key ids from a text meant for a log. */
export function redact(text: string): string {
  return text
    .replace(URL_WITH_QUERY, (url) =>
      /X-Amz-Signature|Signature=|X-Amz-Credential|Expires=/i.test(url)
        ? `${url.split('?')[0]}?<redacted>`
        : url.replace(SIGNED_QUERY, '$1<redacted>'),
    )
    .replace(SECRET_FIELDS, '$1<redacted>')
    .replace(ACCESS_KEY, '$1<redacted>');
}
