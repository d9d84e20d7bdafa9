// The log port. Every line goes through logLine(): redact() (src/aws/redact.ts), and invisible or bidi
// characters from AWS data shown as `<U+202E>` (a right-to-left override would reorder the rest of the line).
import { redact } from '../aws/redact';
import { showInvisible } from './displayText';

/** A log line as written: secrets redacted, invisible characters shown (line breaks kept for stacks). */
export function logLine(message: string): string {
  return showInvisible(redact(message));
}

export interface Logger {
  /** Every AWS call (operation, duration, status, request id) and other detail for troubleshooting. */
  debug?(message: string): void;
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A loggable description of an error: name, message and, for our errors, the AWS details. */
export function describeForLog(e: unknown): string {
  if (e instanceof Error) {
    const details = (e as { details?: unknown }).details;
    const extra = details && typeof details === 'object' ? ` ${JSON.stringify(details)}` : '';
    return redact(
      `${e.name}: ${e.message}${extra}${e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : ''}`,
    );
  }
  return redact(String(e));
}
