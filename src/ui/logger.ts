// The log port and the redaction every log line goes through: presigned download URLs (valid 10 minutes,
// they grant access to code), AWS secrets and session tokens never reach the log.

export interface Logger {
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

const SIGNED_QUERY = /([?&](?:X-Amz-[A-Za-z-]+|Signature|Expires|AWSAccessKeyId|x-amz-security-token)=)[^&\s"']*/gi;
const URL_WITH_QUERY = /\bhttps?:\/\/[^\s"'<>]+\?[^\s"'<>]*/gi;
const SECRET_FIELDS = /("?(?:SecretAccessKey|secretAccessKey|SessionToken|sessionToken|aws_secret_access_key|aws_session_token)"?\s*[:=]\s*"?)[^"\s,}]+/g;
const ACCESS_KEY = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g;

/** Removes signed query strings, secrets and access key ids from a text meant for a log. */
export function redact(text: string): string {
  return text
    .replace(URL_WITH_QUERY, (url) => (/X-Amz-Signature|Signature=|X-Amz-Credential|Expires=/i.test(url) ? `${url.split('?')[0]}?<redacted>` : url.replace(SIGNED_QUERY, '$1<redacted>')))
    .replace(SECRET_FIELDS, '$1<redacted>')
    .replace(ACCESS_KEY, '$1<redacted>');
}

/** A loggable description of an error: name, message and, for our errors, the AWS details. */
export function describeForLog(e: unknown): string {
  if (e instanceof Error) {
    const details = (e as { details?: unknown }).details;
    const extra = details && typeof details === 'object' ? ` ${JSON.stringify(details)}` : '';
    return redact(`${e.name}: ${e.message}${extra}${e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : ''}`);
  }
  return redact(String(e));
}
