// Show a function's configuration / a layer version's policy. Until the webview panels land, these open a
// read-only JSON document built from the same domain data (secrets masked, download URLs left out).
import type { TreeNode, ResourceRef } from '../tree/treeNode';
import type { CommandDeps } from './commandDeps';
import { resolveResource } from './resourceCommands';

async function pickOf(deps: CommandDeps, n: TreeNode | undefined, kinds: ResourceRef['kind'][], title: string): Promise<ResourceRef> {
  const r = await resolveResource(deps, n, title);
  if (!kinds.includes(r.kind)) throw new Error(`Pick a ${kinds.join(' or ')}: ${r.name}`);
  return r;
}

export async function showFunctionConfiguration(deps: CommandDeps, n?: TreeNode): Promise<unknown> {
  const lambda = deps.explorer.connection?.lambda;
  if (!lambda) throw new Error('Not connected to AWS. Choose a profile and Region first.');
  const r = await pickOf(deps, n, ['function', 'functionVersion'], 'Show Function Configuration');
  const config = await lambda.getFunctionConfiguration(r.name, { qualifier: r.version });
  const masked = { ...config, environment: config.environment ? Object.fromEntries(Object.keys(config.environment).map((k) => [k, '••••••'])) : undefined };
  await deps.openJson(`${r.name}${r.version ? `:${r.version}` : ''} configuration`, masked);
  return masked;
}

export async function showLayerVersionPolicy(deps: CommandDeps, n?: TreeNode): Promise<unknown> {
  const lambda = deps.explorer.connection?.lambda;
  if (!lambda) throw new Error('Not connected to AWS. Choose a profile and Region first.');
  const r = await pickOf(deps, n, ['layerVersion'], 'Show Layer Version Policy');
  const policy = await lambda.getLayerVersionPolicy(r.name, Number(r.version));
  const value = policy ?? { message: 'This layer version has no grants: only its own account can use it.' };
  await deps.openJson(`${r.name}:${r.version} policy`, value);
  return value;
}
