// Whole listings for pickers (the explorer pages; a picker needs everything). Each takes the command's signal.
import type {
  FunctionSummary,
  LambdaService,
  LayerSummary,
  LayerVersionSummary,
  Page,
} from '../../aws/lambdaService';

/** Every item of a paged listing, optionally stopping at `limit` items. */
export async function collect<T>(
  pages: AsyncIterable<Page<T>>,
  limit = Infinity,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  for await (const page of pages) {
    items.push(...page.items);
    if (items.length >= limit) return { items, truncated: page.nextMarker !== undefined };
  }
  return { items, truncated: false };
}

export async function allLayers(lambda: LambdaService, signal?: AbortSignal): Promise<LayerSummary[]> {
  return (await collect(lambda.listLayers({ signal }))).items;
}

/** A layer's live versions, newest first. */
export async function layerVersions(
  lambda: LambdaService,
  layerName: string,
  signal?: AbortSignal,
): Promise<LayerVersionSummary[]> {
  const { items } = await collect(lambda.listLayerVersions(layerName, { signal }));
  return items.sort((a, b) => b.version - a.version);
}

/** The newest live version of a layer, or undefined (a new layer, or all versions deleted). */
export async function newestVersion(
  lambda: LambdaService,
  layerName: string,
  signal?: AbortSignal,
): Promise<LayerVersionSummary | undefined> {
  for await (const page of lambda.listLayerVersions(layerName, { pageSize: 1, signal })) return page.items[0];
  return undefined;
}

/** Functions for a picker: at most `limit` (a picker of 10,000 names helps nobody). */
export function someFunctions(
  lambda: LambdaService,
  signal?: AbortSignal,
  limit = 2000,
): Promise<{ items: FunctionSummary[]; truncated: boolean }> {
  return collect(lambda.listFunctions({ signal }), limit);
}
