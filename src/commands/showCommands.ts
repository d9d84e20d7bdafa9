// Show a function's configuration / a layer version (details and policy) in a webview panel: from a tree node
// (a function, a published version, an attached layer, a layer version, or any node under a function), or from
// the palette with a picker. One panel per ARN: running it again reveals the open one.
import type { ResourceRef, TreeNode } from '../tree/treeNode';
import type { CommandDeps } from './commandDeps';
import { resolveLayerVersion } from './policyCommands';
import { resolveResource } from './resourceCommands';

/** The node's own resource, or the nearest ancestor's (e.g. a "Layers" or "Configuration" child of a function). */
function resourceOf(n: TreeNode | ResourceRef | undefined): TreeNode | ResourceRef | undefined {
  if (!n || ('kind' in n && 'arn' in n)) return n;
  let node: TreeNode | undefined = n;
  while (node && !node.resource) node = node.parent;
  return node?.resource ?? n;
}

export async function showFunctionConfiguration(
  deps: CommandDeps,
  n?: TreeNode | ResourceRef,
): Promise<ResourceRef> {
  if (!deps.explorer.connection) throw new Error('Not connected to AWS. Choose a profile and Region first.');
  const r = await resolveResource(deps, resourceOf(n), 'Show Function Configuration');
  if (r.kind !== 'function' && r.kind !== 'functionVersion') throw new Error(`Pick a function: ${r.name}`);
  deps.panels.showFunction(r);
  return r;
}

export async function showLayerVersionPolicy(
  deps: CommandDeps,
  n?: TreeNode | ResourceRef,
): Promise<ResourceRef> {
  if (!deps.explorer.connection) throw new Error('Not connected to AWS. Choose a profile and Region first.');
  const t = await resolveLayerVersion(deps, resourceOf(n), 'Show Layer Version');
  const ref: ResourceRef = {
    kind: 'layerVersion',
    arn: t.arn,
    name: t.layerName,
    version: String(t.version),
  };
  deps.panels.showLayerVersion(ref);
  return ref;
}
