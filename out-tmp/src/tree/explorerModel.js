"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExplorerModel = void 0;
const explorerRoot_1 = require("./explorerRoot");
const connectionNode_1 = require("./nodes/connectionNode");
const functionNodes_1 = require("./nodes/functionNodes");
const layerNodes_1 = require("./nodes/layerNodes");
/** The same built connection (the same service and caches), whatever object carries it. */
function sameConnection(a, b) {
    if (!a || !b)
        return a === b;
    return a.lambda === b.lambda && a.usedBy === b.usedBy && a.catalog === b.catalog;
}
class ExplorerModel {
    notify;
    describeError;
    options;
    shared;
    /** Set in a scoped model: the connection it works on. */
    focus;
    constructor(notify, 
    /** `key`: the connection the failure came from. */
    describeError, options = {
        pageSize: () => 50,
    }) {
        this.notify = notify;
        this.describeError = describeError;
        this.options = options;
        const roots = new Map();
        const list = (view) => new connectionNode_1.ConnectionListNode(view, () => [...roots.values()].map((r) => r.nodes[view]));
        this.shared = {
            roots,
            activeKey: undefined,
            lists: { functions: list('functions'), layers: list('layers') },
        };
    }
    /** The same explorer, working on one connection (a command run on one of its nodes). */
    scoped(key) {
        const m = new ExplorerModel(this.notify, this.describeError, this.options);
        m.shared = this.shared;
        m.focus = key;
        return m;
    }
    /** One connection (or none): the views show its roots' children directly. */
    setConnection(connection) {
        this.setConnections(connection
            ? [{ key: 'default', label: 'default', isDefault: true, connection, reconnect: () => undefined }]
            : []);
    }
    /**
     * The connections to show, in order. One whose connection object is unchanged keeps its roots (and what they
     * loaded); a new or changed one starts over, and one that is gone has its loads aborted.
     */
    setConnections(specs, activeKey) {
        if (activeKey !== undefined)
            this.shared.activeKey = activeKey;
        const old = new Map(this.shared.roots);
        this.shared.roots.clear();
        for (const spec of specs) {
            const known = old.get(spec.key);
            old.delete(spec.key);
            if (known && sameConnection(known.spec.connection, spec.connection)) {
                known.spec = spec;
                this.shared.roots.set(spec.key, known);
                continue;
            }
            // Every load in flight under the old roots is aborted, not only the roots' own.
            known?.dispose();
            this.shared.roots.set(spec.key, this.makeRoot(spec));
        }
        for (const gone of old.values())
            gone.dispose();
        this.refreshInfo();
        this.notify('functions', undefined);
        this.notify('layers', undefined);
    }
    makeRoot(spec) {
        return new explorerRoot_1.Root(spec, (key) => key === this.active?.key, (connection) => ({
            ...connection,
            pageSize: this.options.pageSize(),
            now: this.options.now ?? (() => new Date()),
            changed: (node) => this.changed(node),
            describeError: (e) => this.describeError(e, spec.key),
            ...(this.options.log ? { log: this.options.log } : {}),
        }));
    }
    refreshInfo() {
        const active = this.active?.key;
        for (const r of this.shared.roots.values())
            for (const node of Object.values(r.nodes))
                node.info = { ...r.spec, isActive: r.key === active };
    }
    /** The connection palette commands use (the first until one is chosen). */
    setActive(key) {
        this.shared.activeKey = key;
        this.refreshInfo();
        if (this.isMulti)
            this.changed(undefined);
    }
    get active() {
        const roots = this.shared.roots;
        return roots.get(this.shared.activeKey ?? '') ?? roots.values().next().value;
    }
    /** The connection this model works on: its scope, else the active one. */
    get focused() {
        return this.focus !== undefined ? this.shared.roots.get(this.focus) : this.active;
    }
    /** Whether the views show one root per connection. */
    get isMulti() {
        return this.shared.roots.size > 1;
    }
    /** The connections shown, in order. */
    get connections() {
        const active = this.active?.key;
        return [...this.shared.roots.values()].map((r) => ({
            ...r.spec,
            isActive: r.key === active,
            connected: r.services !== undefined,
        }));
    }
    /** The key this model works on (its scope, else the active connection). */
    get key() {
        return this.focused?.key;
    }
    get connection() {
        return this.focused?.services;
    }
    get functionsRoot() {
        return this.focused?.functionsRoot;
    }
    get layersRoot() {
        return this.focused?.layersRoot;
    }
    /** Replaces the Layers roots to apply ListLayers' server-side runtime/architecture filter. */
    setLayerListFilter(filter) {
        for (const r of this.shared.roots.values()) {
            if (!r.services)
                continue;
            const nameFilter = r.layersRoot?.filter;
            r.layersRoot?.dispose();
            r.layersRoot = new layerNodes_1.LayersRoot(r.services, filter, r.nodes.layers);
            r.layersRoot.filter = nameFilter;
        }
        this.notify('layers', undefined);
        return this.layersRoot;
    }
    /** The root of this model's connection in a view. */
    rootOf(view) {
        return view === 'functions' ? this.functionsRoot : this.layersRoot;
    }
    /** Every connection's root in a view. */
    rootsOf(view) {
        return [...this.shared.roots.values()]
            .map((r) => (view === 'functions' ? r.functionsRoot : r.layersRoot))
            .filter((r) => r !== undefined);
    }
    /**
     * The view's Refresh: every connection's root lists again (and the layer catalogs reload); a connection that
     * could not be built is built again. False when there is no root at all (nothing to refresh).
     */
    refreshView(view) {
        if (this.shared.roots.size === 0)
            return false;
        // A copy: a reconnect replaces the roots while this runs.
        for (const r of [...this.shared.roots.values()]) {
            const root = view === 'functions' ? r.functionsRoot : r.layersRoot;
            if (!root) {
                r.spec.reconnect();
                continue;
            }
            root.refresh();
            if (view === 'layers')
                r.services?.catalog.invalidate();
        }
        this.changed(undefined);
        return true;
    }
    /** What a view's tree data provider starts from (never shown itself). */
    topOf(view) {
        if (this.isMulti)
            return this.shared.lists[view];
        const only = this.shared.roots.values().next().value;
        return view === 'functions' ? only?.functionsRoot : only?.layersRoot;
    }
    /** The connection a node belongs to (undefined for a node of a connection that is gone). */
    keyOf(node) {
        for (let n = node; n; n = n.parent) {
            if (n.kind !== 'connection')
                continue;
            const key = n.key;
            return this.shared.roots.get(key)?.nodes[n.viewName] === n ? key : undefined;
        }
        return undefined;
    }
    /** The connection an ARN most likely belongs to: one that listed it, else one in its Region, else this one. */
    keyForArn(arn) {
        const roots = [...this.shared.roots.values()];
        const focused = this.focused;
        if (focused?.knows(arn))
            return focused.key;
        const known = roots.find((r) => r.knows(arn));
        if (known)
            return known.key;
        const region = arn.split(':')[3];
        const inRegion = roots.filter((r) => r.spec.region === region);
        return (inRegion.find((r) => r === focused) ?? inRegion[0] ?? focused)?.key;
    }
    /** Which view a node lives in, by walking up to its root; undefined for a node that is gone. */
    viewOf(node) {
        let n = node;
        for (; n.parent; n = n.parent) {
            if (n.kind !== 'functionsRoot' && n.kind !== 'layersRoot')
                continue;
            // A replaced root (a new layer filter) is gone even though its connection node is not.
            const root = this.shared.roots.get(n.parent.key);
            if (root?.functionsRoot !== n && root?.layersRoot !== n)
                return undefined;
        }
        if (n === this.shared.lists.functions)
            return 'functions';
        if (n === this.shared.lists.layers)
            return 'layers';
        if (n.kind !== 'connection')
            return undefined;
        return this.keyOf(n) !== undefined ? n.viewName : undefined;
    }
    /** Re-render a node (undefined: both views). */
    changed(node) {
        if (!node) {
            this.notify('functions', undefined);
            this.notify('layers', undefined);
            return;
        }
        const view = this.viewOf(node);
        if (view)
            this.notify(view, this.shownAs(node));
    }
    /** The node a view shows for `node`: a connection's root shows as its connection node (or the view's top). */
    shownAs(node) {
        const n = node.kind === 'functionsRoot' || node.kind === 'layersRoot' ? node.parent : node;
        if (!n || n.kind === 'connections')
            return undefined;
        if (n.kind === 'connection')
            return this.isMulti ? n : undefined;
        return n;
    }
    /**
     * A write changed a resource: reload only the nodes that show it, under the connection it was made through
     * (found by its ARN, else by name among what each connection listed, else this model's connection).
     */
    async applyChange(change, signal) {
        await Promise.all(this.rootsFor(change).map((r) => this.applyTo(r, change, signal)));
    }
    rootsFor(change) {
        const roots = [...this.shared.roots.values()];
        const byKey = (key) => (key !== undefined ? this.shared.roots.get(key) : undefined);
        let found;
        if ('arn' in change && change.arn)
            found = [byKey(this.keyForArn(change.arn))].filter((r) => r !== undefined);
        else if (change.kind === 'functions')
            found = roots.filter((r) => change.names.some((n) => r.lists('function', n)));
        else
            found = roots.filter((r) => r.lists(change.kind === 'function' ? 'function' : 'layer', change.name));
        const focused = this.focused;
        return found.length > 0 ? found : focused ? [focused] : [];
    }
    /**
     * A function re-reads its configuration (one GetFunctionConfiguration) and marks "used by" stale (only
     * functions change who uses a version); a new or deleted layer version restarts that layer's version list and
     * the catalog of latest versions. A policy change is not shown in the tree.
     */
    async applyTo(root, change, signal) {
        const connection = root.services;
        if (!connection)
            return;
        if (change.kind === 'functions') {
            // Who uses which version changed; list the functions again (lazily) rather than re-read each one.
            connection.usedBy.invalidate();
            root.functionsRoot?.refresh();
            this.changed(undefined);
            return;
        }
        if (change.kind === 'function') {
            connection.usedBy.invalidate();
            const node = root.functionsRoot
                ?.render()
                .find((n) => n instanceof functionNodes_1.FunctionNode && n.fn.name === change.name);
            if (node) {
                try {
                    await node.reload(signal);
                }
                catch {
                    // A function that cannot be re-read (deleted, throttled) is refreshed by the next view refresh.
                }
                this.changed(node);
            }
            else if (root.functionsRoot && !root.functionsRoot.pager.hasMore) {
                // A new function in a fully loaded list: list again so it shows up.
                root.functionsRoot.refresh();
                this.changed(undefined);
            }
            return;
        }
        if (change.kind === 'layerVersion' && change.aspect === 'policy')
            return;
        const layer = root.layersRoot
            ?.render()
            .find((n) => n instanceof layerNodes_1.LayerNode && n.layer.name === change.name);
        // A published or deleted version: read that one version (one call) to keep the layer's "latest" and the
        // catalog right without listing every layer again.
        const version = change.kind === 'layerVersion'
            ? await connection.lambda
                .getLayerVersion(change.name, change.version, { signal })
                .catch(() => undefined)
            : undefined;
        if (version)
            connection.catalog.observe(version);
        else
            connection.catalog.invalidate();
        if (layer &&
            (version || change.kind !== 'layerVersion' || layer.layer.latest?.version !== change.version)) {
            if (version)
                layer.observeVersion(version);
            layer.refresh();
            this.changed(layer);
        }
        else {
            // A new layer, or its latest version was deleted: list the layers again.
            root.layersRoot?.refresh();
            if (root.layersRoot)
                this.changed(root.layersRoot);
            else
                this.notify('layers', undefined);
        }
        // Attached-layer "outdated" marks depend on the catalog.
        this.notify('functions', undefined);
    }
}
exports.ExplorerModel = ExplorerModel;
//# sourceMappingURL=explorerModel.js.map