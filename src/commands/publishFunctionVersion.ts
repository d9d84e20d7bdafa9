// "Publish Version…" of a function: a description, then PublishVersion guarded by RevisionId and CodeSha256, so
// the version freezes what the user saw; if the function changed meanwhile, say what changed and ask.
import { guardedWrite } from '../aws/guardedWrite';
import { isLambdaError } from '../aws/errors';
import type { FunctionConfiguration, FunctionSummary } from '../aws/lambdaService';
import { MAX_DESCRIPTION } from '../aws/limits';
import { describeListChange } from '../layers/attachRules';
import { Cancelled } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { lambdaOf } from './steps/connection';
import { arnsOf } from './steps/layerWrite';
import { resolveFunction } from './steps/resolve';
import { checkUpdatable } from './steps/runtimeGuard';

export async function publishFunctionVersion(
  deps: CommandDeps,
  arg?: unknown,
): Promise<FunctionConfiguration> {
  const lambda = lambdaOf(deps);
  const fn = await resolveFunction(deps, arg, 'Publish Version');
  checkUpdatable(fn);
  const description = await deps.prompter.input({
    title: `Publish Version of ${fn.name}`,
    prompt:
      'Description of the new version (optional). It freezes the current code, configuration and layers.',
    validate: (v) => (v.length > MAX_DESCRIPTION ? `At most ${MAX_DESCRIPTION} characters` : undefined),
  });
  return deps.progress.run(`Publishing a version of ${fn.name}`, {}, async (report, signal) => {
    const fired = () => deps.changes.fire({ kind: 'function', name: fn.name, arn: fn.arn });
    const { result } = await guardedWrite<FunctionSummary, FunctionConfiguration>({
      state: fn,
      signal,
      write: (state) =>
        lambda.publishVersion(fn.name, {
          description: description || undefined,
          revisionId: state.revisionId,
          codeSha256: state.codeSha256,
          signal,
          onRecovered: (note) => deps.log.warn(note),
        }),
      isOutOfDate: (e) =>
        isLambdaError(e, 'PreconditionFailed') ||
        (isLambdaError(e, 'InvalidParameter') && /CodeSha256/i.test(e.message)),
      reread: async (s) => {
        const now = await lambda.getFunctionConfiguration(fn.name, { signal: s });
        await fired();
        return now;
      },
      waitUntilIdle: (s) => {
        report({ message: 'Waiting for an update in progress to finish' });
        return lambda.waitUntilUpdated(fn.name, { signal: s });
      },
      onConflict: async (before, now, cause) => {
        if (cause === 'busy' && now.revisionId === before.revisionId && now.codeSha256 === before.codeSha256)
          return true;
        return deps.prompter.confirm(`The function changed since it was listed: ${fn.name}`, {
          detail: [
            now.codeSha256 !== before.codeSha256 ? 'Its code changed.' : 'Its code is the same.',
            `Layers: ${describeListChange(arnsOf(before), arnsOf(now)).join(', ') || 'unchanged'}`,
            'Publish what it is now?',
          ].join('\n'),
          confirm: 'Publish Current State',
          modal: true,
        });
      },
      stopped: () => new Cancelled(),
    });
    await fired();
    void deps.notifier.info(`Published version ${result.version}: ${fn.name}`);
    return result;
  });
}
