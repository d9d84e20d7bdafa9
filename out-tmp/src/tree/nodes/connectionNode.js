"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConnectionListNode = exports.ConnectionNode = void 0;
// With several connections each view lists one root per `profile @ Region`; under it, that connection's
// functions (or layers) from its own FunctionsRoot / LayersRoot, with its own pagers and errors. A connection
// that could not be built shows an error node with a retry under its root only.
const treeNode_1 = require("../treeNode");
const pagedNode_1 = require("./pagedNode");
class ConnectionNode {
    info;
    viewName;
    inner;
    reconnect;
    id;
    kind = 'connection';
    constructor(info, viewName, 
    /** The connection's root in this view; undefined while it is not connected. */
    inner, 
    /** Builds the connection again (the retry of a connection that could not be built). */
    reconnect) {
        this.info = info;
        this.viewName = viewName;
        this.inner = inner;
        this.reconnect = reconnect;
        this.id = `connection:${info.key}`;
    }
    get key() {
        return this.info.key;
    }
    view() {
        const i = this.info;
        const state = i.problem ? 'not connected' : i.isActive ? 'active' : undefined;
        return {
            label: i.label,
            description: [i.endpoint, state].filter(Boolean).join(' · ') || undefined,
            tooltip: [
                `**${(0, treeNode_1.md)(i.label)}**`,
                i.endpoint ? `Endpoint: ${(0, treeNode_1.md)(i.endpoint)}` : '',
                i.problem ? `Not connected: ${(0, treeNode_1.md)(i.problem)}` : '',
                i.isDefault
                    ? 'The default connection (settings `lambdaExplorer.profile` and `lambdaExplorer.region`).'
                    : 'Added in the setting `lambdaExplorer.connections`.',
                i.isActive ? 'Active: commands run from the palette use this connection.' : '',
            ]
                .filter((l) => l !== '')
                .join('\n\n'),
            icon: i.problem ? { codicon: 'cloud', color: 'error' } : { codicon: 'cloud' },
            contextValue: i.isDefault ? 'connectionDefault' : 'connection',
            collapsible: 'expanded',
        };
    }
    async children(ctx) {
        const inner = this.inner();
        if (!inner)
            return [new pagedNode_1.ErrorNode(this, this.info.problem ?? 'Not connected')];
        return inner.children(ctx);
    }
    /** Its root lists again; a connection that could not be built is built again. */
    refresh() {
        const inner = this.inner();
        if (inner)
            inner.refresh();
        else
            this.reconnect();
    }
}
exports.ConnectionNode = ConnectionNode;
/** The invisible top of a view with several connections: its children are the connection roots. */
class ConnectionListNode {
    roots;
    kind = 'connections';
    id;
    constructor(viewName, roots) {
        this.roots = roots;
        this.id = `${viewName}/connections`;
    }
    view() {
        return { label: 'Connections', contextValue: 'connections', collapsible: 'expanded' };
    }
    async children() {
        return this.roots();
    }
}
exports.ConnectionListNode = ConnectionListNode;
//# sourceMappingURL=connectionNode.js.map