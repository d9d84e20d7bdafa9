"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishFunctionVersion = publishFunctionVersion;
// "Publish Version…" of a function: a description, then PublishVersion guarded by RevisionId and CodeSha256, so
// the version freezes what the user saw; if the function changed meanwhile, say what changed and ask.
const guardedWrite_1 = require("../aws/guardedWrite");
const errors_1 = require("../aws/errors");
const limits_1 = require("../aws/limits");
const attachRules_1 = require("../layers/attachRules");
const prompter_1 = require("../ui/prompter");
const connection_1 = require("./steps/connection");
const layerWrite_1 = require("./steps/layerWrite");
const resolve_1 = require("./steps/resolve");
const runtimeGuard_1 = require("./steps/runtimeGuard");
async function publishFunctionVersion(deps, arg) {
    const lambda = (0, connection_1.lambdaOf)(deps);
    const fn = await (0, resolve_1.resolveFunction)(deps, arg, 'Publish Version');
    (0, runtimeGuard_1.checkUpdatable)(fn);
    const description = await deps.prompter.input({
        title: `Publish Version of ${fn.name}`,
        prompt: 'Description of the new version (optional). It freezes the current code, configuration and layers.',
        validate: (v) => (v.length > limits_1.MAX_DESCRIPTION ? `At most ${limits_1.MAX_DESCRIPTION} characters` : undefined),
    });
    return deps.progress.run(`Publishing a version of ${fn.name}`, {}, async (report, signal) => {
        const fired = () => deps.changes.fire({ kind: 'function', name: fn.name, arn: fn.arn });
        const { result } = await (0, guardedWrite_1.guardedWrite)({
            state: fn,
            signal,
            write: (state) => lambda.publishVersion(fn.name, {
                description: description || undefined,
                revisionId: state.revisionId,
                codeSha256: state.codeSha256,
                signal,
                onRecovered: (note) => deps.log.warn(note),
            }),
            isOutOfDate: (e) => (0, errors_1.isLambdaError)(e, 'PreconditionFailed') ||
                ((0, errors_1.isLambdaError)(e, 'InvalidParameter') && /CodeSha256/i.test(e.message)),
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
                        `Layers: ${(0, attachRules_1.describeListChange)((0, layerWrite_1.arnsOf)(before), (0, layerWrite_1.arnsOf)(now)).join(', ') || 'unchanged'}`,
                        'Publish what it is now?',
                    ].join('\n'),
                    confirm: 'Publish Current State',
                    modal: true,
                });
            },
            stopped: () => new prompter_1.Cancelled(),
        });
        await fired();
        void deps.notifier.info(`Published version ${result.version}: ${fn.name}`);
        return result;
    });
}
//# sourceMappingURL=publishFunctionVersion.js.map