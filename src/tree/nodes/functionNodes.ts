// The Functions view: root (paged ListFunctions with a name filter) → function → Layers / Versions.
import { layerVersionLabel, parseLayerVersionArn } from '../../aws/layerArn';
import type { AttachedLayer, FunctionSummary } from '../../aws/lambdaService';
import { assessRuntime, isDeprecated, runtimeFamily } from '../../layers/runtimes';
import type { ResourceRef } from '../../aws/resourceRef';
import { md } from '../treeNode';
import type { IconSpec, LoadContext, NodeView, TreeNode } from '../treeNode';
import { formatBytes } from '../../ui/format';
import { relativeTime } from './format';
import { matchesFilter, MessageNode, PagedNode } from './pagedNode';
import type { TreeServices } from './treeServices';

export class FunctionsRoot extends PagedNode<FunctionSummary> {
  readonly id = 'functions';
  readonly kind = 'functionsRoot' as const;
  filter: string | undefined;

  constructor(services: TreeServices) {
    super(services, (signal, startingMarker) =>
      services.lambda.listFunctions({ signal, startingMarker, pageSize: services.pageSize }),
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
    fn.handler ? `- Handler: \`${fn.handler.replace(/`/g, '')}\`` : '',
    `- Memory: ${fn.memorySize ?? '?'} MB, timeout ${fn.timeout ?? '?'} s, ${fn.architectures.join(', ')}`,
    `- Code: ${formatBytes(fn.codeSize)}`,
    fn.lastModified ? `- Last modified: ${md(fn.lastModified)}` : '',
    `- Layers: ${fn.layers.length}`,
  ];
  return lines.filter((l) => l !== '').join('\n');
}

export class FunctionNode implements TreeNode {
  readonly id: string;
  readonly kind = 'function' as const;
  readonly resource: ResourceRef;
  private layersNode: FunctionLayersNode | undefined;
  private versionsNode: FunctionVersionsNode | undefined;

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
    return [this.layersNode, this.versionsNode];
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
  }

  dispose(): void {
    this.refresh();
  }
}

/** Loads the latest-version catalog that "outdated" marks need; without it the layers still show, unmarked. */
async function ensureCatalog(services: TreeServices, ctx: LoadContext): Promise<void> {
  try {
    await services.catalog.ensure(ctx.signal);
  } catch {
    // Not knowing what is outdated must not hide the layers.
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
    await ensureCatalog(this.services, ctx);
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
    const newer = this.services.catalog.newerThan(this.layer.arn);
    const size = this.layer.codeSize !== undefined ? formatBytes(this.layer.codeSize) : undefined;
    const parts = [
      `#${this.index + 1}`,
      size,
      newer ? `outdated: version ${newer.version} available` : undefined,
    ];
    return {
      label: layerVersionLabel(this.layer.arn),
      description: parts.filter(Boolean).join(' · '),
      tooltip: [
        `**${md(layerVersionLabel(this.layer.arn))}**`,
        '',
        `Position ${this.index + 1} in merge order (later layers overwrite earlier ones in /opt).`,
        newer ? `\nA newer version exists: **${newer.version}**.` : '',
        '',
        `\`${this.layer.arn}\``,
      ].join('\n'),
      icon: newer ? { codicon: 'arrow-circle-up', color: 'warning' } : { codicon: 'layers' },
      // Under a published version the layer set is frozen: no detach / move / upgrade in its menu.
      // " first" / " last": Move Up / Move Down are not offered where they cannot do anything.
      contextValue: [
        this.frozen ? 'frozenLayer' : 'attachedLayer',
        newer ? 'outdated' : undefined,
        this.index === 0 ? 'first' : undefined,
        this.index === this.count - 1 ? 'last' : undefined,
      ]
        .filter(Boolean)
        .join(' '),
      collapsible: 'none',
      warning: newer
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
  constructor(
    private readonly services: TreeServices,
    readonly fn: FunctionSummary,
    readonly parent: TreeNode,
  ) {
    this.id = fn.arn;
    this.resource = { kind: 'functionVersion', arn: fn.arn, name: fn.name, version: fn.version };
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
      collapsible: this.fn.layers.length > 0 ? 'collapsed' : 'none',
    };
  }
  async children(ctx: LoadContext): Promise<TreeNode[]> {
    if (this.fn.layers.length === 0) return [new MessageNode(this, 'No layers')];
    await ensureCatalog(this.services, ctx);
    return this.fn.layers.map(
      (l, i, all) => new AttachedLayerNode(this.services, l, i, this, true, all.length),
    );
  }
}
