"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COPY_JSON = exports.COPY_MARKDOWN = exports.PUBLISH_TO_REGIONS_COMMAND = void 0;
exports.regionBucket = regionBucket;
exports.publishToRegions = publishToRegions;
exports.copyToAccount = copyToAccount;
// "Publish to Regions…" and "Copy to Account…" on a layer version: the same engine (src/layers/regionPublish.ts)
// with many Regions of this profile, or one (profile, Region) of another account. The Regions where the layer
// already exists are pre-checked; the grants are copied when asked; the version numbers are aligned when asked
// (after saying what it costs). The report per Region ends in "Copy ARNs" (Markdown table or JSON).
const layerArn_1 = require("../aws/layerArn");
const layerOwner_1 = require("../aws/layerOwner");
const policy_1 = require("../aws/policy");
const regionPublish_1 = require("../layers/regionPublish");
const format_1 = require("../ui/format");
const connectionCommands_1 = require("./connectionCommands");
const connection_1 = require("./steps/connection");
const resolve_1 = require("./steps/resolve");
exports.PUBLISH_TO_REGIONS_COMMAND = 'lambdaExplorer.layerVersion.publishToRegions';
exports.COPY_MARKDOWN = 'Copy ARNs as Markdown';
exports.COPY_JSON = 'Copy ARNs as JSON';
const SHOW_REPORT = 'Show Report';
/** Regions checked at once for an existing layer. */
const CHECK_CONCURRENCY = 8;
/** The bucket of a Region: `{region}` in the setting is replaced, else the Region is appended (`my-bucket-eu-west-1`). */
function regionBucket(setting, region) {
    if (!setting)
        return undefined;
    return setting.includes('{region}') ? setting.split('{region}').join(region) : `${setting}-${region}`;
}
async function checkRegions(deps, layerName, regions, signal) {
    const out = regions.map((region) => ({ region }));
    let next = 0;
    const worker = async () => {
        while (next < out.length && !signal.aborted) {
            const s = out[next++];
            const services = deps.connection.targets({ region: s.region });
            try {
                const n = await (0, regionPublish_1.newestVersion)(services.lambda, layerName, signal);
                if (n)
                    s.newest = { version: n.version, ...(n.codeSha256 ? { codeSha256: n.codeSha256 } : {}) };
            }
            catch (e) {
                s.problem = e instanceof Error ? e.message : String(e);
            }
            finally {
                services.close();
            }
        }
    };
    await Promise.all(Array.from({ length: CHECK_CONCURRENCY }, worker));
    return out;
}
/** The grants of the source version that AddLayerVersionPermission can make (none when it is not ours). */
async function sourceGrants(deps, v) {
    const p = (0, layerArn_1.parseLayerVersionArn)(v.arn);
    try {
        const policy = await (0, connection_1.lambdaOf)(deps).getLayerVersionPolicy(p?.layerArn ?? v.layerName, v.version);
        const out = [];
        for (const s of policy?.document.statements ?? []) {
            const grant = (0, policy_1.statementToGrant)(s);
            if (grant)
                out.push({ statementId: s.sid, grant });
        }
        return out;
    }
    catch (e) {
        if ((0, layerOwner_1.isOtherAccountsLayer)(e, v.arn))
            return [];
        throw e;
    }
}
function sourceOf(deps, d) {
    return (0, regionPublish_1.layerSourceOf)(d, async () => {
        // The link is valid 10 minutes: read it again if the first one expired before the first publish.
        const location = d.location ?? (await (0, connection_1.lambdaOf)(deps).getLayerVersionByArn(d.arn)).location;
        if (!location)
            throw new Error(`AWS returned no download link for: ${d.arn}`);
        const res = await fetch(location);
        if (!res.ok)
            throw new Error(`Could not download the layer archive (HTTP ${res.status}): ${d.arn}`);
        deps.log.info(`Read the archive of ${d.arn} once (${(0, format_1.formatBytes)(d.codeSize ?? 0)})`);
        return new Uint8Array(await res.arrayBuffer());
    });
}
async function askGrants(deps, title, grants) {
    if (grants.length === 0)
        return [];
    return deps.prompter.pick([
        {
            label: 'Copy the grants',
            description: grants.map((g) => g.statementId).join(', '),
            value: grants,
        },
        {
            label: "Don't copy grants",
            description: 'only the owner account can use the new versions',
            value: [],
        },
    ], {
        title,
        placeholder: `The source version has ${grants.length} grant(s): copy them to each new version?`,
    });
}
/** Says which Regions are behind and what aligning costs; undefined = keep each Region's numbering. */
async function askAlign(deps, title, source, 
/** The Regions that will publish (not those already current). */
chosen) {
    const nextOf = (s) => (s.newest?.version ?? 0) + 1;
    const target = Math.max(source.version, ...chosen.map(nextOf));
    const behind = chosen.filter((s) => nextOf(s) < target);
    if (behind.length === 0)
        return undefined;
    const fillers = behind.reduce((n, s) => n + target - nextOf(s), 0);
    const list = behind.map((s) => `${s.region} by ${target - nextOf(s)}`).join(', ');
    return deps.prompter.pick([
        {
            label: "Keep each Region's numbering",
            description: 'the new versions get the next number there',
            value: undefined,
        },
        {
            label: `Align version numbers to ${target}`,
            description: `behind: ${list}`,
            detail: `Publishes ${fillers} filler version(s) (an empty archive) and deletes each right away: ${fillers * 2} extra calls, and those numbers are used up for good.`,
            value: target,
        },
    ], { title, placeholder: `Version numbers differ: ${list} behind version ${target}` });
}
/** Runs the engine under a cancellable progress, then reports per Region with "Copy ARNs". */
async function runAndReport(deps, title, source, targets, grants, alignTo) {
    const results = await deps.progress.run(title, { cancellable: true }, (report, signal) => (0, regionPublish_1.publishToTargets)({
        source,
        targets,
        grants,
        ...(alignTo !== undefined ? { alignTo } : {}),
        // Only the user's own bucket setting names the per-Region buckets: one from a folder's settings is confirmed
        // by name before a single upload (packageAndUpload), which a many-Region run cannot ask for each Region.
        bucketFor: (t) => regionBucket(userBucket(deps), t.region),
    }, (t) => deps.connection.targets(t), {
        signal,
        onProgress: (p) => report({ message: `${(0, regionPublish_1.targetLabel)(p.target)}: ${p.message} (${p.done} of ${p.total} done)` }),
    }));
    const lines = (0, regionPublish_1.resultsReport)(results);
    deps.log.info(`${title}: ${source.arn}\n  ${lines.join('\n  ')}`);
    const count = (s) => results.filter((r) => r.status === s).length;
    const summary = `${source.layerName} version ${source.version}: ${count('published')} published, ${count('skipped')} already current, ${count('failed')} failed${count('cancelled') ? `, ${count('cancelled')} not started (cancelled)` : ''}. ${lines.join(' · ')}`;
    const show = count('failed') > 0 ? deps.notifier.warn.bind(deps.notifier) : deps.notifier.info.bind(deps.notifier);
    void show(summary, exports.COPY_MARKDOWN, exports.COPY_JSON, SHOW_REPORT).then(async (action) => {
        if (action === exports.COPY_MARKDOWN)
            await deps.copyToClipboard((0, regionPublish_1.resultsMarkdown)(source.layerName, results));
        else if (action === exports.COPY_JSON)
            await deps.copyToClipboard((0, regionPublish_1.resultsJson)(results));
        else if (action === SHOW_REPORT)
            deps.showLog();
    });
    return results;
}
async function publishToRegions(deps, arg) {
    const title = 'Publish Layer Version to Regions';
    const v = await (0, resolve_1.resolveLayerVersion)(deps, arg, title);
    const p = (0, layerArn_1.parseLayerVersionArn)(v.arn);
    if (!p)
        throw new Error(`Not a layer version ARN: ${v.arn}`);
    const details = await (0, connection_1.lambdaOf)(deps).getLayerVersionByArn(v.arn);
    const candidates = connectionCommands_1.REGIONS.filter((r) => r !== p.region && !r.startsWith('us-gov-') && !r.startsWith('cn-'));
    const states = await deps.progress.run(`Checking which Regions have ${v.layerName}`, { cancellable: true }, (_r, signal) => checkRegions(deps, v.layerName, candidates, signal));
    const chosen = await deps.prompter.pickMany(states.map((s) => ({
        label: s.region,
        description: s.problem
            ? `not reachable: ${s.problem}`
            : s.newest
                ? `has version ${s.newest.version}${s.newest.codeSha256 === details.codeSha256 ? ' (same archive: will be skipped)' : ''}`
                : undefined,
        picked: s.newest !== undefined,
        value: s,
    })), {
        title: `${title}: ${v.layerName}:${v.version} (from ${p.region})`,
        placeholder: 'Pick the Regions (those that already have this layer are checked)',
    });
    if (chosen.length === 0)
        throw new Error('No Region picked: nothing was published.');
    const grants = await askGrants(deps, title, await sourceGrants(deps, v));
    const todo = chosen.filter((s) => s.newest?.codeSha256 !== details.codeSha256);
    const alignTo = await askAlign(deps, title, v, todo);
    return runAndReport(deps, `Publishing ${v.layerName}:${v.version} to ${chosen.length} Region(s)`, sourceOf(deps, details), chosen.map((s) => ({ region: s.region })), grants, alignTo);
}
async function copyToAccount(deps, arg) {
    const title = 'Copy Layer Version to Another Account';
    const v = await (0, resolve_1.resolveLayerVersion)(deps, arg, title);
    const p = (0, layerArn_1.parseLayerVersionArn)(v.arn);
    if (!p)
        throw new Error(`Not a layer version ARN: ${v.arn}`);
    const current = deps.connection.current().profile;
    const profiles = deps.connection.profiles().filter((x) => x.name !== current);
    if (profiles.length === 0)
        throw new Error('No other AWS profile is configured: add one for the other account in your AWS config file.');
    const profile = await deps.prompter.pick(profiles.map((x) => ({ label: x.name, description: x.region, value: x.name })), { title, placeholder: `Copy ${v.layerName}:${v.version} (account ${p.accountId}) with which profile?` });
    const region = await deps.prompter.pick([p.region, ...connectionCommands_1.REGIONS.filter((r) => r !== p.region)].map((r) => ({
        label: r,
        description: r === p.region ? 'the same Region' : undefined,
        value: r,
    })), { title, placeholder: `Publish in which Region of profile ${profile}?` });
    const details = await (0, connection_1.lambdaOf)(deps).getLayerVersionByArn(v.arn);
    return runAndReport(deps, `Copying ${v.layerName}:${v.version} to ${profile} @ ${region}`, sourceOf(deps, details), [{ profile, region }], [], undefined);
}
function userBucket(deps) {
    const b = deps.workspace.artifactBucket();
    return b && !b.fromWorkspace ? b.name : undefined;
}
//# sourceMappingURL=publishToRegions.js.map