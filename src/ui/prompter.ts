// Ports for everything a command asks of the user. No vscode: command flows are unit-tested with a scripted
// implementation; src/ui/vscodePorts.ts is the real one.

/** The user dismissed a prompt or cancelled a progress: the boundary swallows it silently. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
  constructor() {
    super('Cancelled');
  }
}

/** The user pressed Back on a step of a multi-step input: the gathering goes to the previous step. */
export class GoBack extends Error {
  override readonly name = 'GoBack';
  constructor() {
    super('Back');
  }
}

/** Where a prompt stands in a multi-step input: shown as "Step k of n", with a Back button when k > 1. */
export interface StepPosition {
  /** 1-based. */
  index: number;
  total: number;
}

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
  picked?: boolean;
  /** Shown as a separator title before this item. */
  group?: string;
}

export interface PickOptions {
  title: string;
  placeholder?: string;
  /**
   * An item made from what the user types (e.g. "Create new layer 'x'"), shown first and updated as they type;
   * undefined for text that makes none. Typed text that no item matches picks it.
   */
  typedItem?: (typed: string) => PickItem<unknown> | undefined;
  /** A step of a multi-step input: "Step k of n" and, from step 2 on, a Back button that throws GoBack. */
  step?: StepPosition;
}

export interface InputOptions {
  title: string;
  prompt?: string;
  value?: string;
  placeholder?: string;
  password?: boolean;
  /** Returns an error message, or undefined when the value is fine. Runs as the user types. */
  validate?: (value: string) => string | undefined;
  /** A step of a multi-step input: "Step k of n" and, from step 2 on, a Back button that throws GoBack. */
  step?: StepPosition;
}

export interface ConfirmOptions {
  detail?: string;
  /** The label of the button that confirms. */
  confirm: string;
  /** A modal dialog (for destructive or public actions). */
  modal?: boolean;
  /**
   * The label of a button that says no and is the default: Enter (and the initial focus) picks it. A modal's
   * default is its first button, so without it the default would be `confirm`.
   */
  safeDefault?: string;
}

/** The buttons of a confirmation, first = default; Cancel (dismissal) is added by the dialog itself. */
export function confirmButtons(opts: ConfirmOptions): string[] {
  return opts.safeDefault ? [opts.safeDefault, opts.confirm] : [opts.confirm];
}

export interface Prompter {
  /** Throws Cancelled when dismissed, GoBack when Back is pressed (only offered with `step`). */
  pick<T>(items: PickItem<T>[], opts: PickOptions): Promise<T>;
  /** Throws Cancelled when dismissed; an empty selection is a valid answer. */
  pickMany<T>(items: PickItem<T>[], opts: PickOptions): Promise<T[]>;
  /** Throws Cancelled when dismissed. */
  input(opts: InputOptions): Promise<string>;
  /** Resolves false when the user says no or dismisses. */
  confirm(message: string, opts: ConfirmOptions): Promise<boolean>;
}

export interface Notifier {
  /** Resolves with the chosen action (or undefined). Callers that do not need the answer do not await it. */
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  warn(message: string, ...actions: string[]): Promise<string | undefined>;
  error(message: string, ...actions: string[]): Promise<string | undefined>;
}

export interface ProgressStep {
  /** What is happening now, e.g. "Compressing (12 of 80 MB)". */
  message?: string;
  /** Percent of the whole task to add. */
  increment?: number;
}

export interface ProgressRunner {
  /**
   * Runs a task with progress. With `cancellable`, the user can cancel: the signal aborts and the task
   * should stop; the boundary treats the resulting Cancelled/abort as a silent cancel.
   * `viewId` shows the progress inside that view instead of a notification.
   */
  run<T>(
    title: string,
    opts: { cancellable?: boolean; viewId?: string },
    task: (report: (step: ProgressStep) => void, signal: AbortSignal) => Promise<T>,
  ): Promise<T>;
}
