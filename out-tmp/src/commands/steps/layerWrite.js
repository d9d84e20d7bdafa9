"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.arnsOf = void 0;
exports.shapeOf = shapeOf;
exports.checkNotImage = checkNotImage;
exports.writeLayers = writeLayers;
exports.unzippedSizeProblem = unzippedSizeProblem;
exports.resolveTooMany = resolveTooMany;
exports.runLayerEdit = runLayerEdit;
// Changing a function's layer list: AWS replaces the whole list on every update, so each write is a guarded
// write (src/aws/guardedWrite.ts): 412 → re-read, show what changed, offer to re-apply the user's edit on top;
// 409 → wait for the update in progress, re-apply. Every write waits until the update finished, then fires a
// change. Used by attach (both directions), detach, move and upgrade.
const guardedWrite_1 = require("../../aws/guardedWrite");
const layerArn_1 = require("../../aws/layerArn");
const limits_1 = require("../../aws/limits");
const attachRules_1 = require("../../layers/attachRules");
const zipDirectory_1 = require("../../code/zipDirectory");
const prompter_1 = require("../../ui/prompter");
const connection_1 = require("./connection");
const runtimeGuard_1 = require("./runtimeGuard");
const arnsOf = (c) => c.layers.map((l) => l.arn);
exports.arnsOf = arnsOf;
function shapeOf(fn) {
    return { name: fn.name, packageType: fn.packageType, runtime: fn.runtime, architectures: fn.architectures };
}
/** Refuses a container image function before any question (AWS would refuse the update). */
function checkNotImage(fn) {
    if (fn.packageType === 'Image')
        throw new Error(`Layers cannot be added to a container image function: ${fn.name}`);
}
/**
 * Applies `edit` to the function's layer list with its RevisionId, waits until the update finished and fires a
 * change. Throws an Error with the rule's message when the edit cannot apply (any more).
 */
async function writeLayers(deps, fn, edit, opts = {}) {
    const lambda = (0, connection_1.lambdaOf)(deps);
    const notes = [];
    const fired = () => deps.changes.fire({ kind: 'function', name: fn.name, arn: fn.arn });
    const { result } = await (0, guardedWrite_1.guardedWrite)({
        state: { layers: (0, exports.arnsOf)(fn), revisionId: fn.revisionId },
        signal: opts.signal,
        write: async (state, signal) => {
            const next = (0, attachRules_1.applyEdit)(shapeOf(fn), state.layers, edit);
            if (!next.ok)
                throw new Error(next.problem.message);
            if (!next.changed)
                return { layers: state.layers, notes: [...notes, ...next.notes] };
            opts.onStep?.(`Updating ${fn.name}`);
            await lambda.updateFunctionConfiguration(fn.name, { layers: next.layers }, { revisionId: state.revisionId, signal });
            opts.onStep?.(`Waiting for ${fn.name} to finish updating`);
            const config = await lambda.waitUntilUpdated(fn.name, { signal });
            await fired();
            return { config, layers: (0, exports.arnsOf)(config), notes: [...notes, ...next.notes] };
        },
        reread: async (signal) => {
            const now = await lambda.getFunctionConfiguration(fn.name, { signal });
            return { layers: (0, exports.arnsOf)(now), revisionId: now.revisionId };
        },
        waitUntilIdle: async (signal) => {
            opts.onStep?.(`Waiting for another update of ${fn.name} to finish`);
            const now = await lambda.waitUntilUpdated(fn.name, { signal });
            return { layers: (0, exports.arnsOf)(now), revisionId: now.revisionId };
        },
        onConflict: async (before, now, cause) => {
            if (cause === 'busy')
                return true;
            await fired();
            const change = (0, attachRules_1.describeListChange)(before.layers, now.layers);
            const again = await deps.prompter.confirm(`Somebody else changed the function since it was listed: ${fn.name}`, {
                detail: [
                    `Their change: ${change.length ? change.join(', ') : 'not the layers (another setting)'}`,
                    `Layers before: ${before.layers.map(layerArn_1.layerVersionLabel).join(', ') || 'none'}`,
                    `Layers now: ${now.layers.map(layerArn_1.layerVersionLabel).join(', ') || 'none'}`,
                    'Apply your change on top of theirs?',
                ].join('\n'),
                confirm: 'Apply on Top',
                modal: true,
            });
            if (again)
                notes.push(`re-applied on top of a change by someone else (${change.join(', ') || 'not its layers'})`);
            return again;
        },
        stopped: () => new prompter_1.Cancelled(),
    });
    return result;
}
/** The 250 MB rule where it can be known: unzipped sizes from the archives' central directories. */
async function unzippedSizeProblem(lambda, fn, layers, cache, signal) {
    const size = async (key, link) => {
        if (cache.has(key))
            return cache.get(key);
        let value;
        try {
            const url = await link();
            value = url ? (await (0, zipDirectory_1.readZipDirectory)(url, { signal })).unzippedBytes : undefined;
        }
        catch {
            value = undefined; // another account's layer, an expired link…: AWS checks it anyway
        }
        cache.set(key, value);
        return value;
    };
    const code = await size(`fn:${fn.name}:${fn.codeSha256 ?? ''}`, async () => (await lambda.getFunction(fn.name, { signal })).codeLocation);
    const sizes = [];
    for (const arn of layers)
        sizes.push({
            arn,
            unzipped: await size(arn, async () => (await lambda.getLayerVersionByArn(arn, { signal })).location),
        });
    const verdict = (0, attachRules_1.checkUnzippedSize)(code, sizes);
    return verdict.kind === 'tooLarge' ? verdict.message : undefined;
}
/** Too many layers: ask which attached ones to drop, then plan again. */
async function resolveTooMany(deps, fn, arns) {
    const plan = (0, attachRules_1.applyEdit)(shapeOf(fn), (0, exports.arnsOf)(fn), { kind: 'attach', arns });
    if (plan.ok || plan.problem.kind !== 'tooMany')
        return { kind: 'attach', arns };
    const { attached, excess } = plan.problem;
    const drop = await deps.prompter.pickMany(attached.map((a, i) => ({ label: (0, layerArn_1.layerVersionLabel)(a), description: `position ${i + 1}`, value: a })), { title: `A function can use at most ${limits_1.MAX_LAYERS} layers: choose ${excess} to detach from ${fn.name}` });
    const edit = { kind: 'attach', arns, drop };
    const again = (0, attachRules_1.applyEdit)(shapeOf(fn), (0, exports.arnsOf)(fn), edit);
    if (!again.ok)
        throw new Error(again.problem.message);
    return edit;
}
/** Runs one function's edit with progress: refused before any call when the rules say no; the 250 MB check
 * when `checkSize` and the list grows; then the guarded write and a message saying what happened. */
async function runLayerEdit(deps, fn, edit, title, checkSize = false) {
    (0, runtimeGuard_1.checkUpdatable)(fn);
    const plan = (0, attachRules_1.applyEdit)(shapeOf(fn), (0, exports.arnsOf)(fn), edit);
    if (!plan.ok)
        throw new Error(plan.problem.message);
    return deps.progress.run(title, {}, async (report, signal) => {
        if (checkSize && plan.changed) {
            report({ message: 'Checking the unzipped size of code and layers' });
            const tooLarge = await unzippedSizeProblem((0, connection_1.lambdaOf)(deps), fn, plan.layers, new Map(), signal);
            if (tooLarge)
                throw new Error(tooLarge);
        }
        const out = await writeLayers(deps, fn, edit, { signal, onStep: (message) => report({ message }) });
        const text = out.notes.length ? out.notes.join('; ') : 'nothing to change';
        deps.log.info(`${fn.name}: ${text}`);
        void deps.notifier.info(`${text[0].toUpperCase()}${text.slice(1)}: ${fn.name}`);
        return out;
    });
}
//# sourceMappingURL=layerWrite.js.map