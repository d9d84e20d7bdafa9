// Shared pieces for nodes whose children come from a pager: "Load more…", the error node with a retry, and
// a plain message node. A failed load becomes an error node under its parent, never a popup.
import { Pager } from '../pager';
import type { PageSource } from '../pager';
import { md } from '../treeNode';
import type { LoadContext, NodeKind, NodeView, TreeNode } from '../treeNode';
import { describeLoadFailure } from './treeServices';
import type { TreeServices } from './treeServices';

/** A node that owns a pager of T and shows one child node per item. */
export abstract class PagedNode<T> implements TreeNode {
  abstract readonly id: string;
  abstract readonly kind: NodeKind;
  readonly pager: Pager<T>;
  /** The last load failure, shown as an error node until a retry. */
  loadError: string | undefined;
  private readonly nodes = new Map<string, TreeNode>();

  constructor(
    protected readonly services: TreeServices,
    source: PageSource<T>,
    readonly parent?: TreeNode,
  ) {
    this.pager = new Pager(source);
  }

  abstract view(): NodeView;
  /** A stable key for an item (its ARN). */
  protected abstract keyOf(item: T): string;
  protected abstract makeNode(item: T): TreeNode;
  /** Items hidden by a filter still count as loaded. */
  accepts(_item: T): boolean {
    return true;
  }
  /** Shown when the listing is complete and nothing is accepted. */
  protected abstract emptyMessage(): string;

  async children(ctx: LoadContext): Promise<TreeNode[]> {
    if (!this.loadError) {
      try {
        await this.pager.ensureFirstPage(ctx.signal);
      } catch (e) {
        this.loadError = ctx.signal.aborted
          ? this.services.describeError(e)
          : describeLoadFailure(this.services, this.id, e);
      }
    }
    return this.render();
  }

  /** The children for what is loaded now, without fetching. */
  render(): TreeNode[] {
    const out: TreeNode[] = [];
    for (const item of this.pager.items) {
      if (!this.accepts(item)) continue;
      const key = this.keyOf(item);
      let node = this.nodes.get(key);
      if (!node) this.nodes.set(key, (node = this.makeNode(item)));
      out.push(node);
    }
    if (this.loadError) out.push(new ErrorNode(this, this.loadError));
    else if (this.pager.hasMore && this.pager.hasStarted) out.push(new LoadMoreNode(this));
    else if (out.length === 0 && !this.pager.hasMore) out.push(new MessageNode(this, this.emptyMessage()));
    return out;
  }

  /** Fetches the next page; a failure is kept for the error node. Double calls share one request. */
  async loadMore(signal?: AbortSignal): Promise<void> {
    this.loadError = undefined;
    try {
      await this.pager.loadMore(signal);
    } catch (e) {
      this.loadError = this.services.describeError(e);
      throw e;
    } finally {
      this.services.changed(this.parent ? this : undefined);
    }
  }

  /** Retry after an error: same as loading the next page (a first page when none arrived). */
  retry(signal?: AbortSignal): Promise<void> {
    return this.loadMore(signal);
  }

  refresh(): void {
    this.pager.reset();
    this.disposeChildren();
    this.loadError = undefined;
  }

  /** Aborts this node's page load in flight and its children's. */
  dispose(): void {
    this.pager.dispose();
    this.disposeChildren();
  }

  private disposeChildren(): void {
    for (const node of this.nodes.values()) node.dispose?.();
    this.nodes.clear();
  }
}

/** The "Load more…" row at the end of a paged listing. */
export class LoadMoreNode implements TreeNode {
  readonly id: string;
  readonly kind = 'loadMore' as const;
  constructor(readonly parent: PagedNode<unknown>) {
    this.id = `${parent.id}/#loadMore`;
  }
  view(): NodeView {
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

/** A failed load, with the reason and a retry. */
export class ErrorNode implements TreeNode {
  readonly id: string;
  readonly kind = 'error' as const;
  constructor(
    readonly parent: PagedNode<unknown> | TreeNode,
    readonly message: string,
  ) {
    this.id = `${parent.id}/#error`;
  }
  view(): NodeView {
    return {
      label: 'Failed to load: click to retry',
      description: this.message,
      tooltip: `${md(this.message, 500)}\n\nClick to retry. Details are in the Lambda Explorer log.`,
      icon: { codicon: 'error', color: 'error' },
      contextValue: 'error',
      collapsible: 'none',
      command: { id: 'lambdaExplorer.node.retry', title: 'Retry' },
    };
  }
}

/** An informational row ("No functions match…"). */
export class MessageNode implements TreeNode {
  readonly id: string;
  readonly kind = 'message' as const;
  constructor(
    readonly parent: TreeNode,
    readonly message: string,
    private readonly icon = 'info',
  ) {
    this.id = `${parent.id}/#message`;
  }
  view(): NodeView {
    return {
      label: this.message,
      icon: { codicon: this.icon, color: 'muted' },
      contextValue: 'message',
      collapsible: 'none',
    };
  }
}

/** Name filter shared by both roots: case-insensitive substring. */
export function matchesFilter(name: string, filter: string | undefined): boolean {
  return !filter || name.toLowerCase().includes(filter.toLowerCase());
}

/** Keeps loading pages until something passes the filter or the listing ends. */
export async function loadUntilMatch<T>(
  node: PagedNode<T>,
  signal: AbortSignal,
  onPage?: (loaded: number) => void,
): Promise<number> {
  await node.pager.ensureFirstPage(signal);
  while (!node.pager.items.some((i) => node.accepts(i)) && node.pager.hasMore) {
    signal.throwIfAborted();
    await node.pager.loadMore(signal);
    onPage?.(node.pager.items.length);
  }
  return node.pager.items.filter((i) => node.accepts(i)).length;
}
