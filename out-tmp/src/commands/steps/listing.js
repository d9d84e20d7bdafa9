"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collect = collect;
exports.allLayers = allLayers;
exports.layerVersions = layerVersions;
exports.newestVersion = newestVersion;
exports.someFunctions = someFunctions;
/** Every item of a paged listing, optionally stopping at `limit` items. */
async function collect(pages, limit = Infinity) {
    const items = [];
    for await (const page of pages) {
        items.push(...page.items);
        if (items.length >= limit)
            return { items, truncated: page.nextMarker !== undefined };
    }
    return { items, truncated: false };
}
async function allLayers(lambda, signal) {
    return (await collect(lambda.listLayers({ signal }))).items;
}
/** A layer's live versions, newest first. */
async function layerVersions(lambda, layerName, signal) {
    const { items } = await collect(lambda.listLayerVersions(layerName, { signal }));
    return items.sort((a, b) => b.version - a.version);
}
/** The newest live version of a layer, or undefined (a new layer, or all versions deleted). */
async function newestVersion(lambda, layerName, signal) {
    for await (const page of lambda.listLayerVersions(layerName, { pageSize: 1, signal }))
        return page.items[0];
    return undefined;
}
/** Functions for a picker: at most `limit` (a picker of 10,000 names helps nobody). */
function someFunctions(lambda, signal, limit = 2000) {
    return collect(lambda.listFunctions({ signal }), limit);
}
//# sourceMappingURL=listing.js.map