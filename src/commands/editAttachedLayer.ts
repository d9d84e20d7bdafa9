// Detach, move up/down and upgrade one attached layer: each is one guarded write of the function's layer list.
import { layerVersionLabel, parseLayerVersionArn } from '../aws/layerArn';
import type { LayerVersionSummary } from '../aws/lambdaService';
import type { LayerEdit } from '../layers/attachRules';
import { Cancelled } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { lambdaOf } from './steps/connection';
import { arnsOf, runLayerEdit } from './steps/layerWrite';
import type { WriteOutcome } from './steps/layerWrite';
import { layerVersions } from './steps/listing';
import { resolveAttachedLayer } from './steps/resolve';

export async function detachLayer(deps: CommandDeps, arg?: unknown): Promise<WriteOutcome> {
  const t = await resolveAttachedLayer(deps, arg, 'Detach Layer');
  const label = layerVersionLabel(t.arn);
  const yes = await deps.prompter.confirm(`Detach the layer from the function: ${label} from ${t.fn.name}`, {
    detail: 'The function stops seeing its files in /opt on its next invocation.',
    confirm: 'Detach',
  });
  if (!yes) throw new Cancelled();
  return runLayerEdit(deps, t.fn, { kind: 'detach', arn: t.arn }, `Detaching ${label} from ${t.fn.name}`);
}

export async function moveLayer(
  deps: CommandDeps,
  direction: 'up' | 'down',
  arg?: unknown,
): Promise<WriteOutcome> {
  const t = await resolveAttachedLayer(deps, arg, direction === 'up' ? 'Move Layer Up' : 'Move Layer Down');
  // Nothing to do at the edge (the menu hides the action there; the palette may still ask): say so, no error.
  const at = t.fn.layers.findIndex((l) => l.arn === t.arn);
  const edge = direction === 'up' ? at === 0 : at === t.fn.layers.length - 1;
  if (at >= 0 && edge) {
    void deps.notifier.info(
      `${layerVersionLabel(t.arn)} is already ${direction === 'up' ? 'first' : 'last'} in the merge order of ${t.fn.name}.`,
    );
    return { layers: arnsOf(t.fn), notes: [] };
  }
  return runLayerEdit(
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

export async function upgradeLayer(deps: CommandDeps, arg?: unknown): Promise<WriteOutcome> {
  const t = await resolveAttachedLayer(deps, arg, 'Upgrade Layer to Latest Version');
  const latest = await latestOf(deps, t.arn);
  const current = parseLayerVersionArn(t.arn)?.version ?? 0;
  if (!latest || latest.version <= current) {
    void deps.notifier.info(`The function already uses the latest version: ${layerVersionLabel(t.arn)}`);
    return { layers: arnsOf(t.fn), notes: [] };
  }
  const edit: LayerEdit = { kind: 'upgrade', from: t.arn, to: latest.arn };
  return runLayerEdit(
    deps,
    t.fn,
    edit,
    `Upgrading ${layerVersionLabel(t.arn)} to version ${latest.version} on ${t.fn.name}`,
    true,
  );
}
