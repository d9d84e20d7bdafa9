// The explorer's state without vscode: for each connection, its two roots (functions, layers), and where change
// notifications go. With one connection a view shows its root's children directly (today's flat tree); with
// several, one `profile @ Region` root per connection, each with its own pagers, used-by index, catalog and
// errors. A connection that changes gets new roots (the old nodes' loads are aborted); the others keep theirs.
// A node refresh touches only that node.
//
// `scoped(key)` is the same model seen from one connection: a command run on a node works on the node's
// connection, never on whichever one is active.
import type { ResourceChange } from '../aws/resourceChanges';
import { Root } from './explorerRoot';
import type { ExplorerConnection, ExplorerRootSpec } from './explorerRoot';
import { ConnectionListNode } from './nodes/connectionNode';
import type { ConnectionNode, ViewName } from './nodes/connectionNode';
import { FunctionNode } from './nodes/functionNodes';
import type { FunctionsRoot } from './nodes/functionNodes';
import { LayerNode, LayersRoot } from './nodes/layerNodes';
import type { LayerListFilter } from './nodes/layerNodes';
import type { TreeNode } from './treeNode';
import type { Logger } from '../ui/logger';

export type { ViewName } from './nodes/connectionNode';
export type { ExplorerConnection, ExplorerRootSpec } from './explorerRoot';

/** The same built connection (the same service and caches), whatever object carries it. */
function sameConnection(a: ExplorerConnection | undefined, b: ExplorerConnection | undefined): boolean {
  if (!a || !b) return a === b;
  return a.lambda === b.lambda && a.usedBy === b.usedBy && a.catalog === b.catalog;
}

interface Shared {
  roots: Map<string, Root>;
  activeKey: string | undefined;
  lists: Record<ViewName, ConnectionListNode>;
}

export class ExplorerModel {
  private shared: Shared;
  /** Set in a scoped model: the connection it works on. */
  private focus: string | undefined;

  constructor(
    private readonly notify: (view: ViewName, node: TreeNode | undefined) => void,
    /** `key`: the connection the failure came from. */
    private readonly describeError: (e: unknown, key?: string) => string,
    private readonly options: { pageSize: () => number; now?: () => Date; log?: Logger } = {
      pageSize: () => 50,
    },
  ) {
    const roots = new Map<string, Root>();
    const list = (view: ViewName) =>
      new ConnectionListNode(view, () => [...roots.values()].map((r) => r.nodes[view]));
    this.shared = {
      roots,
      activeKey: undefined,
      lists: { functions: list('functions'), layers: list('layers') },
    };
  }

  /** The same explorer, working on one connection (a command run on one of its nodes). */
  scoped(key: string): ExplorerModel {
    const m = new ExplorerModel(this.notify, this.describeError, this.options);
    m.shared = this.shared;
    m.focus = key;
    return m;
  }

  /** One connection (or none): the views show its roots' children directly. */
  setConnection(connection: ExplorerConnection | undefined): void {
    this.setConnections(
      connection
        ? [{ key: 'default', label: 'default', isDefault: true, connection, reconnect: () => undefined }]
        : [],
    );
  }

  /**
   * The connections to show, in order. One whose connection object is unchanged keeps its roots (and what they
   * loaded); a new or changed one starts over, and one that is gone has its loads aborted.
   */
  setConnections(specs: ExplorerRootSpec[], activeKey?: string): void {
    if (activeKey !== undefined) this.shared.activeKey = activeKey;
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
    for (const gone of old.values()) gone.dispose();
    this.refreshInfo();
    this.notify('functions', undefined);
    this.notify('layers', undefined);
  }

  private makeRoot(spec: ExplorerRootSpec): Root {
    return new Root(
      spec,
      (key) => key === this.active?.key,
      (connection) => ({
        ...connection,
        pageSize: this.options.pageSize(),
        now: this.options.now ?? (() => new Date()),
        changed: (node) => this.changed(node),
        describeError: (e) => this.describeError(e, spec.key),
        ...(this.options.log ? { log: this.options.log } : {}),
      }),
    );
  }

  private refreshInfo(): void {
    const active = this.active?.key;
    for (const r of this.shared.roots.values())
      for (const node of Object.values(r.nodes)) node.info = { ...r.spec, isActive: r.key === active };
  }

  /** The connection palette commands use (the first until one is chosen). */
  setActive(key: string): void {
    this.shared.activeKey = key;
    this.refreshInfo();
    if (this.isMulti) this.changed(undefined);
  }

  private get active(): Root | undefined {
    const roots = this.shared.roots;
    return roots.get(this.shared.activeKey ?? '') ?? roots.values().next().value;
  }

  /** The connection this model works on: its scope, else the active one. */
  private get focused(): Root | undefined {
    return this.focus !== undefined ? this.shared.roots.get(this.focus) : this.active;
  }

  /** Whether the views show one root per connection. */
  get isMulti(): boolean {
    return this.shared.roots.size > 1;
  }

  /** The connections shown, in order. */
  get connections(): (Omit<ExplorerRootSpec, 'connection' | 'reconnect'> & {
    isActive: boolean;
    connected: boolean;
  })[] {
    const active = this.active?.key;
    return [...this.shared.roots.values()].map((r) => ({
      ...r.spec,
      isActive: r.key === active,
      connected: r.services !== undefined,
    }));
  }

  /** The key this model works on (its scope, else the active connection). */
  get key(): string | undefined {
    return this.focused?.key;
  }

  get connection(): ExplorerConnection | undefined {
    return this.focused?.services;
  }
  get functionsRoot(): FunctionsRoot | undefined {
    return this.focused?.functionsRoot;
  }
  get layersRoot(): LayersRoot | undefined {
    return this.focused?.layersRoot;
  }

  /** Replaces the Layers roots to apply ListLayers' server-side runtime/architecture filter. */
  setLayerListFilter(filter: LayerListFilter): LayersRoot | undefined {
    for (const r of this.shared.roots.values()) {
      if (!r.services) continue;
      const nameFilter = r.layersRoot?.filter;
      r.layersRoot?.dispose();
      r.layersRoot = new LayersRoot(r.services, filter, r.nodes.layers);
      r.layersRoot.filter = nameFilter;
    }
    this.notify('layers', undefined);
    return this.layersRoot;
  }

  /** The root of this model's connection in a view. */
  rootOf(view: ViewName): FunctionsRoot | LayersRoot | undefined {
    return view === 'functions' ? this.functionsRoot : this.layersRoot;
  }

  /** Every connection's root in a view. */
  rootsOf(view: ViewName): (FunctionsRoot | LayersRoot)[] {
    return [...this.shared.roots.values()]
      .map((r) => (view === 'functions' ? r.functionsRoot : r.layersRoot))
      .filter((r): r is FunctionsRoot | LayersRoot => r !== undefined);
  }

  /**
   * The view's Refresh: every connection's root lists again (and the layer catalogs reload); a connection that
   * could not be built is built again. False when there is no root at all (nothing to refresh).
   */
  refreshView(view: ViewName): boolean {
    if (this.shared.roots.size === 0) return false;
    // A copy: a reconnect replaces the roots while this runs.
    for (const r of [...this.shared.roots.values()]) {
      const root = view === 'functions' ? r.functionsRoot : r.layersRoot;
      if (!root) {
        r.spec.reconnect();
        continue;
      }
      root.refresh();
      if (view === 'layers') r.services?.catalog.invalidate();
    }
    this.changed(undefined);
    return true;
  }

  /** What a view's tree data provider starts from (never shown itself). */
  topOf(view: ViewName): TreeNode | undefined {
    if (this.isMulti) return this.shared.lists[view];
    const only = this.shared.roots.values().next().value;
    return view === 'functions' ? only?.functionsRoot : only?.layersRoot;
  }

  /** The connection a node belongs to (undefined for a node of a connection that is gone). */
  keyOf(node: TreeNode): string | undefined {
    for (let n: TreeNode | undefined = node; n; n = n.parent) {
      if (n.kind !== 'connection') continue;
      const key = (n as ConnectionNode).key;
      return this.shared.roots.get(key)?.nodes[(n as ConnectionNode).viewName] === n ? key : undefined;
    }
    return undefined;
  }

  /** The connection an ARN most likely belongs to: one that listed it, else one in its Region, else this one. */
  keyForArn(arn: string): string | undefined {
    const roots = [...this.shared.roots.values()];
    const focused = this.focused;
    if (focused?.knows(arn)) return focused.key;
    const known = roots.find((r) => r.knows(arn));
    if (known) return known.key;
    const region = arn.split(':')[3];
    const inRegion = roots.filter((r) => r.spec.region === region);
    return (inRegion.find((r) => r === focused) ?? inRegion[0] ?? focused)?.key;
  }

  /** Which view a node lives in, by walking up to its root; undefined for a node that is gone. */
  viewOf(node: TreeNode): ViewName | undefined {
    let n: TreeNode = node;
    for (; n.parent; n = n.parent) {
      if (n.kind !== 'functionsRoot' && n.kind !== 'layersRoot') continue;
      // A replaced root (a new layer filter) is gone even though its connection node is not.
      const root = this.shared.roots.get((n.parent as ConnectionNode).key);
      if (root?.functionsRoot !== n && root?.layersRoot !== n) return undefined;
    }
    if (n === this.shared.lists.functions) return 'functions';
    if (n === this.shared.lists.layers) return 'layers';
    if (n.kind !== 'connection') return undefined;
    return this.keyOf(n) !== undefined ? (n as ConnectionNode).viewName : undefined;
  }

  /** Re-render a node (undefined: both views). */
  changed(node: TreeNode | undefined): void {
    if (!node) {
      this.notify('functions', undefined);
      this.notify('layers', undefined);
      return;
    }
    const view = this.viewOf(node);
    if (view) this.notify(view, this.shownAs(node));
  }

  /** The node a view shows for `node`: a connection's root shows as its connection node (or the view's top). */
  private shownAs(node: TreeNode): TreeNode | undefined {
    const n = node.kind === 'functionsRoot' || node.kind === 'layersRoot' ? node.parent : node;
    if (!n || n.kind === 'connections') return undefined;
    if (n.kind === 'connection') return this.isMulti ? n : undefined;
    return n;
  }

  /**
   * A write changed a resource: reload only the nodes that show it, under the connection it was made through
   * (found by its ARN, else by name among what each connection listed, else this model's connection).
   */
  async applyChange(change: ResourceChange, signal?: AbortSignal): Promise<void> {
    await Promise.all(this.rootsFor(change).map((r) => this.applyTo(r, change, signal)));
  }

  private rootsFor(change: ResourceChange): Root[] {
    const roots = [...this.shared.roots.values()];
    const byKey = (key: string | undefined) => (key !== undefined ? this.shared.roots.get(key) : undefined);
    let found: Root[];
    if ('arn' in change && change.arn)
      found = [byKey(this.keyForArn(change.arn))].filter((r) => r !== undefined);
    else if (change.kind === 'functions')
      found = roots.filter((r) => change.names.some((n) => r.lists('function', n)));
    else found = roots.filter((r) => r.lists(change.kind === 'function' ? 'function' : 'layer', change.name));
    const focused = this.focused;
    return found.length > 0 ? found : focused ? [focused] : [];
  }

  /**
   * A function re-reads its configuration (one GetFunctionConfiguration) and marks "used by" stale (only
   * functions change who uses a version); a new or deleted layer version restarts that layer's version list and
   * the catalog of latest versions. A policy change is not shown in the tree.
   */
  private async applyTo(root: Root, change: ResourceChange, signal?: AbortSignal): Promise<void> {
    const connection = root.services;
    if (!connection) return;
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
        .find((n): n is FunctionNode => n instanceof FunctionNode && n.fn.name === change.name);
      if (node) {
        try {
          await node.reload(signal);
        } catch {
          // A function that cannot be re-read (deleted, throttled) is refreshed by the next view refresh.
        }
        this.changed(node);
      } else if (root.functionsRoot && !root.functionsRoot.pager.hasMore) {
        // A new function in a fully loaded list: list again so it shows up.
        root.functionsRoot.refresh();
        this.changed(undefined);
      }
      return;
    }
    if (change.kind === 'layerVersion' && change.aspect === 'policy') return;
    const layer = root.layersRoot
      ?.render()
      .find((n): n is LayerNode => n instanceof LayerNode && n.layer.name === change.name);
    // A published or deleted version: read that one version (one call) to keep the layer's "latest" and the
    // catalog right without listing every layer again.
    const version =
      change.kind === 'layerVersion'
        ? await connection.lambda
            .getLayerVersion(change.name, change.version, { signal })
            .catch(() => undefined)
        : undefined;
    if (version) connection.catalog.observe(version);
    else connection.catalog.invalidate();
    if (
      layer &&
      (version || change.kind !== 'layerVersion' || layer.layer.latest?.version !== change.version)
    ) {
      if (version) layer.observeVersion(version);
      layer.refresh();
      this.changed(layer);
    } else {
      // A new layer, or its latest version was deleted: list the layers again.
      root.layersRoot?.refresh();
      if (root.layersRoot) this.changed(root.layersRoot);
      else this.notify('layers', undefined);
    }
    // Attached-layer "outdated" marks depend on the catalog.
    this.notify('functions', undefined);
  }
}
