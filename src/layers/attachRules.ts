// The next layer list of a function for every edit (attach, detach, move, upgrade), checked before any call.
// AWS replaces the whole ordered list on UpdateFunctionConfiguration, so every edit is expressed as an intent
// that can be applied again on top of a list somebody else changed (412 → re-read → re-apply). Pure.
import { layerVersionLabel, parseLayerVersionArn } from '../aws/layerArn';
import type { Architecture, PackageType } from '../aws/lambdaService';

import { MAX_LAYERS, MAX_UNZIPPED_BYTES } from '../aws/limits';

/** What the rules need to know about the function. */
export interface FunctionShape {
  name: string;
  packageType: PackageType;
  runtime?: string;
  architectures: Architecture[];
}

/** What a user asked for, in terms that survive a concurrent change of the list. */
export type LayerEdit =
  /** Append these layer versions (a version of an attached layer replaces it in place); drop these first. */
  | { kind: 'attach'; arns: string[]; drop?: string[] }
  | { kind: 'detach'; arn: string }
  | { kind: 'move'; arn: string; direction: 'up' | 'down' }
  /** Replace a version of a layer by another version of the same layer (upgrade to latest, bulk upgrade). */
  | { kind: 'upgrade'; from: string; to: string };

export type EditProblem =
  | { kind: 'image'; message: string }
  | {
      kind: 'tooMany';
      message: string;
      /** The list before the edit (minus what was already dropped). */
      attached: string[];
      /** The layer versions that would be appended. */
      adding: string[];
      /** How many layers must go for the rest to fit. */
      excess: number;
    }
  | { kind: 'notAttached'; message: string }
  | { kind: 'atEdge'; message: string }
  | { kind: 'invalid'; message: string };

export type EditResult =
  | {
      ok: true;
      /** The whole next list to send (merge order). */
      layers: string[];
      /** False when the list would not change (nothing to send). */
      changed: boolean;
      /** What happened, for the user: "replaced shared-utils:3 with shared-utils:5". */
      notes: string[];
    }
  | { ok: false; problem: EditProblem };

/** The layer's ARN without the version (or the ARN itself when it is not a layer version ARN). */
export function layerKey(arn: string): string {
  return parseLayerVersionArn(arn)?.layerArn ?? arn;
}

function versionOf(arn: string): number {
  return parseLayerVersionArn(arn)?.version ?? 0;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function ok(before: readonly string[], layers: string[], notes: string[]): EditResult {
  return { ok: true, layers, changed: !same(before, layers), notes };
}

function fail(problem: EditProblem): EditResult {
  return { ok: false, problem };
}

/** Applies an edit to the current list. Never mutates `current`. */
export function applyEdit(fn: FunctionShape, current: readonly string[], edit: LayerEdit): EditResult {
  switch (edit.kind) {
    case 'attach':
      return attach(fn, current, edit.arns, edit.drop ?? []);
    case 'detach':
      return detach(current, edit.arn);
    case 'move':
      return move(current, edit.arn, edit.direction);
    case 'upgrade':
      return upgrade(fn, current, edit.from, edit.to);
  }
}

function attach(fn: FunctionShape, current: readonly string[], arns: string[], drop: string[]): EditResult {
  if (fn.packageType === 'Image') {
    return fail({
      kind: 'image',
      message: `Layers cannot be added to a container image function: ${fn.name}`,
    });
  }
  for (const arn of arns) {
    if (!parseLayerVersionArn(arn))
      return fail({ kind: 'invalid', message: `Not a layer version ARN: ${arn}` });
  }
  const notes: string[] = [];
  const next = current.filter((a) => !drop.includes(a));
  for (const d of drop) if (current.includes(d)) notes.push(`detached ${layerVersionLabel(d)}`);
  // Two versions of one layer in one request: keep the newest.
  const wanted = new Map<string, string>();
  for (const arn of arns) {
    const key = layerKey(arn);
    const known = wanted.get(key);
    if (!known || versionOf(arn) > versionOf(known)) wanted.set(key, arn);
  }
  const appended: string[] = [];
  for (const [key, arn] of wanted) {
    const at = next.findIndex((a) => layerKey(a) === key);
    if (at >= 0) {
      const old = next[at]!;
      if (old === arn) continue;
      next[at] = arn;
      const how = versionOf(arn) < versionOf(old) ? 'downgraded' : 'replaced';
      notes.push(
        `${how} ${layerVersionLabel(old)} with ${layerVersionLabel(arn)} (a function can use one version of a layer)`,
      );
    } else {
      appended.push(arn);
    }
  }
  if (next.length + appended.length > MAX_LAYERS) {
    const excess = next.length + appended.length - MAX_LAYERS;
    return fail({
      kind: 'tooMany',
      message: `A function can use at most ${MAX_LAYERS} layers; ${next.length} attached, ${appended.length} to add: detach ${excess} first: ${next.map(layerVersionLabel).join(', ')}`,
      attached: next,
      adding: appended,
      excess,
    });
  }
  for (const a of appended) notes.push(`added ${layerVersionLabel(a)} at position ${next.push(a)}`);
  return ok(current, next, notes);
}

function detach(current: readonly string[], arn: string): EditResult {
  if (!current.includes(arn)) {
    return fail({
      kind: 'notAttached',
      message: `The layer is no longer attached: ${layerVersionLabel(arn)}`,
    });
  }
  return ok(
    current,
    current.filter((a) => a !== arn),
    [`detached ${layerVersionLabel(arn)}`],
  );
}

function move(current: readonly string[], arn: string, direction: 'up' | 'down'): EditResult {
  const i = current.indexOf(arn);
  if (i < 0)
    return fail({
      kind: 'notAttached',
      message: `The layer is no longer attached: ${layerVersionLabel(arn)}`,
    });
  const j = direction === 'up' ? i - 1 : i + 1;
  if (j < 0 || j >= current.length) {
    return fail({
      kind: 'atEdge',
      message: `The layer is already ${direction === 'up' ? 'first' : 'last'} in merge order: ${layerVersionLabel(arn)}`,
    });
  }
  const next = [...current];
  next[i] = current[j]!;
  next[j] = arn;
  return ok(current, next, [`moved ${layerVersionLabel(arn)} to position ${j + 1}`]);
}

function upgrade(fn: FunctionShape, current: readonly string[], from: string, to: string): EditResult {
  if (fn.packageType === 'Image') {
    return fail({
      kind: 'image',
      message: `Layers cannot be used by a container image function: ${fn.name}`,
    });
  }
  if (!parseLayerVersionArn(to) || layerKey(from) !== layerKey(to)) {
    return fail({ kind: 'invalid', message: `Not a version of the same layer: ${to}` });
  }
  if (current.includes(to)) return ok(current, [...current], [`already uses ${layerVersionLabel(to)}`]);
  const i = current.indexOf(from);
  if (i < 0) {
    const other = current.find((a) => layerKey(a) === layerKey(from));
    const message = other
      ? `The function now uses another version of the layer: ${layerVersionLabel(other)}`
      : `The function no longer uses the layer: ${layerVersionLabel(from)}`;
    return fail({ kind: 'notAttached', message });
  }
  const next = [...current];
  next[i] = to;
  return ok(current, next, [`upgraded ${layerVersionLabel(from)} to ${layerVersionLabel(to)}`]);
}

/** What a layer version declares (empty lists = not specified = anything goes). */
export interface LayerCompat {
  compatibleRuntimes: string[];
  compatibleArchitectures: Architecture[];
}

export interface Compatibility {
  compatible: boolean;
  /** Why not, one sentence each ("declares nodejs20.x, python3.12; the function runs java21"). */
  reasons: string[];
}

/** Whether a layer version declares the function's runtime and architecture. Undeclared = compatible. */
export function compatibility(fn: FunctionShape, layer: LayerCompat): Compatibility {
  const reasons: string[] = [];
  if (fn.packageType === 'Image') reasons.push('container image functions cannot use layers');
  else if (
    layer.compatibleRuntimes.length > 0 &&
    fn.runtime &&
    !layer.compatibleRuntimes.includes(fn.runtime)
  ) {
    reasons.push(`runtimes ${layer.compatibleRuntimes.join(', ')}; the function runs: ${fn.runtime}`);
  }
  const arch = fn.architectures[0] ?? 'x86_64';
  if (layer.compatibleArchitectures.length > 0 && !layer.compatibleArchitectures.includes(arch)) {
    reasons.push(`architectures ${layer.compatibleArchitectures.join(', ')}; the function is: ${arch}`);
  }
  return { compatible: reasons.length === 0, reasons };
}

export type SizeVerdict =
  | { kind: 'fits'; total: number }
  | { kind: 'tooLarge'; total: number; message: string }
  /** Some sizes cannot be known (another account's layer, a download refused): AWS will check. */
  | { kind: 'unknown'; knownTotal: number; unknown: string[] };

/** The 250 MB rule for code plus layers, with unzipped sizes in bytes (undefined = unknown). */
export function checkUnzippedSize(
  code: number | undefined,
  layers: { arn: string; unzipped: number | undefined }[],
): SizeVerdict {
  const unknown: string[] = [];
  let total = code ?? 0;
  if (code === undefined) unknown.push('function code');
  for (const l of layers) {
    if (l.unzipped === undefined) unknown.push(layerVersionLabel(l.arn));
    else total += l.unzipped;
  }
  if (total >= MAX_UNZIPPED_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      kind: 'tooLarge',
      total,
      message: `Code and layers would be ${mb(total)} unzipped; AWS allows less than ${mb(MAX_UNZIPPED_BYTES)}: ${layers.map((l) => layerVersionLabel(l.arn)).join(', ')}`,
    };
  }
  if (unknown.length > 0) return { kind: 'unknown', knownTotal: total, unknown };
  return { kind: 'fits', total };
}

/** A human description of how a layer list changed (for a 412: "somebody else changed it"). */
export function describeListChange(before: readonly string[], after: readonly string[]): string[] {
  const lines: string[] = [];
  const beforeKeys = new Map(before.map((a) => [layerKey(a), a]));
  const afterKeys = new Map(after.map((a) => [layerKey(a), a]));
  for (const [k, a] of afterKeys) {
    const b = beforeKeys.get(k);
    if (!b) lines.push(`added ${layerVersionLabel(a)}`);
    else if (b !== a) lines.push(`changed ${layerVersionLabel(b)} to ${layerVersionLabel(a)}`);
  }
  for (const [k, b] of beforeKeys) if (!afterKeys.has(k)) lines.push(`removed ${layerVersionLabel(b)}`);
  const keptBefore = before.map(layerKey).filter((k) => afterKeys.has(k));
  const keptAfter = after.map(layerKey).filter((k) => beforeKeys.has(k));
  if (lines.length === 0 && !same(keptBefore, keptAfter)) lines.push('reordered');
  else if (!same(keptBefore, keptAfter)) lines.push('order changed');
  return lines;
}
