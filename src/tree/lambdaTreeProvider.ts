// The one TreeDataProvider: renders any TreeNode's plain view as a vscode.TreeItem, loads children with
// progress shown inside the view, and turns an unexpected failure into an error node (never a popup).
import * as vscode from 'vscode';
import type { Logger } from '../ui/logger';
import { ErrorNode } from './nodes/pagedNode';
import { displayView } from './treeNode';
import type { NodeView, TreeNode } from './treeNode';

const WARNING_SCHEME = 'lambda-explorer-node';

const COLORS: Record<string, string> = {
  warning: 'list.warningForeground',
  error: 'list.errorForeground',
  muted: 'descriptionForeground',
  accent: 'textLink.foreground',
};

/** Badges on tree labels (deprecated runtime, outdated layer), keyed by a node-id URI. */
export class NodeDecorations implements vscode.FileDecorationProvider {
  private readonly byUri = new Map<string, NonNullable<NodeView['warning']>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChangeFileDecorations = this.emitter.event;

  uriFor(id: string, warning: NonNullable<NodeView['warning']>): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: WARNING_SCHEME, path: `/${encodeURIComponent(id)}` });
    const key = uri.toString();
    const known = this.byUri.get(key);
    this.byUri.set(key, warning);
    if (!known || known.badge !== warning.badge) this.emitter.fire([uri]);
    return uri;
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== WARNING_SCHEME) return undefined;
    const w = this.byUri.get(uri.toString());
    return w
      ? new vscode.FileDecoration(w.badge, w.tooltip, new vscode.ThemeColor('list.warningForeground'))
      : undefined;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export class LambdaTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  /** Loads in flight, with the root they were started under. */
  private readonly loads = new Map<AbortController, TreeNode | undefined>();

  constructor(
    readonly viewId: string,
    /** The current (invisible) root; it changes when the connection does. */
    private readonly root: () => TreeNode | undefined,
    private readonly extensionUri: vscode.Uri,
    private readonly decorations: NodeDecorations,
    private readonly log: Logger,
    private readonly describeError: (e: unknown) => string,
  ) {}

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const v = displayView(node.view());
    const state =
      v.collapsible === 'none'
        ? vscode.TreeItemCollapsibleState.None
        : v.collapsible === 'expanded'
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(v.label, state);
    item.id = this.itemId(node);
    item.description = v.description;
    item.contextValue = v.contextValue;
    if (v.tooltip) {
      const tooltip = new vscode.MarkdownString(v.tooltip);
      tooltip.supportHtml = false;
      tooltip.isTrusted = false;
      item.tooltip = tooltip;
    }
    if (v.icon && 'codicon' in v.icon) {
      item.iconPath = new vscode.ThemeIcon(
        v.icon.codicon,
        v.icon.color ? new vscode.ThemeColor(COLORS[v.icon.color]!) : undefined,
      );
    } else if (v.icon) {
      item.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', `${v.icon.media}.svg`);
    }
    if (v.warning) item.resourceUri = this.decorations.uriFor(item.id, v.warning);
    if (v.command) item.command = { command: v.command.id, title: v.command.title, arguments: [node] };
    return item;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const target = node ?? this.root();
    if (!target?.children) return [];
    const controller = new AbortController();
    this.loads.set(controller, this.root());
    try {
      return await vscode.window.withProgress({ location: { viewId: this.viewId } }, () =>
        target.children!({ signal: controller.signal }),
      );
    } catch (e) {
      if (controller.signal.aborted) return [];
      this.log.error(`Failed to load ${target.id}`, e);
      return [new ErrorNode(target, this.describeError(e))];
    } finally {
      this.loads.delete(controller);
    }
  }

  /**
   * The item id: the node's own (ARN-based) with one connection; with several, prefixed by its connection's
   * root, since two connections can list the same ARN (two endpoints, or two profiles of one account).
   */
  private itemId(node: TreeNode): string {
    if (this.root()?.kind !== 'connections') return node.id;
    for (let n = node.parent; n; n = n.parent) if (n.kind === 'connection') return `${n.id}/${node.id}`;
    return node.id;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    const root = this.root();
    let parent = node.parent;
    if (parent === root) return undefined;
    // A connection's functions/layers root is shown as its connection node (or is the view's top).
    if (parent?.kind === 'functionsRoot' || parent?.kind === 'layersRoot') parent = parent.parent;
    return parent && parent !== root && parent.kind !== 'connections' ? parent : undefined;
  }

  /** Re-renders one node (its children are asked again), or the whole view. */
  changed(node: TreeNode | undefined): void {
    // Loads started under a root that is gone (a new connection) are for nodes nobody shows any more.
    const root = this.root();
    for (const [controller, startedUnder] of this.loads) if (startedUnder !== root) controller.abort();
    this.emitter.fire(node === undefined || node === root ? undefined : node);
  }

  dispose(): void {
    for (const controller of this.loads.keys()) controller.abort();
    this.loads.clear();
    this.emitter.dispose();
  }
}
