import * as assert from 'assert';
import { LambdaError } from '../../../src/aws/errors';
import { runCommand } from '../../../src/commands/runCommand';
import { Cancelled } from '../../../src/ui/prompter';
import { RecordingLogger, RecordingNotifier } from '../support/recorders';

describe('runCommand (the error boundary)', () => {
  it('returns the handler result', async () => {
    const log = new RecordingLogger();
    const notifier = new RecordingNotifier();
    assert.strictEqual(await runCommand('x.y.z', 'Do it', { log, notifier }, () => 42), 42);
    assert.deepStrictEqual(notifier.shown, []);
  });

  it('is silent on a cancel from a prompt or an abort', async () => {
    const log = new RecordingLogger();
    const notifier = new RecordingNotifier();
    await runCommand('x.y.z', 'Do it', { log, notifier }, () => {
      throw new Cancelled();
    });
    await runCommand('x.y.z', 'Do it', { log, notifier }, () => {
      throw new LambdaError('Cancelled', 'Cancelled.');
    });
    assert.deepStrictEqual(notifier.shown, []);
    assert.strictEqual(log.errors.length, 0);
  });

  it('logs a failure and shows it once, without waiting for the toast to close', async () => {
    const log = new RecordingLogger();
    const notifier = new RecordingNotifier({ neverResolve: true });
    const result = await runCommand(
      'lambdaExplorer.layer.publish',
      'Publish layer',
      { log, notifier },
      () => {
        throw new LambdaError(
          'PreconditionFailed',
          'The function changed since it was read. Refresh and try again.',
        );
      },
    );
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(notifier.shown, [
      {
        level: 'error',
        message: 'Publish layer failed: The function changed since it was read. Refresh and try again.',
        actions: ['Show Log'],
      },
    ]);
    assert.strictEqual(log.errors.length, 1);
    assert.match(log.errors[0]!, /lambdaExplorer\.layer\.publish failed/);
  });
});
