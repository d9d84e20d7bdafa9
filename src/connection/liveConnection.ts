// One built connection and everything it owns: the Lambda client, the S3 and STS clients (loaded and made on the
// first upload, then reused: the caller's account is asked once per connection), the used-by index and the layer catalog filled through its service. close() aborts its scans and
// destroys its clients, so nothing keeps calling a service that is gone.
import type { ArtifactStore, S3Location, UploadOptions, UploadResult } from '../aws/artifactStore';
import { LayerCatalog } from '../aws/layerCatalog';
import type { LambdaService } from '../aws/lambdaService';
import type { Connection } from '../aws/sdkClientFactory';
import type { OwnedArtifactStore } from '../aws/sdkArtifacts';
import { UsedByIndex } from '../aws/usedByIndex';

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

/** An ArtifactStore whose S3 side is loaded and built on the first call and destroyed with the connection. */
export class LazyArtifactStore implements ArtifactStore {
  private store: Promise<OwnedArtifactStore> | undefined;
  private closed = false;

  constructor(private readonly open: () => Promise<OwnedArtifactStore>) {}

  private async get(): Promise<OwnedArtifactStore> {
    if (this.closed) throw new NotConnectedError('The connection changed: run the command again');
    this.store ??= this.open();
    const store = await this.store;
    // Closed while it loaded: close() could not reach it, so destroy it here.
    if (this.closed) {
      store.destroy();
      throw new NotConnectedError('The connection changed: run the command again');
    }
    return store;
  }
  async checkBucket(bucket: string, signal?: AbortSignal): Promise<void> {
    return (await this.get()).checkBucket(bucket, signal);
  }
  async upload(file: string, target: S3Location, options?: UploadOptions): Promise<UploadResult> {
    return (await this.get()).upload(file, target, options);
  }
  async remove(target: S3Location): Promise<boolean> {
    return this.closed ? false : (await this.get()).remove(target);
  }
  close(): void {
    this.closed = true;
    const store = this.store;
    this.store = undefined;
    store?.then((s) => s.destroy()).catch(() => undefined);
  }
}

/** One build of the connection and everything it owns. */
export class LiveConnection implements ActiveConnection {
  readonly usedBy: UsedByIndex;
  readonly catalog: LayerCatalog;
  readonly artifacts: LazyArtifactStore;

  constructor(
    readonly service: LambdaService,
    readonly connection: Connection,
    private readonly client: { destroy(): void },
    openS3: () => Promise<OwnedArtifactStore>,
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
