// The vscode implementations of the UI ports (prompter, notifier, progress, logger).
import * as vscode from 'vscode';
import { redact } from '../aws/redact';
import { describeForLog } from './logger';
import type { Logger } from './logger';
import { Cancelled } from './prompter';
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
    out.push({
      label: i.label,
      description: i.description,
      detail: i.detail,
      picked: i.picked,
      value: i.value,
    });
  }
  return out;
}

export class VscodePrompter implements Prompter {
  async pick<T>(items: PickItem<T>[], opts: PickOptions): Promise<T> {
    const chosen = await vscode.window.showQuickPick(toItems(items), {
      title: opts.title,
      placeHolder: opts.placeholder,
      matchOnDescription: true,
      ignoreFocusOut: true,
    });
    if (!chosen) throw new Cancelled();
    return chosen.value as T;
  }

  async pickMany<T>(items: PickItem<T>[], opts: PickOptions): Promise<T[]> {
    const chosen = await vscode.window.showQuickPick(toItems(items), {
      title: opts.title,
      placeHolder: opts.placeholder,
      canPickMany: true,
      matchOnDescription: true,
      ignoreFocusOut: true,
    });
    if (!chosen) throw new Cancelled();
    return chosen.map((c) => c.value as T);
  }

  async input(opts: InputOptions): Promise<string> {
    const value = await vscode.window.showInputBox({
      title: opts.title,
      prompt: opts.prompt,
      value: opts.value,
      placeHolder: opts.placeholder,
      password: opts.password,
      ignoreFocusOut: true,
      validateInput: opts.validate ? (v) => opts.validate!(v) ?? null : undefined,
    });
    if (value === undefined) throw new Cancelled();
    return value;
  }

  async confirm(message: string, opts: ConfirmOptions): Promise<boolean> {
    const answer = await vscode.window.showWarningMessage(
      message,
      { modal: opts.modal ?? true, detail: opts.detail },
      opts.confirm,
    );
    return answer === opts.confirm;
  }
}

export class VscodeNotifier implements Notifier {
  async info(message: string, ...actions: string[]): Promise<string | undefined> {
    return vscode.window.showInformationMessage(message, ...actions);
  }
  async warn(message: string, ...actions: string[]): Promise<string | undefined> {
    return vscode.window.showWarningMessage(message, ...actions);
  }
  async error(message: string, ...actions: string[]): Promise<string | undefined> {
    return vscode.window.showErrorMessage(message, ...actions);
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
      { location, title, cancellable: opts.cancellable ?? false },
      async (progress, token) => {
        const controller = new AbortController();
        const sub = token.onCancellationRequested(() => controller.abort());
        try {
          return await task((step) => progress.report(step), controller.signal);
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

/** A Logger over a LogOutputChannel; every line is redacted. */
export class ChannelLogger implements Logger {
  constructor(readonly channel: vscode.LogOutputChannel) {}
  trace(message: string): void {
    this.channel.trace(redact(message));
  }
  info(message: string): void {
    this.channel.info(redact(message));
  }
  warn(message: string): void {
    this.channel.warn(redact(message));
  }
  error(message: string, error?: unknown): void {
    this.channel.error(
      error === undefined ? redact(message) : `${redact(message)}: ${describeForLog(error)}`,
    );
  }
}
