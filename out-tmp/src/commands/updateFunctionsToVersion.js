"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.updateFunctionsToVersion = updateFunctionsToVersion;
// "Update Functions to Version N…" from a layer version or its "Used by": pick the target version and the
// functions ($LATEST) that use this one, then the bulk upgrade (rate-limited, each function a guarded write).
const layerArn_1 = require("../aws/layerArn");
const bulkUpgrade_1 = require("../layers/bulkUpgrade");
const prompter_1 = require("../ui/prompter");
const connection_1 = require("./steps/connection");
const listing_1 = require("./steps/listing");
const resolve_1 = require("./steps/resolve");
const displayText_1 = require("../ui/displayText");
/** The named functions from ListFunctions (the RevisionId comes with it: no call per function). */
async function functionsNamed(lambda, wanted, bucket, signal) {
    const out = [];
    await bucket.take(signal);
    for await (const page of lambda.listFunctions({ signal })) {
        for (const f of page.items)
            if (wanted.has(f.name))
                out.push(f);
        if (out.length >= wanted.size)
            break;
        if (page.nextMarker)
            await bucket.take(signal); // the next page counts against the same 15 req/s
    }
    return out;
}
async function updateFunctionsToVersion(deps, arg) {
    const connection = (0, connection_1.connectionOf)(deps);
    const lambda = connection.lambda;
    const from = await (0, resolve_1.resolveLayerVersion)(deps, arg, 'Update Functions to Another Version');
    let users = (0, resolve_1.usersFrom)(arg);
    if (!users) {
        await deps.progress.run('Scanning functions for layer usage', { cancellable: true }, (_r, signal) => connection.usedBy.ensure(signal));
        users = connection.usedBy.usersOf(from.arn) ?? [];
    }
    const latestUsers = users.filter((u) => u.version === '$LATEST');
    const published = users.filter((u) => u.version !== '$LATEST');
    if (latestUsers.length === 0) {
        // Nothing can be updated (published versions never change): an answer, not a failure; before any question.
        void deps.notifier.info(published.length > 0
            ? `Only published function versions use ${(0, layerArn_1.layerVersionLabel)(from.arn)}, and they cannot change: nothing to update.`
            : `No function uses ${(0, layerArn_1.layerVersionLabel)(from.arn)}: nothing to update.`);
        return undefined;
    }
    const versions = (await (0, listing_1.layerVersions)(lambda, from.layerName)).filter((v) => v.version !== from.version);
    if (versions.length === 0)
        throw new Error(`The layer has no other version: ${from.layerName}`);
    const to = await deps.prompter.pick(versions.map((v, i) => ({
        label: `Version ${v.version}`,
        description: [i === 0 ? 'latest' : undefined, v.version < from.version ? 'older' : undefined]
            .filter(Boolean)
            .join(' · ') || undefined,
        detail: v.description,
        value: v,
        picked: i === 0,
    })), { title: `Update Functions from ${(0, layerArn_1.layerVersionLabel)(from.arn)} to Version…` });
    const chosen = await deps.prompter.pickMany(latestUsers.map((u) => ({
        label: u.functionName,
        description: [`position ${u.position}`, u.runtime].filter(Boolean).join(' · '),
        value: u.functionName,
        picked: true,
    })), {
        title: `Update Functions to Version ${to.version}`,
        placeholder: `${(0, displayText_1.plural)(latestUsers.length, 'function')} ${latestUsers.length === 1 ? 'uses' : 'use'} ${(0, layerArn_1.layerVersionLabel)(from.arn)}; all are selected`,
    });
    if (chosen.length === 0)
        throw new prompter_1.Cancelled();
    const toLabel = (0, layerArn_1.layerVersionLabel)(to.arn);
    const report = await deps.progress.run(`Updating ${(0, displayText_1.plural)(chosen.length, 'function')} to ${toLabel}`, { cancellable: true }, async (step, signal) => {
        step({ message: 'Reading the functions (layers and RevisionId)' });
        const bucket = new bulkUpgrade_1.TokenBucket(bulkUpgrade_1.DEFAULT_RATE_PER_SECOND);
        const targets = await functionsNamed(lambda, new Set(chosen), bucket, signal);
        const result = await (0, bulkUpgrade_1.bulkUpgrade)(lambda, targets, {
            from: from.arn,
            to: to.arn,
            signal,
            bucket,
            onOutcome: (o, done, total) => step({ message: `${done} of ${total}: ${o.functionName}`, increment: 100 / total }),
            onWait: (name, seconds, asked) => step({
                message: `AWS is throttling: waiting ${seconds} s before ${name}${asked !== undefined ? ` (asked for ${asked} s; ${seconds} s is the longest wait)` : ''}`,
            }),
        });
        const skip = (functionName, reason) => {
            result.outcomes.push({ functionName, status: 'skipped', reason, calls: 0 });
            result.counts.skipped++;
        };
        for (const name of chosen.filter((n) => !targets.some((t) => t.name === n)))
            skip(name, 'The function no longer exists');
        for (const u of published)
            skip(`${u.functionName}:${u.version}`, 'A published version cannot change: publish a new one');
        return result;
    });
    const text = (0, bulkUpgrade_1.formatBulkReport)(report, to.arn);
    deps.log.info(`Update functions from ${(0, layerArn_1.layerVersionLabel)(from.arn)} to ${toLabel}: ${report.calls} calls in ${(report.elapsedMs / 1000).toFixed(1)} s`);
    for (const line of text.lines)
        deps.log.info(`  ${line}`);
    const updated = report.outcomes.filter((o) => o.status === 'updated').map((o) => o.functionName);
    if (updated.length > 0)
        await deps.changes.fire({ kind: 'functions', names: updated });
    const bad = report.counts.failed > 0 || report.cancelled;
    void (bad ? deps.notifier.warn(text.summary, 'Show Log') : deps.notifier.info(text.summary, 'Show Log')).then((a) => {
        if (a === 'Show Log')
            deps.showLog();
        return a;
    });
    return report;
}
//# sourceMappingURL=updateFunctionsToVersion.js.map