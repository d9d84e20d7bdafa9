// Guided input: a flow gathers a plan with a multi-step input, then an executor carries it out. Each step gets
// "Step k of n" to show and the state so far (its own earlier answer included, so Back shows what was chosen);
// a GoBack from the prompter rewinds to the previous step's state, as if that step had not been answered.
// Steps may be skipped for a state (e.g. the name question when the layer is given). No vscode.
import { Cancelled, GoBack } from '../../ui/prompter';
import type { StepPosition } from '../../ui/prompter';

export interface WizardStep<S> {
  /**
   * Not asked for this state (and not counted in "n"). Say true only once the answers that decide it are in:
   * a step that may still be asked counts, so "n" can shrink as answers come, but never grows.
   */
  skip?(state: S): boolean;
  /** Asks (passing `at` to the prompter as `step`) and returns the state with this step's answer. */
  ask(state: S, at: StepPosition): Promise<S>;
}

/** Runs the steps in order with Back; resolves with the last state. Back on the first step cancels. */
export async function runWizard<S>(initial: S, steps: readonly WizardStep<S>[]): Promise<S> {
  const history: { index: number; state: S }[] = [];
  let state = initial;
  let i = 0;
  while (i < steps.length) {
    const step = steps[i]!;
    if (step.skip?.(state)) {
      i++;
      continue;
    }
    const asked = steps.slice(0, i).filter((s) => !s.skip?.(state)).length;
    const total = asked + steps.slice(i).filter((s) => !s.skip?.(state)).length;
    try {
      const next = await step.ask(state, { index: asked + 1, total });
      history.push({ index: i, state });
      state = next;
      i++;
    } catch (e) {
      if (!(e instanceof GoBack)) throw e;
      const previous = history.pop();
      if (!previous) throw new Cancelled();
      i = previous.index;
      // Keep what the later steps answered, so that going forward again shows the same answers.
      state = { ...previous.state, ...pickDefined(state, previous.state) };
    }
  }
  return state;
}

/** The answers `later` has that `earlier` lacks (so Back does not forget them as proposals). */
function pickDefined<S>(later: S, earlier: S): Partial<S> {
  if (typeof later !== 'object' || later === null) return {};
  const out: Partial<S> = {};
  for (const [k, v] of Object.entries(later)) {
    if (v !== undefined && (earlier as Record<string, unknown>)[k] === undefined)
      (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
