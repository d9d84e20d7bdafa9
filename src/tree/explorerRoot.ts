// One connection's part of the explorer: its two roots (functions, layers) over its own services, and the
// connection node each view shows it as when there are several. No vscode.
import type { ArtifactStore } from '../aws/artifactStore';
import type { CodeStore } from '../code/codeStore';
import type { LayerCatalog } from '../aws/layerCatalog';
import type { LambdaService } from '../aws/lambdaService';
import type { UsedByIndex } from '../aws/usedByIndex';
import { ConnectionNode } from './nodes/connectionNode';
import type { ConnectionRootInfo, ViewName } from './nodes/connectionNode';
import { FunctionsRoot } from './nodes/functionNodes';
import { LayersRoot } from './nodes/layerNodes';
import type { TreeServices } from './nodes/treeServices';

export interface ExplorerConnection {
  lambda: LambdaService;
  usedBy: UsedByIndex;
  catalog: LayerCatalog;
  /** The connection's artifact bucket store (its own S3 client). */
  artifacts?: ArtifactStore;
  /** Published code (Contents nodes). */
  code?: CodeStore;
}

/** One connection as the explorer gets it. */
export interface ExplorerRootSpec extends Omit<ConnectionRootInfo, 'isActive'> {
  /** Undefined while it is not connected (its root then shows `problem` with a retry). */
  connection: ExplorerConnection | undefined;
  /** Its Region, to find the connection of an ARN. */
  region?: string;
  /** Builds it again (the retry under a root that could not connect). */
  reconnect(): void;
}

/** One connection's roots. */
export class Root {
  services: TreeServices | undefined;
  functionsRoot: FunctionsRoot | undefined;
  layersRoot: LayersRoot | undefined;
  readonly nodes: Record<ViewName, ConnectionNode>;

  constructor(
    public spec: ExplorerRootSpec,
    isActive: (key: string) => boolean,
    make: (connection: ExplorerConnection) => TreeServices,
  ) {
    const info = (): ConnectionRootInfo => ({ ...this.spec, isActive: isActive(this.spec.key) });
    const node = (view: ViewName) =>
      new ConnectionNode(
        info(),
        view,
        () => (view === 'functions' ? this.functionsRoot : this.layersRoot),
        () => this.spec.reconnect(),
      );
    this.nodes = { functions: node('functions'), layers: node('layers') };
    if (spec.connection) {
      this.services = make(spec.connection);
      this.functionsRoot = new FunctionsRoot(this.services, this.nodes.functions);
      this.layersRoot = new LayersRoot(this.services, {}, this.nodes.layers);
    }
  }

  get key(): string {
    return this.spec.key;
  }

  /** Whether an ARN (a function's, a layer's or a version's) is among what this connection listed. */
  knows(arn: string): boolean {
    const under = (a: string) => arn === a || arn.startsWith(`${a}:`);
    return (
      (this.functionsRoot?.pager.items.some((f) => under(f.arn)) ?? false) ||
      (this.layersRoot?.pager.items.some((l) => under(l.arn)) ?? false)
    );
  }

  /** Whether a function or layer of this name is among what this connection listed. */
  lists(kind: 'function' | 'layer', name: string): boolean {
    return kind === 'function'
      ? (this.functionsRoot?.pager.items.some((f) => f.name === name) ?? false)
      : (this.layersRoot?.pager.items.some((l) => l.name === name) ?? false);
  }

  dispose(): void {
    this.functionsRoot?.dispose();
    this.layersRoot?.dispose();
  }
}
