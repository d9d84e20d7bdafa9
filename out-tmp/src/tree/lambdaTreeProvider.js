"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.LambdaTreeProvider = exports.NodeDecorations = void 0;
// The one TreeDataProvider: renders any TreeNode's plain view as a vscode.TreeItem, loads children with
// progress shown inside the view, and turns an unexpected failure into an error node (never a popup).
const vscode = __importStar(require("vscode"));
const pagedNode_1 = require("./nodes/pagedNode");
const treeNode_1 = require("./treeNode");
const WARNING_SCHEME = 'lambda-explorer-node';
const COLORS = {
    warning: 'list.warningForeground',
    error: 'list.errorForeground',
    muted: 'descriptionForeground',
    accent: 'textLink.foreground',
};
/** Badges on tree labels (deprecated runtime, outdated layer), keyed by a node-id URI. */
class NodeDecorations {
    byUri = new Map();
    emitter = new vscode.EventEmitter();
    onDidChangeFileDecorations = this.emitter.event;
    uriFor(id, warning) {
        const uri = vscode.Uri.from({ scheme: WARNING_SCHEME, path: `/${encodeURIComponent(id)}` });
        const key = uri.toString();
        const known = this.byUri.get(key);
        this.byUri.set(key, warning);
        if (!known || known.badge !== warning.badge)
            this.emitter.fire([uri]);
        return uri;
    }
    provideFileDecoration(uri) {
        if (uri.scheme !== WARNING_SCHEME)
            return undefined;
        const w = this.byUri.get(uri.toString());
        return w
            ? new vscode.FileDecoration(w.badge, w.tooltip, new vscode.ThemeColor('list.warningForeground'))
            : undefined;
    }
    dispose() {
        this.emitter.dispose();
    }
}
exports.NodeDecorations = NodeDecorations;
class LambdaTreeProvider {
    viewId;
    root;
    extensionUri;
    decorations;
    log;
    describeError;
    emitter = new vscode.EventEmitter();
    onDidChangeTreeData = this.emitter.event;
    /** Loads in flight, with the root they were started under. */
    loads = new Map();
    constructor(viewId, 
    /** The current (invisible) root; it changes when the connection does. */
    root, extensionUri, decorations, log, describeError) {
        this.viewId = viewId;
        this.root = root;
        this.extensionUri = extensionUri;
        this.decorations = decorations;
        this.log = log;
        this.describeError = describeError;
    }
    getTreeItem(node) {
        const v = (0, treeNode_1.displayView)(node.view());
        const state = v.collapsible === 'none'
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
            item.iconPath = new vscode.ThemeIcon(v.icon.codicon, v.icon.color ? new vscode.ThemeColor(COLORS[v.icon.color]) : undefined);
        }
        else if (v.icon) {
            item.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', `${v.icon.media}.svg`);
        }
        if (v.warning)
            item.resourceUri = this.decorations.uriFor(item.id, v.warning);
        if (v.command)
            item.command = { command: v.command.id, title: v.command.title, arguments: [node] };
        return item;
    }
    async getChildren(node) {
        const target = node ?? this.root();
        if (!target?.children)
            return [];
        const controller = new AbortController();
        this.loads.set(controller, this.root());
        try {
            return await vscode.window.withProgress({ location: { viewId: this.viewId } }, () => target.children({ signal: controller.signal }));
        }
        catch (e) {
            if (controller.signal.aborted)
                return [];
            this.log.error(`Failed to load ${target.id}`, e);
            return [new pagedNode_1.ErrorNode(target, this.describeError(e))];
        }
        finally {
            this.loads.delete(controller);
        }
    }
    /**
     * The item id: the node's own (ARN-based) with one connection; with several, prefixed by its connection's
     * root, since two connections can list the same ARN (two endpoints, or two profiles of one account).
     */
    itemId(node) {
        if (this.root()?.kind !== 'connections')
            return node.id;
        for (let n = node.parent; n; n = n.parent)
            if (n.kind === 'connection')
                return `${n.id}/${node.id}`;
        return node.id;
    }
    getParent(node) {
        const root = this.root();
        let parent = node.parent;
        if (parent === root)
            return undefined;
        // A connection's functions/layers root is shown as its connection node (or is the view's top).
        if (parent?.kind === 'functionsRoot' || parent?.kind === 'layersRoot')
            parent = parent.parent;
        return parent && parent !== root && parent.kind !== 'connections' ? parent : undefined;
    }
    /** Re-renders one node (its children are asked again), or the whole view. */
    changed(node) {
        // Loads started under a root that is gone (a new connection) are for nodes nobody shows any more.
        const root = this.root();
        for (const [controller, startedUnder] of this.loads)
            if (startedUnder !== root)
                controller.abort();
        this.emitter.fire(node === undefined || node === root ? undefined : node);
    }
    dispose() {
        for (const controller of this.loads.keys())
            controller.abort();
        this.loads.clear();
        this.emitter.dispose();
    }
}
exports.LambdaTreeProvider = LambdaTreeProvider;
//# sourceMappingURL=lambdaTreeProvider.js.map