// The vscode implementations of the UI ports (prompter, notifier, progress, logger).
import * as vscode from 'vscode';
import { DISPLAY_LIMITS, displayLine, showInvisible, truncate } from './displayText';
import { describeForLog, logLine } from './logger';
import type { Logger } from './logger';
import { Cancelled, confirmButtons, GoBack } from './prompter';
import type {
  ConfirmOptions,
  InputOptions,
  Notifier,
  PickItem,
  PickOptions,
  ProgressRunner,
  Prompter,
} from './prompter';

type Item<T> = vscode.QuickPickItem & { value?: T };

function toItems<T>(items: PickItem<T>[]): Item<T>[] {
  const out: Item<T>[] = [];
  let group: string | undefined;
  for (const i of items) {
    if (i.group && i.group !== group) {
      group = i.group;
      out.push({ label: i.group, kind: vscode.QuickPickItemKind.Separator });
    }
    // Items name AWS resources: invisible and bidi characters show as <U+202E>, long text is cut.
    out.push({
      label: displayLine(i.label, DISPLAY_LIMITS.message),
      description:
        i.description === undefined ? undefined : displayLine(i.description, DISPLAY_LIMITS.message),
      detail: i.detail === undefined ? undefined : displayLine(i.detail, DISPLAY_LIMITS.message),
      picked: i.picked,
      value: i.value,
    });
  }
  return out;
}

/** Settles once: disposes the listeners and the widget, then resolves or rejects. */
function settleOnce(
  widget: vscode.QuickInput,
  subscriptions: vscode.Disposable[],
): (settle: () => void) => void {
  let settled = false;
  return (settle) => {
    if (settled) return;
    settled = true;
    for (const s of subscriptions) s.dispose();
    widget.dispose();
    settle();
  };
}

/** Title, "Step k of n", a Back button from step 2 on, and staying open when focus moves elsewhere. */
function frame(
  widget: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox,
  opts: PickOptions | InputOptions,
): void {
  widget.title = displayLine(opts.title);
  widget.ignoreFocusOut = true;
  if (opts.step) {
    widget.step = opts.step.index;
    widget.totalSteps = opts.step.total;
    if (opts.step.index > 1) widget.buttons = [vscode.QuickInputButtons.Back];
  }
}

/** The prompts as VS Code quick inputs: one implementation with or without a step of a multi-step input. */
export class VscodePrompter implements Prompter {
  async pick<T>(items: PickItem<T>[], opts: PickOptions): Promise<T> {
    const [chosen] = await this.choose(items, opts, false);
    return chosen as T;
  }

  async pickMany<T>(items: PickItem<T>[], opts: PickOptions): Promise<T[]> {
    return this.choose(items, opts, true);
  }

  private choose<T>(items: PickItem<T>[], opts: PickOptions, many: boolean): Promise<T[]> {
    const pick = vscode.window.createQuickPick<Item<T>>();
    frame(pick, opts);
    pick.placeholder = opts.placeholder === undefined ? undefined : displayLine(opts.placeholder);
    pick.matchOnDescription = true;
    pick.canSelectMany = many;
    const shown = toItems(items);
    pick.items = shown;
    if (many) pick.selectedItems = shown.filter((i) => i.picked);
    return new Promise<T[]>((resolve, reject) => {
      const subscriptions: vscode.Disposable[] = [];
      const finish = settleOnce(pick, subscriptions);
      const typedItem = opts.typedItem;
      if (typedItem) {
        // The item made from the text, always shown (the filter would hide it otherwise).
        subscriptions.push(
          pick.onDidChangeValue((value) => {
            const made = typedItem(value);
            if (!made) {
              pick.items = shown;
              return;
            }
            const item: Item<T> = {
              label: made.label,
              description: made.description,
              detail: made.detail,
              alwaysShow: true,
              value: made.value as T,
            };
            // First (so Enter takes it) unless the text also filters to items already there: then after them.
            const lower = value.trim().toLowerCase();
            const matches = shown.some(
              (i) => i.kind !== vscode.QuickPickItemKind.Separator && i.label.toLowerCase().includes(lower),
            );
            pick.items = matches ? [...shown, item] : [item, ...shown];
          }),
        );
      }
      subscriptions.push(
        pick.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) finish(() => reject(new GoBack()));
        }),
        pick.onDidAccept(() => {
          const chosen = many ? pick.selectedItems : pick.selectedItems.slice(0, 1);
          const single = chosen[0] ?? pick.activeItems[0];
          if (!many && !single) return;
          finish(() => resolve((many ? chosen : [single!]).map((c) => c.value as T)));
        }),
        pick.onDidHide(() => finish(() => reject(new Cancelled()))),
      );
      pick.show();
    });
  }

  async input(opts: InputOptions): Promise<string> {
    const box = vscode.window.createInputBox();
    frame(box, opts);
    box.prompt = opts.prompt === undefined ? undefined : displayLine(opts.prompt);
    box.placeholder = opts.placeholder === undefined ? undefined : displayLine(opts.placeholder);
    box.password = opts.password ?? false;
    box.value = opts.value ?? '';
    const problem = (value: string) => {
      const message = opts.validate?.(value);
      return message ? displayLine(message) : undefined;
    };
    box.validationMessage = opts.value ? problem(opts.value) : undefined;
    return new Promise<string>((resolve, reject) => {
      const subscriptions: vscode.Disposable[] = [];
      const finish = settleOnce(box, subscriptions);
      subscriptions.push(
        box.onDidChangeValue((value) => {
          box.validationMessage = problem(value);
        }),
        box.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) finish(() => reject(new GoBack()));
        }),
        box.onDidAccept(() => {
          const value = box.value;
          const invalid = problem(value);
          box.validationMessage = invalid;
          if (invalid === undefined) finish(() => resolve(value));
        }),
        box.onDidHide(() => finish(() => reject(new Cancelled()))),
      );
      box.show();
    });
  }

  async confirm(message: string, opts: ConfirmOptions): Promise<boolean> {
    const answer = await vscode.window.showWarningMessage(
      shown(message),
      {
        modal: opts.modal ?? true,
        detail: opts.detail === undefined ? undefined : truncate(showInvisible(opts.detail), 4000),
      },
      ...confirmButtons(opts),
    );
    return answer === opts.confirm;
  }
}

/** A notification or confirmation message: names in it come from AWS. Line breaks are kept (modal dialogs). */
function shown(message: string): string {
  return truncate(showInvisible(message), DISPLAY_LIMITS.message);
}

export class VscodeNotifier implements Notifier {
  async info(message: string, ...actions: string[]): Promise<string | undefined> {
    return vscode.window.showInformationMessage(shown(message), ...actions);
  }
  async warn(message: string, ...actions: string[]): Promise<string | undefined> {
    return vscode.window.showWarningMessage(shown(message), ...actions);
  }
  async error(message: string, ...actions: string[]): Promise<string | undefined> {
    return vscode.window.showErrorMessage(shown(message), ...actions);
  }
}

export class VscodeProgress implements ProgressRunner {
  async run<T>(
    title: string,
    opts: { cancellable?: boolean; viewId?: string },
    task: (
      report: (step: { message?: string; increment?: number }) => void,
      signal: AbortSignal,
    ) => Promise<T>,
  ): Promise<T> {
    const location = opts.viewId ? { viewId: opts.viewId } : vscode.ProgressLocation.Notification;
    return vscode.window.withProgress(
      { location, title: displayLine(title), cancellable: opts.cancellable ?? false },
      async (progress, token) => {
        const controller = new AbortController();
        const sub = token.onCancellationRequested(() => controller.abort());
        try {
          return await task(
            (step) =>
              progress.report(
                step.message === undefined ? step : { ...step, message: displayLine(step.message) },
              ),
            controller.signal,
          );
        } catch (e) {
          if (controller.signal.aborted) throw new Cancelled();
          throw e;
        } finally {
          sub.dispose();
        }
      },
    );
  }
}

/** A Logger over a LogOutputChannel; every line goes through logLine (redacted, invisible characters shown). */
export class ChannelLogger implements Logger {
  constructor(readonly channel: vscode.LogOutputChannel) {}
  debug(message: string): void {
    this.channel.debug(logLine(message));
  }
  trace(message: string): void {
    this.channel.trace(logLine(message));
  }
  info(message: string): void {
    this.channel.info(logLine(message));
  }
  warn(message: string): void {
    this.channel.warn(logLine(message));
  }
  error(message: string, error?: unknown): void {
    this.channel.error(
      error === undefined ? logLine(message) : `${logLine(message)}: ${logLine(describeForLog(error))}`,
    );
  }
}
