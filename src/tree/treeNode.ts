// Tree nodes in plain data: no vscode here. lambdaTreeProvider.ts turns a NodeView into a vscode.TreeItem.

import type { ResourceRef } from '../aws/resourceRef';
import { DISPLAY_LIMITS, displayLine } from '../ui/displayText';

/** A codicon id (`layers`, `error`…) with an optional theme color, or an SVG of ours in media/ (light/dark). */
export type IconSpec =
  { codicon: string; color?: 'warning' | 'error' | 'muted' | 'accent' } | { media: string };

/** What the provider needs to render a node. */
export interface NodeView {
  label: string;
  description?: string;
  /** Markdown tooltip (text from AWS is escaped by whoever builds it). */
  tooltip?: string;
  icon?: IconSpec;
  /** Drives menus (package.json `viewItem == …`). */
  contextValue: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** Run on click. */
  command?: { id: string; title: string };
  /** A warning decoration on the label (deprecated runtime, outdated layer). */
  warning?: { badge: string; tooltip: string };
}

// Re-exported for the importers outside aws/ and tree/ that still take it from here; new code imports it
// from ../aws/resourceRef.

export interface LoadContext {
  signal: AbortSignal;
}

/** What a node is: commands and panels dispatch on this field, never on `instanceof` (which breaks across bundles). */
export type NodeKind =
  /** With several connections: the top of a view (its children are the connection roots), and one root. */
  | 'connections'
  | 'connection'
  | 'functionsRoot'
  | 'function'
  | 'functionLayers'
  | 'attachedLayer'
  | 'functionVersions'
  | 'functionVersion'
  | 'layersRoot'
  | 'layer'
  | 'layerVersion'
  | 'usedBy'
  | 'usedByFunction'
  | 'contents'
  | 'codeFolder'
  | 'codeFile'
  | 'loadMore'
  | 'error'
  | 'message';

export interface TreeNode {
  /** Stable across refreshes (ARN-based) so that expansion survives. */
  readonly id: string;
  readonly kind: NodeKind;
  readonly parent?: TreeNode;
  readonly resource?: ResourceRef;
  view(): NodeView;
  children?(ctx: LoadContext): Promise<TreeNode[]>;
  /** Forget what this node loaded (only this node and its own children); loads in flight below it are aborted. */
  refresh?(): void;
  /** The node goes away (new connection, refreshed parent): abort its loads and its children's. */
  dispose?(): void;
}

/** Escapes text for a markdown tooltip: AWS names and descriptions are untrusted (see src/ui/markdownText.ts). */
export { mdText as md, mdCode } from '../ui/markdownText';

/**
 * The view as the user sees it: invisible and bidi characters in the label, description and badge tooltip shown
 * as `<U+202E>`, the description cut to one short line. The provider renders this, never the raw view.
 */
export function displayView(v: NodeView): NodeView {
  return {
    ...v,
    label: displayLine(v.label, DISPLAY_LIMITS.treeLabel),
    description:
      v.description === undefined ? undefined : displayLine(v.description, DISPLAY_LIMITS.treeDescription),
    warning: v.warning && { badge: v.warning.badge, tooltip: displayLine(v.warning.tooltip) },
  };
}
