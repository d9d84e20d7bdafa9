// The explorer's state without vscode: the two roots for the current connection, and where change
// notifications go. Rebuilt when the connection changes (the old nodes' loads are aborted); a node refresh
// touches only that node.
import type { LayerCatalog } from '../aws/layerCatalog';
import type { LambdaService } from '../aws/lambdaService';
import type { ResourceChange } from '../aws/resourceChanges';
import type { UsedByIndex } from '../aws/usedByIndex';
import { FunctionNode, FunctionsRoot } from './nodes/functionNodes';
import { LayerNode, LayersRoot } from './nodes/layerNodes';
import type { LayerListFilter } from './nodes/layerNodes';
import type { CodeStore } from '../code/codeStore';
import type { TreeServices } from './nodes/treeServices';
import type { TreeNode } from './treeNode';

export interface ExplorerConnection {
  lambda: LambdaService;
  usedBy: UsedByIndex;
  catalog: LayerCatalog;
  /** Published code (Contents nodes). */
  code?: CodeStore;
}

export type ViewName = 'functions' | 'layers';

export class ExplorerModel {
  functionsRoot: FunctionsRoot | undefined;
  layersRoot: LayersRoot | undefined;
  private services: TreeServices | undefined;

  constructor(
    private readonly notify: (view: ViewName, node: TreeNode | undefined) => void,
    private readonly describeError: (e: unknown) => string,
    private readonly options: { pageSize: () => number; now?: () => Date } = { pageSize: () => 50 },
  ) {}

  /** A new connection (or none): both trees start over. */
  setConnection(connection: ExplorerConnection | undefined): void {
    // Every load in flight under the old roots is aborted, not only the roots' own.
    this.functionsRoot?.dispose();
    this.layersRoot?.dispose();
    if (!connection) {
      this.services = undefined;
      this.functionsRoot = undefined;
      this.layersRoot = undefined;
    } else {
      this.services = {
        ...connection,
        pageSize: this.options.pageSize(),
        now: this.options.now ?? (() => new Date()),
        changed: (node) => this.changed(node),
        describeError: this.describeError,
      };
      this.functionsRoot = new FunctionsRoot(this.services);
      this.layersRoot = new LayersRoot(this.services);
    }
    this.notify('functions', undefined);
    this.notify('layers', undefined);
  }

  get connection(): ExplorerConnection | undefined {
    return this.services;
  }

  /** Replaces the Layers root to apply ListLayers' server-side runtime/architecture filter. */
  setLayerListFilter(filter: LayerListFilter): LayersRoot | undefined {
    if (!this.services) return undefined;
    const nameFilter = this.layersRoot?.filter;
    this.layersRoot?.dispose();
    this.layersRoot = new LayersRoot(this.services, filter);
    this.layersRoot.filter = nameFilter;
    this.notify('layers', undefined);
    return this.layersRoot;
  }

  rootOf(view: ViewName): FunctionsRoot | LayersRoot | undefined {
    return view === 'functions' ? this.functionsRoot : this.layersRoot;
  }

  /** Which view a node lives in, by walking up to its root. */
  viewOf(node: TreeNode): ViewName | undefined {
    let n: TreeNode | undefined = node;
    while (n?.parent) n = n.parent;
    if (n === this.functionsRoot) return 'functions';
    if (n === this.layersRoot) return 'layers';
    return undefined;
  }

  /** Re-render a node (undefined: both views). */
  changed(node: TreeNode | undefined): void {
    if (!node) {
      this.notify('functions', undefined);
      this.notify('layers', undefined);
      return;
    }
    const view = this.viewOf(node);
    if (view) this.notify(view, node.parent ? node : undefined);
  }

  /**
   * A write changed a resource: reload only the nodes that show it. A function re-reads its configuration
   * (one GetFunctionConfiguration) and marks "used by" stale (only functions change who uses a version); a
   * new or deleted layer version restarts that layer's version list and the catalog of latest versions. A policy
   * change is not shown in the tree.
   */
  async applyChange(change: ResourceChange, signal?: AbortSignal): Promise<void> {
    const connection = this.services;
    if (!connection) return;
    if (change.kind === 'functions') {
      // Who uses which version changed; list the functions again (lazily) rather than re-read each one.
      connection.usedBy.invalidate();
      this.functionsRoot?.refresh();
      this.changed(undefined);
      return;
    }
    if (change.kind === 'function') {
      connection.usedBy.invalidate();
      const node = this.functionsRoot
        ?.render()
        .find((n): n is FunctionNode => n instanceof FunctionNode && n.fn.name === change.name);
      if (node) {
        try {
          await node.reload(signal);
        } catch {
          // A function that cannot be re-read (deleted, throttled) is refreshed by the next view refresh.
        }
        this.changed(node);
      } else if (this.functionsRoot && !this.functionsRoot.pager.hasMore) {
        // A new function in a fully loaded list: list again so it shows up.
        this.functionsRoot.refresh();
        this.changed(undefined);
      }
      return;
    }
    if (change.kind === 'layerVersion' && change.aspect === 'policy') return;
    const layer = this.layersRoot
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
      this.layersRoot?.refresh();
      this.notify('layers', undefined);
    }
    // Attached-layer "outdated" marks depend on the catalog.
    this.notify('functions', undefined);
  }
}
