// The one error boundary every command runs inside: a cancel is silent, a failure is logged with details
// and shown once as a message that says what to do. The toast is never awaited (a command must not hang
// until the user closes it).
import { isLambdaError } from '../aws/errors';
import type { Logger } from '../ui/logger';
import { Cancelled } from '../ui/prompter';
import type { Notifier } from '../ui/prompter';

export function isCancellation(e: unknown): boolean {
  return (
    e instanceof Cancelled || isLambdaError(e, 'Cancelled') || (e instanceof Error && e.name === 'AbortError')
  );
}

/** The message a user sees for a failure. */
export function userMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export async function runCommand<T>(
  id: string,
  title: string,
  deps: { log: Logger; notifier: Notifier; showLog?: () => void; onFailure?: (e: unknown) => void },
  fn: () => Promise<T> | T,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    if (isCancellation(e)) {
      deps.log.trace(`${id}: cancelled`);
      return undefined;
    }
    deps.log.error(`${id} failed`, e);
    deps.onFailure?.(e);
    void deps.notifier.error(`${title} failed: ${userMessage(e)}`, 'Show Log').then((a) => {
      if (a === 'Show Log') deps.showLog?.();
      return a;
    });
    return undefined;
  }
}
