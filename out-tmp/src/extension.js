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
exports.activate = activate;
exports.deactivate = deactivate;
// activate(): build the services, register the views and the commands. Nothing else lives here.
const path = __importStar(require("path"));
const vscode = __importStar(require("vscode"));
const api_1 = require("./api");
const errors_1 = require("./aws/errors");
const profiles_1 = require("./aws/profiles");
const resourceChanges_1 = require("./aws/resourceChanges");
const vscodeCommands_1 = require("./ui/vscodeCommands");
const runCommand_1 = require("./commands/runCommand");
const explorerModel_1 = require("./tree/explorerModel");
const lambdaTreeProvider_1 = require("./tree/lambdaTreeProvider");
const vscodeConnection_1 = require("./ui/vscodeConnection");
const connectionManager_1 = require("./connection/connectionManager");
const explorerRoots_1 = require("./connection/explorerRoots");
const vscodePorts_1 = require("./ui/vscodePorts");
const vscodeWorkspace_1 = require("./ui/vscodeWorkspace");
const webviewPanels_1 = require("./webviews/webviewPanels");
const codeStore_1 = require("./code/codeStore");
const directoryCache_1 = require("./code/directoryCache");
const vscodeCodeFs_1 = require("./ui/vscodeCodeFs");
function activate(context) {
    const channel = vscode.window.createOutputChannel('Lambda Explorer', { log: true });
    const log = new vscodePorts_1.ChannelLogger(channel);
    const connection = new vscodeConnection_1.VscodeConnection(log);
    const describeError = (e, key) => {
        if ((0, errors_1.isLambdaError)(e, 'Credentials'))
            connection.reportCredentialsProblem(e.message, key);
        return (0, runCommand_1.userMessage)(e);
    };
    const decorations = new lambdaTreeProvider_1.NodeDecorations();
    const providers = {};
    const explorer = new explorerModel_1.ExplorerModel((view, node) => providers[view]?.changed(node), describeError, {
        pageSize: () => connection.pageSize(),
        log,
    });
    for (const view of ['functions', 'layers']) {
        providers[view] = new lambdaTreeProvider_1.LambdaTreeProvider(`lambdaExplorer.${view}`, () => explorer.topOf(view), context.extensionUri, decorations, log, describeError);
    }
    const views = {
        functions: vscode.window.createTreeView('lambdaExplorer.functions', {
            treeDataProvider: providers.functions,
            showCollapseAll: true,
        }),
        layers: vscode.window.createTreeView('lambdaExplorer.layers', {
            treeDataProvider: providers.layers,
            showCollapseAll: true,
        }),
    };
    const directories = new directoryCache_1.DirectoryCache({
        folder: vscode.Uri.joinPath(context.globalStorageUri, 'code-directories').fsPath,
    });
    // One code store per built connection (its Lambda service, Region and download links), shared by its nodes.
    const codeStores = new WeakMap();
    const codeFor = (live) => {
        let store = codeStores.get(live.service);
        if (!store) {
            store = new codeStore_1.CodeStore(live.service, live.connection.region ?? '', directories);
            codeStores.set(live.service, store);
        }
        return store;
    };
    const connect = () => explorer.setConnections((0, explorerRoots_1.explorerRoots)(connection.manager, codeFor), connection.manager.activeConnection?.key);
    connect();
    const changes = new resourceChanges_1.ResourceChanges();
    const stopListening = changes.on((change) => explorer.applyChange(change).catch((e) => log.error('Failed to refresh after a change', e)));
    const deps = {
        prompter: new vscodePorts_1.VscodePrompter(),
        notifier: new vscodePorts_1.VscodeNotifier(),
        progress: new vscodePorts_1.VscodeProgress(),
        log,
        explorer,
        changes,
        connection: {
            region: () => connection.active?.connection.region,
            current: () => ({ ...connection.settings(), ...connection.active?.connection }),
            profiles: () => (0, profiles_1.listProfiles)(),
            choose: (changes) => connection.choose(changes),
            endpoint: () => connection.endpointSetting(),
            reconnect: () => connection.rebuild(),
            list: () => connection.manager.connections.map((c) => ({
                key: c.key,
                label: (0, connectionManager_1.connectionLabel)(c),
                ...c.settings,
                isDefault: c.key === connectionManager_1.DEFAULT_CONNECTION,
                isActive: c === connection.manager.activeConnection,
            })),
            add: (settings) => connection.addConnection(settings),
            remove: (key) => connection.removeConnection(key),
            setActive: (key) => connection.manager.setActive(key),
            targets: (target, from) => connection.manager.targets(target, from),
        },
        run: async (id, ...args) => vscode.commands.executeCommand(id, ...args),
        copyToClipboard: async (text) => vscode.env.clipboard.writeText(text),
        openExternal: async (url) => vscode.env.openExternal(vscode.Uri.parse(url, true)),
        showLog: () => channel.show(true),
        panels: {
            showFunction: (ref) => panels.showFunction(ref),
            showLayerVersion: (ref) => panels.showLayerVersion(ref),
        },
        setContext: (key, value) => void vscode.commands.executeCommand('setContext', key, value),
        setViewDescription: (view, text) => {
            views[view].description = text;
        },
        workspace: (0, vscodeWorkspace_1.vscodeWorkspacePort)(() => connection.artifacts(), views),
        memory: {
            get: (key) => context.workspaceState.get(key),
            set: async (key, value) => context.workspaceState.update(key, value),
        },
        packCacheDir: path.join(context.globalStorageUri.fsPath, 'pack-cache'),
        editor: (0, vscodeCodeFs_1.vscodeCodeEditor)(),
    };
    const panels = new webviewPanels_1.WebviewPanels(context.extensionUri, deps);
    context.subscriptions.push(channel, panels, connection, decorations, providers.functions, providers.layers, views.functions, views.layers, vscode.window.registerFileDecorationProvider(decorations), connection.onDidChange(connect), connection.onDidChange(() => panels.connectionChanged()), { dispose: stopListening }, 
    // A lambda: URI names its Region: the active connection's store when it is in that Region, else the store of
    // the first connection in it (with several connections, code of each one opens).
    (0, vscodeCodeFs_1.registerCodeFileSystem)((loc) => {
        const inRegion = explorer.connections.filter((c) => c.region === loc.target.region);
        const key = inRegion.some((c) => c.key === explorer.key) ? explorer.key : inRegion[0]?.key;
        return key === undefined ? explorer.connection?.code : explorer.scoped(key).connection?.code;
    }), ...(0, vscodeCommands_1.registerCommands)(deps));
    return (0, api_1.createApi)({
        connection,
        explorer,
        children: (view, parent) => providers[view].getChildren(parent),
        viewDescription: (view) => views[view].description,
        openPanels: () => panels.openArns,
        onDidChangeResource: (listener) => changes.on(listener),
    });
}
function deactivate() {
    // Everything is in context.subscriptions.
}
//# sourceMappingURL=extension.js.map