// The Layers view: root (paged ListLayers, runtime/architecture filter + name filter) → layer (paged
// ListLayerVersions, newest first) → version → "Used by" (computed from ListFunctions pages).
import type { LayerUser } from '../../aws/usedByIndex';
import type { Architecture, LayerSummary, LayerVersionSummary } from '../../aws/lambdaService';
import type { ResourceRef } from '../../aws/resourceRef';
import { layerNameForCalls } from '../../aws/layerArn';
import { statementToGrant } from '../../aws/policy';
import { md, mdCode } from '../treeNode';
import type { LoadContext, NodeView, TreeNode } from '../treeNode';
import { plural } from '../../ui/displayText';
import { layerTargetFromArn } from '../../code/codeUri';
import { contentsFor } from './contentsNodes';
import { parseAwsDate } from './format';
import { ErrorNode, matchesFilter, MessageNode, PagedNode } from './pagedNode';
import { describeLoadFailure } from './treeServices';
import type { TreeServices } from './treeServices';

export interface LayerListFilter {
  runtime?: string;
  architecture?: Architecture;
}

export class LayersRoot extends PagedNode<LayerSummary> {
  readonly id = 'layers';
  readonly kind = 'layersRoot' as const;
  filter: string | undefined;

  constructor(
    services: TreeServices,
    /** Server-side filters (ListLayers' CompatibleRuntime / CompatibleArchitecture). */
    readonly listFilter: LayerListFilter = {},
    parent?: TreeNode,
  ) {
    super(
      services,
      (signal, startingMarker) =>
        services.lambda.listLayers({ signal, startingMarker, pageSize: services.pageSize, ...listFilter }),
      parent,
    );
  }
  view(): NodeView {
    return { label: 'Layers', contextValue: 'layersRoot', collapsible: 'expanded' };
  }
  protected keyOf(l: LayerSummary): string {
    return l.arn;
  }
  protected makeNode(l: LayerSummary): TreeNode {
    return new LayerNode(this.services, l, this);
  }
  override accepts(l: LayerSummary): boolean {
    return matchesFilter(l.name, this.filter);
  }
  protected emptyMessage(): string {
    if (this.filter) return `No layer name contains "${this.filter}"`;
    if (this.listFilter.runtime || this.listFilter.architecture)
      return 'No layers match the runtime/architecture filter';
    return 'No layers in this Region';
  }
}

function shortDate(s: string | undefined): string | undefined {
  return s ? (parseAwsDate(s)?.toISOString().slice(0, 10) ?? s) : undefined;
}

export class LayerNode extends PagedNode<LayerVersionSummary> {
  readonly id: string;
  readonly kind = 'layer' as const;
  readonly resource: ResourceRef;

  constructor(
    services: TreeServices,
    public layer: LayerSummary,
    override readonly parent: LayersRoot,
  ) {
    super(
      services,
      (signal, startingMarker) =>
        services.lambda.listLayerVersions(layer.name, {
          signal,
          startingMarker,
          pageSize: services.pageSize,
          ...parent.listFilter,
        }),
      parent,
    );
    this.id = layer.arn;
    this.resource = { kind: 'layer', arn: layer.arn, name: layer.name };
  }
  view(): NodeView {
    const latest = this.layer.latest;
    return {
      label: this.layer.name,
      description: latest
        ? [`v${latest.version}`, latest.compatibleRuntimes.join(', ') || undefined]
            .filter(Boolean)
            .join(' · ')
        : undefined,
      tooltip: [
        `**${md(this.layer.name)}**`,
        latest?.description ? `\n${md(latest.description)}` : '',
        latest
          ? `\nLatest version: ${latest.version}, created ${md(shortDate(latest.createdDate) ?? '?')}`
          : '',
        `\n${mdCode(this.layer.arn)}`,
      ].join('\n'),
      icon: { codicon: 'layers' },
      contextValue: 'layer',
      collapsible: 'collapsed',
    };
  }
  protected keyOf(v: LayerVersionSummary): string {
    return v.arn;
  }
  protected makeNode(v: LayerVersionSummary): TreeNode {
    return new LayerVersionNode(this.services, v, this);
  }

  /** A version published since the layer was listed becomes its latest. */
  observeVersion(v: LayerVersionSummary): void {
    if (!this.layer.latest || v.version > this.layer.latest.version)
      this.layer = { ...this.layer, latest: v };
  }
  protected emptyMessage(): string {
    return 'No versions';
  }
}

export class LayerVersionNode implements TreeNode {
  readonly id: string;
  readonly kind = 'layerVersion' as const;
  readonly resource: ResourceRef;
  private usedByNode: UsedByNode | undefined;
  private contents: TreeNode[] | undefined;
  /** Whether its policy grants everyone (`*`, no condition): read when the version is expanded. */
  isPublic: boolean | undefined;

  constructor(
    private readonly services: TreeServices,
    readonly version: LayerVersionSummary,
    readonly parent: TreeNode,
  ) {
    this.id = version.arn;
    this.resource = {
      kind: 'layerVersion',
      arn: version.arn,
      name: version.layerName,
      version: String(version.version),
    };
  }
  view(): NodeView {
    const v = this.version;
    return {
      label: `Version ${v.version}`,
      description: [
        this.isPublic ? 'public' : undefined,
        v.compatibleRuntimes.join(', ') || 'any runtime',
        v.compatibleArchitectures.join(', ') || undefined,
        shortDate(v.createdDate),
      ]
        .filter(Boolean)
        .join(' · '),
      tooltip: [
        `**${md(v.layerName)}** version ${v.version}`,
        v.description ? `\n${md(v.description)}` : '',
        `\n- Runtimes: ${md(v.compatibleRuntimes.join(', ') || 'not specified')}`,
        `- Architectures: ${md(v.compatibleArchitectures.join(', ') || 'not specified')}`,
        `- Created: ${md(v.createdDate ?? '?')}`,
        `- License: ${md(v.licenseInfo ?? 'not specified')}`,
        this.isPublic ? '- **Public**: any AWS account may use this version' : '',
        `\n${mdCode(v.arn)}`,
      ]
        .filter((line) => line !== '')
        .join('\n'),
      icon: { codicon: this.isPublic ? 'globe' : 'package' },
      contextValue: 'layerVersion',
      collapsible: 'collapsed',
    };
  }
  async children(ctx?: LoadContext): Promise<TreeNode[]> {
    this.usedByNode ??= new UsedByNode(this.services, this);
    this.contents ??= contentsFor(this.services, layerTargetFromArn(this.version.arn), this);
    if (this.isPublic === undefined) void this.readPublic(ctx?.signal);
    return [this.usedByNode, ...this.contents];
  }

  /** One policy read per expanded version; another account's (AccessDenied) or a failure shows no badge. */
  private async readPublic(signal?: AbortSignal): Promise<void> {
    const v = this.version;
    try {
      const policy = await this.services.lambda.getLayerVersionPolicy(
        layerNameForCalls(v.arn, v.layerName),
        v.version,
        signal ? { signal } : {},
      );
      this.isPublic =
        policy?.document.statements.some((st) => statementToGrant(st)?.kind === 'public') ?? false;
    } catch {
      this.isPublic = false;
      return;
    }
    if (this.isPublic) this.services.changed(this);
  }
}

/** "Used by": the functions and published function versions that reference exactly this layer version. */
export class UsedByNode implements TreeNode {
  readonly id: string;
  readonly kind = 'usedBy' as const;
  loadError: string | undefined;

  constructor(
    private readonly services: TreeServices,
    readonly parent: LayerVersionNode,
  ) {
    this.id = `${parent.id}/usedBy`;
  }

  get users(): LayerUser[] | undefined {
    return this.services.usedBy.usersOf(this.parent.version.arn);
  }

  view(): NodeView {
    const users = this.users;
    return {
      label: 'Used by',
      description: users === undefined ? 'expand to scan functions' : plural(users.length, 'function'),
      tooltip:
        'Functions and published versions that reference exactly this layer version, computed from all ListFunctions pages (FunctionVersion=ALL). Refresh to scan again.',
      icon: { codicon: 'references' },
      // " noLatest": only published versions (which cannot change) use it: nothing to update to another version.
      contextValue:
        users !== undefined && !users.some((u) => u.version === '$LATEST') ? 'usedBy noLatest' : 'usedBy',
      collapsible: 'collapsed',
    };
  }

  async children(ctx: LoadContext): Promise<TreeNode[]> {
    if (!this.services.usedBy.isBuilt) {
      // A failed scan stays failed until a retry: rendering again must not start another pass (the view asks
      // for children again whenever this node changes, which made a loop of failing scans).
      if (this.loadError) return [new ErrorNode(this, this.loadError)];
      try {
        await this.services.usedBy.ensure(ctx.signal);
      } catch (e) {
        // This view gave up on the load (it went away): not a failure to show.
        if (ctx.signal.aborted) throw e;
        this.loadError = describeLoadFailure(this.services, 'the functions that use layer versions', e);
        return [new ErrorNode(this, this.loadError)];
      }
      // The count in this node's own description changed; it is built now, so rendering again does not scan.
      this.services.changed(this);
    }
    const users = this.users ?? [];
    if (users.length === 0) return [new MessageNode(this, 'No function uses this version')];
    return users.map((u) => new UsedByFunctionNode(u, this));
  }

  /** Retry or refresh: scan again (the index is shared by every layer version). A failure is kept for the error node. */
  async retry(signal?: AbortSignal): Promise<void> {
    this.loadError = undefined;
    try {
      await this.services.usedBy.rebuild(signal);
    } catch (e) {
      this.loadError = this.services.describeError(e);
      throw e;
    }
  }
}

export class UsedByFunctionNode implements TreeNode {
  readonly id: string;
  readonly kind = 'usedByFunction' as const;
  readonly resource: ResourceRef;
  constructor(
    readonly user: LayerUser,
    readonly parent: TreeNode,
  ) {
    this.id = `${parent.id}/${user.arn}`;
    this.resource = {
      kind: user.version === '$LATEST' ? 'function' : 'functionVersion',
      arn: user.arn,
      name: user.functionName,
      version: user.version === '$LATEST' ? undefined : user.version,
    };
  }
  view(): NodeView {
    const u = this.user;
    return {
      label: u.functionName,
      description: [
        u.version === '$LATEST' ? '$LATEST' : `version ${u.version}`,
        `position ${u.position}`,
        u.runtime,
      ]
        .filter(Boolean)
        .join(' · '),
      tooltip: mdCode(u.arn),
      icon: { codicon: u.version === '$LATEST' ? 'symbol-function' : 'tag' },
      contextValue: 'usedByFunction',
      collapsible: 'none',
    };
  }
}
