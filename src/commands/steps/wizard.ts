// Guided input: a flow gathers a plan with a multi-step input, then an executor carries it out. Each step gets
// "Step k of n" to show and the state so far (its own earlier answer included, so Back shows what was chosen);
// a GoBack from the prompter rewinds to the previous step's state, as if that step had not been answered.
// Steps may be skipped for a state (e.g. the name question when the layer is given). No vscode.
import { Cancelled, GoBack } from '../../ui/prompter';
import type { StepPosition } from '../../ui/prompter';

/**
 * Thrown by a step to go back to the step at `index` of the list: a summary whose rows say "change this". Once
 * that step is answered again, the wizard comes straight back to the step that threw (the later answers stand).
 */
export class BackTo extends Error {
  override readonly name = 'BackTo';
  constructor(readonly index: number) {
    super(`Back to step ${index}`);
  }
}

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
  /** After a BackTo: where to come back to once the step it went to is answered. */
  let resume: { after: number; at: number } | undefined;
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
      i = resume?.after === i ? resume.at : i + 1;
      resume = undefined;
    } catch (e) {
      if (!(e instanceof GoBack) && !(e instanceof BackTo)) throw e;
      resume = undefined;
      let previous = history.pop();
      // BackTo: rewind to that step (or the earliest one asked, if it was skipped).
      if (e instanceof BackTo)
        while (previous && previous.index > e.index && history.length > 0) previous = history.pop();
      if (!previous) throw new Cancelled();
      if (e instanceof BackTo) resume = { after: previous.index, at: i };
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
