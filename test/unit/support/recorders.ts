// Recording implementations of the UI ports for command-flow tests.
import type { Logger } from '../../../src/ui/logger';
import { Cancelled, GoBack } from '../../../src/ui/prompter';
import type {
  ConfirmOptions,
  InputOptions,
  Notifier,
  PickItem,
  PickOptions,
  ProgressRunner,
  Prompter,
  StepPosition,
} from '../../../src/ui/prompter';

/** A scripted answer that presses the Back button of a multi-step input. */
export const BACK = Symbol('back');

export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  readonly errors: string[] = [];
  trace(m: string): void {
    this.lines.push(`trace ${m}`);
  }
  info(m: string): void {
    this.lines.push(`info ${m}`);
  }
  warn(m: string): void {
    this.lines.push(`warn ${m}`);
  }
  error(m: string, e?: unknown): void {
    this.errors.push(e === undefined ? m : `${m}: ${e instanceof Error ? e.message : JSON.stringify(e)}`);
  }
}

export class RecordingNotifier implements Notifier {
  readonly shown: { level: string; message: string; actions?: string[] }[] = [];
  constructor(private readonly opts: { answer?: string; neverResolve?: boolean } = {}) {}
  private show(level: string, message: string, actions: string[]): Promise<string | undefined> {
    this.shown.push(actions.length > 0 ? { level, message, actions } : { level, message });
    return this.opts.neverResolve ? new Promise(() => undefined) : Promise.resolve(this.opts.answer);
  }
  info(m: string, ...actions: string[]): Promise<string | undefined> {
    return this.show('info', m, actions);
  }
  warn(m: string, ...actions: string[]): Promise<string | undefined> {
    return this.show('warn', m, actions);
  }
  error(m: string, ...actions: string[]): Promise<string | undefined> {
    return this.show('error', m, actions);
  }
}

/** Answers prompts from a script, in order; an `undefined` answer is a dismissal (Cancelled). */
export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  constructor(private readonly answers: unknown[]) {}
  private next(title: string): unknown {
    this.asked.push(title);
    if (this.answers.length === 0) throw new Error(`unexpected prompt: ${title}`);
    const a = this.answers.shift();
    if (a === undefined) throw new Cancelled();
    if (a === BACK) throw new GoBack();
    return a;
  }
  async pick<T>(items: PickItem<T>[], opts: PickOptions): Promise<T> {
    const a = this.next(opts.title);
    const byLabel = items.find((i) => i.label === a);
    if (byLabel) return byLabel.value;
    // Text no item matches, typed where the pick makes an item of it: that item.
    const typed = typeof a === 'string' ? opts.typedItem?.(a) : undefined;
    return typed ? (typed.value as T) : (a as T);
  }
  async pickMany<T>(items: PickItem<T>[], opts: PickOptions): Promise<T[]> {
    const a = this.next(opts.title) as string[];
    return items.filter((i) => a.includes(i.label)).map((i) => i.value);
  }
  async input(opts: InputOptions): Promise<string> {
    const a = this.next(opts.title) as string;
    const problem = opts.validate?.(a);
    if (problem) throw new Error(`invalid input for ${opts.title}: ${problem}`);
    return a;
  }
  async confirm(message: string, _opts: ConfirmOptions): Promise<boolean> {
    return Boolean(this.next(message));
  }
}

/** Runs the task at once; `cancelAfterMs` aborts it like the user pressing Cancel. */
export class ImmediateProgress implements ProgressRunner {
  readonly steps: string[] = [];
  constructor(private readonly cancelAfterMs?: number) {}
  async run<T>(
    title: string,
    _o: unknown,
    task: (report: (s: { message?: string }) => void, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    this.steps.push(title);
    const controller = new AbortController();
    if (this.cancelAfterMs !== undefined) setTimeout(() => controller.abort(), this.cancelAfterMs);
    return task((s) => s.message && this.steps.push(s.message), controller.signal);
  }
}

/** A scripted prompter that also keeps what it showed (pick items, proposed input values). */
export class ShowingPrompter extends ScriptedPrompter {
  readonly picks: {
    title: string;
    placeholder?: string;
    step?: StepPosition;
    items: PickItem<unknown>[];
    typedItem?: PickOptions['typedItem'];
  }[] = [];
  /** Every prompt in order: its title (or message) and "k/n" when it was a step of a multi-step input. */
  readonly shown: string[] = [];
  readonly inputs: InputOptions[] = [];
  /** The confirmations asked, with their options (buttons, modal). */
  readonly confirms: { message: string; opts: ConfirmOptions }[] = [];
  private record(title: string, step: StepPosition | undefined): void {
    this.shown.push(step ? `${title} [${step.index}/${step.total}]` : title);
  }
  override async pick<T>(items: PickItem<T>[], opts: PickOptions): Promise<T> {
    this.picks.push({
      title: opts.title,
      ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
      ...(opts.step ? { step: opts.step } : {}),
      items,
      ...(opts.typedItem ? { typedItem: opts.typedItem } : {}),
    });
    this.record(opts.title, opts.step);
    return super.pick(items, opts);
  }
  override async pickMany<T>(items: PickItem<T>[], opts: PickOptions): Promise<T[]> {
    this.picks.push({
      title: opts.title,
      ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
      ...(opts.step ? { step: opts.step } : {}),
      items,
    });
    this.record(opts.title, opts.step);
    return super.pickMany(items, opts);
  }
  override async input(opts: InputOptions): Promise<string> {
    this.inputs.push(opts);
    this.record(opts.title, opts.step);
    return super.input(opts);
  }
  override async confirm(message: string, opts: ConfirmOptions): Promise<boolean> {
    this.record(message, undefined);
    this.confirms.push({ message, opts });
    return super.confirm(message, opts);
  }
}
