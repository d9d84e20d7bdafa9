// Resolve: what a command acts on, from whatever it was given. A command runs from a tree menu (a node), from a
// panel button (a ResourceRef), from another command (a summary), from the palette or a keybinding (nothing, or
// an ARN / name string). One typed resolver per resource kind turns any of those into a domain value, and asks
// with a picker when it was given nothing. Dispatch is on the `kind` field, never `instanceof` (the classes of
// a bundle are not the classes of a test build).
import * as path from 'path';
import { layerVersionLabel, parseFunctionArn, parseLayerVersionArn } from '../../aws/layerArn';
import type { FunctionSummary, LayerVersionSummary } from '../../aws/lambdaService';
import type { LayerUser } from '../../aws/usedByIndex';
import type { AttachedLayerNode, FunctionNode } from '../../tree/nodes/functionNodes';
import type { LayerNode, LayerVersionNode, UsedByNode } from '../../tree/nodes/layerNodes';
import type { ResourceRef } from '../../aws/resourceRef';
import type { TreeNode } from '../../tree/treeNode';
import type { CommandDeps } from '../commandDeps';
import { lambdaOf } from './connection';
import { allLayers, layerVersions } from './listing';

/** A layer version by name and number (what the policy commands and panels act on). */
export interface LayerVersionTarget {
  layerName: string;
  version: number;
  arn: string;
}

/** A layer attached to a function (what detach / move / upgrade act on). */
export interface AttachedTarget {
  fn: FunctionSummary;
  arn: string;
}

const FUNCTION_NAME = /^[a-zA-Z0-9-_]{1,64}$/;

export function isTreeNode(x: unknown): x is TreeNode {
  return typeof x === 'object' && x !== null && 'id' in x && 'kind' in x && 'view' in x;
}

function isResourceRef(x: unknown): x is ResourceRef {
  return typeof x === 'object' && x !== null && !isTreeNode(x) && 'kind' in x && 'arn' in x && 'name' in x;
}

function isFunctionSummary(x: unknown): x is FunctionSummary {
  return typeof x === 'object' && x !== null && 'packageType' in x && 'layers' in x && 'name' in x;
}

function isLayerVersionSummary(x: unknown): x is LayerVersionSummary {
  return typeof x === 'object' && x !== null && 'layerName' in x && 'version' in x && 'arn' in x;
}

/** The node itself or its nearest ancestor of one of `kinds`. */
function ancestor(n: TreeNode, ...kinds: TreeNode['kind'][]): TreeNode | undefined {
  for (let x: TreeNode | undefined = n; x; x = x.parent) if (kinds.includes(x.kind)) return x;
  return undefined;
}

// ---- resources (copy ARN, console, panels) -------------------------------------------------------------------

/** A resource ref from a node (its own, or its nearest ancestor's), a ref, or an ARN string. */
export function resourceFrom(arg: unknown): ResourceRef | undefined {
  if (isResourceRef(arg)) return arg;
  if (isTreeNode(arg)) {
    for (let x: TreeNode | undefined = arg; x; x = x.parent) if (x.resource) return x.resource;
    return undefined;
  }
  if (typeof arg !== 'string') return undefined;
  const lv = parseLayerVersionArn(arg);
  if (lv) return { kind: 'layerVersion', arn: arg, name: lv.layerName, version: String(lv.version) };
  const fn = parseFunctionArn(arg);
  if (fn) {
    const versioned = fn.qualifier !== undefined && fn.qualifier !== '$LATEST';
    return {
      kind: versioned ? 'functionVersion' : 'function',
      arn: arg,
      name: fn.name,
      ...(versioned ? { version: fn.qualifier } : {}),
    };
  }
  return undefined;
}

/** The resource a command acts on; from the palette, one of the functions and layers the explorer loaded. */
export async function resolveResource(deps: CommandDeps, arg: unknown, title: string): Promise<ResourceRef> {
  const known = resourceFrom(arg);
  if (known) return known;
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

// ---- functions -----------------------------------------------------------------------------------------------

/**
 * The function ($LATEST) a command acts on: a function node or any node under it, a ResourceRef or a name/ARN
 * (read fresh, so the RevisionId is current), a summary as it is; from the palette, a picker.
 */
export async function resolveFunction(
  deps: CommandDeps,
  arg: unknown,
  title: string,
): Promise<FunctionSummary> {
  if (isFunctionSummary(arg)) return arg;
  if (isTreeNode(arg)) {
    const owner = ancestor(arg, 'function') as FunctionNode | undefined;
    if (owner) return owner.fn;
  }
  const ref = resourceFrom(arg);
  if (ref?.kind === 'function') return lambdaOf(deps).getFunctionConfiguration(ref.name);
  if (typeof arg === 'string' && FUNCTION_NAME.test(arg)) return lambdaOf(deps).getFunctionConfiguration(arg);
  if (ref) throw new Error(`Pick a function ($LATEST), not a ${ref.kind}: ${ref.name}`);
  return pickFunction(deps, title);
}

async function pickFunction(deps: CommandDeps, title: string): Promise<FunctionSummary> {
  const loaded = (deps.explorer.functionsRoot?.pager.items ?? []).filter((f) => f.version === '$LATEST');
  if (loaded.length > 0) {
    return deps.prompter.pick(
      loaded.map((f) => ({ label: f.name, description: f.runtime ?? f.packageType, value: f })),
      { title, placeholder: 'Pick a function (the ones loaded in the explorer)' },
    );
  }
  const name = await deps.prompter.input({
    title,
    prompt: 'Function name',
    validate: (v) => (FUNCTION_NAME.test(v) ? undefined : 'A function name: letters, digits, - and _'),
  });
  return lambdaOf(deps).getFunctionConfiguration(name);
}

// ---- attached layers -----------------------------------------------------------------------------------------

/** A layer attached to a function ($LATEST): an attached-layer node, or a function and one of its layers picked. */
export async function resolveAttachedLayer(
  deps: CommandDeps,
  arg: unknown,
  title: string,
  filter: (arn: string) => boolean = () => true,
): Promise<AttachedTarget> {
  if (typeof arg === 'object' && arg !== null && 'fn' in arg && 'arn' in arg) return arg as AttachedTarget;
  if (isTreeNode(arg) && arg.kind === 'attachedLayer') {
    const n = arg as AttachedLayerNode;
    const owner = n.frozen ? undefined : (ancestor(n, 'function') as FunctionNode | undefined);
    if (!owner)
      throw new Error(
        `A published version cannot change; attach to the function instead: ${layerVersionLabel(n.layer.arn)}`,
      );
    return { fn: owner.fn, arn: n.layer.arn };
  }
  const fn = await resolveFunction(deps, arg, title);
  const all = fn.layers.map((l) => l.arn);
  const arns = all.filter(filter);
  if (arns.length === 0) throw new Error(`No layer to pick on this function: ${fn.name}`);
  const arn = await deps.prompter.pick(
    arns.map((a) => ({
      label: layerVersionLabel(a),
      description: `position ${all.indexOf(a) + 1}`,
      value: a,
    })),
    { title: `${title}: ${fn.name}` },
  );
  return { fn, arn };
}

// ---- layer versions ------------------------------------------------------------------------------------------

/** The summary a value already carries: itself, or the layer version node it is (or is under). */
function layerVersionSummaryFrom(arg: unknown): LayerVersionSummary | undefined {
  if (isLayerVersionSummary(arg)) return arg;
  return isTreeNode(arg)
    ? (ancestor(arg, 'layerVersion') as LayerVersionNode | undefined)?.version
    : undefined;
}

/** The layer version's name, number and ARN without any call, when the argument names one. */
function layerVersionTargetFrom(arg: unknown): LayerVersionTarget | undefined {
  const known = layerVersionSummaryFrom(arg);
  if (known) return { layerName: known.layerName, version: known.version, arn: known.arn };
  const ref = resourceFrom(arg);
  const p = ref?.kind === 'layerVersion' ? parseLayerVersionArn(ref.arn) : undefined;
  return p && ref ? { layerName: p.layerName, version: p.version, arn: ref.arn } : undefined;
}

/** The layer a node, ref or name stands for (to pick one of its versions), if any. */
function layerNameFrom(arg: unknown): string | undefined {
  if (isTreeNode(arg) && arg.kind === 'layer') return (arg as LayerNode).layer.name;
  const ref = resourceFrom(arg);
  return ref?.kind === 'layer' ? ref.name : undefined;
}

/** A layer version by name and number: from what was given, else picked (a layer, then one of its versions). */
export async function resolveLayerVersionTarget(
  deps: CommandDeps,
  arg: unknown,
  title: string,
): Promise<LayerVersionTarget> {
  const direct = layerVersionTargetFrom(arg);
  if (direct) return direct;
  const v = await pickLayerVersion(deps, title, layerNameFrom(arg));
  return { layerName: v.layerName, version: v.version, arn: v.arn };
}

/** A layer version with its compatibility (runtimes, architectures): as given, read by ARN, or picked. */
export async function resolveLayerVersion(
  deps: CommandDeps,
  arg: unknown,
  title: string,
): Promise<LayerVersionSummary> {
  const known = layerVersionSummaryFrom(arg);
  if (known) return known;
  const direct = layerVersionTargetFrom(arg);
  if (direct) return lambdaOf(deps).getLayerVersionByArn(direct.arn);
  return pickLayerVersion(deps, title, layerNameFrom(arg));
}

async function pickLayerVersion(
  deps: CommandDeps,
  title: string,
  layerName?: string,
): Promise<LayerVersionSummary> {
  const lambda = lambdaOf(deps);
  let name = layerName;
  if (!name) {
    const layers = await deps.progress.run('Listing layers', { cancellable: true }, (_r, signal) =>
      allLayers(lambda, signal),
    );
    if (layers.length === 0) throw new Error('No layers in this Region.');
    name = await deps.prompter.pick(
      layers.map((l) => ({
        label: l.name,
        description: l.latest ? `latest v${l.latest.version}` : undefined,
        value: l.name,
      })),
      { title, placeholder: 'Pick a layer' },
    );
  }
  const versions = await layerVersions(lambda, name);
  if (versions.length === 0) throw new Error(`This layer has no versions: ${name}`);
  return deps.prompter.pick(
    versions.map((v, i) => ({
      label: `Version ${v.version}`,
      description: [i === 0 ? 'latest' : undefined, v.description].filter(Boolean).join(' · ') || undefined,
      detail: v.compatibleRuntimes.join(', ') || undefined,
      value: v,
    })),
    { title: `${title}: ${name}`, placeholder: `Pick a version of ${name}` },
  );
}

/** The functions a "Used by" node lists (undefined for anything else: the command scans). */
export function usersFrom(arg: unknown): LayerUser[] | undefined {
  return isTreeNode(arg) && arg.kind === 'usedBy' ? (arg as UsedByNode).users : undefined;
}

// ---- folders -------------------------------------------------------------------------------------------------

/** A folder given by a menu (a path, or a vscode.Uri-like object with fsPath), or picked from the palette. */
export async function resolveFolder(deps: CommandDeps, arg: unknown, title: string): Promise<string> {
  if (typeof arg === 'string' && arg !== '') return path.resolve(arg);
  const fsPath = (arg as { fsPath?: unknown } | undefined)?.fsPath;
  if (typeof fsPath === 'string' && fsPath !== '') return path.resolve(fsPath);
  return path.resolve(await deps.workspace.pickFolder(title));
}
