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
exports.VscodeConnection = exports.VscodeSettings = void 0;
// The connections at the vscode edge: reads lambdaExplorer.profile/region/endpoint for the default connection and
// lambdaExplorer.connections for the others (only from user settings in an untrusted workspace: they direct signed
// requests; src/connection/settings.ts decides, and a bad value falls back with one warning), shows the active
// `profile @ region` and how many more in the status bar, sets the context key the welcome views use, and syncs
// the connections (src/connection/connectionManager.ts) when a setting changes or the workspace is trusted.
const vscode = __importStar(require("vscode"));
const regions_1 = require("../aws/regions");
const sdkClientFactory_1 = require("../aws/sdkClientFactory");
const connectionManager_1 = require("../connection/connectionManager");
const settings_1 = require("../connection/settings");
const connectionSettings_1 = require("../connection/connectionSettings");
const SECTION = 'lambdaExplorer';
const KEYS = ['profile', 'region', 'endpoint', 'connections'];
/** Reads lambdaExplorer.* settings as they apply here (trust, validation); each bad value is shown once. */
class VscodeSettings {
    warnings = new settings_1.SettingsWarnings((m) => void vscode.window.showWarningMessage(m));
    read(key) {
        const inspected = vscode.workspace.getConfiguration(SECTION).inspect(key);
        const e = (0, settings_1.effectiveSetting)(key, inspected, vscode.workspace.isTrusted);
        this.warnings.report(e.problem);
        return e;
    }
}
exports.VscodeSettings = VscodeSettings;
class VscodeConnection {
    log;
    /** The connection itself (no vscode). */
    manager;
    emitter = new vscode.EventEmitter();
    /** After every rebuild and state change (the status bar and context key are up to date by then). */
    onDidChange = this.emitter.event;
    statusBar;
    disposables = [];
    reader = new VscodeSettings();
    constructor(log, clients = (0, sdkClientFactory_1.sdkClientFactory)()) {
        this.log = log;
        this.statusBar = vscode.window.createStatusBarItem('lambdaExplorer.connection', vscode.StatusBarAlignment.Left, 10);
        this.statusBar.name = 'Lambda Explorer Connection';
        this.statusBar.command = 'lambdaExplorer.connection.pick';
        this.manager = new connectionManager_1.ConnectionManager(() => this.settings(), clients, log, () => this.added());
        this.disposables.push(this.statusBar, this.emitter, this.manager.onDidChange(() => {
            // With several connections the views always list their roots (a failed one shows why under it).
            const shown = this.manager.connections.length > 1 ? 'ready' : this.state;
            void vscode.commands.executeCommand('setContext', 'lambdaExplorer.connectionState', shown);
            this.renderStatus();
            this.emitter.fire();
        }), vscode.workspace.onDidChangeConfiguration((e) => {
            // A new page size applies to new roots: build every connection again.
            if (e.affectsConfiguration(`${SECTION}.pageSize`))
                this.rebuild();
            // Otherwise only the connections whose settings changed start over; the others keep what they loaded.
            else if (KEYS.some((k) => e.affectsConfiguration(`${SECTION}.${k}`)))
                this.manager.sync();
        }), vscode.workspace.onDidGrantWorkspaceTrust(() => this.manager.sync()), this.manager);
        this.manager.rebuild();
    }
    get active() {
        return this.manager.active;
    }
    get state() {
        return this.manager.state;
    }
    get problem() {
        return this.manager.problem;
    }
    /** Settings as they apply here: profile, Region and endpoint only from user settings in an untrusted workspace. */
    settings() {
        return {
            profile: this.reader.read('profile').value || undefined,
            region: this.reader.read('region').value || undefined,
            endpoint: this.reader.read('endpoint').value || undefined,
        };
    }
    /** The added connections, checked (a bad entry is skipped and logged); user settings only when untrusted. */
    added() {
        const { connections, problems } = (0, connectionSettings_1.parseConnections)(this.reader.read('connections').value);
        for (const p of problems)
            this.log.warn(p);
        return connections;
    }
    /** Adds a connection root (to the settings scope that holds the list; user settings by default). */
    async addConnection(settings) {
        const { target, list } = this.addedList();
        if (list.some((c) => (0, connectionManager_1.connectionKey)(c) === (0, connectionManager_1.connectionKey)(settings)))
            return;
        await vscode.workspace.getConfiguration(SECTION).update('connections', [...list, settings], target);
    }
    /** Removes an added connection from the setting (the change event closes it). */
    async removeConnection(key) {
        const { target, list } = this.addedList();
        const kept = list.filter((c) => (0, connectionManager_1.connectionKey)(c) !== key);
        if (kept.length === list.length)
            throw new Error('Only connections added to lambdaExplorer.connections can be removed');
        await vscode.workspace.getConfiguration(SECTION).update('connections', kept, target);
    }
    addedList() {
        const inspected = vscode.workspace.getConfiguration(SECTION).inspect('connections');
        if (vscode.workspace.isTrusted && Array.isArray(inspected?.workspaceValue))
            return { target: vscode.ConfigurationTarget.Workspace, list: inspected.workspaceValue };
        return {
            target: vscode.ConfigurationTarget.Global,
            list: Array.isArray(inspected?.globalValue) ? inspected.globalValue : [],
        };
    }
    /** lambdaExplorer.pageSize, validated (a bad value is 50, with one warning). */
    pageSize() {
        return this.reader.read('pageSize').value;
    }
    /** The endpoint in effect and the settings scope it comes from (inspect(): the narrowest scope wins). */
    endpointSetting() {
        // The setting when there is one, else what the connection resolved (a profile's endpoint_url, AWS_ENDPOINT_URL…).
        const effective = this.settings().endpoint || this.active?.connection.endpoint;
        if (!effective)
            return {};
        const i = vscode.workspace.getConfiguration(SECTION).inspect('endpoint');
        const user = vscode.env.remoteName ? 'Remote or User' : 'User';
        const scope = i?.workspaceFolderValue === effective
            ? 'Workspace Folder'
            : i?.workspaceValue === effective
                ? 'Workspace'
                : i?.globalValue === effective
                    ? user
                    : 'AWS profile or environment';
        const overridden = scope.startsWith('Workspace') && i?.globalValue && i.globalValue !== effective
            ? i.globalValue
            : undefined;
        return { effective, scope, ...(overridden ? { overriddenUserValue: overridden } : {}) };
    }
    /** Writes the chosen profile/region/endpoint to user settings (the change event rebuilds). */
    async choose(changes) {
        const config = vscode.workspace.getConfiguration(SECTION);
        if (changes.endpoint !== undefined)
            await config.update('endpoint', changes.endpoint || undefined, vscode.ConfigurationTarget.Global);
        if (changes.profile !== undefined)
            await config.update('profile', changes.profile, vscode.ConfigurationTarget.Global);
        if (changes.region !== undefined)
            await config.update('region', changes.region, vscode.ConfigurationTarget.Global);
    }
    /** A call failed for want of credentials: show the welcome view (or the root's error) that says how to fix it. */
    reportCredentialsProblem(message, key) {
        this.manager.reportCredentialsProblem(message, key);
    }
    rebuild() {
        this.manager.rebuild();
    }
    /** The current connection's artifact store (its one S3 client). Throws when not connected. */
    artifacts() {
        return this.manager.artifacts();
    }
    renderStatus() {
        const c = this.active?.connection;
        const more = this.manager.connections.length - 1;
        // With several connections a click picks the active one (what palette commands work on).
        this.statusBar.command =
            more > 0 ? 'lambdaExplorer.connection.setActive' : 'lambdaExplorer.connection.pick';
        if (more > 0) {
            const active = this.manager.activeConnection;
            const others = this.manager.connections.filter((x) => x !== active).map((x) => (0, connectionManager_1.connectionLabel)(x));
            this.statusBar.text = `$(cloud) ${active ? (0, connectionManager_1.connectionLabel)(active) : '?'} (+${more})`;
            this.statusBar.tooltip = `Lambda Explorer: palette commands use ${active ? (0, connectionManager_1.connectionLabel)(active) : '?'}${this.state === 'ready' ? '' : ` (${this.problem ?? 'not connected'})`}. Also shown: ${others.join(', ')}. Click to choose the active connection.`;
            this.statusBar.backgroundColor =
                this.state === 'ready' ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
        }
        else if (this.state === 'ready' && c) {
            this.statusBar.text = `$(cloud) ${c.profile} @ ${c.region ?? '?'}${c.endpoint ? ` (${new URL(c.endpoint).host})` : ''}`;
            const place = (0, regions_1.regionName)(c.region);
            const where = this.endpointSetting().scope;
            this.statusBar.tooltip = `Lambda Explorer: profile ${c.profile}, Region ${c.region}${place ? ` (${place})` : ''}${c.endpoint ? `, endpoint ${c.endpoint}${where ? ` (from ${where} settings)` : ''}` : ''}. Click to change.`;
            this.statusBar.backgroundColor = undefined;
        }
        else {
            this.statusBar.text = `$(cloud) ${this.state === 'noRegion' ? 'No Region' : this.state === 'noCredentials' ? 'No credentials' : 'Not connected'}`;
            this.statusBar.tooltip = `Lambda Explorer: ${this.problem ?? 'not connected'}. Click to choose a profile and Region.`;
            this.statusBar.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        }
        this.statusBar.show();
    }
    dispose() {
        for (const d of this.disposables)
            d.dispose();
    }
}
exports.VscodeConnection = VscodeConnection;
//# sourceMappingURL=vscodeConnection.js.map