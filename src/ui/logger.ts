// The log port. Every line goes through redact() (src/aws/redact.ts) before it reaches the log.
import { redact } from '../aws/redact';

export interface Logger {
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
