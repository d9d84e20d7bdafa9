// Registers every command of the table, each wrapped by the one error boundary.
import * as vscode from 'vscode';
import type { CommandDeps } from './commandDeps';
import { COMMANDS } from './commandTable';
import { runCommand } from './runCommand';

export function registerCommands(deps: CommandDeps, onFailure?: (e: unknown) => void): vscode.Disposable[] {
  return COMMANDS.map((c) =>
    vscode.commands.registerCommand(c.id, (...args: unknown[]) =>
      runCommand(
        c.id,
        c.title,
        { log: deps.log, notifier: deps.notifier, showLog: () => deps.showLog(), onFailure },
        () => c.run(deps, ...args),
      ),
    ),
  );
}
