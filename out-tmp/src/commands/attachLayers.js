"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.attachLayers = attachLayers;
exports.confirmIncompatible = confirmIncompatible;
// "Attach Layers…" on a function: pick layers (compatible ones first, with another account's version by ARN),
// a version of each, which attached ones to drop when over five, then one guarded write.
const errors_1 = require("../aws/errors");
const layerArn_1 = require("../aws/layerArn");
const limits_1 = require("../aws/limits");
const attachRules_1 = require("../layers/attachRules");
const prompter_1 = require("../ui/prompter");
const connection_1 = require("./steps/connection");
const layerWrite_1 = require("./steps/layerWrite");
const listing_1 = require("./steps/listing");
const resolve_1 = require("./steps/resolve");
const runtimeGuard_1 = require("./steps/runtimeGuard");
const OTHER_ACCOUNT = '\u0000other-account';
async function attachLayers(deps, arg) {
    const lambda = (0, connection_1.lambdaOf)(deps);
    const fn = await (0, resolve_1.resolveFunction)(deps, arg, 'Attach Layers');
    (0, layerWrite_1.checkNotImage)(fn);
    (0, runtimeGuard_1.checkUpdatable)(fn);
    const shape = (0, layerWrite_1.shapeOf)(fn);
    const layers = await deps.progress.run('Listing layers', { cancellable: true }, (_r, signal) => (0, listing_1.allLayers)(lambda, signal));
    const attachedByKey = new Map((0, layerWrite_1.arnsOf)(fn).map((a) => [(0, attachRules_1.layerKey)(a), a]));
    const rows = layers.map((l) => {
        const compat = l.latest ? (0, attachRules_1.compatibility)(shape, l.latest) : { compatible: true, reasons: [] };
        const attached = attachedByKey.get(l.arn);
        const item = {
            label: l.name,
            description: [
                l.latest ? `latest v${l.latest.version}` : undefined,
                attached ? `attached: v${(0, layerArn_1.parseLayerVersionArn)(attached)?.version}` : undefined,
            ]
                .filter(Boolean)
                .join(' · '),
            detail: compat.compatible ? l.latest?.description : `Not compatible: ${compat.reasons.join('; ')}`,
            value: l.name,
        };
        return { compat, item };
    });
    const grouped = (items, group) => items.map((it, i) => (i === 0 ? { ...it, group } : it));
    const chosen = await deps.prompter.pickMany([
        ...grouped(rows.filter((r) => r.compat.compatible).map((r) => r.item), 'Compatible'),
        ...grouped(rows.filter((r) => !r.compat.compatible).map((r) => r.item), 'Not compatible with this function'),
        { label: 'Layer version ARN from another account…', value: OTHER_ACCOUNT, group: 'Other' },
    ], {
        title: `Attach Layers to ${fn.name}`,
        placeholder: `${fn.layers.length} of ${limits_1.MAX_LAYERS} attached; pick layers, then a version of each`,
    });
    if (chosen.length === 0)
        throw new prompter_1.Cancelled();
    const arns = [];
    for (const name of chosen) {
        if (name === OTHER_ACCOUNT) {
            arns.push(await askLayerVersionArn(deps, lambda, fn));
            continue;
        }
        const versions = await (0, listing_1.layerVersions)(lambda, name);
        if (versions.length === 0)
            throw new Error(`The layer has no versions: ${name}`);
        const withCompat = versions.map((v, i) => ({ v, latest: i === 0, c: (0, attachRules_1.compatibility)(shape, v) }));
        const ordered = [
            ...withCompat.filter((x) => x.c.compatible),
            ...withCompat.filter((x) => !x.c.compatible),
        ];
        const picked = await deps.prompter.pick(ordered.map((x) => ({
            label: `Version ${x.v.version}`,
            description: [
                x.latest ? 'latest' : undefined,
                attachedByKey.get(x.v.layerArn) === x.v.arn ? 'attached' : undefined,
            ]
                .filter(Boolean)
                .join(' · ') || undefined,
            detail: x.c.compatible ? x.v.description : `Not compatible: ${x.c.reasons.join('; ')}`,
            value: x,
            picked: x.latest,
        })), { title: `Version of ${name} (latest first)` });
        if (!picked.c.compatible)
            await confirmIncompatible(deps, picked.v.arn, picked.c.reasons);
        arns.push(picked.v.arn);
    }
    const edit = await (0, layerWrite_1.resolveTooMany)(deps, fn, arns);
    return (0, layerWrite_1.runLayerEdit)(deps, fn, edit, `Attaching layers to ${fn.name}`, true);
}
async function confirmIncompatible(deps, arn, reasons) {
    const yes = await deps.prompter.confirm(`The layer version does not declare this function's runtime or architecture: ${(0, layerArn_1.layerVersionLabel)(arn)}`, {
        detail: `${reasons.join('\n')}\nAWS lets you attach it; the code in it may not load.`,
        confirm: 'Attach Anyway',
    });
    if (!yes)
        throw new prompter_1.Cancelled();
}
async function askLayerVersionArn(deps, lambda, fn) {
    const arn = (await deps.prompter.input({
        title: 'Layer Version ARN',
        prompt: 'A layer version shared with this account, e.g. arn:aws:lambda:us-east-1:123456789012:layer:name:3',
        placeholder: 'arn:aws:lambda:<region>:<account>:layer:<name>:<version>',
        validate: (v) => (0, layerArn_1.parseLayerVersionArn)(v.trim()) ? undefined : 'Enter a layer version ARN (…:layer:<name>:<version>)',
    })).trim();
    let details;
    try {
        details = await lambda.getLayerVersionByArn(arn);
    }
    catch (e) {
        if ((0, errors_1.isLambdaError)(e, 'NotFound') || (0, errors_1.isLambdaError)(e, 'AccessDenied'))
            throw new Error(`The layer version does not exist or is not shared with this account: ${arn}`);
        throw e;
    }
    const c = (0, attachRules_1.compatibility)((0, layerWrite_1.shapeOf)(fn), details);
    if (!c.compatible)
        await confirmIncompatible(deps, arn, c.reasons);
    return arn;
}
//# sourceMappingURL=attachLayers.js.map