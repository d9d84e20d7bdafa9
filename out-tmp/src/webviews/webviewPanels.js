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
exports.WebviewPanels = void 0;
// The vscode edge of the panels: one WebviewPanel per ARN and connection (opening it again reveals it), the
// strict HTML, the guard on every message from the view, and the resource-change subscription. What a panel does
// lives in panelControllers.ts.
const vscode = __importStar(require("vscode"));
const connection_1 = require("../commands/steps/connection");
const resourceRef_1 = require("../aws/resourceRef");
const displayText_1 = require("../ui/displayText");
const html_1 = require("./html");
const panelLoader_1 = require("./panelLoader");
const panelControllers_1 = require("./panelControllers");
const protocol_1 = require("./protocol");
const VIEW_TYPES = {
    function: 'lambdaExplorer.functionConfiguration',
    layerVersion: 'lambdaExplorer.layerVersion',
};
/** One open panel: posts to its view, and hands the view's messages to its controller once the guard let them in. */
class OpenPanel {
    arn;
    kind;
    panel;
    log;
    controller;
    disposed = false;
    /** Its title alone (a twin under another connection adds the connection's label to the tab). */
    title = '';
    /** The connection the panel shows data of: its key and the service it was built with. */
    connection = { key: undefined, service: undefined };
    constructor(arn, kind, panel, log) {
        this.arn = arn;
        this.kind = kind;
        this.panel = panel;
        this.log = log;
    }
    get visible() {
        return this.panel.visible;
    }
    post(message) {
        if (this.disposed)
            return;
        this.panel.webview
            .postMessage(message)
            .then(undefined, (e) => this.log.warn(`A panel message was not delivered: ${String(e)}`));
    }
    /** A message from the view: anything the protocol does not allow is logged and dropped. */
    async receive(message) {
        if (!(0, protocol_1.isViewToHost)(message)) {
            this.log.warn(`A panel sent a message the protocol does not allow: ${JSON.stringify(message)?.slice(0, 200)}`);
            return;
        }
        await this.controller.handle(message);
    }
    dispose() {
        this.disposed = true;
        this.controller.dispose();
    }
}
class WebviewPanels {
    extensionUri;
    deps;
    panels = new Map();
    stopListening;
    constructor(extensionUri, deps) {
        this.extensionUri = extensionUri;
        this.deps = deps;
        this.stopListening = deps.changes.on((change) => {
            for (const p of this.panels.values())
                p.controller.onChange(change);
        });
    }
    /** The ARNs of the open panels (one per connection that showed it). */
    get openArns() {
        return [...this.panels.values()].map((p) => p.arn);
    }
    showFunction(ref) {
        this.open('function', ref, (port) => new panelControllers_1.FunctionPanelController(this.hostFor(ref), ref, port));
    }
    showLayerVersion(ref) {
        this.open('layerVersion', ref, (port) => new panelControllers_1.LayerVersionPanelController(this.hostFor(ref), ref, port));
    }
    /**
     * A panel works on the connection it was opened under (ref.connection; else the one its ARN belongs to), and the
     * panels it opens too.
     */
    hostFor(ref) {
        return {
            deps: (0, connection_1.withConnectionOf)(this.deps, [ref]),
            openFunction: (r) => this.showFunction((0, resourceRef_1.underConnection)(r, ref.connection)),
            openLayerVersion: (r) => this.showLayerVersion((0, resourceRef_1.underConnection)(r, ref.connection)),
        };
    }
    open(kind, ref, make) {
        const key = `${ref.connection ?? ''} ${ref.arn}`;
        const existing = this.panels.get(key);
        if (existing) {
            existing.panel.reveal();
            return;
        }
        const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
        const media = vscode.Uri.joinPath(this.extensionUri, 'media');
        const panel = vscode.window.createWebviewPanel(VIEW_TYPES[kind], ref.name, vscode.ViewColumn.Active, {
            enableScripts: true,
            enableFindWidget: true,
            localResourceRoots: [dist, media],
        });
        const open = new OpenPanel(ref.arn, kind, panel, this.deps.log);
        open.controller = make(open);
        const { explorer } = this.hostFor(ref).deps;
        open.connection = { key: explorer.key, service: explorer.connection?.lambda };
        // The tab's icon is the λ: the title is the name alone (a layer version says it is one).
        open.title = (0, panelLoader_1.panelTitle)(kind, open.controller.title);
        panel.title = open.title;
        panel.iconPath = vscode.Uri.joinPath(media, 'lambda.svg');
        const webview = panel.webview;
        webview.html = (0, html_1.panelHtml)({
            cspSource: webview.cspSource,
            nonce: (0, html_1.makeNonce)(),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
            styleUris: [webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.css')).toString()],
            kind,
            title: panel.title,
        });
        const subscriptions = [
            webview.onDidReceiveMessage((m) => {
                open.receive(m).catch((e) => this.deps.log.error('A panel message failed', e));
            }),
            panel.onDidDispose(() => {
                this.panels.delete(key);
                open.dispose();
                for (const s of subscriptions)
                    s.dispose();
                this.retitle();
            }),
        ];
        this.panels.set(key, open);
        this.retitle();
    }
    /**
     * Panels of one ARN under two connections (two profiles of an account) say which connection they are on: its
     * label, and its endpoint when the labels are the same.
     */
    retitle() {
        const open = [...this.panels.values()];
        const entries = new Map(this.deps.connection.list().map((c) => [c.key, c]));
        const entryOf = (p) => p.connection.key !== undefined ? entries.get(p.connection.key) : undefined;
        for (const p of open) {
            const twins = open.filter((o) => o !== p && o.arn === p.arn);
            const entry = entryOf(p);
            const label = entry?.label;
            const where = label && entry?.endpoint && twins.some((o) => entryOf(o)?.label === label)
                ? `${label} (${entry.endpoint})`
                : label;
            const title = twins.length > 0 && where ? (0, displayText_1.displayLine)(`${p.title} · ${where}`, 160) : p.title;
            if (p.panel.title !== title)
                p.panel.title = title;
        }
    }
    /**
     * The connections changed: a panel whose connection was removed or built again (another profile, Region or
     * endpoint) shows data of an account or Region the explorer no longer shows, and its buttons would act on the
     * new one: it closes. Panels of the connections that stayed as they were stay open.
     */
    connectionChanged() {
        for (const p of [...this.panels.values()]) {
            const { key, service } = p.connection;
            const now = key === undefined ? undefined : this.deps.explorer.scoped(key).connection?.lambda;
            if (now === undefined || now !== service)
                p.panel.dispose();
        }
    }
    dispose() {
        this.stopListening();
        for (const p of [...this.panels.values()])
            p.panel.dispose();
    }
}
exports.WebviewPanels = WebviewPanels;
//# sourceMappingURL=webviewPanels.js.map