// Show a function's configuration / a layer version (details and policy) in a webview panel: from a tree node
// (a function, a published version, an attached layer, a layer version, or any node under them), a ref or an
// ARN, or from the palette with a picker. One panel per ARN and connection: running it again reveals the open one.
import { underConnection } from '../aws/resourceRef';
import type { ResourceRef } from '../aws/resourceRef';
import type { CommandDeps } from './commandDeps';
import { connectionOf } from './steps/connection';
import { resolveLayerVersionTarget, resolveResource } from './steps/resolve';

export async function showFunctionConfiguration(deps: CommandDeps, arg?: unknown): Promise<ResourceRef> {
  connectionOf(deps);
  const r = await resolveResource(deps, arg, 'Show Function Configuration');
  if (r.kind !== 'function' && r.kind !== 'functionVersion') throw new Error(`Pick a function: ${r.name}`);
  // The panel keeps to the connection the command runs on (another may list the same ARN).
  const shown = underConnection(r, deps.explorer.key);
  deps.panels.showFunction(shown);
  return shown;
}

export async function showLayerVersionPolicy(deps: CommandDeps, arg?: unknown): Promise<ResourceRef> {
  connectionOf(deps);
  const t = await resolveLayerVersionTarget(deps, arg, 'Show Layer Version');
  const ref: ResourceRef = {
    kind: 'layerVersion',
    arn: t.arn,
    name: t.layerName,
    version: String(t.version),
  };
  const shown = underConnection(ref, deps.explorer.key);
  deps.panels.showLayerVersion(shown);
  return shown;
}
