"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsedByFunctionNode = exports.UsedByNode = exports.LayerVersionNode = exports.LayerNode = exports.LayersRoot = void 0;
const layerArn_1 = require("../../aws/layerArn");
const policy_1 = require("../../aws/policy");
const treeNode_1 = require("../treeNode");
const displayText_1 = require("../../ui/displayText");
const codeUri_1 = require("../../code/codeUri");
const contentsNodes_1 = require("./contentsNodes");
const format_1 = require("./format");
const pagedNode_1 = require("./pagedNode");
const treeServices_1 = require("./treeServices");
class LayersRoot extends pagedNode_1.PagedNode {
    listFilter;
    id = 'layers';
    kind = 'layersRoot';
    filter;
    constructor(services, 
    /** Server-side filters (ListLayers' CompatibleRuntime / CompatibleArchitecture). */
    listFilter = {}, parent) {
        super(services, (signal, startingMarker) => services.lambda.listLayers({ signal, startingMarker, pageSize: services.pageSize, ...listFilter }), parent);
        this.listFilter = listFilter;
    }
    view() {
        return { label: 'Layers', contextValue: 'layersRoot', collapsible: 'expanded' };
    }
    keyOf(l) {
        return l.arn;
    }
    makeNode(l) {
        return new LayerNode(this.services, l, this);
    }
    accepts(l) {
        return (0, pagedNode_1.matchesFilter)(l.name, this.filter);
    }
    emptyMessage() {
        if (this.filter)
            return `No layer name contains "${this.filter}"`;
        if (this.listFilter.runtime || this.listFilter.architecture)
            return 'No layers match the runtime/architecture filter';
        return 'No layers in this Region';
    }
}
exports.LayersRoot = LayersRoot;
function shortDate(s) {
    return s ? ((0, format_1.parseAwsDate)(s)?.toISOString().slice(0, 10) ?? s) : undefined;
}
class LayerNode extends pagedNode_1.PagedNode {
    layer;
    parent;
    id;
    kind = 'layer';
    resource;
    constructor(services, layer, parent) {
        super(services, (signal, startingMarker) => services.lambda.listLayerVersions(layer.name, {
            signal,
            startingMarker,
            pageSize: services.pageSize,
            ...parent.listFilter,
        }), parent);
        this.layer = layer;
        this.parent = parent;
        this.id = layer.arn;
        this.resource = { kind: 'layer', arn: layer.arn, name: layer.name };
    }
    view() {
        const latest = this.layer.latest;
        return {
            label: this.layer.name,
            description: latest
                ? [`v${latest.version}`, latest.compatibleRuntimes.join(', ') || undefined]
                    .filter(Boolean)
                    .join(' · ')
                : undefined,
            tooltip: [
                `**${(0, treeNode_1.md)(this.layer.name)}**`,
                latest?.description ? `\n${(0, treeNode_1.md)(latest.description)}` : '',
                latest
                    ? `\nLatest version: ${latest.version}, created ${(0, treeNode_1.md)(shortDate(latest.createdDate) ?? '?')}`
                    : '',
                `\n${(0, treeNode_1.mdCode)(this.layer.arn)}`,
            ].join('\n'),
            icon: { codicon: 'layers' },
            contextValue: 'layer',
            collapsible: 'collapsed',
        };
    }
    keyOf(v) {
        return v.arn;
    }
    makeNode(v) {
        return new LayerVersionNode(this.services, v, this);
    }
    /** A version published since the layer was listed becomes its latest. */
    observeVersion(v) {
        if (!this.layer.latest || v.version > this.layer.latest.version)
            this.layer = { ...this.layer, latest: v };
    }
    emptyMessage() {
        return 'No versions';
    }
}
exports.LayerNode = LayerNode;
class LayerVersionNode {
    services;
    version;
    parent;
    id;
    kind = 'layerVersion';
    resource;
    usedByNode;
    contents;
    /** Whether its policy grants everyone (`*`, no condition): read when the version is expanded. */
    isPublic;
    constructor(services, version, parent) {
        this.services = services;
        this.version = version;
        this.parent = parent;
        this.id = version.arn;
        this.resource = {
            kind: 'layerVersion',
            arn: version.arn,
            name: version.layerName,
            version: String(version.version),
        };
    }
    view() {
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
                `**${(0, treeNode_1.md)(v.layerName)}** version ${v.version}`,
                v.description ? `\n${(0, treeNode_1.md)(v.description)}` : '',
                `\n- Runtimes: ${(0, treeNode_1.md)(v.compatibleRuntimes.join(', ') || 'not specified')}`,
                `- Architectures: ${(0, treeNode_1.md)(v.compatibleArchitectures.join(', ') || 'not specified')}`,
                `- Created: ${(0, treeNode_1.md)(v.createdDate ?? '?')}`,
                `- License: ${(0, treeNode_1.md)(v.licenseInfo ?? 'not specified')}`,
                this.isPublic ? '- **Public**: any AWS account may use this version' : '',
                `\n${(0, treeNode_1.mdCode)(v.arn)}`,
            ]
                .filter((line) => line !== '')
                .join('\n'),
            icon: { codicon: this.isPublic ? 'globe' : 'package' },
            contextValue: 'layerVersion',
            collapsible: 'collapsed',
        };
    }
    async children(ctx) {
        this.usedByNode ??= new UsedByNode(this.services, this);
        this.contents ??= (0, contentsNodes_1.contentsFor)(this.services, (0, codeUri_1.layerTargetFromArn)(this.version.arn), this);
        if (this.isPublic === undefined)
            void this.readPublic(ctx?.signal);
        return [this.usedByNode, ...this.contents];
    }
    /** One policy read per expanded version; another account's (AccessDenied) or a failure shows no badge. */
    async readPublic(signal) {
        const v = this.version;
        try {
            const policy = await this.services.lambda.getLayerVersionPolicy((0, layerArn_1.layerNameForCalls)(v.arn, v.layerName), v.version, signal ? { signal } : {});
            this.isPublic =
                policy?.document.statements.some((st) => (0, policy_1.statementToGrant)(st)?.kind === 'public') ?? false;
        }
        catch {
            this.isPublic = false;
            return;
        }
        if (this.isPublic)
            this.services.changed(this);
    }
}
exports.LayerVersionNode = LayerVersionNode;
/** "Used by": the functions and published function versions that reference exactly this layer version. */
class UsedByNode {
    services;
    parent;
    id;
    kind = 'usedBy';
    loadError;
    constructor(services, parent) {
        this.services = services;
        this.parent = parent;
        this.id = `${parent.id}/usedBy`;
    }
    get users() {
        return this.services.usedBy.usersOf(this.parent.version.arn);
    }
    view() {
        const users = this.users;
        return {
            label: 'Used by',
            description: users === undefined ? 'expand to scan functions' : (0, displayText_1.plural)(users.length, 'function'),
            tooltip: 'Functions and published versions that reference exactly this layer version, computed from all ListFunctions pages (FunctionVersion=ALL). Refresh to scan again.',
            icon: { codicon: 'references' },
            // " noLatest": only published versions (which cannot change) use it: nothing to update to another version.
            contextValue: users !== undefined && !users.some((u) => u.version === '$LATEST') ? 'usedBy noLatest' : 'usedBy',
            collapsible: 'collapsed',
        };
    }
    async children(ctx) {
        if (!this.services.usedBy.isBuilt) {
            // A failed scan stays failed until a retry: rendering again must not start another pass (the view asks
            // for children again whenever this node changes, which made a loop of failing scans).
            if (this.loadError)
                return [new pagedNode_1.ErrorNode(this, this.loadError)];
            try {
                await this.services.usedBy.ensure(ctx.signal);
            }
            catch (e) {
                // This view gave up on the load (it went away): not a failure to show.
                if (ctx.signal.aborted)
                    throw e;
                this.loadError = (0, treeServices_1.describeLoadFailure)(this.services, 'the functions that use layer versions', e);
                return [new pagedNode_1.ErrorNode(this, this.loadError)];
            }
            // The count in this node's own description changed; it is built now, so rendering again does not scan.
            this.services.changed(this);
        }
        const users = this.users ?? [];
        if (users.length === 0)
            return [new pagedNode_1.MessageNode(this, 'No function uses this version')];
        return users.map((u) => new UsedByFunctionNode(u, this));
    }
    /** Retry or refresh: scan again (the index is shared by every layer version). A failure is kept for the error node. */
    async retry(signal) {
        this.loadError = undefined;
        try {
            await this.services.usedBy.rebuild(signal);
        }
        catch (e) {
            this.loadError = this.services.describeError(e);
            throw e;
        }
    }
}
exports.UsedByNode = UsedByNode;
class UsedByFunctionNode {
    user;
    parent;
    id;
    kind = 'usedByFunction';
    resource;
    constructor(user, parent) {
        this.user = user;
        this.parent = parent;
        this.id = `${parent.id}/${user.arn}`;
        this.resource = {
            kind: user.version === '$LATEST' ? 'function' : 'functionVersion',
            arn: user.arn,
            name: user.functionName,
            version: user.version === '$LATEST' ? undefined : user.version,
        };
    }
    view() {
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
            tooltip: (0, treeNode_1.mdCode)(u.arn),
            icon: { codicon: u.version === '$LATEST' ? 'symbol-function' : 'tag' },
            contextValue: 'usedByFunction',
            collapsible: 'none',
        };
    }
}
exports.UsedByFunctionNode = UsedByFunctionNode;
//# sourceMappingURL=layerNodes.js.map