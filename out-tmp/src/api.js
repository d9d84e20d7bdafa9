"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApi = createApi;
/** A node as its view renders it: the provider builds its TreeItem from the same NodeView. */
function show(node) {
    const v = node.view();
    return Object.freeze({
        node,
        id: node.id,
        kind: node.kind,
        label: v.label,
        ...(v.description !== undefined ? { description: v.description } : {}),
        contextValue: v.contextValue,
        ...(v.command ? { command: v.command.id } : {}),
        ...(node.resource ? { resource: Object.freeze({ ...node.resource }) } : {}),
    });
}
function createApi(s) {
    const ids = new WeakMap();
    let lastId = 0;
    const idOf = (active) => {
        const known = ids.get(active);
        if (known !== undefined)
            return known;
        ids.set(active, ++lastId);
        return lastId;
    };
    return Object.freeze({
        connection() {
            const active = s.connection.active;
            const c = active?.connection;
            return Object.freeze({
                ...(active ? { id: idOf(active) } : {}),
                state: s.connection.state,
                ...(s.connection.problem !== undefined ? { problem: s.connection.problem } : {}),
                ...(c?.profile !== undefined ? { profile: c.profile } : {}),
                ...(c?.region !== undefined ? { region: c.region } : {}),
                ...(c?.endpoint !== undefined ? { endpoint: c.endpoint } : {}),
                viewsConnected: s.explorer.connection !== undefined,
            });
        },
        async children(view, parent) {
            const nodes = await s.children(view, parent?.node);
            return nodes.map(show);
        },
        view(view) {
            const root = s.explorer.rootOf(view);
            const description = s.viewDescription(view);
            return Object.freeze({
                ...(description !== undefined ? { description } : {}),
                loaded: root ? Object.freeze(root.pager.hasStarted ? root.render().map(show) : []) : undefined,
            });
        },
        openPanels: () => s.openPanels(),
        onDidChangeResource(listener) {
            const stop = s.onDidChangeResource(listener);
            return { dispose: () => void stop() };
        },
    });
}
//# sourceMappingURL=api.js.map