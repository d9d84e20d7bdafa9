"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.attachToFunctions = attachToFunctions;
// "Attach to Functions…" on a layer version: pick functions (compatible ones first), which layers to drop where a
// function already has five (all questions first), then one guarded write per function with a summary.
const layerArn_1 = require("../aws/layerArn");
const limits_1 = require("../aws/limits");
const attachRules_1 = require("../layers/attachRules");
const prompter_1 = require("../ui/prompter");
const connection_1 = require("./steps/connection");
const runtimeGuard_1 = require("./steps/runtimeGuard");
const layerWrite_1 = require("./steps/layerWrite");
const listing_1 = require("./steps/listing");
const resolve_1 = require("./steps/resolve");
const displayText_1 = require("../ui/displayText");
async function attachToFunctions(deps, arg) {
    const lambda = (0, connection_1.lambdaOf)(deps);
    const version = await (0, resolve_1.resolveLayerVersion)(deps, arg, 'Attach to Functions');
    const label = (0, layerArn_1.layerVersionLabel)(version.arn);
    const { items: functions } = await deps.progress.run('Listing functions', { cancellable: true }, (_r, signal) => (0, listing_1.collect)(lambda.listFunctions({ signal })));
    const rows = functions.map((f) => ({ f, c: (0, attachRules_1.compatibility)((0, layerWrite_1.shapeOf)(f), version) }));
    const ordered = [...rows.filter((r) => r.c.compatible), ...rows.filter((r) => !r.c.compatible)];
    const chosen = await deps.prompter.pickMany(ordered.map((r, i) => ({
        label: r.f.name,
        description: [
            r.f.runtime ?? 'image',
            `${r.f.layers.length} of ${limits_1.MAX_LAYERS} layers`,
            r.f.layers.some((l) => l.arn === version.arn) ? 'attached' : undefined,
        ]
            .filter(Boolean)
            .join(' · '),
        detail: (0, runtimeGuard_1.updateBlockedNote)(r.f) ?? (r.c.compatible ? undefined : `Not compatible: ${r.c.reasons.join('; ')}`),
        value: r,
        group: i === 0 && r.c.compatible
            ? 'Compatible'
            : !r.c.compatible && (i === 0 || ordered[i - 1].c.compatible)
                ? 'Not compatible'
                : undefined,
    })), { title: `Attach ${label} to Functions` });
    if (chosen.length === 0)
        throw new prompter_1.Cancelled();
    for (const r of chosen) {
        (0, layerWrite_1.checkNotImage)(r.f);
        (0, runtimeGuard_1.checkUpdatable)(r.f);
    }
    // Questions first (which layers to drop where there are five), then the writes.
    const edits = [];
    for (const r of chosen)
        edits.push({ f: r.f, edit: await (0, layerWrite_1.resolveTooMany)(deps, r.f, [version.arn]) });
    const outcomes = await deps.progress.run(`Attaching ${label} to ${(0, displayText_1.plural)(edits.length, 'function')}`, { cancellable: true }, async (report, signal) => {
        const out = [];
        const sizes = new Map();
        for (const { f, edit } of edits) {
            signal.throwIfAborted();
            report({ message: f.name, increment: 100 / edits.length });
            try {
                const plan = (0, attachRules_1.applyEdit)((0, layerWrite_1.shapeOf)(f), (0, layerWrite_1.arnsOf)(f), edit);
                if (plan.ok && plan.changed) {
                    const tooLarge = await (0, layerWrite_1.unzippedSizeProblem)(lambda, f, plan.layers, sizes, signal);
                    if (tooLarge)
                        throw new Error(tooLarge);
                }
                const w = await (0, layerWrite_1.writeLayers)(deps, f, edit, { signal });
                out.push({
                    functionName: f.name,
                    status: w.config ? 'updated' : 'unchanged',
                    reason: w.notes.join('; ') || undefined,
                });
            }
            catch (e) {
                if (e instanceof prompter_1.Cancelled || signal.aborted)
                    throw e;
                out.push({
                    functionName: f.name,
                    status: 'failed',
                    reason: e instanceof Error ? e.message : String(e),
                });
            }
        }
        return out;
    });
    for (const o of outcomes)
        deps.log.info(`Attach ${label}: ${o.functionName}: ${o.status}${o.reason ? `: ${o.reason}` : ''}`);
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    const updated = outcomes.filter((o) => o.status === 'updated').length;
    const summary = `Attached to ${updated} of ${(0, displayText_1.plural)(outcomes.length, 'function')}${failed ? `, ${failed} failed (see the log)` : ''}: ${label}`;
    void (failed ? deps.notifier.warn(summary) : deps.notifier.info(summary));
    return outcomes;
}
//# sourceMappingURL=attachToFunctions.js.map