// The connection without vscode: builds the one LambdaService from the settings it is given (through an
// injected ClientFactory), keeps the state the welcome views show, and tells listeners when either changes.
// src/ui/vscodeConnection.ts is its vscode edge: it reads the settings, shows the status bar and the context
// key, and rebuilds on configuration and trust changes. Used-by indexes and layer catalogs are cached per
// profile/Region/endpoint.
import { LayerCatalog } from '../aws/layerCatalog';
import type { LambdaService } from '../aws/lambdaService';
import { MissingRegionError } from '../aws/sdkClientFactory';
import type { ClientFactory, Connection, ConnectionSettings } from '../aws/sdkClientFactory';
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

export class ConnectionManager {
  active: ActiveConnection | undefined;
  state: ConnectionState = 'invalid';
  problem: string | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly caches = new Map<string, { usedBy: UsedByIndex; catalog: LayerCatalog }>();

  constructor(
    /** The settings as they apply now (read on every rebuild). */
    private readonly settings: () => ConnectionSettings,
    private readonly clients: ClientFactory,
    private readonly log: Logger,
  ) {}

  /** Called after every rebuild and state change. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** A call failed for want of credentials: show the welcome view that says how to configure them. */
  reportCredentialsProblem(message: string): void {
    if (this.state === 'noCredentials') return;
    this.problem = message;
    this.state = 'noCredentials';
    this.fire();
  }

  /** Builds the connection again from the settings. */
  rebuild(): void {
    try {
      const { service, connection } = this.clients.lambda(this.settings());
      const key = `${connection.profile}|${connection.region ?? ''}|${connection.endpoint ?? ''}`;
      let cache = this.caches.get(key);
      if (!cache)
        this.caches.set(
          key,
          (cache = { usedBy: new UsedByIndex(service), catalog: new LayerCatalog(service) }),
        );
      this.active = { service, connection, key, ...cache };
      this.problem = undefined;
      this.state = 'ready';
      this.log.info(
        `Connected: profile ${connection.profile}, region ${connection.region ?? '?'}${connection.endpoint ? `, endpoint ${connection.endpoint}` : ''}`,
      );
    } catch (e) {
      this.active = undefined;
      this.problem = e instanceof Error ? e.message : String(e);
      this.state = e instanceof MissingRegionError ? 'noRegion' : 'invalid';
      this.log.warn(`Not connected: ${this.problem}`);
    }
    this.fire();
  }

  private fire(): void {
    for (const listener of [...this.listeners]) listener();
  }

  dispose(): void {
    this.listeners.clear();
  }
}
