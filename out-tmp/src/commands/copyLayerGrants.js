"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.copyLayerGrants = copyLayerGrants;
const connection_1 = require("./steps/connection");
const layerPolicy_1 = require("./steps/layerPolicy");
const resolve_1 = require("./steps/resolve");
async function copyLayerGrants(deps, arg, fromArg) {
    const title = 'Copy Grants from Another Version';
    const t = await (0, resolve_1.resolveLayerVersionTarget)(deps, arg, title);
    let from = fromArg;
    if (from === undefined) {
        const versions = [];
        await (0, layerPolicy_1.asOwner)(t, async () => {
            for await (const page of (0, connection_1.lambdaOf)(deps).listLayerVersions((0, layerPolicy_1.layerOf)(t)))
                versions.push(...page.items.filter((v) => v.version !== t.version));
        });
        if (versions.length === 0)
            throw new Error(`This layer has no other version to copy grants from: ${t.layerName}`);
        from = await deps.prompter.pick(versions.map((v) => ({ label: `Version ${v.version}`, description: v.description, value: v.version })), { title, placeholder: `Copy the grants of which version onto version ${t.version}?` });
    }
    const result = await (0, layerPolicy_1.copyGrantsFrom)(deps, t, from, undefined);
    void deps.notifier.info(result.copied.length > 0
        ? `Copied ${result.copied.length} grant(s) from version ${from} to version ${t.version}${result.skipped.length ? ` (skipped, already granted or custom: ${result.skipped.join(', ')})` : ''}`
        : `Version ${from} has no grants to copy onto version ${t.version}: ${t.layerName}`);
    return result;
}
//# sourceMappingURL=copyLayerGrants.js.map