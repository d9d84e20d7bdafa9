// "Attach to Functions…" on a layer version: pick functions (compatible ones first), which layers to drop where a
// function already has five (all questions first), then one guarded write per function with a summary.
import { layerVersionLabel } from '../aws/layerArn';
import type { FunctionSummary } from '../aws/lambdaService';
import { MAX_LAYERS } from '../aws/limits';
import { applyEdit, compatibility } from '../layers/attachRules';
import type { LayerEdit } from '../layers/attachRules';
import { Cancelled } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { lambdaOf } from './steps/connection';
import { checkUpdatable, updateBlockedNote } from './steps/runtimeGuard';
import {
  arnsOf,
  checkNotImage,
  resolveTooMany,
  shapeOf,
  unzippedSizeProblem,
  writeLayers,
} from './steps/layerWrite';
import { collect } from './steps/listing';
import { resolveLayerVersion } from './steps/resolve';
import { plural } from '../ui/displayText';

export interface ManyOutcome {
  functionName: string;
  status: 'updated' | 'unchanged' | 'failed';
  reason?: string;
}

export async function attachToFunctions(deps: CommandDeps, arg?: unknown): Promise<ManyOutcome[]> {
  const lambda = lambdaOf(deps);
  const version = await resolveLayerVersion(deps, arg, 'Attach to Functions');
  const label = layerVersionLabel(version.arn);
  const { items: functions } = await deps.progress.run(
    'Listing functions',
    { cancellable: true },
    (_r, signal) => collect(lambda.listFunctions({ signal })),
  );
  const rows = functions.map((f) => ({ f, c: compatibility(shapeOf(f), version) }));
  const ordered = [...rows.filter((r) => r.c.compatible), ...rows.filter((r) => !r.c.compatible)];
  const chosen = await deps.prompter.pickMany(
    ordered.map((r, i) => ({
      label: r.f.name,
      description: [
        r.f.runtime ?? 'image',
        `${r.f.layers.length} of ${MAX_LAYERS} layers`,
        r.f.layers.some((l) => l.arn === version.arn) ? 'attached' : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      detail:
        updateBlockedNote(r.f) ?? (r.c.compatible ? undefined : `Not compatible: ${r.c.reasons.join('; ')}`),
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
  for (const r of chosen) {
    checkNotImage(r.f);
    checkUpdatable(r.f);
  }
  // Questions first (which layers to drop where there are five), then the writes.
  const edits: { f: FunctionSummary; edit: LayerEdit }[] = [];
  for (const r of chosen) edits.push({ f: r.f, edit: await resolveTooMany(deps, r.f, [version.arn]) });
  const outcomes = await deps.progress.run(
    `Attaching ${label} to ${plural(edits.length, 'function')}`,
    { cancellable: true },
    async (report, signal) => {
      const out: ManyOutcome[] = [];
      const sizes = new Map<string, number | undefined>();
      for (const { f, edit } of edits) {
        signal.throwIfAborted();
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
          if (e instanceof Cancelled || signal.aborted) throw e;
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
  const summary = `Attached to ${updated} of ${plural(outcomes.length, 'function')}${failed ? `, ${failed} failed (see the log)` : ''}: ${label}`;
  void (failed ? deps.notifier.warn(summary) : deps.notifier.info(summary));
  return outcomes;
}
