// Which published code a code command acts on: a Contents / folder / file node, a layer version, a function or a
// published version (node, ref or ARN); from the palette, a picked layer version or function.
import type { CodeStore } from '../../code/codeStore';
import { functionTargetFromArn, layerTargetFromArn } from '../../code/codeUri';
import type { CodeTarget } from '../../code/codeUri';
import type { ContentsNode } from '../../tree/nodes/contentsNodes';
import type { TreeNode } from '../../tree/treeNode';
import type { CommandDeps } from '../commandDeps';
import { connectionOf } from './connection';
import { isTreeNode, resolveLayerVersionTarget, resolveResource, resourceFrom } from './resolve';

export function codeStoreOf(deps: Pick<CommandDeps, 'explorer'>): CodeStore {
  const code = connectionOf(deps).code;
  if (!code) throw new Error('Published code cannot be browsed on this connection.');
  return code;
}

function isTarget(x: unknown): x is CodeTarget {
  return typeof x === 'object' && x !== null && 'kind' in x && 'account' in x && 'region' in x && 'name' in x;
}

/** The target named by `arg` without asking, or undefined. */
export function codeTargetFrom(arg: unknown): CodeTarget | undefined {
  if (isTarget(arg)) return arg;
  if (isTreeNode(arg)) {
    for (let x: TreeNode | undefined = arg; x; x = x.parent)
      if (x.kind === 'contents') return (x as ContentsNode).target;
  }
  const ref = resourceFrom(arg);
  if (ref?.kind === 'layerVersion') return layerTargetFromArn(ref.arn);
  if (ref?.kind === 'function') return functionTargetFromArn(ref.arn, '$LATEST');
  if (ref?.kind === 'functionVersion' && ref.version) return functionTargetFromArn(ref.arn, ref.version);
  return undefined;
}

export async function resolveCodeTarget(deps: CommandDeps, arg: unknown, title: string): Promise<CodeTarget> {
  const direct = codeTargetFrom(arg);
  if (direct) return direct;
  const ref = resourceFrom(arg) ?? (await resolveResource(deps, arg, title));
  if (ref.kind === 'layer') {
    const v = await resolveLayerVersionTarget(deps, ref, title);
    const t = layerTargetFromArn(v.arn);
    if (t) return t;
  }
  const again = codeTargetFrom(ref);
  if (!again) throw new Error(`No published code to open for ${ref.name}`);
  return again;
}
