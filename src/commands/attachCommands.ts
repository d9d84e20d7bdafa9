// Attach, detach, reorder and upgrade layers on functions; bulk "Update Functions to Version N…"; publish a
// function version. AWS replaces the whole layer list on every update, so each write is RevisionId-guarded:
// 412 → re-read, show what changed, offer to re-apply the user's change on top; 409 → wait for the update in
// progress, re-apply, retry (bounded). Every write waits until the update finished, then fires deps.changes.
// Command functions take domain values; the `…From` adapters turn tree nodes into them for the command table.
import { isLambdaError } from '../aws/errors';
import { layerVersionLabel, parseLayerVersionArn } from '../aws/layerArn';
import type {
  FunctionConfiguration,
  FunctionSummary,
  LambdaService,
  LayerSummary,
  LayerVersionSummary,
} from '../aws/lambdaService';
import type { LayerUser } from '../aws/usedByIndex';
import {
  applyEdit,
  checkUnzippedSize,
  compatibility,
  describeListChange,
  layerKey,
} from '../layers/attachRules';
import type { EditResult, FunctionShape, LayerEdit } from '../layers/attachRules';
import { bulkUpgrade, DEFAULT_RATE_PER_SECOND, formatBulkReport, TokenBucket } from '../layers/bulkUpgrade';
import type { BulkReport } from '../layers/bulkUpgrade';
import { readZipDirectory } from '../layers/zipDirectory';
import { AttachedLayerNode, FunctionLayersNode, FunctionNode } from '../tree/nodes/functionNodes';
import { LayerVersionNode, UsedByNode } from '../tree/nodes/layerNodes';
import { Cancelled } from '../ui/prompter';
import type { PickItem } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';

/** Conflicts (409/412) re-tried per write before giving up. */
const MAX_CONFLICT_RETRIES = 3;
const OTHER_ACCOUNT = '\u0000other-account';

/** A layer attached to a function (what detach / move / upgrade act on). */
export interface AttachedTarget {
  fn: FunctionSummary;
  arn: string;
}

function lambdaOf(deps: CommandDeps): LambdaService {
  const lambda = deps.explorer.connection?.lambda;
  if (!lambda) throw new Error('Not connected to AWS. Choose a profile and Region first.');
  return lambda;
}

const arnsOf = (c: Pick<FunctionSummary, 'layers'>): string[] => c.layers.map((l) => l.arn);

// ---------- node adapters (for the command table) ----------

export function functionFrom(n: unknown): FunctionSummary | undefined {
  if (n instanceof FunctionNode) return n.fn;
  if (n instanceof FunctionLayersNode) return n.parent.fn;
  return undefined;
}

export function attachedFrom(n: unknown): AttachedTarget | undefined {
  if (!(n instanceof AttachedLayerNode)) return undefined;
  const owner = n.parent instanceof FunctionLayersNode ? n.parent.parent : undefined;
  if (!owner)
    throw new Error(
      `A published version cannot change; attach to the function instead: ${layerVersionLabel(n.layer.arn)}`,
    );
  return { fn: owner.fn, arn: n.layer.arn };
}

export function layerVersionFrom(n: unknown): LayerVersionSummary | undefined {
  if (n instanceof LayerVersionNode) return n.version;
  if (n instanceof UsedByNode) return n.parent.version;
  return undefined;
}

export function usersFrom(n: unknown): LayerUser[] | undefined {
  return n instanceof UsedByNode ? n.users : undefined;
}

// ---------- pickers (palette fallbacks) ----------

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
    validate: (v) =>
      /^[a-zA-Z0-9-_]{1,64}$/.test(v) ? undefined : 'A function name: letters, digits, - and _',
  });
  return lambdaOf(deps).getFunctionConfiguration(name);
}

async function allLayers(lambda: LambdaService, signal?: AbortSignal): Promise<LayerSummary[]> {
  const out: LayerSummary[] = [];
  for await (const page of lambda.listLayers({ signal })) out.push(...page.items);
  return out;
}

async function layerVersions(
  lambda: LambdaService,
  layerName: string,
  signal?: AbortSignal,
): Promise<LayerVersionSummary[]> {
  const out: LayerVersionSummary[] = [];
  for await (const page of lambda.listLayerVersions(layerName, { signal })) out.push(...page.items);
  return out.sort((a, b) => b.version - a.version);
}

async function pickLayerVersion(deps: CommandDeps, title: string): Promise<LayerVersionSummary> {
  const lambda = lambdaOf(deps);
  const layers = await deps.progress.run('Listing layers', {}, (_r, signal) => allLayers(lambda, signal));
  if (layers.length === 0) throw new Error('No layers in this Region.');
  const layer = await deps.prompter.pick(
    layers.map((l) => ({
      label: l.name,
      description: l.latest ? `latest v${l.latest.version}` : undefined,
      value: l,
    })),
    { title },
  );
  const versions = await layerVersions(lambda, layer.name);
  return deps.prompter.pick(
    versions.map((v, i) => ({
      label: `Version ${v.version}`,
      description: i === 0 ? 'latest' : undefined,
      detail: v.description,
      value: v,
    })),
    { title: `${title}: ${layer.name}` },
  );
}

function shapeOf(fn: FunctionSummary): FunctionShape {
  return { name: fn.name, packageType: fn.packageType, runtime: fn.runtime, architectures: fn.architectures };
}

// ---------- the guarded write ----------

export interface WriteOutcome {
  /** The configuration after the update finished (undefined when nothing had to change). */
  config?: FunctionConfiguration;
  layers: string[];
  notes: string[];
}

/**
 * Applies `edit` to the function's layer list with its RevisionId, waits until the update finished and fires a
 * change. 412: re-reads, shows what changed, asks to re-apply on top. 409: waits, re-applies, retries.
 * Throws an Error with the rule's message when the edit cannot apply (any more).
 */
export async function writeLayers(
  deps: CommandDeps,
  fn: FunctionSummary,
  edit: LayerEdit,
  opts: { signal?: AbortSignal; onStep?: (message: string) => void } = {},
): Promise<WriteOutcome> {
  const lambda = lambdaOf(deps);
  let layers = arnsOf(fn);
  let revisionId = fn.revisionId;
  const extra: string[] = [];
  for (let attempt = 0; ; attempt++) {
    const next: EditResult = applyEdit(shapeOf(fn), layers, edit);
    if (!next.ok) throw new Error(next.problem.message);
    if (!next.changed) return { layers, notes: [...extra, ...next.notes] };
    try {
      opts.onStep?.(`Updating ${fn.name}`);
      await lambda.updateFunctionConfiguration(
        fn.name,
        { layers: next.layers },
        { revisionId, signal: opts.signal },
      );
    } catch (e) {
      if (attempt >= MAX_CONFLICT_RETRIES) throw e;
      if (isLambdaError(e, 'PreconditionFailed')) {
        const now = await lambda.getFunctionConfiguration(fn.name, { signal: opts.signal });
        const theirs = arnsOf(now);
        const change = describeListChange(layers, theirs);
        await deps.changes.fire({ kind: 'function', name: fn.name, arn: fn.arn });
        const again = await deps.prompter.confirm(
          `Somebody else changed the function since it was listed: ${fn.name}`,
          {
            detail: [
              `Their change: ${change.length ? change.join(', ') : 'not the layers (another setting)'}`,
              `Layers before: ${layers.map(layerVersionLabel).join(', ') || 'none'}`,
              `Layers now: ${theirs.map(layerVersionLabel).join(', ') || 'none'}`,
              'Apply your change on top of theirs?',
            ].join('\n'),
            confirm: 'Apply on Top',
            modal: true,
          },
        );
        if (!again) throw new Cancelled();
        extra.push(
          `re-applied on top of a change by someone else (${change.join(', ') || 'not its layers'})`,
        );
        layers = theirs;
        revisionId = now.revisionId;
        continue;
      }
      if (isLambdaError(e, 'Conflict')) {
        opts.onStep?.(`Waiting for another update of ${fn.name} to finish`);
        const now = await lambda.waitUntilUpdated(fn.name, { signal: opts.signal });
        layers = arnsOf(now);
        revisionId = now.revisionId;
        continue;
      }
      throw e;
    }
    opts.onStep?.(`Waiting for ${fn.name} to finish updating`);
    const config = await lambda.waitUntilUpdated(fn.name, { signal: opts.signal });
    await deps.changes.fire({ kind: 'function', name: fn.name, arn: fn.arn });
    return { config, layers: arnsOf(config), notes: [...extra, ...next.notes] };
  }
}

/** The 250 MB rule where it can be known: unzipped sizes from the archives' central directories. */
async function unzippedSizeProblem(
  lambda: LambdaService,
  fn: FunctionSummary,
  layers: string[],
  cache: Map<string, number | undefined>,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const size = async (key: string, link: () => Promise<string | undefined>): Promise<number | undefined> => {
    if (cache.has(key)) return cache.get(key);
    let value: number | undefined;
    try {
      const url = await link();
      value = url ? (await readZipDirectory(url, { signal })).unzippedBytes : undefined;
    } catch {
      value = undefined; // another account's layer, an expired link…: AWS checks it anyway
    }
    cache.set(key, value);
    return value;
  };
  const code = await size(
    `fn:${fn.name}:${fn.codeSha256 ?? ''}`,
    async () => (await lambda.getFunction(fn.name, { signal })).codeLocation,
  );
  const sizes = [];
  for (const arn of layers)
    sizes.push({
      arn,
      unzipped: await size(arn, async () => (await lambda.getLayerVersionByArn(arn, { signal })).location),
    });
  const verdict = checkUnzippedSize(code, sizes);
  return verdict.kind === 'tooLarge' ? verdict.message : undefined;
}

/** Too many layers: ask which attached ones to drop, then plan again. */
async function resolveTooMany(deps: CommandDeps, fn: FunctionSummary, arns: string[]): Promise<LayerEdit> {
  const plan = applyEdit(shapeOf(fn), arnsOf(fn), { kind: 'attach', arns });
  if (plan.ok || plan.problem.kind !== 'tooMany') return { kind: 'attach', arns };
  const { attached, excess } = plan.problem;
  const drop = await deps.prompter.pickMany(
    attached.map((a, i) => ({ label: layerVersionLabel(a), description: `position ${i + 1}`, value: a })),
    { title: `A function can use at most 5 layers: choose ${excess} to detach from ${fn.name}` },
  );
  const edit: LayerEdit = { kind: 'attach', arns, drop };
  const again = applyEdit(shapeOf(fn), arnsOf(fn), edit);
  if (!again.ok) throw new Error(again.problem.message);
  return edit;
}

function reportWrite(deps: CommandDeps, fn: FunctionSummary, out: WriteOutcome): void {
  const text = out.notes.length ? out.notes.join('; ') : 'nothing to change';
  deps.log.info(`${fn.name}: ${text}`);
  void deps.notifier.info(`${text[0]!.toUpperCase()}${text.slice(1)}: ${fn.name}`);
}

// ---------- attach from a function ----------

export async function attachLayers(deps: CommandDeps, fnArg?: FunctionSummary): Promise<WriteOutcome> {
  const lambda = lambdaOf(deps);
  const fn = fnArg ?? (await pickFunction(deps, 'Attach Layers'));
  if (fn.packageType === 'Image')
    throw new Error(`Layers cannot be added to a container image function: ${fn.name}`);
  const shape = shapeOf(fn);
  const layers = await deps.progress.run('Listing layers', {}, (_r, signal) => allLayers(lambda, signal));
  const attachedByKey = new Map(arnsOf(fn).map((a) => [layerKey(a), a]));
  const rows = layers.map((l) => {
    const compat = l.latest ? compatibility(shape, l.latest) : { compatible: true, reasons: [] };
    const attached = attachedByKey.get(l.arn);
    const item: PickItem<string> = {
      label: l.name,
      description: [
        l.latest ? `latest v${l.latest.version}` : undefined,
        attached ? `attached: v${parseLayerVersionArn(attached)?.version}` : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      detail: compat.compatible ? l.latest?.description : `Not compatible: ${compat.reasons.join('; ')}`,
      value: l.name,
    };
    return { compat, item };
  });
  const compatible = rows.filter((r) => r.compat.compatible).map((r) => r.item);
  const incompatible = rows
    .filter((r) => !r.compat.compatible)
    .map((r, i) => (i === 0 ? { ...r.item, group: 'Not compatible with this function' } : r.item));
  const chosen = await deps.prompter.pickMany<string>(
    [
      ...compatible.map((it, i) => (i === 0 ? { ...it, group: 'Compatible' } : it)),
      ...incompatible,
      { label: 'Layer version ARN from another account…', value: OTHER_ACCOUNT, group: 'Other' },
    ],
    {
      title: `Attach Layers to ${fn.name}`,
      placeholder: `${fn.layers.length} of 5 attached; pick layers, then a version of each`,
    },
  );
  if (chosen.length === 0) throw new Cancelled();

  const arns: string[] = [];
  for (const name of chosen) {
    if (name === OTHER_ACCOUNT) {
      arns.push(await askLayerVersionArn(deps, lambda, fn));
      continue;
    }
    const versions = await layerVersions(lambda, name);
    if (versions.length === 0) throw new Error(`The layer has no versions: ${name}`);
    const withCompat = versions.map((v, i) => ({ v, latest: i === 0, c: compatibility(shape, v) }));
    const ordered = [
      ...withCompat.filter((x) => x.c.compatible),
      ...withCompat.filter((x) => !x.c.compatible),
    ];
    const picked = await deps.prompter.pick(
      ordered.map((x) => ({
        label: `Version ${x.v.version}`,
        description:
          [
            x.latest ? 'latest' : undefined,
            attachedByKey.get(x.v.layerArn) === x.v.arn ? 'attached' : undefined,
          ]
            .filter(Boolean)
            .join(' · ') || undefined,
        detail: x.c.compatible ? x.v.description : `Not compatible: ${x.c.reasons.join('; ')}`,
        value: x,
        picked: x.latest,
      })),
      { title: `Version of ${name} (latest first)` },
    );
    if (!picked.c.compatible) await confirmIncompatible(deps, picked.v.arn, picked.c.reasons);
    arns.push(picked.v.arn);
  }
  const edit = await resolveTooMany(deps, fn, arns);
  return deps.progress.run(`Attaching layers to ${fn.name}`, {}, async (report, signal) => {
    const plan = applyEdit(shape, arnsOf(fn), edit);
    if (plan.ok && plan.changed) {
      report({ message: 'Checking the unzipped size of code and layers' });
      const tooLarge = await unzippedSizeProblem(lambda, fn, plan.layers, new Map(), signal);
      if (tooLarge) throw new Error(tooLarge);
    }
    const out = await writeLayers(deps, fn, edit, { signal, onStep: (message) => report({ message }) });
    reportWrite(deps, fn, out);
    return out;
  });
}

async function confirmIncompatible(deps: CommandDeps, arn: string, reasons: string[]): Promise<void> {
  const yes = await deps.prompter.confirm(
    `The layer version does not declare this function's runtime or architecture: ${layerVersionLabel(arn)}`,
    {
      detail: `${reasons.join('\n')}\nAWS lets you attach it; the code in it may not load.`,
      confirm: 'Attach Anyway',
    },
  );
  if (!yes) throw new Cancelled();
}

async function askLayerVersionArn(
  deps: CommandDeps,
  lambda: LambdaService,
  fn: FunctionSummary,
): Promise<string> {
  const arn = (
    await deps.prompter.input({
      title: 'Layer Version ARN',
      prompt:
        'A layer version shared with this account, e.g. arn:aws:lambda:us-east-1:123456789012:layer:name:3',
      placeholder: 'arn:aws:lambda:<region>:<account>:layer:<name>:<version>',
      validate: (v) =>
        parseLayerVersionArn(v.trim()) ? undefined : 'Enter a layer version ARN (…:layer:<name>:<version>)',
    })
  ).trim();
  let details;
  try {
    details = await lambda.getLayerVersionByArn(arn);
  } catch (e) {
    if (isLambdaError(e, 'NotFound') || isLambdaError(e, 'AccessDenied')) {
      throw new Error(`The layer version does not exist or is not shared with this account: ${arn}`);
    }
    throw e;
  }
  const c = compatibility(shapeOf(fn), details);
  if (!c.compatible) await confirmIncompatible(deps, arn, c.reasons);
  return arn;
}

// ---------- attach a layer version to many functions ----------

async function allFunctions(
  lambda: LambdaService,
  signal?: AbortSignal,
  wanted?: Set<string>,
  bucket?: TokenBucket,
): Promise<FunctionSummary[]> {
  const out: FunctionSummary[] = [];
  await bucket?.take();
  for await (const page of lambda.listFunctions({ signal })) {
    for (const f of page.items) if (!wanted || wanted.has(f.name)) out.push(f);
    if (wanted && out.length >= wanted.size) break;
    if (page.nextMarker) await bucket?.take(); // the next page counts against the same 15 req/s
  }
  return out;
}

export interface ManyOutcome {
  functionName: string;
  status: 'updated' | 'unchanged' | 'failed';
  reason?: string;
}

export async function attachToFunctions(
  deps: CommandDeps,
  versionArg?: LayerVersionSummary,
): Promise<ManyOutcome[]> {
  const lambda = lambdaOf(deps);
  const version = versionArg ?? (await pickLayerVersion(deps, 'Attach to Functions'));
  const label = layerVersionLabel(version.arn);
  const functions = await deps.progress.run('Listing functions', {}, (_r, signal) =>
    allFunctions(lambda, signal),
  );
  const rows = functions.map((f) => ({ f, c: compatibility(shapeOf(f), version) }));
  const ordered = [...rows.filter((r) => r.c.compatible), ...rows.filter((r) => !r.c.compatible)];
  const chosen = await deps.prompter.pickMany(
    ordered.map((r, i) => ({
      label: r.f.name,
      description: [
        r.f.runtime ?? 'image',
        `${r.f.layers.length} of 5 layers`,
        r.f.layers.some((l) => l.arn === version.arn) ? 'attached' : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      detail: r.c.compatible ? undefined : `Not compatible: ${r.c.reasons.join('; ')}`,
      value: r,
      group:
        i === 0 && r.c.compatible
          ? 'Compatible'
          : !r.c.compatible && (i === 0 || ordered[i - 1]!.c.compatible)
            ? 'Not compatible'
            : undefined,
    })),
    { title: `Attach ${label} to Functions` },
  );
  if (chosen.length === 0) throw new Cancelled();
  for (const r of chosen)
    if (r.f.packageType === 'Image')
      throw new Error(`Layers cannot be added to a container image function: ${r.f.name}`);
  // Questions first (which layers to drop where there are 5), then the writes.
  const edits: { f: FunctionSummary; edit: LayerEdit }[] = [];
  for (const r of chosen) edits.push({ f: r.f, edit: await resolveTooMany(deps, r.f, [version.arn]) });
  const outcomes = await deps.progress.run(
    `Attaching ${label} to ${edits.length} functions`,
    {},
    async (report, signal) => {
      const out: ManyOutcome[] = [];
      const sizes = new Map<string, number | undefined>();
      for (const { f, edit } of edits) {
        report({ message: f.name, increment: 100 / edits.length });
        try {
          const plan = applyEdit(shapeOf(f), arnsOf(f), edit);
          if (plan.ok && plan.changed) {
            const tooLarge = await unzippedSizeProblem(lambda, f, plan.layers, sizes, signal);
            if (tooLarge) throw new Error(tooLarge);
          }
          const w = await writeLayers(deps, f, edit, { signal });
          out.push({
            functionName: f.name,
            status: w.config ? 'updated' : 'unchanged',
            reason: w.notes.join('; ') || undefined,
          });
        } catch (e) {
          if (e instanceof Cancelled) throw e;
          out.push({
            functionName: f.name,
            status: 'failed',
            reason: e instanceof Error ? e.message : String(e),
          });
        }
      }
      return out;
    },
  );
  for (const o of outcomes)
    deps.log.info(`Attach ${label}: ${o.functionName}: ${o.status}${o.reason ? `: ${o.reason}` : ''}`);
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  const updated = outcomes.filter((o) => o.status === 'updated').length;
  const summary = `Attached to ${updated} of ${outcomes.length} functions${failed ? `, ${failed} failed (see the log)` : ''}: ${label}`;
  void (failed ? deps.notifier.warn(summary) : deps.notifier.info(summary));
  return outcomes;
}

// ---------- detach, move, upgrade ----------

async function pickAttached(
  deps: CommandDeps,
  title: string,
  filter: (arn: string) => boolean = () => true,
): Promise<AttachedTarget> {
  const fn = await pickFunction(deps, title);
  const arns = arnsOf(fn).filter(filter);
  if (arns.length === 0) throw new Error(`No layer to pick on this function: ${fn.name}`);
  const arn = await deps.prompter.pick(
    arns.map((a) => ({
      label: layerVersionLabel(a),
      description: `position ${arnsOf(fn).indexOf(a) + 1}`,
      value: a,
    })),
    { title: `${title}: ${fn.name}` },
  );
  return { fn, arn };
}

async function runEdit(
  deps: CommandDeps,
  fn: FunctionSummary,
  edit: LayerEdit,
  title: string,
): Promise<WriteOutcome> {
  // Refuse before any call when the rules already say no.
  const plan = applyEdit(shapeOf(fn), arnsOf(fn), edit);
  if (!plan.ok) throw new Error(plan.problem.message);
  return deps.progress.run(title, {}, async (report, signal) => {
    const out = await writeLayers(deps, fn, edit, { signal, onStep: (message) => report({ message }) });
    reportWrite(deps, fn, out);
    return out;
  });
}

export async function detachLayer(deps: CommandDeps, target?: AttachedTarget): Promise<WriteOutcome> {
  const t = target ?? (await pickAttached(deps, 'Detach Layer'));
  const yes = await deps.prompter.confirm(
    `Detach the layer from the function: ${layerVersionLabel(t.arn)} from ${t.fn.name}`,
    {
      detail: 'The function stops seeing its files in /opt on its next invocation.',
      confirm: 'Detach',
    },
  );
  if (!yes) throw new Cancelled();
  return runEdit(
    deps,
    t.fn,
    { kind: 'detach', arn: t.arn },
    `Detaching ${layerVersionLabel(t.arn)} from ${t.fn.name}`,
  );
}

export async function moveLayer(
  deps: CommandDeps,
  direction: 'up' | 'down',
  target?: AttachedTarget,
): Promise<WriteOutcome> {
  const t = target ?? (await pickAttached(deps, direction === 'up' ? 'Move Layer Up' : 'Move Layer Down'));
  return runEdit(
    deps,
    t.fn,
    { kind: 'move', arn: t.arn, direction },
    `Moving ${layerVersionLabel(t.arn)} ${direction} on ${t.fn.name}`,
  );
}

/** The newest version of the layer this version belongs to (the catalog when it knows, else ListLayerVersions). */
async function latestOf(deps: CommandDeps, arn: string): Promise<LayerVersionSummary | undefined> {
  const known = deps.explorer.connection?.catalog.newerThan(arn);
  if (known) return known;
  const p = parseLayerVersionArn(arn);
  if (!p) return undefined;
  const versions = await layerVersions(lambdaOf(deps), p.layerName);
  return versions.find((v) => v.layerArn === p.layerArn);
}

export async function upgradeLayer(deps: CommandDeps, target?: AttachedTarget): Promise<WriteOutcome> {
  const t = target ?? (await pickAttached(deps, 'Upgrade Layer to Latest Version'));
  const latest = await latestOf(deps, t.arn);
  const current = parseLayerVersionArn(t.arn)?.version ?? 0;
  if (!latest || latest.version <= current) {
    void deps.notifier.info(`The function already uses the latest version: ${layerVersionLabel(t.arn)}`);
    return { layers: arnsOf(t.fn), notes: [] };
  }
  const lambda = lambdaOf(deps);
  const edit: LayerEdit = { kind: 'upgrade', from: t.arn, to: latest.arn };
  const plan = applyEdit(shapeOf(t.fn), arnsOf(t.fn), edit);
  if (!plan.ok) throw new Error(plan.problem.message);
  return deps.progress.run(
    `Upgrading ${layerVersionLabel(t.arn)} to version ${latest.version} on ${t.fn.name}`,
    {},
    async (report, signal) => {
      const tooLarge = await unzippedSizeProblem(lambda, t.fn, plan.layers, new Map(), signal);
      if (tooLarge) throw new Error(tooLarge);
      const out = await writeLayers(deps, t.fn, edit, { signal, onStep: (message) => report({ message }) });
      reportWrite(deps, t.fn, out);
      return out;
    },
  );
}

// ---------- bulk: Update Functions to Version N… ----------

export async function updateFunctionsToVersion(
  deps: CommandDeps,
  fromArg?: LayerVersionSummary,
  usersArg?: LayerUser[],
): Promise<BulkReport> {
  const lambda = lambdaOf(deps);
  const from = fromArg ?? (await pickLayerVersion(deps, 'Update Functions to Another Version'));
  const versions = (await layerVersions(lambda, from.layerName)).filter((v) => v.version !== from.version);
  if (versions.length === 0) throw new Error(`The layer has no other version: ${from.layerName}`);
  const to = await deps.prompter.pick(
    versions.map((v, i) => ({
      label: `Version ${v.version}`,
      description:
        [i === 0 ? 'latest' : undefined, v.version < from.version ? 'older' : undefined]
          .filter(Boolean)
          .join(' · ') || undefined,
      detail: v.description,
      value: v,
      picked: i === 0,
    })),
    { title: `Update Functions from ${layerVersionLabel(from.arn)} to Version…` },
  );
  let users = usersArg;
  if (!users) {
    const index = deps.explorer.connection?.usedBy;
    if (!index) throw new Error('Not connected to AWS. Choose a profile and Region first.');
    await deps.progress.run('Scanning functions for layer usage', {}, (_r, signal) => index.ensure(signal));
    users = index.usersOf(from.arn) ?? [];
  }
  const latestUsers = users.filter((u) => u.version === '$LATEST');
  const published = users.filter((u) => u.version !== '$LATEST');
  if (latestUsers.length === 0)
    throw new Error(`No function ($LATEST) uses this layer version: ${layerVersionLabel(from.arn)}`);
  const chosen = await deps.prompter.pickMany(
    latestUsers.map((u) => ({
      label: u.functionName,
      description: [`position ${u.position}`, u.runtime].filter(Boolean).join(' · '),
      value: u.functionName,
      picked: true,
    })),
    {
      title: `Update Functions to Version ${to.version}`,
      placeholder: `${latestUsers.length} functions use ${layerVersionLabel(from.arn)}; all are selected`,
    },
  );
  if (chosen.length === 0) throw new Cancelled();
  const toLabel = layerVersionLabel(to.arn);
  const report = await deps.progress.run(
    `Updating ${chosen.length} functions to ${toLabel}`,
    { cancellable: true },
    async (step, signal) => {
      step({ message: 'Reading the functions (layers and RevisionId)' });
      // The RevisionId comes with ListFunctions: one call per 50 functions, none per function.
      const bucket = new TokenBucket(DEFAULT_RATE_PER_SECOND);
      const targets = await allFunctions(lambda, signal, new Set(chosen), bucket);
      const missing = chosen.filter((n) => !targets.some((t) => t.name === n));
      const result = await bulkUpgrade(lambda, targets, {
        from: from.arn,
        to: to.arn,
        signal,
        bucket,
        onOutcome: (o, done, total) =>
          step({ message: `${done} of ${total}: ${o.functionName}`, increment: 100 / total }),
      });
      for (const name of missing) {
        result.outcomes.push({
          functionName: name,
          status: 'skipped',
          reason: 'The function no longer exists',
          calls: 0,
        });
        result.counts.skipped++;
      }
      for (const u of published) {
        result.outcomes.push({
          functionName: `${u.functionName}:${u.version}`,
          status: 'skipped',
          reason: 'A published version cannot change: publish a new one',
          calls: 0,
        });
        result.counts.skipped++;
      }
      return result;
    },
  );
  const text = formatBulkReport(report, to.arn);
  deps.log.info(
    `Update functions from ${layerVersionLabel(from.arn)} to ${toLabel}: ${report.calls} calls in ${(report.elapsedMs / 1000).toFixed(1)} s`,
  );
  for (const line of text.lines) deps.log.info(`  ${line}`);
  const updated = report.outcomes.filter((o) => o.status === 'updated').map((o) => o.functionName);
  if (updated.length > 0) await deps.changes.fire({ kind: 'functions', names: updated });
  const bad = report.counts.failed > 0 || report.cancelled;
  void (
    bad ? deps.notifier.warn(text.summary, 'Show Log') : deps.notifier.info(text.summary, 'Show Log')
  ).then((a) => {
    if (a === 'Show Log') deps.showLog();
    return a;
  });
  return report;
}

// ---------- publish a version ----------

export async function publishFunctionVersion(
  deps: CommandDeps,
  fnArg?: FunctionSummary,
): Promise<FunctionConfiguration> {
  const lambda = lambdaOf(deps);
  const fn = fnArg ?? (await pickFunction(deps, 'Publish Version'));
  const description = await deps.prompter.input({
    title: `Publish Version of ${fn.name}`,
    prompt:
      'Description of the new version (optional). It freezes the current code, configuration and layers.',
    validate: (v) => (v.length > 256 ? 'At most 256 characters' : undefined),
  });
  return deps.progress.run(`Publishing a version of ${fn.name}`, {}, async (report, signal) => {
    let revisionId = fn.revisionId;
    let codeSha256 = fn.codeSha256;
    let layers = arnsOf(fn);
    for (let attempt = 0; ; attempt++) {
      try {
        const v = await lambda.publishVersion(fn.name, {
          description: description || undefined,
          revisionId,
          codeSha256,
          signal,
        });
        await deps.changes.fire({ kind: 'function', name: fn.name, arn: fn.arn });
        void deps.notifier.info(`Published version ${v.version}: ${fn.name}`);
        return v;
      } catch (e) {
        if (attempt >= MAX_CONFLICT_RETRIES) throw e;
        const precondition =
          isLambdaError(e, 'PreconditionFailed') ||
          (isLambdaError(e, 'InvalidParameter') && /CodeSha256/i.test(e.message));
        if (isLambdaError(e, 'Conflict')) {
          report({ message: 'Waiting for an update in progress to finish' });
          const now = await lambda.waitUntilUpdated(fn.name, { signal });
          if (now.revisionId !== revisionId || now.codeSha256 !== codeSha256)
            await confirmPublishChanged(deps, fn, layers, now);
          ({ revisionId, codeSha256 } = now);
          layers = arnsOf(now);
          continue;
        }
        if (!precondition) throw e;
        const now = await lambda.getFunctionConfiguration(fn.name, { signal });
        await deps.changes.fire({ kind: 'function', name: fn.name, arn: fn.arn });
        await confirmPublishChanged(deps, fn, layers, now);
        ({ revisionId, codeSha256 } = now);
        layers = arnsOf(now);
      }
    }
  });
}

async function confirmPublishChanged(
  deps: CommandDeps,
  fn: FunctionSummary,
  before: string[],
  now: FunctionConfiguration,
): Promise<void> {
  const change = describeListChange(before, arnsOf(now));
  const yes = await deps.prompter.confirm(`The function changed since it was listed: ${fn.name}`, {
    detail: [
      now.codeSha256 !== fn.codeSha256 ? 'Its code changed.' : 'Its code is the same.',
      `Layers: ${change.length ? change.join(', ') : 'unchanged'}`,
      'Publish what it is now?',
    ].join('\n'),
    confirm: 'Publish Current State',
    modal: true,
  });
  if (!yes) throw new Cancelled();
}
