// "Contents" under a layer version, a function and a published function version: the archive's folders, read
// lazily from its central directory (never the whole archive). Each node owns its children; a file opens in a
// read-only editor (lambdaExplorer.code.openFile). No vscode.
import type { TreeItem } from '../../code/archiveTree';
import type { CodeStore } from '../../code/codeStore';
import type { CodeLocation, CodeTarget } from '../../code/codeUri';
import { formatBytes } from '../../ui/format';
import { md } from '../treeNode';
import type { LoadContext, NodeView, TreeNode } from '../treeNode';
import { ErrorNode, MessageNode } from './pagedNode';
import type { TreeServices } from './treeServices';

/** Folders and files of one folder of the archive. */
async function childrenOf(
  services: TreeServices & { code: CodeStore },
  owner: ContentsNode | CodeFolderNode,
  loc: CodeLocation,
  ctx: LoadContext,
): Promise<TreeNode[]> {
  let items: TreeItem[];
  try {
    items = await services.code.readDirectory(loc, ctx.signal);
  } catch (e) {
    return [new ErrorNode(owner, services.describeError(e))];
  }
  if (items.length === 0) return [new MessageNode(owner, 'Empty archive')];
  return items.map((i) =>
    i.type === 'directory'
      ? new CodeFolderNode(services, { target: loc.target, path: i.path }, owner)
      : new CodeFileNode({ target: loc.target, path: i.path }, i.entry?.size ?? 0, owner),
  );
}

export class ContentsNode implements TreeNode {
  readonly id: string;
  readonly kind = 'contents' as const;
  private summary: string | undefined;

  constructor(
    private readonly services: TreeServices & { code: CodeStore },
    readonly target: CodeTarget,
    readonly parent: TreeNode,
  ) {
    this.id = `${parent.id}/contents`;
  }

  view(): NodeView {
    return {
      label: 'Contents',
      description: this.summary ?? 'expand to list files',
      tooltip:
        'The files of the published archive, listed from its central directory with HTTP Range requests: files are downloaded one at a time when opened.',
      icon: { codicon: 'file-zip' },
      contextValue: this.target.kind === 'layer' ? 'contents.layer' : 'contents.function',
      collapsible: 'collapsed',
    };
  }

  async children(ctx: LoadContext): Promise<TreeNode[]> {
    const nodes = await childrenOf(this.services, this, { target: this.target, path: '' }, ctx);
    const a = await this.services.code.archive(this.target, ctx.signal).catch(() => undefined);
    if (a) {
      const files = a.tree.filePaths().length;
      const size = a.directory.entries.reduce((s, e) => s + e.size, 0);
      const summary = `${files} file${files === 1 ? '' : 's'} · ${formatBytes(size)} unzipped`;
      if (summary !== this.summary) {
        this.summary = summary;
        this.services.changed(this);
      }
    }
    return nodes;
  }
}

export class CodeFolderNode implements TreeNode {
  readonly id: string;
  readonly kind = 'codeFolder' as const;

  constructor(
    private readonly services: TreeServices & { code: CodeStore },
    readonly location: CodeLocation,
    readonly parent: TreeNode,
  ) {
    this.id = `${contentsOf(parent).id}/${location.path}/`;
  }

  view(): NodeView {
    return {
      label: this.location.path.slice(this.location.path.lastIndexOf('/') + 1),
      icon: { codicon: 'folder' },
      contextValue: 'codeFolder',
      collapsible: 'collapsed',
    };
  }

  children(ctx: LoadContext): Promise<TreeNode[]> {
    return childrenOf(this.services, this, this.location, ctx);
  }
}

export class CodeFileNode implements TreeNode {
  readonly id: string;
  readonly kind = 'codeFile' as const;

  constructor(
    readonly location: CodeLocation,
    readonly size: number,
    readonly parent: TreeNode,
  ) {
    this.id = `${contentsOf(parent).id}/${location.path}`;
  }

  view(): NodeView {
    const name = this.location.path.slice(this.location.path.lastIndexOf('/') + 1);
    return {
      label: name,
      description: formatBytes(this.size),
      tooltip: `\`${md(this.location.path)}\` (${formatBytes(this.size)} unzipped)`,
      icon: { codicon: 'file' },
      contextValue: 'codeFile',
      collapsible: 'none',
      command: { id: 'lambdaExplorer.code.openFile', title: 'Open File' },
    };
  }
}

/** The Contents node a folder or file belongs to. */
export function contentsOf(n: TreeNode): ContentsNode {
  for (let x: TreeNode | undefined = n; x; x = x.parent) if (x.kind === 'contents') return x as ContentsNode;
  throw new Error('Not under a Contents node');
}

/** A Contents node when code browsing is available for this connection. */
export function contentsFor(
  services: TreeServices,
  target: CodeTarget | undefined,
  parent: TreeNode,
): ContentsNode[] {
  const code = services.code;
  return code && target ? [new ContentsNode({ ...services, code }, target, parent)] : [];
}
