"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detachLayer = detachLayer;
exports.moveLayer = moveLayer;
exports.upgradeLayer = upgradeLayer;
// Detach, move up/down and upgrade one attached layer: each is one guarded write of the function's layer list.
const layerArn_1 = require("../aws/layerArn");
const prompter_1 = require("../ui/prompter");
const connection_1 = require("./steps/connection");
const layerWrite_1 = require("./steps/layerWrite");
const listing_1 = require("./steps/listing");
const resolve_1 = require("./steps/resolve");
async function detachLayer(deps, arg) {
    const t = await (0, resolve_1.resolveAttachedLayer)(deps, arg, 'Detach Layer');
    const label = (0, layerArn_1.layerVersionLabel)(t.arn);
    const yes = await deps.prompter.confirm(`Detach the layer from the function: ${label} from ${t.fn.name}`, {
        detail: 'The function stops seeing its files in /opt on its next invocation.',
        confirm: 'Detach',
    });
    if (!yes)
        throw new prompter_1.Cancelled();
    return (0, layerWrite_1.runLayerEdit)(deps, t.fn, { kind: 'detach', arn: t.arn }, `Detaching ${label} from ${t.fn.name}`);
}
async function moveLayer(deps, direction, arg) {
    const t = await (0, resolve_1.resolveAttachedLayer)(deps, arg, direction === 'up' ? 'Move Layer Up' : 'Move Layer Down');
    // Nothing to do at the edge (the menu hides the action there; the palette may still ask): say so, no error.
    const at = t.fn.layers.findIndex((l) => l.arn === t.arn);
    const edge = direction === 'up' ? at === 0 : at === t.fn.layers.length - 1;
    if (at >= 0 && edge) {
        void deps.notifier.info(`${(0, layerArn_1.layerVersionLabel)(t.arn)} is already ${direction === 'up' ? 'first' : 'last'} in the merge order of ${t.fn.name}.`);
        return { layers: (0, layerWrite_1.arnsOf)(t.fn), notes: [] };
    }
    return (0, layerWrite_1.runLayerEdit)(deps, t.fn, { kind: 'move', arn: t.arn, direction }, `Moving ${(0, layerArn_1.layerVersionLabel)(t.arn)} ${direction} on ${t.fn.name}`);
}
/** The newest version of the layer this version belongs to (the catalog when it knows, else ListLayerVersions). */
async function latestOf(deps, arn) {
    const known = deps.explorer.connection?.catalog.newerThan(arn);
    if (known)
        return known;
    const p = (0, layerArn_1.parseLayerVersionArn)(arn);
    if (!p)
        return undefined;
    const versions = await (0, listing_1.layerVersions)((0, connection_1.lambdaOf)(deps), p.layerName);
    return versions.find((v) => v.layerArn === p.layerArn);
}
async function upgradeLayer(deps, arg) {
    const t = await (0, resolve_1.resolveAttachedLayer)(deps, arg, 'Upgrade Layer to Latest Version');
    const latest = await latestOf(deps, t.arn);
    const current = (0, layerArn_1.parseLayerVersionArn)(t.arn)?.version ?? 0;
    if (!latest || latest.version <= current) {
        void deps.notifier.info(`The function already uses the latest version: ${(0, layerArn_1.layerVersionLabel)(t.arn)}`);
        return { layers: (0, layerWrite_1.arnsOf)(t.fn), notes: [] };
    }
    const edit = { kind: 'upgrade', from: t.arn, to: latest.arn };
    return (0, layerWrite_1.runLayerEdit)(deps, t.fn, edit, `Upgrading ${(0, layerArn_1.layerVersionLabel)(t.arn)} to version ${latest.version} on ${t.fn.name}`, true);
}
//# sourceMappingURL=editAttachedLayer.js.map