// With several connections each view lists one root per `profile @ Region`; under it, that connection's
// functions (or layers) from its own FunctionsRoot / LayersRoot, with its own pagers and errors. A connection
// that could not be built shows an error node with a retry under its root only.
import { md } from '../treeNode';
import type { LoadContext, NodeView, TreeNode } from '../treeNode';
import { ErrorNode } from './pagedNode';

export type ViewName = 'functions' | 'layers';

/** What a connection root shows about its connection. */
export interface ConnectionRootInfo {
  key: string;
  /** `profile @ Region` */
  label: string;
  /** The endpoint host, when not AWS. */
  endpoint?: string;
  /** Why it is not connected (shown as an error node with a retry). */
  problem?: string;
  isDefault: boolean;
  isActive: boolean;
}

/** The node a view shows for a connection's FunctionsRoot / LayersRoot (itself never shown). */
export interface InnerRoot extends TreeNode {
  children(ctx: LoadContext): Promise<TreeNode[]>;
  refresh(): void;
}

export class ConnectionNode implements TreeNode {
  readonly id: string;
  readonly kind = 'connection' as const;

  constructor(
    public info: ConnectionRootInfo,
    readonly viewName: ViewName,
    /** The connection's root in this view; undefined while it is not connected. */
    private readonly inner: () => InnerRoot | undefined,
    /** Builds the connection again (the retry of a connection that could not be built). */
    private readonly reconnect: () => void,
  ) {
    this.id = `connection:${info.key}`;
  }

  get key(): string {
    return this.info.key;
  }

  view(): NodeView {
    const i = this.info;
    const state = i.problem ? 'not connected' : i.isActive ? 'active' : undefined;
    return {
      label: i.label,
      description: [i.endpoint, state].filter(Boolean).join(' · ') || undefined,
      tooltip: [
        `**${md(i.label)}**`,
        i.endpoint ? `Endpoint: ${md(i.endpoint)}` : '',
        i.problem ? `Not connected: ${md(i.problem)}` : '',
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

  async children(ctx: LoadContext): Promise<TreeNode[]> {
    const inner = this.inner();
    if (!inner) return [new ErrorNode(this, this.info.problem ?? 'Not connected')];
    return inner.children(ctx);
  }

  /** Its root lists again; a connection that could not be built is built again. */
  refresh(): void {
    const inner = this.inner();
    if (inner) inner.refresh();
    else this.reconnect();
  }
}

/** The invisible top of a view with several connections: its children are the connection roots. */
export class ConnectionListNode implements TreeNode {
  readonly kind = 'connections' as const;
  readonly id: string;
  constructor(
    viewName: ViewName,
    private readonly roots: () => ConnectionNode[],
  ) {
    this.id = `${viewName}/connections`;
  }
  view(): NodeView {
    return { label: 'Connections', contextValue: 'connections', collapsible: 'expanded' };
  }
  async children(): Promise<TreeNode[]> {
    return this.roots();
  }
}
