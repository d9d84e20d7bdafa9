// What nodes need from the outside world, passed to their constructors. No vscode.
import type { CodeStore } from '../../code/codeStore';
import type { LayerCatalog } from '../../aws/layerCatalog';
import type { LambdaService } from '../../aws/lambdaService';
import type { UsedByIndex } from '../../aws/usedByIndex';
import { isLambdaError } from '../../aws/errors';
import type { Logger } from '../../ui/logger';
import type { TreeNode } from '../treeNode';

export interface TreeServices {
  lambda: LambdaService;
  usedBy: UsedByIndex;
  catalog: LayerCatalog;
  /** Published code (Contents nodes); absent = no Contents nodes. */
  code?: CodeStore;
  /** Items asked for per page. */
  pageSize: number;
  now(): Date;
  /** A node changed on its own (a background load finished): re-render it (undefined = the whole view). */
  changed(node: TreeNode | undefined): void;
  /** A short, user-facing reason for a failure (details go to the log). */
  describeError(e: unknown): string;
  /** Where failed loads are logged (the error node's hover points there). */
  log?: Logger;
}

/** A load failed: log it (what, and the error's details), and return the short reason the error node shows. */
export function describeLoadFailure(services: TreeServices, what: string, e: unknown): string {
  if (!isLambdaError(e, 'Cancelled')) services.log?.error(`Failed to load ${what}`, e);
  return services.describeError(e);
}
