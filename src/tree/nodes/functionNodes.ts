// The Functions view: root (paged ListFunctions with a name filter) → function → Layers / Versions.
import { functionTargetFromArn } from '../../code/codeUri';
import { contentsFor } from './contentsNodes';
import type { ContentsNode } from './contentsNodes';
import { layerVersionLabel, parseLayerVersionArn } from '../../aws/layerArn';
import type { AttachedLayer, FunctionSummary } from '../../aws/lambdaService';
import { assessRuntime, isDeprecated, runtimeFamily } from '../../layers/runtimes';
import type { ResourceRef } from '../../aws/resourceRef';
import { md, mdCode } from '../treeNode';
import type { IconSpec, LoadContext, NodeView, TreeNode } from '../treeNode';
import { formatBytes } from '../../ui/format';
import { relativeTime } from './format';
import { matchesFilter, MessageNode, PagedNode } from './pagedNode';
import type { TreeServices } from './treeServices';

export class FunctionsRoot extends PagedNode<FunctionSummary> {
  readonly id = 'functions';
  readonly kind = 'functionsRoot' as const;
  filter: string | undefined;

  constructor(services: TreeServices, parent?: TreeNode) {
    super(
      services,
      (signal, startingMarker) =>
        services.lambda.listFunctions({ signal, startingMarker, pageSize: services.pageSize }),
      parent,
    );
  }

  view(): NodeView {
    return { label: 'Functions', contextValue: 'functionsRoot', collapsible: 'expanded' };
  }
  protected keyOf(fn: FunctionSummary): string {
    return fn.arn;
  }
  protected makeNode(fn: FunctionSummary): TreeNode {
    return new FunctionNode(this.services, fn, this);
  }
  override accepts(fn: FunctionSummary): boolean {
    return matchesFilter(fn.name, this.filter);
  }
  protected emptyMessage(): string {
    return this.filter ? `No function name contains "${this.filter}"` : 'No functions in this Region';
  }
}

export function runtimeIcon(fn: Pick<FunctionSummary, 'runtime' | 'packageType'>): IconSpec {
  if (fn.packageType === 'Image') return { media: 'runtime-image' };
  return { media: `runtime-${runtimeFamily(fn.runtime) ?? 'unknown'}` };
}

function functionTooltip(fn: FunctionSummary, now: Date): string {
  const rt = assessRuntime(fn.runtime, now);
  const lines = [
    `**${md(fn.name)}**${fn.version !== '$LATEST' ? ` version ${md(fn.version)}` : ''}`,
    '',
    fn.description ? `${md(fn.description)}\n` : '',
    `- Runtime: ${fn.packageType === 'Image' ? 'container image' : md(fn.runtime ?? 'unknown')}${rt.note ? ` — ${md(rt.note)}` : ''}`,
    fn.handler ? `- Handler: ${mdCode(fn.handler)}` : '',
    `- Memory: ${fn.memorySize ?? '?'} MB, timeout ${fn.timeout ?? '?'} s, ${md(fn.architectures.join(', '))}`,
    `- Code: ${formatBytes(fn.codeSize)}`,
    fn.lastModified ? `- Last modified: ${md(fn.lastModified)}` : '',
    `- Layers: ${fn.layers.length}`,
    `\n${mdCode(fn.arn)}`,
  ];
  return lines.filter((l) => l !== '').join('\n');
}

export class FunctionNode implements TreeNode {
  readonly id: string;
  readonly kind = 'function' as const;
  readonly resource: ResourceRef;
  private layersNode: FunctionLayersNode | undefined;
  private versionsNode: FunctionVersionsNode | undefined;
  private contents: TreeNode[] | undefined;

  constructor(
    private readonly services: TreeServices,
    public fn: FunctionSummary,
    readonly parent: TreeNode,
  ) {
    this.id = fn.arn;
    this.resource = { kind: 'function', arn: fn.arn, name: fn.name };
  }

  view(): NodeView {
    const fn = this.fn;
    const now = this.services.now();
    const runtime = fn.packageType === 'Image' ? 'image' : (fn.runtime ?? '?');
    const deprecated = fn.packageType !== 'Image' && isDeprecated(fn.runtime, now);
    return {
      label: fn.name,
      description: [
        runtime,
        fn.memorySize ? `${fn.memorySize} MB` : undefined,
        fn.lastModified ? relativeTime(fn.lastModified, now) : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      tooltip: functionTooltip(fn, now),
      icon: runtimeIcon(fn),
      contextValue: 'function',
      collapsible: 'collapsed',
      warning: deprecated ? { badge: '!', tooltip: assessRuntime(fn.runtime, now).note } : undefined,
    };
  }

  async children(): Promise<TreeNode[]> {
    this.layersNode ??= new FunctionLayersNode(this.services, this);
    this.versionsNode ??= new FunctionVersionsNode(this.services, this);
    this.contents ??= zipContents(this.services, this.fn, '$LATEST', this);
    return [this.layersNode, this.versionsNode, ...this.contents];
  }

  /** Re-reads this function only (its configuration and its children). */
  async reload(signal?: AbortSignal): Promise<void> {
    const config = await this.services.lambda.getFunctionConfiguration(this.fn.name, { signal });
    this.fn = config;
    this.refresh();
  }

  refresh(): void {
    this.layersNode = undefined;
    this.versionsNode?.dispose();
    this.versionsNode = undefined;
    // $LATEST may have new code (a deploy): list it again from a fresh download link.
    for (const c of this.contents ?? []) this.services.code?.forget((c as ContentsNode).target);
    this.contents = undefined;
  }

  dispose(): void {
    this.refresh();
  }
}

/** Loads what the "outdated" and "deleted" marks need; without it the layers still show, unmarked. */
async function ensureCatalog(
  services: TreeServices,
  ctx: LoadContext,
  layers: AttachedLayer[],
): Promise<void> {
  try {
    await services.catalog.ensure(ctx.signal);
    await services.catalog.checkVersions(
      layers.map((l) => l.arn),
      ctx.signal,
    );
  } catch (e) {
    // Not knowing what is outdated or deleted must not hide the layers.
    if (!ctx.signal.aborted)
      services.log?.error('Could not load the latest layer versions (no outdated or deleted marks)', e);
  }
}

/** "Layers": the function's attached layer versions, in merge order. */
export class FunctionLayersNode implements TreeNode {
  readonly id: string;
  readonly kind = 'functionLayers' as const;
  constructor(
    private readonly services: TreeServices,
    readonly parent: FunctionNode,
  ) {
    this.id = `${parent.id}/layers`;
  }

  private get layers(): AttachedLayer[] {
    return this.parent.fn.layers;
  }

  view(): NodeView {
    const image = this.parent.fn.packageType === 'Image';
    return {
      label: 'Layers',
      description: image ? 'not available for container images' : `${this.layers.length} of 5`,
      tooltip: 'Layers are merged into /opt in this order: a later layer overwrites files of an earlier one.',
      icon: { codicon: 'layers' },
      contextValue: 'functionLayers',
      collapsible: this.layers.length > 0 ? 'collapsed' : 'none',
    };
  }

  async children(ctx: LoadContext): Promise<TreeNode[]> {
    await ensureCatalog(this.services, ctx, this.layers);
    return this.layers.map(
      (l, i, all) => new AttachedLayerNode(this.services, l, i, this, false, all.length),
    );
  }
}

/** One attached layer version, marked when a newer version of that layer exists. */
export class AttachedLayerNode implements TreeNode {
  readonly id: string;
  readonly kind = 'attachedLayer' as const;
  readonly resource: ResourceRef | undefined;

  constructor(
    private readonly services: TreeServices,
    readonly layer: AttachedLayer,
    readonly index: number,
    readonly parent: TreeNode,
    /** Part of a published version's frozen layer set. */
    readonly frozen = false,
    /** How many layers the function has (the first cannot move up, the last not down). */
    readonly count = Number.POSITIVE_INFINITY,
  ) {
    this.id = `${parent.id}/${index}:${layer.arn}`;
    const p = parseLayerVersionArn(layer.arn);
    this.resource = p
      ? { kind: 'layerVersion', arn: layer.arn, name: p.layerName, version: String(p.version) }
      : undefined;
  }

  view(): NodeView {
    const catalog = this.services.catalog;
    const deleted = catalog.isDeleted(this.layer.arn);
    const newer = catalog.newerThan(this.layer.arn);
    const size = this.layer.codeSize !== undefined ? formatBytes(this.layer.codeSize) : undefined;
    // A published version's layer set cannot change: a newer layer version is news, not something to act on.
    const status = deleted
      ? 'deleted'
      : newer
        ? this.frozen
          ? `version ${newer.version} exists`
          : `outdated: version ${newer.version} available`
        : undefined;
    const label = layerVersionLabel(this.layer.arn);
    const actionable = !!newer && !this.frozen;
    return {
      label,
      description: [`#${this.index + 1}`, size, status].filter(Boolean).join(' · '),
      tooltip: [
        `**${md(label)}**${deleted ? ' (deleted)' : ''}`,
        '',
        `Position ${this.index + 1} in merge order (later layers overwrite earlier ones in /opt).`,
        deleted
          ? '\nThis layer version was deleted. The function keeps its copy of the content, but the version can no longer be attached to other functions or downloaded.'
          : '',
        newer
          ? this.frozen
            ? `\nVersion **${newer.version}** of this layer exists. A published version's layers cannot change: publish a new version of the function to use it.`
            : `\nA newer version exists: **${newer.version}**.`
          : '',
        '',
        mdCode(this.layer.arn),
      ].join('\n'),
      icon: deleted
        ? { codicon: 'trash', color: 'error' }
        : actionable
          ? { codicon: 'arrow-circle-up', color: 'warning' }
          : { codicon: 'layers' },
      // Under a published version the layer set is frozen: no detach / move / upgrade in its menu.
      // A published version's layers cannot change: informational only (no upgrade, no move). Otherwise
      // " first" / " last": Move Up / Move Down are not offered where they cannot do anything.
      contextValue: this.frozen
        ? 'frozenLayer'
        : [
            'attachedLayer',
            newer ? 'outdated' : undefined,
            this.index === 0 ? 'first' : undefined,
            this.index === this.count - 1 ? 'last' : undefined,
          ]
            .filter(Boolean)
            .join(' '),
      collapsible: 'none',
      warning: deleted
        ? { badge: '✕', tooltip: 'This layer version was deleted' }
        : actionable
          ? { badge: '↑', tooltip: `Version ${newer.version} of this layer is available` }
          : undefined,
    };
  }
}

/** "Versions": the function's published versions (ListVersionsByFunction, paged). */
export class FunctionVersionsNode extends PagedNode<FunctionSummary> {
  readonly id: string;
  readonly kind = 'functionVersions' as const;
  constructor(
    services: TreeServices,
    override readonly parent: FunctionNode,
  ) {
    super(
      services,
      (signal, startingMarker) =>
        services.lambda.listVersionsByFunction(parent.fn.name, {
          signal,
          startingMarker,
          pageSize: services.pageSize,
        }),
      parent,
    );
    this.id = `${parent.id}/versions`;
  }
  view(): NodeView {
    const published = this.pager.items.filter((v) => v.version !== '$LATEST').length;
    return {
      label: 'Versions',
      description: this.pager.hasStarted
        ? `${published}${this.pager.hasMore ? '+' : ''} published`
        : undefined,
      icon: { codicon: 'versions' },
      contextValue: 'functionVersions',
      collapsible: 'collapsed',
    };
  }
  protected keyOf(v: FunctionSummary): string {
    return v.arn;
  }
  override accepts(v: FunctionSummary): boolean {
    return v.version !== '$LATEST';
  }
  protected makeNode(v: FunctionSummary): TreeNode {
    return new FunctionVersionNode(this.services, v, this);
  }
  protected emptyMessage(): string {
    return 'No published versions';
  }
}

/** A published version, with the layer set it froze. */
export class FunctionVersionNode implements TreeNode {
  readonly id: string;
  readonly kind = 'functionVersion' as const;
  readonly resource: ResourceRef;
  private readonly contents: TreeNode[];
  constructor(
    private readonly services: TreeServices,
    readonly fn: FunctionSummary,
    readonly parent: TreeNode,
  ) {
    this.id = fn.arn;
    this.resource = { kind: 'functionVersion', arn: fn.arn, name: fn.name, version: fn.version };
    this.contents = zipContents(services, fn, fn.version, this);
  }
  view(): NodeView {
    const layers = this.fn.layers.map((l) => layerVersionLabel(l.arn));
    return {
      label: `Version ${this.fn.version}`,
      description: [this.fn.description, layers.length ? `layers: ${layers.join(', ')}` : 'no layers']
        .filter(Boolean)
        .join(' · '),
      tooltip: functionTooltip(this.fn, this.services.now()),
      icon: { codicon: 'tag' },
      contextValue: 'functionVersion',
      collapsible: this.fn.layers.length > 0 || this.contents.length > 0 ? 'collapsed' : 'none',
    };
  }
  async children(ctx: LoadContext): Promise<TreeNode[]> {
    if (this.fn.layers.length === 0) return [new MessageNode(this, 'No layers'), ...this.contents];
    await ensureCatalog(this.services, ctx, this.fn.layers);
    return [
      ...this.fn.layers.map(
        (l, i, all) => new AttachedLayerNode(this.services, l, i, this, true, all.length),
      ),
      ...this.contents,
    ];
  }
}

/** Contents of a zip-packaged function (container images have no archive to browse). */
function zipContents(
  services: TreeServices,
  fn: FunctionSummary,
  qualifier: string,
  parent: TreeNode,
): TreeNode[] {
  return fn.packageType === 'Image'
    ? []
    : contentsFor(services, functionTargetFromArn(fn.arn, qualifier), parent);
}
