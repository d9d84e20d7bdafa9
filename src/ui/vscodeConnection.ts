// The connection at the vscode edge: reads lambdaExplorer.profile/region/endpoint (the endpoint only from user
// settings in an untrusted workspace), shows `profile @ region` in the status bar, sets the context key the
// welcome views use, and rebuilds the connection (src/connection/connectionManager.ts) when a setting changes
// or the workspace is trusted.
import * as vscode from 'vscode';
import type { ArtifactStore } from '../aws/artifactStore';
import { regionName } from '../aws/regions';
import { sdkClientFactory } from '../aws/sdkClientFactory';
import type { ClientFactory, ConnectionSettings } from '../aws/sdkClientFactory';
import { ConnectionManager } from '../connection/connectionManager';
import type { ActiveConnection, ConnectionState } from '../connection/connectionManager';
import type { Logger } from './logger';

const SECTION = 'lambdaExplorer';
const KEYS = ['profile', 'region', 'endpoint', 'pageSize'] as const;

export class VscodeConnection implements vscode.Disposable {
  /** The connection itself (no vscode). */
  readonly manager: ConnectionManager;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** After every rebuild and state change (the status bar and context key are up to date by then). */
  readonly onDidChange = this.emitter.event;
  private readonly statusBar: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(log: Logger, clients: ClientFactory = sdkClientFactory()) {
    this.statusBar = vscode.window.createStatusBarItem(
      'lambdaExplorer.connection',
      vscode.StatusBarAlignment.Left,
      10,
    );
    this.statusBar.name = 'Lambda Explorer Connection';
    this.statusBar.command = 'lambdaExplorer.connection.pick';
    this.manager = new ConnectionManager(() => this.settings(), clients, log);
    this.disposables.push(
      this.statusBar,
      this.emitter,
      this.manager.onDidChange(() => {
        void vscode.commands.executeCommand('setContext', 'lambdaExplorer.connectionState', this.state);
        this.renderStatus();
        this.emitter.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (KEYS.some((k) => e.affectsConfiguration(`${SECTION}.${k}`))) this.rebuild();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.rebuild()),
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

  /** Settings as they apply here: the endpoint is only read from user settings in an untrusted workspace. */
  settings(): ConnectionSettings {
    const config = vscode.workspace.getConfiguration(SECTION);
    const endpoint = vscode.workspace.isTrusted
      ? config.get<string>('endpoint')
      : config.inspect<string>('endpoint')?.globalValue;
    return {
      profile: config.get<string>('profile') || undefined,
      region: config.get<string>('region') || undefined,
      endpoint: endpoint || undefined,
    };
  }

  pageSize(): number {
    const n = vscode.workspace.getConfiguration(SECTION).get<number>('pageSize') ?? 50;
    return Math.min(50, Math.max(1, Math.floor(n)));
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

  /** A call failed for want of credentials: show the welcome view that says how to configure them. */
  reportCredentialsProblem(message: string): void {
    this.manager.reportCredentialsProblem(message);
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
    if (this.state === 'ready' && c) {
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
