// The newest version of every layer in the account and Region, from ListLayers (which returns each layer's
// LatestMatchingVersion). Used to mark attached layer versions as outdated. Loaded once per connection, all
// pages, on first need, as one load shared by every caller (dispose() aborts it when the connection goes away);
// layers of other accounts are not in it (their status is "unknown").
import { isLambdaError } from './errors';
import { parseLayerVersionArn } from './layerArn';
import type { LambdaService, LayerVersionSummary } from './lambdaService';
import { SharedLoad } from './sharedLoad';

export class LayerCatalog {
  private latestByLayerArn: Map<string, LayerVersionSummary> | undefined;
  private readonly loading = new SharedLoad();
  private generation = 0;
  /** Attached layer versions checked with GetLayerVersionByArn: true = exists, false = deleted. */
  private readonly exists = new Map<string, boolean>();

  constructor(private readonly lambda: LambdaService) {}

  /**
   * Loads the catalog unless loaded; concurrent callers share one pass. A caller's `signal` cancels its own
   * wait; the load stops only when every caller has cancelled (or the catalog is disposed).
   */
  ensure(signal?: AbortSignal): Promise<void> {
    if (this.latestByLayerArn) return Promise.resolve();
    return this.loading.join((own) => this.load(own), signal);
  }

  private async load(signal: AbortSignal): Promise<void> {
    const generation = this.generation;
    const map = new Map<string, LayerVersionSummary>();
    for await (const page of this.lambda.listLayers({ signal })) {
      for (const layer of page.items) if (layer.latest) map.set(layer.arn, layer.latest);
    }
    if (generation === this.generation) this.latestByLayerArn = map;
  }

  /** The connection is going away: abort a load in flight. */
  dispose(): void {
    this.generation++;
    this.loading.abort();
    this.latestByLayerArn = undefined;
    this.exists.clear();
  }

  invalidate(): void {
    this.latestByLayerArn = undefined;
    this.exists.clear();
  }

  /**
   * Learns whether attached layer versions still exist (a deleted version stays attached to the functions that
   * use it): one GetLayerVersionByArn per version not yet checked. A version that cannot be read for another
   * reason (another account's layer, throttling) stays unknown.
   */
  async checkVersions(arns: string[], signal?: AbortSignal): Promise<void> {
    const todo = [...new Set(arns)].filter((a) => !this.exists.has(a) && parseLayerVersionArn(a));
    await Promise.all(
      todo.map(async (arn) => {
        try {
          await this.lambda.getLayerVersionByArn(arn, { signal });
          this.exists.set(arn, true);
        } catch (e) {
          if (isLambdaError(e, 'NotFound')) this.exists.set(arn, false);
        }
      }),
    );
  }

  /** True when checkVersions found the version deleted. */
  isDeleted(layerVersionArn: string): boolean {
    return this.exists.get(layerVersionArn) === false;
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
