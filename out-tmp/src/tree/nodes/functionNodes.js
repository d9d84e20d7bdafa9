"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FunctionVersionNode = exports.FunctionVersionsNode = exports.AttachedLayerNode = exports.FunctionLayersNode = exports.FunctionNode = exports.FunctionsRoot = void 0;
exports.runtimeIcon = runtimeIcon;
// The Functions view: root (paged ListFunctions with a name filter) → function → Layers / Versions.
const codeUri_1 = require("../../code/codeUri");
const contentsNodes_1 = require("./contentsNodes");
const layerArn_1 = require("../../aws/layerArn");
const runtimes_1 = require("../../layers/runtimes");
const treeNode_1 = require("../treeNode");
const format_1 = require("../../ui/format");
const format_2 = require("./format");
const pagedNode_1 = require("./pagedNode");
class FunctionsRoot extends pagedNode_1.PagedNode {
    id = 'functions';
    kind = 'functionsRoot';
    filter;
    constructor(services, parent) {
        super(services, (signal, startingMarker) => services.lambda.listFunctions({ signal, startingMarker, pageSize: services.pageSize }), parent);
    }
    view() {
        return { label: 'Functions', contextValue: 'functionsRoot', collapsible: 'expanded' };
    }
    keyOf(fn) {
        return fn.arn;
    }
    makeNode(fn) {
        return new FunctionNode(this.services, fn, this);
    }
    accepts(fn) {
        return (0, pagedNode_1.matchesFilter)(fn.name, this.filter);
    }
    emptyMessage() {
        return this.filter ? `No function name contains "${this.filter}"` : 'No functions in this Region';
    }
}
exports.FunctionsRoot = FunctionsRoot;
function runtimeIcon(fn) {
    if (fn.packageType === 'Image')
        return { media: 'runtime-image' };
    return { media: `runtime-${(0, runtimes_1.runtimeFamily)(fn.runtime) ?? 'unknown'}` };
}
function functionTooltip(fn, now) {
    const rt = (0, runtimes_1.assessRuntime)(fn.runtime, now);
    const lines = [
        `**${(0, treeNode_1.md)(fn.name)}**${fn.version !== '$LATEST' ? ` version ${(0, treeNode_1.md)(fn.version)}` : ''}`,
        '',
        fn.description ? `${(0, treeNode_1.md)(fn.description)}\n` : '',
        `- Runtime: ${fn.packageType === 'Image' ? 'container image' : (0, treeNode_1.md)(fn.runtime ?? 'unknown')}${rt.note ? ` — ${(0, treeNode_1.md)(rt.note)}` : ''}`,
        fn.handler ? `- Handler: ${(0, treeNode_1.mdCode)(fn.handler)}` : '',
        `- Memory: ${fn.memorySize ?? '?'} MB, timeout ${fn.timeout ?? '?'} s, ${(0, treeNode_1.md)(fn.architectures.join(', '))}`,
        `- Code: ${(0, format_1.formatBytes)(fn.codeSize)}`,
        fn.lastModified ? `- Last modified: ${(0, treeNode_1.md)(fn.lastModified)}` : '',
        `- Layers: ${fn.layers.length}`,
        `\n${(0, treeNode_1.mdCode)(fn.arn)}`,
    ];
    return lines.filter((l) => l !== '').join('\n');
}
class FunctionNode {
    services;
    fn;
    parent;
    id;
    kind = 'function';
    resource;
    layersNode;
    versionsNode;
    contents;
    constructor(services, fn, parent) {
        this.services = services;
        this.fn = fn;
        this.parent = parent;
        this.id = fn.arn;
        this.resource = { kind: 'function', arn: fn.arn, name: fn.name };
    }
    view() {
        const fn = this.fn;
        const now = this.services.now();
        const runtime = fn.packageType === 'Image' ? 'image' : (fn.runtime ?? '?');
        const deprecated = fn.packageType !== 'Image' && (0, runtimes_1.isDeprecated)(fn.runtime, now);
        return {
            label: fn.name,
            description: [
                runtime,
                fn.memorySize ? `${fn.memorySize} MB` : undefined,
                fn.lastModified ? (0, format_2.relativeTime)(fn.lastModified, now) : undefined,
            ]
                .filter(Boolean)
                .join(' · '),
            tooltip: functionTooltip(fn, now),
            icon: runtimeIcon(fn),
            contextValue: 'function',
            collapsible: 'collapsed',
            warning: deprecated ? { badge: '!', tooltip: (0, runtimes_1.assessRuntime)(fn.runtime, now).note } : undefined,
        };
    }
    async children() {
        this.layersNode ??= new FunctionLayersNode(this.services, this);
        this.versionsNode ??= new FunctionVersionsNode(this.services, this);
        this.contents ??= zipContents(this.services, this.fn, '$LATEST', this);
        return [this.layersNode, this.versionsNode, ...this.contents];
    }
    /** Re-reads this function only (its configuration and its children). */
    async reload(signal) {
        const config = await this.services.lambda.getFunctionConfiguration(this.fn.name, { signal });
        this.fn = config;
        this.refresh();
    }
    refresh() {
        this.layersNode = undefined;
        this.versionsNode?.dispose();
        this.versionsNode = undefined;
        // $LATEST may have new code (a deploy): list it again from a fresh download link.
        for (const c of this.contents ?? [])
            this.services.code?.forget(c.target);
        this.contents = undefined;
    }
    dispose() {
        this.refresh();
    }
}
exports.FunctionNode = FunctionNode;
/** Loads what the "outdated" and "deleted" marks need; without it the layers still show, unmarked. */
async function ensureCatalog(services, ctx, layers) {
    try {
        await services.catalog.ensure(ctx.signal);
        await services.catalog.checkVersions(layers.map((l) => l.arn), ctx.signal);
    }
    catch (e) {
        // Not knowing what is outdated or deleted must not hide the layers.
        if (!ctx.signal.aborted)
            services.log?.error('Could not load the latest layer versions (no outdated or deleted marks)', e);
    }
}
/** "Layers": the function's attached layer versions, in merge order. */
class FunctionLayersNode {
    services;
    parent;
    id;
    kind = 'functionLayers';
    constructor(services, parent) {
        this.services = services;
        this.parent = parent;
        this.id = `${parent.id}/layers`;
    }
    get layers() {
        return this.parent.fn.layers;
    }
    view() {
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
    async children(ctx) {
        await ensureCatalog(this.services, ctx, this.layers);
        return this.layers.map((l, i, all) => new AttachedLayerNode(this.services, l, i, this, false, all.length));
    }
}
exports.FunctionLayersNode = FunctionLayersNode;
/** One attached layer version, marked when a newer version of that layer exists. */
class AttachedLayerNode {
    services;
    layer;
    index;
    parent;
    frozen;
    count;
    id;
    kind = 'attachedLayer';
    resource;
    constructor(services, layer, index, parent, 
    /** Part of a published version's frozen layer set. */
    frozen = false, 
    /** How many layers the function has (the first cannot move up, the last not down). */
    count = Number.POSITIVE_INFINITY) {
        this.services = services;
        this.layer = layer;
        this.index = index;
        this.parent = parent;
        this.frozen = frozen;
        this.count = count;
        this.id = `${parent.id}/${index}:${layer.arn}`;
        const p = (0, layerArn_1.parseLayerVersionArn)(layer.arn);
        this.resource = p
            ? { kind: 'layerVersion', arn: layer.arn, name: p.layerName, version: String(p.version) }
            : undefined;
    }
    view() {
        const catalog = this.services.catalog;
        const deleted = catalog.isDeleted(this.layer.arn);
        const newer = catalog.newerThan(this.layer.arn);
        const size = this.layer.codeSize !== undefined ? (0, format_1.formatBytes)(this.layer.codeSize) : undefined;
        // A published version's layer set cannot change: a newer layer version is news, not something to act on.
        const status = deleted
            ? 'deleted'
            : newer
                ? this.frozen
                    ? `version ${newer.version} exists`
                    : `outdated: version ${newer.version} available`
                : undefined;
        const label = (0, layerArn_1.layerVersionLabel)(this.layer.arn);
        const actionable = !!newer && !this.frozen;
        return {
            label,
            description: [`#${this.index + 1}`, size, status].filter(Boolean).join(' · '),
            tooltip: [
                `**${(0, treeNode_1.md)(label)}**${deleted ? ' (deleted)' : ''}`,
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
                (0, treeNode_1.mdCode)(this.layer.arn),
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
exports.AttachedLayerNode = AttachedLayerNode;
/** "Versions": the function's published versions (ListVersionsByFunction, paged). */
class FunctionVersionsNode extends pagedNode_1.PagedNode {
    parent;
    id;
    kind = 'functionVersions';
    constructor(services, parent) {
        super(services, (signal, startingMarker) => services.lambda.listVersionsByFunction(parent.fn.name, {
            signal,
            startingMarker,
            pageSize: services.pageSize,
        }), parent);
        this.parent = parent;
        this.id = `${parent.id}/versions`;
    }
    view() {
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
    keyOf(v) {
        return v.arn;
    }
    accepts(v) {
        return v.version !== '$LATEST';
    }
    makeNode(v) {
        return new FunctionVersionNode(this.services, v, this);
    }
    emptyMessage() {
        return 'No published versions';
    }
}
exports.FunctionVersionsNode = FunctionVersionsNode;
/** A published version, with the layer set it froze. */
class FunctionVersionNode {
    services;
    fn;
    parent;
    id;
    kind = 'functionVersion';
    resource;
    contents;
    constructor(services, fn, parent) {
        this.services = services;
        this.fn = fn;
        this.parent = parent;
        this.id = fn.arn;
        this.resource = { kind: 'functionVersion', arn: fn.arn, name: fn.name, version: fn.version };
        this.contents = zipContents(services, fn, fn.version, this);
    }
    view() {
        const layers = this.fn.layers.map((l) => (0, layerArn_1.layerVersionLabel)(l.arn));
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
    async children(ctx) {
        if (this.fn.layers.length === 0)
            return [new pagedNode_1.MessageNode(this, 'No layers'), ...this.contents];
        await ensureCatalog(this.services, ctx, this.fn.layers);
        return [
            ...this.fn.layers.map((l, i, all) => new AttachedLayerNode(this.services, l, i, this, true, all.length)),
            ...this.contents,
        ];
    }
}
exports.FunctionVersionNode = FunctionVersionNode;
/** Contents of a zip-packaged function (container images have no archive to browse). */
function zipContents(services, fn, qualifier, parent) {
    return fn.packageType === 'Image'
        ? []
        : (0, contentsNodes_1.contentsFor)(services, (0, codeUri_1.functionTargetFromArn)(fn.arn, qualifier), parent);
}
//# sourceMappingURL=functionNodes.js.map