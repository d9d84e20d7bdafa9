// A test double for `vscode.window`, installed for one test at a time. In the extension host every file under
// the extension's folder gets the same `vscode` API object as the extension (the module factory resolves it
// per extension, by file path), so replacing `vscode.window.createQuickPick` here replaces it for the
// extension's bundle too. The shim:
//   - answers the quick inputs (createQuickPick / createInputBox / showQuickPick / showInputBox), the
//     questions (a show*Message with options, e.g. a modal confirmation) and the open dialog from a script,
//     in order, by label, like test/unit/support/recorders.ts ScriptedPrompter: a string picks the item with
//     that label (or is typed into an input box), a string[] picks several, `true`/`false` confirm or not,
//     BACK presses the Back button, `undefined` dismisses (Escape). A function answer gets the widget and
//     drives it itself.
//   - records notifications (a show*Message without options) and notification progress, and can cancel a
//     progress when a step message matches;
//   - wraps createWebviewPanel: what the host posts, what the view sends, and delivery of messages as if the
//     view had posted them.
// restore() puts the real functions back.
import * as vscode from 'vscode';

/** Answer: press the Back button of the prompt (it must have one). */
export const BACK = Symbol('Back');

/** An answer that drives the widget itself (for tests of the prompter). */
export type DriveWidget = (widget: TestQuickPick | TestInputBox) => void | Promise<void>;

export interface Notification {
  level: 'info' | 'warn' | 'error';
  message: string;
  /** The buttons it offers (none answered: a notification is left open). */
  actions?: string[];
}

type Message = { type: string } & Record<string, unknown>;

/** A webview panel the extension created while the shim was installed. */
export class RecordedPanel {
  /** What the extension posted to the view, in order. */
  readonly sent: Message[] = [];
  /** What the real view posted to the extension, in order. */
  readonly received: Message[] = [];
  private readonly listeners = new Set<(m: unknown) => unknown>();
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly viewType: string,
  ) {
    const webview = panel.webview as vscode.Webview & Record<string, unknown>;
    const realPost = webview.postMessage.bind(webview);
    const realEvent = webview.onDidReceiveMessage;
    realEvent((m: unknown) => {
      this.received.push(m as Message);
      this.notify();
    });
    webview.postMessage = (message: unknown) => {
      this.sent.push(message as Message);
      this.notify();
      return realPost(message);
    };
    const onDidReceiveMessage: vscode.Event<unknown> = (listener, thisArgs, disposables) => {
      const bound = (m: unknown): unknown => listener.call(thisArgs, m) as unknown;
      this.listeners.add(bound);
      const sub = realEvent(bound);
      const d = {
        dispose: () => {
          this.listeners.delete(bound);
          sub.dispose();
        },
      };
      disposables?.push(d);
      return d;
    };
    Object.defineProperty(webview, 'onDidReceiveMessage', { value: onDidReceiveMessage, configurable: true });
  }

  get title(): string {
    return this.panel.title;
  }

  /** Hands a message to the extension's listeners as if the view had posted it. */
  deliver(message: unknown): void {
    for (const l of [...this.listeners]) l(message);
  }

  /** The messages posted of one type. */
  sentOfType<T extends string>(type: T): (Message & { type: T })[] {
    return this.sent.filter((m): m is Message & { type: T } => m.type === type);
  }

  /** Resolves when the predicate over this panel's record holds (checked on every message). */
  async until<T>(predicate: () => T, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
    const now = predicate();
    if (now) return now;
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = predicate();
        if (v) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(
            `Timed out after ${timeoutMs} ms waiting for ${what} (panel ${this.viewType}; ` +
              `sent: ${this.sent.map((m) => m.type).join(',')}; received: ${this.received.map((m) => m.type).join(',')})`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /** Resolves with the first message posted from now on that matches. */
  nextSent(match: (m: Message) => boolean, what: string, timeoutMs?: number): Promise<Message> {
    const from = this.sent.length;
    return this.until(() => this.sent.slice(from).find(match), what, timeoutMs);
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }
}

/** The parts of both quick inputs: a fake the test drives, with the fields the extension sets. */
abstract class TestQuickInput {
  title: string | undefined;
  step: number | undefined;
  totalSteps: number | undefined;
  enabled = true;
  busy = false;
  ignoreFocusOut = false;
  placeholder: string | undefined;
  value = '';
  buttons: readonly vscode.QuickInputButton[] = [];
  visible = false;
  disposed = false;
  protected readonly valueEmitter = new vscode.EventEmitter<string>();
  protected readonly acceptEmitter = new vscode.EventEmitter<void>();
  protected readonly buttonEmitter = new vscode.EventEmitter<vscode.QuickInputButton>();
  protected readonly hideEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeValue = this.valueEmitter.event;
  readonly onDidAccept = this.acceptEmitter.event;
  readonly onDidTriggerButton = this.buttonEmitter.event;
  readonly onDidHide = this.hideEmitter.event;

  constructor(protected readonly shim: TestWindow) {}

  show(): void {
    if (this.disposed) return;
    this.visible = true;
    this.shim.answer(this as unknown as TestQuickPick | TestInputBox);
  }

  hide(): void {
    if (!this.visible) return;
    this.visible = false;
    this.hideEmitter.fire();
  }

  dispose(): void {
    if (this.disposed) return;
    this.hide();
    this.disposed = true;
    for (const e of [this.valueEmitter, this.acceptEmitter, this.buttonEmitter, this.hideEmitter])
      e.dispose();
    this.disposeMore();
  }

  protected disposeMore(): void {}

  /** Types a value (the extension hears onDidChangeValue, as when the user types). */
  type(value: string): void {
    this.value = value;
    this.valueEmitter.fire(value);
  }

  /** Presses Enter. */
  accept(): void {
    this.acceptEmitter.fire();
  }

  /** Presses the Back button; fails when the prompt has none. */
  pressBack(): void {
    if (!this.buttons.includes(vscode.QuickInputButtons.Back)) {
      throw new Error(`"${this.title}" has no Back button`);
    }
    this.buttonEmitter.fire(vscode.QuickInputButtons.Back);
  }
}

export class TestQuickPick<T extends vscode.QuickPickItem = vscode.QuickPickItem>
  extends TestQuickInput
  implements vscode.QuickPick<T>
{
  items: readonly T[] = [];
  canSelectMany = false;
  matchOnDescription = false;
  matchOnDetail = false;
  keepScrollPosition?: boolean;
  activeItems: readonly T[] = [];
  selectedItems: readonly T[] = [];
  private readonly activeEmitter = new vscode.EventEmitter<readonly T[]>();
  private readonly selectionEmitter = new vscode.EventEmitter<readonly T[]>();
  private readonly itemButtonEmitter = new vscode.EventEmitter<vscode.QuickPickItemButtonEvent<T>>();
  readonly onDidChangeActive = this.activeEmitter.event;
  readonly onDidChangeSelection = this.selectionEmitter.event;
  readonly onDidTriggerItemButton = this.itemButtonEmitter.event;

  protected override disposeMore(): void {
    this.activeEmitter.dispose();
    this.selectionEmitter.dispose();
    this.itemButtonEmitter.dispose();
  }

  /** The items that can be chosen (no separators). */
  get choices(): T[] {
    return this.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
  }

  /** The items with these labels; fails on a label that is not offered. */
  byLabel(labels: string[]): T[] {
    return labels.map((label) => {
      const item = this.choices.find((i) => i.label === label);
      if (!item) {
        throw new Error(
          `"${this.title}" offers no item "${label}"; it offers: ${this.choices.map((i) => i.label).join(' | ')}`,
        );
      }
      return item;
    });
  }

  /** Selects the items with these labels (as clicking or Space does). */
  select(labels: string[]): void {
    this.selectedItems = this.byLabel(labels);
    this.activeItems = this.selectedItems.slice(0, 1);
    this.activeEmitter.fire(this.activeItems);
    this.selectionEmitter.fire(this.selectedItems);
  }
}

export class TestInputBox extends TestQuickInput implements vscode.InputBox {
  valueSelection: readonly [number, number] | undefined;
  password = false;
  prompt: string | undefined;
  validationMessage: string | vscode.InputBoxValidationMessage | undefined;
}

/**
 * One answer: a label (or the text typed into an input box), several labels (a multi-select pick), `true` /
 * `false` (a question: its first button, or none), BACK, `undefined` (dismiss), a path or Uri (the open
 * dialog), or a function that drives the widget itself.
 */
export type Answer = string | string[] | boolean | undefined | typeof BACK | vscode.Uri | DriveWidget;

/** The labels an answer names; fails on anything else. */
function labelsOf(title: string, answer: Answer): string[] {
  if (typeof answer === 'string') return [answer];
  if (Array.isArray(answer)) return answer;
  throw new Error(`"${title}" takes a label or labels, not ${String(answer)}`);
}

/** The text an answer types; fails on anything else. */
function textOf(title: string, answer: Answer): string {
  if (typeof answer === 'string') return answer;
  throw new Error(
    `"${title}" takes a text, not ${Array.isArray(answer) ? JSON.stringify(answer) : String(answer)}`,
  );
}

/** The real functions the shim replaces. */
const PATCHED = [
  'createQuickPick',
  'createInputBox',
  'showQuickPick',
  'showInputBox',
  'showWarningMessage',
  'showInformationMessage',
  'showErrorMessage',
  'withProgress',
  'showOpenDialog',
  'createWebviewPanel',
] as const;

export class TestWindow {
  /** Prompt titles (and confirmation messages), in the order they were asked. */
  readonly asked: string[] = [];
  /** Every quick input the extension created, in order. */
  readonly prompts: (TestQuickPick | TestInputBox)[] = [];
  /** Notifications shown (show*Message without options). */
  readonly notifications: Notification[] = [];
  /** Titles and step messages of notification progress. */
  readonly progress: string[] = [];
  /** Webview panels created. */
  readonly panels: RecordedPanel[] = [];
  private answers: Answer[] = [];
  private cancelWhen: ((message: string) => boolean) | undefined;
  private readonly saved = new Map<string, unknown>();

  /** Sets the answers for the prompts to come (replacing any left). */
  script(answers: Answer[]): this {
    this.answers = [...answers];
    return this;
  }

  /** Answers not used yet. */
  get unused(): Answer[] {
    return [...this.answers];
  }

  /** Cancels a notification progress (as its Cancel button does) when a step message matches. */
  cancelProgressWhen(match: (message: string) => boolean): void {
    this.cancelWhen = match;
  }

  /** The panels created for a view type's title, newest last. */
  panel(title: string): RecordedPanel | undefined {
    return this.panels.filter((p) => p.title === title).at(-1);
  }

  install(): this {
    const w = vscode.window as unknown as Record<string, unknown>;
    for (const name of PATCHED) this.saved.set(name, w[name]);
    const real = <K extends (typeof PATCHED)[number]>(name: K) =>
      this.saved.get(name) as (typeof vscode.window)[K];

    w.createQuickPick = () => this.track(new TestQuickPick(this));
    w.createInputBox = () => this.track(new TestInputBox(this));
    w.showQuickPick = async (
      items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>,
      options?: vscode.QuickPickOptions,
    ) => {
      const title = options?.title ?? options?.placeHolder ?? '';
      const answer = this.next(title);
      if (answer === undefined) return undefined;
      const pick = new TestQuickPick(this);
      pick.title = title;
      pick.items = await items;
      const chosen = pick.byLabel(labelsOf(title, answer));
      return options?.canPickMany ? chosen : chosen[0];
    };
    w.showInputBox = async (options?: vscode.InputBoxOptions) => {
      const title = options?.title ?? options?.prompt ?? '';
      const answer = this.next(title);
      if (answer === undefined) return undefined;
      const text = textOf(title, answer);
      const problem = await options?.validateInput?.(text);
      if (problem) throw new Error(`invalid input for ${title}: ${JSON.stringify(problem)}`);
      return text;
    };
    const message =
      (level: Notification['level']) =>
      async (text: string, ...rest: unknown[]): Promise<unknown> => {
        const options =
          typeof rest[0] === 'object' && rest[0] !== null && !('title' in rest[0]) ? rest.shift() : undefined;
        if (options === undefined) {
          const actions = rest.map((r) => (typeof r === 'string' ? r : (r as vscode.MessageItem).title));
          this.notifications.push(
            actions.length > 0 ? { level, message: text, actions } : { level, message: text },
          );
          return undefined;
        }
        // A question (modal or with a detail): the next answer decides.
        const answer = this.next(text);
        if (answer === true) return rest[0];
        if (typeof answer === 'string') {
          const item = rest.find(
            (r) => (typeof r === 'string' ? r : (r as vscode.MessageItem).title) === answer,
          );
          if (!item) throw new Error(`"${text}" offers no button "${answer}"`);
          return item;
        }
        return undefined;
      };
    w.showInformationMessage = message('info');
    w.showWarningMessage = message('warn');
    w.showErrorMessage = message('error');
    w.withProgress = <R>(
      options: vscode.ProgressOptions,
      task: (
        progress: vscode.Progress<{ message?: string; increment?: number }>,
        token: vscode.CancellationToken,
      ) => Thenable<R>,
    ): Thenable<R> => {
      if (options.location !== vscode.ProgressLocation.Notification) {
        return real('withProgress')(options, task); // progress inside a view or the status bar: the real one
      }
      this.progress.push(options.title ?? '');
      const source = new vscode.CancellationTokenSource();
      return Promise.resolve(
        task(
          {
            report: (step) => {
              if (!step.message) return;
              this.progress.push(step.message);
              if (options.cancellable && this.cancelWhen?.(step.message)) source.cancel();
            },
          },
          source.token,
        ),
      ).finally(() => source.dispose());
    };
    w.showOpenDialog = async (options?: vscode.OpenDialogOptions) => {
      const answer = this.next(options?.title ?? 'Open');
      if (answer === undefined) return undefined;
      return [
        answer instanceof vscode.Uri ? answer : vscode.Uri.file(textOf(options?.title ?? 'Open', answer)),
      ];
    };
    w.createWebviewPanel = (...args: Parameters<typeof vscode.window.createWebviewPanel>) => {
      const panel = real('createWebviewPanel')(...args);
      this.panels.push(new RecordedPanel(panel, args[0]));
      return panel;
    };
    return this;
  }

  restore(): void {
    const w = vscode.window as unknown as Record<string, unknown>;
    for (const [name, fn] of this.saved) w[name] = fn;
    this.saved.clear();
    for (const p of this.prompts) p.dispose();
  }

  private track<W extends TestQuickPick | TestInputBox>(widget: W): W {
    this.prompts.push(widget);
    return widget;
  }

  private next(title: string): Answer {
    this.asked.push(title);
    if (this.answers.length === 0) throw new Error(`unexpected prompt: ${title}`);
    return this.answers.shift();
  }

  /**
   * A quick input was shown: takes the next answer. A wrong answer (no such label, an invalid value) throws
   * here, so the extension's prompt fails with the reason; the answer itself is given on the next tick, as a
   * user would.
   */
  answer(widget: TestQuickPick | TestInputBox): void {
    const answer = this.next(widget.title ?? '');
    const later = (f: () => void) => setTimeout(f, 0);
    if (typeof answer === 'function') {
      later(() => void answer(widget));
    } else if (answer === undefined) {
      later(() => widget.hide());
    } else if (answer === BACK) {
      if (!widget.buttons.includes(vscode.QuickInputButtons.Back)) {
        throw new Error(`"${widget.title}" has no Back button`);
      }
      later(() => widget.pressBack());
    } else if (widget instanceof TestQuickPick) {
      const labels = labelsOf(widget.title ?? '', answer);
      if (!widget.canSelectMany && labels.length !== 1) {
        throw new Error(`"${widget.title}" takes one answer, not ${JSON.stringify(answer)}`);
      }
      widget.byLabel(labels); // fails now on a label that is not offered
      later(() => {
        widget.select(labels);
        widget.accept();
      });
    } else {
      widget.type(textOf(widget.title ?? '', answer));
      if (widget.validationMessage) {
        const m = widget.validationMessage;
        throw new Error(`invalid input for ${widget.title}: ${typeof m === 'string' ? m : m.message}`);
      }
      later(() => widget.accept());
    }
  }
}

/**
 * Mocha helper for a describe block: each test gets a fresh TestWindow installed before it and removed after.
 * Call the returned function inside a test to get the current one.
 */
export function useTestWindow(): () => TestWindow {
  let current: TestWindow | undefined;
  beforeEach(() => {
    current = new TestWindow().install();
  });
  afterEach(() => {
    current?.restore();
    current = undefined;
  });
  return () => {
    if (!current)
      throw new Error('The test window is only available inside a test of a useTestWindow() block');
    return current;
  };
}
