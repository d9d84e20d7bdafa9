// Registers every command of the table, each wrapped by the one error boundary.
import * as vscode from 'vscode';
import type { CommandDeps } from '../commands/commandDeps';
import { COMMANDS } from '../commands/commandTable';
import { runCommand } from '../commands/runCommand';

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
