"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refreshView = refreshView;
exports.refreshNode = refreshNode;
exports.refreshUsedBy = refreshUsedBy;
exports.loadMore = loadMore;
exports.retry = retry;
exports.filterView = filterView;
exports.clearFilter = clearFilter;
exports.filterLayers = filterLayers;
exports.clearLayerFilters = clearLayerFilters;
const runtimes_1 = require("../layers/runtimes");
const pagedNode_1 = require("../tree/nodes/pagedNode");
const resolve_1 = require("./steps/resolve");
const PAGED = ['functionsRoot', 'functionVersions', 'layersRoot', 'layer'];
/** The node that owns a pager: the node itself, or the parent of its "Load more…" row. */
function pagedOwner(node) {
    if (!(0, resolve_1.isTreeNode)(node))
        return undefined;
    const owner = node.kind === 'loadMore' ? node.parent : node;
    return owner && PAGED.includes(owner.kind) ? owner : undefined;
}
const VIEW_IDS = {
    functions: 'lambdaExplorer.functions',
    layers: 'lambdaExplorer.layers',
};
function refreshView(deps, view) {
    // Every connection's root lists again; with none (no credentials, no Region), try again with the current
    // settings and files.
    if (!deps.explorer.refreshView(view))
        deps.connection.reconnect();
}
/** Refreshes one node: only it reloads; its siblings and the rest of the tree keep what they have. */
async function refreshNode(deps, arg) {
    if (!(0, resolve_1.isTreeNode)(arg))
        return;
    const node = arg;
    if (node.kind === 'function') {
        const fn = node;
        await deps.progress.run(`Refreshing ${fn.fn.name}`, { viewId: VIEW_IDS.functions }, (_r, signal) => fn.reload(signal));
    }
    else if (node.kind === 'usedBy') {
        await refreshUsedBy(deps, node);
        return;
    }
    else {
        node.refresh?.();
    }
    deps.explorer.changed(node);
}
async function refreshUsedBy(deps, arg) {
    if (!(0, resolve_1.isTreeNode)(arg) || arg.kind !== 'usedBy')
        return;
    const node = arg;
    await deps.progress.run('Scanning functions for layer usage', { viewId: VIEW_IDS.layers }, (_r, signal) => node.retry(signal));
    deps.explorer.changed(undefined);
}
async function loadMore(deps, node) {
    const owner = pagedOwner(node);
    if (!owner)
        return;
    const view = deps.explorer.viewOf(owner) ?? 'functions';
    try {
        await deps.progress.run('Loading more', { viewId: VIEW_IDS[view] }, (_r, signal) => owner.loadMore(signal));
    }
    catch (e) {
        // The failure is shown as an error node in the tree (with a retry); the details go to the log.
        deps.log.error(`Failed to load more of ${owner.id}`, e);
    }
}
async function retry(deps, node) {
    if (!(0, resolve_1.isTreeNode)(node) || node.kind !== 'error' || !node.parent)
        return;
    const owner = node.parent;
    if (pagedOwner(owner))
        return loadMore(deps, owner);
    if (owner.kind === 'usedBy') {
        try {
            await refreshUsedBy(deps, owner);
        }
        catch (e) {
            deps.log.error('Failed to scan layer usage', e);
            deps.explorer.changed(owner);
        }
        return;
    }
    owner.refresh?.();
    deps.explorer.changed(owner);
}
/** Asks for a name filter, then keeps loading pages until something matches or the listing ends. */
async function filterView(deps, view, text) {
    // With several connections the filter applies under every connection's root.
    const roots = deps.explorer.rootsOf(view);
    const root = deps.explorer.rootOf(view) ?? roots[0];
    if (!root)
        return undefined;
    const value = text ??
        (await deps.prompter.input({
            title: view === 'functions' ? 'Filter Functions by Name' : 'Filter Layers by Name',
            prompt: 'Show only names that contain this text (case-insensitive). Empty clears the filter.',
            value: root.filter ?? '',
        }));
    const filter = value.trim() || undefined;
    for (const r of roots)
        r.filter = filter;
    deps.setContext(`lambdaExplorer.${view}Filtered`, filter !== undefined);
    deps.setViewDescription(view, filter ? `name contains "${filter}"` : undefined);
    deps.explorer.changed(deps.explorer.isMulti ? undefined : root);
    if (!filter)
        return undefined;
    const matches = await deps.progress.run(`Searching ${view} for "${filter}"`, { cancellable: true }, async (report, signal) => {
        let found = 0;
        for (const r of roots) {
            try {
                found += await (0, pagedNode_1.loadUntilMatch)(r, signal, (loaded) => report({ message: `${loaded} ${view} scanned` }));
            }
            catch (e) {
                // One connection failing (its root shows the error) does not stop the search under the others.
                if (signal.aborted || roots.length === 1)
                    throw e;
                deps.log.error(`Failed to search ${r.id}`, e);
            }
            finally {
                deps.explorer.changed(r);
            }
        }
        return found;
    });
    return matches;
}
function clearFilter(deps, view) {
    const root = deps.explorer.rootOf(view);
    if (!root)
        return;
    for (const r of deps.explorer.rootsOf(view))
        r.filter = undefined;
    deps.setContext(`lambdaExplorer.${view}Filtered`, false);
    deps.setViewDescription(view, undefined);
    deps.explorer.changed(deps.explorer.isMulti ? undefined : root);
}
/** Layers can be filtered by name, and server-side by compatible runtime and architecture. */
async function filterLayers(deps) {
    const root = deps.explorer.layersRoot;
    if (!root)
        return;
    const current = root.listFilter;
    const choice = await deps.prompter.pick([
        { label: 'By name…', description: root.filter ? `now: "${root.filter}"` : undefined, value: 'name' },
        {
            label: 'By compatible runtime…',
            description: current.runtime ? `now: ${current.runtime}` : undefined,
            value: 'runtime',
        },
        {
            label: 'By compatible architecture…',
            description: current.architecture ? `now: ${current.architecture}` : undefined,
            value: 'architecture',
        },
        { label: 'Clear all layer filters', value: 'clear' },
    ], { title: 'Filter Layers' });
    if (choice === 'name') {
        await filterView(deps, 'layers');
        return;
    }
    let next = { ...current };
    if (choice === 'runtime') {
        const runtime = await deps.prompter.pick([
            { label: 'Any runtime', value: '' },
            ...(0, runtimes_1.runtimesForPicker)().map((r) => ({
                label: r.info.id,
                description: r.info.name,
                detail: r.note || undefined,
                value: r.info.id,
                group: r.status === 'current' ? 'Current' : 'Deprecated',
            })),
        ], { title: 'Layers compatible with runtime' });
        next.runtime = runtime || undefined;
    }
    else if (choice === 'architecture') {
        const arch = await deps.prompter.pick([
            { label: 'Any architecture', value: '' },
            { label: 'x86_64', value: 'x86_64' },
            { label: 'arm64', value: 'arm64' },
        ], { title: 'Layers compatible with architecture' });
        next.architecture = arch || undefined;
    }
    else {
        next = {};
        clearFilter(deps, 'layers');
    }
    const replaced = deps.explorer.setLayerListFilter(next);
    const parts = [
        replaced?.filter ? `name contains "${replaced.filter}"` : undefined,
        next.runtime,
        next.architecture,
    ].filter(Boolean);
    deps.setContext('lambdaExplorer.layersFiltered', parts.length > 0);
    deps.setViewDescription('layers', parts.length ? parts.join(' · ') : undefined);
}
function clearLayerFilters(deps) {
    clearFilter(deps, 'layers');
    deps.explorer.setLayerListFilter({});
}
//# sourceMappingURL=treeCommands.js.map