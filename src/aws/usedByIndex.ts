// "Which functions use this layer version?" has no AWS API. ListFunctions (FunctionVersion=ALL) includes each
// function's and each published version's Layers[], so one sequential pass over its pages answers it for
// every layer version at once. The index belongs to one connection (its service), is built once and refreshed on
// demand; dispose() aborts a pass in flight when the connection goes away.
import type { FunctionSummary, LambdaService } from './lambdaService';
import { SharedLoad } from './sharedLoad';

/** A function (or a published version of it) that references a layer version. */
export interface LayerUser {
  functionName: string;
  /** `$LATEST` or a published version number. */
  version: string;
  /** Qualified for published versions. */
  arn: string;
  /** 1-based position in the function's layer list (merge order). */
  position: number;
  runtime?: string;
}

export interface UsedByProgress {
  pages: number;
  functions: number;
}

export class UsedByIndex {
  private byLayerVersion = new Map<string, LayerUser[]>();
  private readonly pass = new SharedLoad();
  private generation = 0;
  /** When the last complete pass finished (ms since epoch); undefined before the first. */
  builtAt: number | undefined;
  /** Functions seen in the last complete pass ($LATEST and published versions). */
  functionsScanned = 0;

  constructor(
    private readonly lambda: LambdaService,
    private readonly now: () => number = Date.now,
  ) {}

  get isBuilt(): boolean {
    return this.builtAt !== undefined;
  }

  /** Users of one layer version, in function-name order; undefined until the index is built. */
  usersOf(layerVersionArn: string): LayerUser[] | undefined {
    if (!this.isBuilt) return undefined;
    return this.byLayerVersion.get(layerVersionArn) ?? [];
  }

  /**
   * Builds the index unless it is built; concurrent callers share one pass. A caller's `signal` cancels its own
   * wait; the pass itself stops only when every caller has cancelled (or the index is disposed).
   */
  ensure(signal?: AbortSignal, onProgress?: (p: UsedByProgress) => void): Promise<void> {
    if (this.isBuilt) return Promise.resolve();
    return this.pass.join((own) => this.build(own, onProgress), signal);
  }

  /** Forgets the index and builds it again. */
  rebuild(signal?: AbortSignal, onProgress?: (p: UsedByProgress) => void): Promise<void> {
    this.invalidate();
    return this.pass.join((own) => this.build(own, onProgress), signal);
  }

  invalidate(): void {
    this.generation++;
    this.pass.abort();
    this.builtAt = undefined;
  }

  /** The connection is going away: abort a pass in flight (every caller sees the abort) and forget the index. */
  dispose(): void {
    this.invalidate();
  }

  private async build(signal: AbortSignal, onProgress?: (p: UsedByProgress) => void): Promise<void> {
    const generation = this.generation;
    const next = new Map<string, LayerUser[]>();
    let pages = 0;
    let functions = 0;
    for await (const page of this.lambda.listFunctions({ allVersions: true, signal })) {
      pages++;
      functions += page.items.length;
      for (const fn of page.items) addUses(next, fn);
      onProgress?.({ pages, functions });
    }
    if (generation !== this.generation) return;
    for (const users of next.values()) {
      users.sort(
        (a, b) =>
          a.functionName.localeCompare(b.functionName) || versionRank(a.version) - versionRank(b.version),
      );
    }
    this.byLayerVersion = next;
    this.functionsScanned = functions;
    this.builtAt = this.now();
  }
}

function addUses(index: Map<string, LayerUser[]>, fn: FunctionSummary): void {
  fn.layers.forEach((layer, i) => {
    let users = index.get(layer.arn);
    if (!users) index.set(layer.arn, (users = []));
    users.push({
      functionName: fn.name,
      version: fn.version,
      arn: fn.arn,
      position: i + 1,
      runtime: fn.runtime,
    });
  });
}

function versionRank(v: string): number {
  return v === '$LATEST' ? -1 : Number(v);
}
