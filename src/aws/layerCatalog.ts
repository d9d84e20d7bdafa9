// The newest version of every layer in the account and Region, from ListLayers (which returns each layer's
// LatestMatchingVersion). Used to mark attached layer versions as outdated. Loaded once per connection,
// all pages, on first need (dispose() aborts that load when the connection goes away); layers of other accounts are not in it (their status is "unknown").
import { parseLayerVersionArn } from './layerArn';
import type { LambdaService, LayerVersionSummary } from './lambdaService';

export class LayerCatalog {
  private latestByLayerArn: Map<string, LayerVersionSummary> | undefined;
  private loading: Promise<void> | undefined;
  /** Aborts the load in flight when the connection goes away. */
  private readonly controller = new AbortController();

  constructor(private readonly lambda: LambdaService) {}

  /** Loads the catalog unless loaded; concurrent callers share one pass. */
  ensure(signal?: AbortSignal): Promise<void> {
    if (this.latestByLayerArn) return Promise.resolve();
    this.loading ??= (async () => {
      const own = this.controller.signal;
      try {
        own.throwIfAborted();
        const map = new Map<string, LayerVersionSummary>();
        const both = signal ? AbortSignal.any([signal, own]) : own;
        for await (const page of this.lambda.listLayers({ signal: both })) {
          for (const layer of page.items) if (layer.latest) map.set(layer.arn, layer.latest);
        }
        this.latestByLayerArn = map;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** The connection is going away: abort a load in flight. */
  dispose(): void {
    this.controller.abort();
    this.latestByLayerArn = undefined;
  }

  invalidate(): void {
    this.latestByLayerArn = undefined;
  }

  /** Records a version we just learned about (published, or listed) without a reload. */
  observe(version: LayerVersionSummary): void {
    const map = this.latestByLayerArn;
    if (!map) return;
    const known = map.get(version.layerArn);
    if (!known || known.version < version.version) map.set(version.layerArn, version);
  }

  /**
   * The newest version of the layer this version belongs to, when it is newer; `undefined` when the version is
   * the newest, or the layer is unknown (another account, deleted, catalog not loaded).
   */
  newerThan(layerVersionArn: string): LayerVersionSummary | undefined {
    const parsed = parseLayerVersionArn(layerVersionArn);
    if (!parsed || !this.latestByLayerArn) return undefined;
    const latest = this.latestByLayerArn.get(parsed.layerArn);
    return latest && latest.version > parsed.version ? latest : undefined;
  }

  get isLoaded(): boolean {
    return this.latestByLayerArn !== undefined;
  }
}
