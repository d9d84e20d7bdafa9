"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MessageNode = exports.ErrorNode = exports.LoadMoreNode = exports.PagedNode = void 0;
exports.matchesFilter = matchesFilter;
exports.loadUntilMatch = loadUntilMatch;
// Shared pieces for nodes whose children come from a pager: "Load more…", the error node with a retry, and
// a plain message node. A failed load becomes an error node under its parent, never a popup.
const pager_1 = require("../pager");
const treeNode_1 = require("../treeNode");
const treeServices_1 = require("./treeServices");
/** A node that owns a pager of T and shows one child node per item. */
class PagedNode {
    services;
    parent;
    pager;
    /** The last load failure, shown as an error node until a retry. */
    loadError;
    nodes = new Map();
    constructor(services, source, parent) {
        this.services = services;
        this.parent = parent;
        this.pager = new pager_1.Pager(source);
    }
    /** Items hidden by a filter still count as loaded. */
    accepts(_item) {
        return true;
    }
    async children(ctx) {
        if (!this.loadError) {
            try {
                await this.pager.ensureFirstPage(ctx.signal);
            }
            catch (e) {
                this.loadError = ctx.signal.aborted
                    ? this.services.describeError(e)
                    : (0, treeServices_1.describeLoadFailure)(this.services, this.id, e);
            }
        }
        return this.render();
    }
    /** The children for what is loaded now, without fetching. */
    render() {
        const out = [];
        for (const item of this.pager.items) {
            if (!this.accepts(item))
                continue;
            const key = this.keyOf(item);
            let node = this.nodes.get(key);
            if (!node)
                this.nodes.set(key, (node = this.makeNode(item)));
            out.push(node);
        }
        if (this.loadError)
            out.push(new ErrorNode(this, this.loadError));
        else if (this.pager.hasMore && this.pager.hasStarted)
            out.push(new LoadMoreNode(this));
        else if (out.length === 0 && !this.pager.hasMore)
            out.push(new MessageNode(this, this.emptyMessage()));
        return out;
    }
    /** Fetches the next page; a failure is kept for the error node. Double calls share one request. */
    async loadMore(signal) {
        this.loadError = undefined;
        try {
            await this.pager.loadMore(signal);
        }
        catch (e) {
            this.loadError = this.services.describeError(e);
            throw e;
        }
        finally {
            this.services.changed(this.parent ? this : undefined);
        }
    }
    /** Retry after an error: same as loading the next page (a first page when none arrived). */
    retry(signal) {
        return this.loadMore(signal);
    }
    refresh() {
        this.pager.reset();
        this.disposeChildren();
        this.loadError = undefined;
    }
    /** Aborts this node's page load in flight and its children's. */
    dispose() {
        this.pager.dispose();
        this.disposeChildren();
    }
    disposeChildren() {
        for (const node of this.nodes.values())
            node.dispose?.();
        this.nodes.clear();
    }
}
exports.PagedNode = PagedNode;
/** The "Load more…" row at the end of a paged listing. */
class LoadMoreNode {
    parent;
    id;
    kind = 'loadMore';
    constructor(parent) {
        this.parent = parent;
        this.id = `${parent.id}/#loadMore`;
    }
    view() {
        const loaded = this.parent.pager.items.length;
        return {
            label: 'Load more…',
            description: `${loaded} loaded`,
            tooltip: 'Fetch the next page from AWS',
            icon: { codicon: 'ellipsis' },
            contextValue: 'loadMore',
            collapsible: 'none',
            command: { id: 'lambdaExplorer.node.loadMore', title: 'Load More' },
        };
    }
}
exports.LoadMoreNode = LoadMoreNode;
/** A failed load, with the reason and a retry. */
class ErrorNode {
    parent;
    message;
    id;
    kind = 'error';
    constructor(parent, message) {
        this.parent = parent;
        this.message = message;
        this.id = `${parent.id}/#error`;
    }
    view() {
        return {
            label: 'Failed to load: click to retry',
            description: this.message,
            tooltip: `${(0, treeNode_1.md)(this.message, 500)}\n\nClick to retry. Details are in the Lambda Explorer log.`,
            icon: { codicon: 'error', color: 'error' },
            contextValue: 'error',
            collapsible: 'none',
            command: { id: 'lambdaExplorer.node.retry', title: 'Retry' },
        };
    }
}
exports.ErrorNode = ErrorNode;
/** An informational row ("No functions match…"). */
class MessageNode {
    parent;
    message;
    icon;
    id;
    kind = 'message';
    constructor(parent, message, icon = 'info') {
        this.parent = parent;
        this.message = message;
        this.icon = icon;
        this.id = `${parent.id}/#message`;
    }
    view() {
        return {
            label: this.message,
            icon: { codicon: this.icon, color: 'muted' },
            contextValue: 'message',
            collapsible: 'none',
        };
    }
}
exports.MessageNode = MessageNode;
/** Name filter shared by both roots: case-insensitive substring. */
function matchesFilter(name, filter) {
    return !filter || name.toLowerCase().includes(filter.toLowerCase());
}
/** Keeps loading pages until something passes the filter or the listing ends. */
async function loadUntilMatch(node, signal, onPage) {
    await node.pager.ensureFirstPage(signal);
    while (!node.pager.items.some((i) => node.accepts(i)) && node.pager.hasMore) {
        signal.throwIfAborted();
        await node.pager.loadMore(signal);
        onPage?.(node.pager.items.length);
    }
    return node.pager.items.filter((i) => node.accepts(i)).length;
}
//# sourceMappingURL=pagedNode.js.map