// The connection at the vscode edge: reads lambdaExplorer.profile/region/endpoint (only from user settings in an
// untrusted workspace: src/connection/settings.ts decides, a bad value falls back with one warning), shows `profile @ region` in the status bar, sets the context key the
// welcome views use, and rebuilds the connection (src/connection/connectionManager.ts) when a setting changes
// or the workspace is trusted.
import * as vscode from 'vscode';
import type { ArtifactStore } from '../aws/artifactStore';
import { sdkClientFactory } from '../aws/sdkClientFactory';
import type { ClientFactory, ConnectionSettings } from '../aws/sdkClientFactory';
import { ConnectionManager } from '../connection/connectionManager';
import type { ActiveConnection, ConnectionState } from '../connection/connectionManager';
import { effectiveSetting, SettingsWarnings } from '../connection/settings';
import type { EffectiveSetting, SettingKey, SettingValue } from '../connection/settings';
import type { Logger } from './logger';

const SECTION = 'lambdaExplorer';
const KEYS = ['profile', 'region', 'endpoint', 'pageSize'] as const;

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

  /** Settings as they apply here: profile, Region and endpoint only from user settings in an untrusted workspace. */
  settings(): ConnectionSettings {
    return {
      profile: this.reader.read('profile').value || undefined,
      region: this.reader.read('region').value || undefined,
      endpoint: this.reader.read('endpoint').value || undefined,
    };
  }

  /** lambdaExplorer.pageSize, validated (a bad value is 50, with one warning). */
  pageSize(): number {
    return this.reader.read('pageSize').value;
  }

  /** Writes the chosen profile/region to user settings (the change event rebuilds). */
  async choose(changes: { profile?: string; region?: string }): Promise<void> {
    const config = vscode.workspace.getConfiguration(SECTION);
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
      this.statusBar.tooltip = `Lambda Explorer: profile ${c.profile}, Region ${c.region}${c.endpoint ? `, endpoint ${c.endpoint}` : ''}. Click to change.`;
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
