// The connection at the vscode edge: reads lambdaExplorer.profile/region/endpoint, builds the one LambdaService,
// shows `profile @ region` in the status bar, sets the context key the welcome views use, and rebuilds
// everything when a setting changes. Used-by indexes and layer catalogs are cached per profile/Region/endpoint.
import * as vscode from 'vscode';
import { createLambdaService, MissingRegionError } from '../aws/sdkClientFactory';
import type { Connection, ConnectionSettings } from '../aws/sdkClientFactory';
import { LayerCatalog } from '../aws/layerCatalog';
import type { LambdaService } from '../aws/lambdaService';
import { UsedByIndex } from '../aws/usedByIndex';
import type { Logger } from '../ui/logger';

export type ConnectionState = 'ready' | 'noRegion' | 'noCredentials' | 'invalid';

export interface ActiveConnection {
  service: LambdaService;
  connection: Connection;
  key: string;
  usedBy: UsedByIndex;
  catalog: LayerCatalog;
}

const SECTION = 'lambdaExplorer';
const KEYS = ['profile', 'region', 'endpoint', 'pageSize'] as const;

export class ConnectionManager implements vscode.Disposable {
  active: ActiveConnection | undefined;
  state: ConnectionState = 'invalid';
  problem: string | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly statusBar: vscode.StatusBarItem;
  private readonly caches = new Map<string, { usedBy: UsedByIndex; catalog: LayerCatalog }>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly log: Logger) {
    this.statusBar = vscode.window.createStatusBarItem(
      'lambdaExplorer.connection',
      vscode.StatusBarAlignment.Left,
      10,
    );
    this.statusBar.name = 'Lambda Explorer Connection';
    this.statusBar.command = 'lambdaExplorer.connection.pick';
    this.disposables.push(
      this.statusBar,
      this.emitter,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (KEYS.some((k) => e.affectsConfiguration(`${SECTION}.${k}`))) this.rebuild();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.rebuild()),
    );
    this.rebuild(false);
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
    if (this.state === 'noCredentials') return;
    this.problem = message;
    this.setState('noCredentials');
    this.emitter.fire();
  }

  rebuild(fire = true): void {
    const settings = this.settings();
    try {
      const { service, connection } = createLambdaService(settings);
      const key = `${connection.profile}|${connection.region ?? ''}|${connection.endpoint ?? ''}`;
      let cache = this.caches.get(key);
      if (!cache)
        this.caches.set(
          key,
          (cache = { usedBy: new UsedByIndex(service), catalog: new LayerCatalog(service) }),
        );
      this.active = { service, connection, key, ...cache };
      this.problem = undefined;
      this.setState('ready');
      this.log.info(
        `Connected: profile ${connection.profile}, region ${connection.region ?? '?'}${connection.endpoint ? `, endpoint ${connection.endpoint}` : ''}`,
      );
    } catch (e) {
      this.active = undefined;
      this.problem = e instanceof Error ? e.message : String(e);
      this.setState(e instanceof MissingRegionError ? 'noRegion' : 'invalid');
      this.log.warn(`Not connected: ${this.problem}`);
    }
    if (fire) this.emitter.fire();
  }

  private setState(state: ConnectionState): void {
    this.state = state;
    void vscode.commands.executeCommand('setContext', 'lambdaExplorer.connectionState', state);
    this.renderStatus();
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
