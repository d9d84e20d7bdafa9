// What activate() returns: a small read-only view of the extension for the integration tests (and any other
// extension that wants to look). It exposes snapshots and a subscription, never the services themselves:
// nothing in it can be replaced or changed from outside.
import type { ResourceChange } from './aws/resourceChanges';
import type { ActiveConnection, ConnectionState } from './connection/connectionManager';
import type { ExplorerModel, ViewName } from './tree/explorerModel';
import type { ResourceRef } from './aws/resourceRef';
import type { NodeKind, TreeNode } from './tree/treeNode';

export type { ConnectionState, NodeKind, ResourceChange, ResourceRef, ViewName };

/** The connection the views show, as of the call. */
export interface ConnectionSnapshot {
  /** `ready`, or why the views are empty (their welcome content says which). */
  readonly state: ConnectionState;
  /** Why the state is not `ready` (shown in the welcome view and the status bar tooltip). */
  readonly problem?: string;
  /** The profile, Region and endpoint of the connection in use; absent while none could be built. */
  readonly profile?: string;
  readonly region?: string;
  readonly endpoint?: string;
  /**
   * Which connection this is: a new number each time the connection is built again (a setting changed, a
   * reconnect), even with the same settings. Absent while there is none.
   */
  readonly id?: number;
  /** Whether the views list this connection's resources (false while they show a welcome instead). */
  readonly viewsConnected: boolean;
}

/** One node as its view renders it (the fields of its TreeItem). */
export interface ShownNode {
  /**
   * The node itself: what VS Code passes to a command run from the node's menu, so pass it to
   * `vscode.commands.executeCommand` the same way. Opaque: read the fields below instead.
   */
  readonly node: unknown;
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly description?: string;
  /** What `viewItem` menus match on. */
  readonly contextValue: string;
  /** The command a click runs. */
  readonly command?: string;
  /** The AWS resource the node stands for. */
  readonly resource?: Readonly<ResourceRef>;
}

/** What one view shows, without loading anything. */
export interface ViewSnapshot {
  /** The text after the view's title (the active filter). */
  readonly description?: string;
  /**
   * The top-level nodes loaded so far for the current connection: empty when the view has not loaded since
   * the connection changed, undefined when there is no connection (the welcome view shows).
   */
  readonly loaded: readonly ShownNode[] | undefined;
}

export interface LambdaExplorerApi {
  /** The connection state behind the status bar item and the welcome views. */
  connection(): ConnectionSnapshot;
  /**
   * The children of a node (top level when `parent` is omitted), loading them as the view's tree data
   * provider does when it expands the node.
   */
  children(view: ViewName, parent?: ShownNode): Promise<ShownNode[]>;
  /** What a view shows now (its description and the top-level nodes already loaded). */
  view(view: ViewName): ViewSnapshot;
  /** The ARNs of the open webview panels (one per ARN). */
  openPanels(): string[];
  /**
   * Calls `listener` after every change a command or panel announces (the tree and open panels update
   * from these). Dispose the result to stop.
   */
  onDidChangeResource(listener: (change: ResourceChange) => void): { dispose(): void };
}

/** What the API reads from: the services, and the views' tree data providers as plain functions. */
export interface ApiSources {
  connection: {
    readonly state: ConnectionState;
    readonly problem: string | undefined;
    readonly active: Pick<ActiveConnection, 'connection'> | undefined;
  };
  explorer: ExplorerModel;
  /** The view's TreeDataProvider.getChildren. */
  children(view: ViewName, parent: TreeNode | undefined): Promise<TreeNode[]>;
  /** The text after the view's title. */
  viewDescription(view: ViewName): string | undefined;
  openPanels(): string[];
  onDidChangeResource(listener: (change: ResourceChange) => void): () => void;
}

/** A node as its view renders it: the provider builds its TreeItem from the same NodeView. */
function show(node: TreeNode): ShownNode {
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

export function createApi(s: ApiSources): LambdaExplorerApi {
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const idOf = (active: object): number => {
    const known = ids.get(active);
    if (known !== undefined) return known;
    ids.set(active, ++lastId);
    return lastId;
  };
  return Object.freeze({
    connection(): ConnectionSnapshot {
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
    async children(view: ViewName, parent?: ShownNode): Promise<ShownNode[]> {
      const nodes = await s.children(view, parent?.node as TreeNode | undefined);
      return nodes.map(show);
    },
    view(view: ViewName): ViewSnapshot {
      const root = s.explorer.rootOf(view);
      const description = s.viewDescription(view);
      return Object.freeze({
        ...(description !== undefined ? { description } : {}),
        loaded: root ? Object.freeze(root.pager.hasStarted ? root.render().map(show) : []) : undefined,
      });
    },
    openPanels: () => s.openPanels(),
    onDidChangeResource(listener: (change: ResourceChange) => void) {
      const stop = s.onDidChangeResource(listener);
      return { dispose: () => void stop() };
    },
  });
}
