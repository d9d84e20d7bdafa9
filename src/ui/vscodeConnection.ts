// The connections at the vscode edge: reads lambdaExplorer.profile/region/endpoint for the default connection and
// lambdaExplorer.connections for the others (only from user settings in an untrusted workspace: they direct signed
// requests; src/connection/settings.ts decides, and a bad value falls back with one warning), shows the active
// `profile @ region` and how many more in the status bar, sets the context key the welcome views use, and syncs
// the connections (src/connection/connectionManager.ts) when a setting changes or the workspace is trusted.
import * as vscode from 'vscode';
import type { ArtifactStore } from '../aws/artifactStore';
import { regionName } from '../aws/regions';
import { sdkClientFactory } from '../aws/sdkClientFactory';
import type { ClientFactory, ConnectionSettings } from '../aws/sdkClientFactory';
import { ConnectionManager, connectionKey, connectionLabel } from '../connection/connectionManager';
import type { ActiveConnection, ConnectionState } from '../connection/connectionManager';
import { effectiveSetting, SettingsWarnings } from '../connection/settings';
import type { EffectiveSetting, SettingKey, SettingValue } from '../connection/settings';
import { parseConnections } from '../connection/connectionSettings';
import type { Logger } from './logger';

const SECTION = 'lambdaExplorer';
const KEYS = ['profile', 'region', 'endpoint', 'connections'] as const;

/** Reads lambdaExplorer.* settings as they apply here (trust, validation); each bad value is shown once. */
export class VscodeSettings {
  private readonly warnings = new SettingsWarnings((m) => void vscode.window.showWarningMessage(m));

  read<K extends SettingKey>(key: K): EffectiveSetting<SettingValue<K>> {
    const inspected = vscode.workspace.getConfiguration(SECTION).inspect(key);
    const e = effectiveSetting(key, inspected, vscode.workspace.isTrusted);
    this.warnings.report(e.problem);
    return e;
  }
}

export class VscodeConnection implements vscode.Disposable {
  /** The connection itself (no vscode). */
  readonly manager: ConnectionManager;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** After every rebuild and state change (the status bar and context key are up to date by then). */
  readonly onDidChange = this.emitter.event;
  private readonly statusBar: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly reader = new VscodeSettings();

  constructor(
    private readonly log: Logger,
    clients: ClientFactory = sdkClientFactory(),
  ) {
    this.statusBar = vscode.window.createStatusBarItem(
      'lambdaExplorer.connection',
      vscode.StatusBarAlignment.Left,
      10,
    );
    this.statusBar.name = 'Lambda Explorer Connection';
    this.statusBar.command = 'lambdaExplorer.connection.pick';
    this.manager = new ConnectionManager(
      () => this.settings(),
      clients,
      log,
      () => this.added(),
    );
    this.disposables.push(
      this.statusBar,
      this.emitter,
      this.manager.onDidChange(() => {
        // With several connections the views always list their roots (a failed one shows why under it).
        const shown = this.manager.connections.length > 1 ? 'ready' : this.state;
        void vscode.commands.executeCommand('setContext', 'lambdaExplorer.connectionState', shown);
        this.renderStatus();
        this.emitter.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        // A new page size applies to new roots: build every connection again.
        if (e.affectsConfiguration(`${SECTION}.pageSize`)) this.rebuild();
        // Otherwise only the connections whose settings changed start over; the others keep what they loaded.
        else if (KEYS.some((k) => e.affectsConfiguration(`${SECTION}.${k}`))) this.manager.sync();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.manager.sync()),
      this.manager,
    );
    this.manager.rebuild();
  }

  get active(): ActiveConnection | undefined {
    return this.manager.active;
  }
  get state(): ConnectionState {
    return this.manager.state;
  }
  get problem(): string | undefined {
    return this.manager.problem;
  }

  /** Settings as they apply here: profile, Region and endpoint only from user settings in an untrusted workspace. */
  settings(): ConnectionSettings {
    return {
      profile: this.reader.read('profile').value || undefined,
      region: this.reader.read('region').value || undefined,
      endpoint: this.reader.read('endpoint').value || undefined,
    };
  }

  /** The added connections, checked (a bad entry is skipped and logged); user settings only when untrusted. */
  added(): ConnectionSettings[] {
    const { connections, problems } = parseConnections(this.reader.read('connections').value);
    for (const p of problems) this.log.warn(p);
    return connections;
  }

  /** Adds a connection root (to the settings scope that holds the list; user settings by default). */
  async addConnection(settings: ConnectionSettings): Promise<void> {
    const { target, list } = this.addedList();
    if (list.some((c) => connectionKey(c as ConnectionSettings) === connectionKey(settings))) return;
    await vscode.workspace.getConfiguration(SECTION).update('connections', [...list, settings], target);
  }

  /** Removes an added connection from the setting (the change event closes it). */
  async removeConnection(key: string): Promise<void> {
    const { target, list } = this.addedList();
    const kept = list.filter((c) => connectionKey(c as ConnectionSettings) !== key);
    if (kept.length === list.length)
      throw new Error('Only connections added to lambdaExplorer.connections can be removed');
    await vscode.workspace.getConfiguration(SECTION).update('connections', kept, target);
  }

  private addedList(): { target: vscode.ConfigurationTarget; list: unknown[] } {
    const inspected = vscode.workspace.getConfiguration(SECTION).inspect<unknown[]>('connections');
    if (vscode.workspace.isTrusted && Array.isArray(inspected?.workspaceValue))
      return { target: vscode.ConfigurationTarget.Workspace, list: inspected.workspaceValue };
    return {
      target: vscode.ConfigurationTarget.Global,
      list: Array.isArray(inspected?.globalValue) ? inspected.globalValue : [],
    };
  }

  /** lambdaExplorer.pageSize, validated (a bad value is 50, with one warning). */
  pageSize(): number {
    return this.reader.read('pageSize').value;
  }

  /** The endpoint in effect and the settings scope it comes from (inspect(): the narrowest scope wins). */
  endpointSetting(): { effective?: string; scope?: string; overriddenUserValue?: string } {
    // The setting when there is one, else what the connection resolved (a profile's endpoint_url, AWS_ENDPOINT_URL…).
    const effective = this.settings().endpoint || this.active?.connection.endpoint;
    if (!effective) return {};
    const i = vscode.workspace.getConfiguration(SECTION).inspect<string>('endpoint');
    const user = vscode.env.remoteName ? 'Remote or User' : 'User';
    const scope =
      i?.workspaceFolderValue === effective
        ? 'Workspace Folder'
        : i?.workspaceValue === effective
          ? 'Workspace'
          : i?.globalValue === effective
            ? user
            : 'AWS profile or environment';
    const overridden =
      scope.startsWith('Workspace') && i?.globalValue && i.globalValue !== effective
        ? i.globalValue
        : undefined;
    return { effective, scope, ...(overridden ? { overriddenUserValue: overridden } : {}) };
  }

  /** Writes the chosen profile/region/endpoint to user settings (the change event rebuilds). */
  async choose(changes: { profile?: string; region?: string; endpoint?: string }): Promise<void> {
    const config = vscode.workspace.getConfiguration(SECTION);
    if (changes.endpoint !== undefined)
      await config.update('endpoint', changes.endpoint || undefined, vscode.ConfigurationTarget.Global);
    if (changes.profile !== undefined)
      await config.update('profile', changes.profile, vscode.ConfigurationTarget.Global);
    if (changes.region !== undefined)
      await config.update('region', changes.region, vscode.ConfigurationTarget.Global);
  }

  /** A call failed for want of credentials: show the welcome view (or the root's error) that says how to fix it. */
  reportCredentialsProblem(message: string, key?: string): void {
    this.manager.reportCredentialsProblem(message, key);
  }

  rebuild(): void {
    this.manager.rebuild();
  }

  /** The current connection's artifact store (its one S3 client). Throws when not connected. */
  artifacts(): ArtifactStore {
    return this.manager.artifacts();
  }

  private renderStatus(): void {
    const c = this.active?.connection;
    const more = this.manager.connections.length - 1;
    // With several connections a click picks the active one (what palette commands work on).
    this.statusBar.command =
      more > 0 ? 'lambdaExplorer.connection.setActive' : 'lambdaExplorer.connection.pick';
    if (more > 0) {
      const active = this.manager.activeConnection;
      const others = this.manager.connections.filter((x) => x !== active).map((x) => connectionLabel(x));
      this.statusBar.text = `$(cloud) ${active ? connectionLabel(active) : '?'} (+${more})`;
      this.statusBar.tooltip = `Lambda Explorer: palette commands use ${active ? connectionLabel(active) : '?'}${this.state === 'ready' ? '' : ` (${this.problem ?? 'not connected'})`}. Also shown: ${others.join(', ')}. Click to choose the active connection.`;
      this.statusBar.backgroundColor =
        this.state === 'ready' ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (this.state === 'ready' && c) {
      this.statusBar.text = `$(cloud) ${c.profile} @ ${c.region ?? '?'}${c.endpoint ? ` (${new URL(c.endpoint).host})` : ''}`;
      const place = regionName(c.region);
      const where = this.endpointSetting().scope;
      this.statusBar.tooltip = `Lambda Explorer: profile ${c.profile}, Region ${c.region}${place ? ` (${place})` : ''}${c.endpoint ? `, endpoint ${c.endpoint}${where ? ` (from ${where} settings)` : ''}` : ''}. Click to change.`;
      this.statusBar.backgroundColor = undefined;
    } else {
      this.statusBar.text = `$(cloud) ${this.state === 'noRegion' ? 'No Region' : this.state === 'noCredentials' ? 'No credentials' : 'Not connected'}`;
      this.statusBar.tooltip = `Lambda Explorer: ${this.problem ?? 'not connected'}. Click to choose a profile and Region.`;
      this.statusBar.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    this.statusBar.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
