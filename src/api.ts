// What activate() returns: a small read-only view of the extension for the integration tests (and any other
// extension that wants to look). It exposes snapshots and a subscription, never the services themselves:
// nothing in it can be replaced or changed from outside.
import type * as vscode from 'vscode';
import type { ResourceChange } from './aws/resourceChanges';
import type { ConnectionManager, ConnectionState } from './connection/connectionManager';
import type { ExplorerModel, ViewName } from './tree/explorerModel';
import type { LambdaTreeProvider } from './tree/lambdaTreeProvider';
import type { NodeKind, ResourceRef, TreeNode } from './tree/treeNode';

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
  /** Whether the views list this connection's resources (false while they show a welcome instead). */
  readonly viewsConnected: boolean;
}

/** One node as its view renders it (the TreeItem's fields). */
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
  readonly contextValue?: string;
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

/** The services the API reads from. */
export interface ApiSources {
  connection: ConnectionManager;
  explorer: ExplorerModel;
  providers: Record<ViewName, LambdaTreeProvider>;
  views: Record<ViewName, vscode.TreeView<TreeNode>>;
  openPanels(): string[];
  onDidChangeResource(listener: (change: ResourceChange) => void): () => void;
}

export function createApi(s: ApiSources): LambdaExplorerApi {
  const show = (view: ViewName, node: TreeNode): ShownNode => {
    const item = s.providers[view].getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    return Object.freeze({
      node,
      id: node.id,
      kind: node.kind,
      label,
      ...(typeof item.description === 'string' ? { description: item.description } : {}),
      ...(item.contextValue !== undefined ? { contextValue: item.contextValue } : {}),
      ...(item.command ? { command: item.command.command } : {}),
      ...(node.resource ? { resource: Object.freeze({ ...node.resource }) } : {}),
    });
  };
  return Object.freeze({
    connection(): ConnectionSnapshot {
      const c = s.connection.active?.connection;
      return Object.freeze({
        state: s.connection.state,
        ...(s.connection.problem !== undefined ? { problem: s.connection.problem } : {}),
        ...(c?.profile !== undefined ? { profile: c.profile } : {}),
        ...(c?.region !== undefined ? { region: c.region } : {}),
        ...(c?.endpoint !== undefined ? { endpoint: c.endpoint } : {}),
        viewsConnected: s.explorer.connection !== undefined,
      });
    },
    async children(view: ViewName, parent?: ShownNode): Promise<ShownNode[]> {
      const nodes = await s.providers[view].getChildren(parent?.node as TreeNode | undefined);
      return nodes.map((n) => show(view, n));
    },
    view(view: ViewName): ViewSnapshot {
      const root = s.explorer.rootOf(view);
      const description = s.views[view].description;
      return Object.freeze({
        ...(description !== undefined ? { description } : {}),
        loaded: root
          ? Object.freeze(root.pager.hasStarted ? root.render().map((n) => show(view, n)) : [])
          : undefined,
      });
    },
    openPanels: () => s.openPanels(),
    onDidChangeResource(listener: (change: ResourceChange) => void) {
      const stop = s.onDidChangeResource(listener);
      return { dispose: () => void stop() };
    },
  });
}
