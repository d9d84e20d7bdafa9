// The connection without vscode: builds the one LambdaService from the settings it is given (through an
// injected ClientFactory), keeps the state the welcome views show, and tells listeners when either changes.
// src/ui/vscodeConnection.ts is its vscode edge: it reads the settings, shows the status bar and the context
// key, and rebuilds on configuration and trust changes.
//
// Each build is one LiveConnection that owns everything made for it: the Lambda client, the S3 client (made on
// the first upload, then reused), the used-by index and the layer catalog filled through its service. A rebuild
// or dispose closes the old one: its scans are aborted and its clients destroyed, so nothing keeps calling a
// service that is gone.
import type { ArtifactStore, S3Location, UploadOptions, UploadResult } from '../aws/artifactStore';
import { LayerCatalog } from '../aws/layerCatalog';
import type { LambdaService } from '../aws/lambdaService';
import type { PublishTarget, TargetServices } from '../aws/publishTargets';
import { MissingRegionError } from '../aws/sdkClientFactory';
import type { ClientFactory, Connection, ConnectionSettings } from '../aws/sdkClientFactory';
import { SdkS3ArtifactStore } from '../aws/sdkS3Upload';
import { UsedByIndex } from '../aws/usedByIndex';
import type { Logger } from '../ui/logger';

export type ConnectionState = 'ready' | 'noRegion' | 'noCredentials' | 'invalid';

export interface ActiveConnection {
  service: LambdaService;
  connection: Connection;
  /** Filled through `service`; replaced with the connection. */
  usedBy: UsedByIndex;
  catalog: LayerCatalog;
  /** The artifact bucket for this connection (one S3 client, made on first use). */
  artifacts: ArtifactStore;
}

/** Thrown when something asks the connection for a store while there is none (no Region, closed). */
export class NotConnectedError extends Error {
  override readonly name = 'NotConnectedError';
}

/** An ArtifactStore whose S3 client is built on the first call and destroyed with the connection. */
class LazyArtifactStore implements ArtifactStore {
  private store: SdkS3ArtifactStore | undefined;
  private closed = false;

  constructor(private readonly open: () => SdkS3ArtifactStore) {}

  private get(): SdkS3ArtifactStore {
    if (this.closed) throw new NotConnectedError('The connection changed: run the command again');
    return (this.store ??= this.open());
  }
  async checkBucket(bucket: string, signal?: AbortSignal): Promise<void> {
    return this.get().checkBucket(bucket, signal);
  }
  async upload(file: string, target: S3Location, options?: UploadOptions): Promise<UploadResult> {
    return this.get().upload(file, target, options);
  }
  async remove(target: S3Location): Promise<boolean> {
    return this.closed ? false : this.get().remove(target);
  }
  close(): void {
    this.closed = true;
    this.store?.client.destroy();
    this.store = undefined;
  }
}

/** One build of the connection and everything it owns. */
class LiveConnection implements ActiveConnection {
  readonly usedBy: UsedByIndex;
  readonly catalog: LayerCatalog;
  readonly artifacts: LazyArtifactStore;

  constructor(
    readonly service: LambdaService,
    readonly connection: Connection,
    private readonly client: { destroy(): void },
    openS3: () => SdkS3ArtifactStore,
  ) {
    this.usedBy = new UsedByIndex(service);
    this.catalog = new LayerCatalog(service);
    this.artifacts = new LazyArtifactStore(openS3);
  }

  /** Aborts its scans, then destroys its clients. */
  close(): void {
    this.usedBy.dispose();
    this.catalog.dispose();
    this.artifacts.close();
    this.client.destroy();
  }
}

export class ConnectionManager {
  private live: LiveConnection | undefined;
  state: ConnectionState = 'invalid';
  problem: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    /** The settings as they apply now (read on every rebuild). */
    private readonly settings: () => ConnectionSettings,
    private readonly clients: ClientFactory,
    private readonly log: Logger,
  ) {}

  get active(): ActiveConnection | undefined {
    return this.live;
  }

  /** The current connection's artifact store. Throws NotConnectedError when not connected. */
  artifacts(): ArtifactStore {
    if (!this.live) throw new NotConnectedError(`Not connected: ${this.problem ?? 'no connection'}`);
    return this.live.artifacts;
  }

  /**
   * Services for another Region or profile with this connection's other settings (endpoint): publishing a layer
   * version to many Regions or copying it to another account. The caller closes them.
   */
  targets(target: PublishTarget): TargetServices {
    const settings: ConnectionSettings = {
      ...this.settings(),
      region: target.region,
      ...(target.profile !== undefined ? { profile: target.profile } : {}),
    };
    const { service, client } = this.clients.lambda(settings);
    const artifacts = new LazyArtifactStore(() => new SdkS3ArtifactStore(this.clients.s3(settings).client));
    return {
      lambda: service,
      artifacts,
      close: () => {
        artifacts.close();
        client.destroy();
      },
    };
  }

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

  /** Builds the connection again from the settings; the previous one is closed first. */
  rebuild(): void {
    this.close();
    const settings = this.settings();
    try {
      const { service, client, connection } = this.clients.lambda(settings);
      this.live = new LiveConnection(
        service,
        connection,
        client,
        () => new SdkS3ArtifactStore(this.clients.s3(settings).client),
      );
      this.problem = undefined;
      this.state = 'ready';
      this.log.info(
        `Connected: profile ${connection.profile}, region ${connection.region ?? '?'}${connection.endpoint ? `, endpoint ${connection.endpoint}` : ''}`,
      );
    } catch (e) {
      this.problem = e instanceof Error ? e.message : String(e);
      this.state = e instanceof MissingRegionError ? 'noRegion' : 'invalid';
      this.log.warn(`Not connected: ${this.problem}`);
    }
    this.fire();
  }

  private close(): void {
    const live = this.live;
    this.live = undefined;
    live?.close();
  }

  private fire(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Closes the connection (scans aborted, clients destroyed); no more events. */
  dispose(): void {
    this.listeners.clear();
    this.close();
  }
}
