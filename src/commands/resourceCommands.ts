// Copy ARN / name, open in the AWS console. They take a resource (from a tree node), or ask for one when run
// from the palette.
import { consoleUrl } from '../aws/consoleUrl';
import type { ResourceRef, TreeNode } from '../tree/treeNode';
import type { CommandDeps } from './commandDeps';

/** Resolves the resource a command acts on: the node's, or one the user picks from what is loaded. */
export async function resolveResource(
  deps: CommandDeps,
  node: TreeNode | ResourceRef | undefined,
  title: string,
): Promise<ResourceRef> {
  if (node && 'kind' in node && 'arn' in node) return node;
  const fromNode = node?.resource;
  if (fromNode) return fromNode;
  const functions = deps.explorer.functionsRoot?.pager.items ?? [];
  const layers = deps.explorer.layersRoot?.pager.items ?? [];
  return deps.prompter.pick<ResourceRef>(
    [
      ...functions.map((f) => ({
        label: f.name,
        description: f.runtime,
        value: { kind: 'function' as const, arn: f.arn, name: f.name },
        group: 'Functions',
      })),
      ...layers.map((l) => ({
        label: l.name,
        description: l.latest ? `v${l.latest.version}` : undefined,
        value: { kind: 'layer' as const, arn: l.arn, name: l.name },
        group: 'Layers',
      })),
    ],
    { title, placeholder: 'Pick a function or layer (the ones loaded in the explorer)' },
  );
}

export async function copyArn(deps: CommandDeps, node?: TreeNode | ResourceRef): Promise<string> {
  const r = await resolveResource(deps, node, 'Copy ARN');
  await deps.copyToClipboard(r.arn);
  return r.arn;
}

export async function copyName(deps: CommandDeps, node?: TreeNode | ResourceRef): Promise<string> {
  const r = await resolveResource(deps, node, 'Copy Name');
  await deps.copyToClipboard(r.name);
  return r.name;
}

export async function openInConsole(deps: CommandDeps, node?: TreeNode | ResourceRef): Promise<string> {
  const r = await resolveResource(deps, node, 'Open in AWS Console');
  const url = consoleUrl(r, deps.connection.region() ?? 'us-east-1');
  await deps.openExternal(url);
  return url;
}
