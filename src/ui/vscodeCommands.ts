// Registers every command of the table, each wrapped by the one error boundary.
import * as vscode from 'vscode';
import type { CommandDeps } from '../commands/commandDeps';
import { COMMANDS } from '../commands/commandTable';
import { runCommand } from '../commands/runCommand';
import { withConnectionOf } from '../commands/steps/connection';

export function registerCommands(deps: CommandDeps, onFailure?: (e: unknown) => void): vscode.Disposable[] {
  return COMMANDS.map((c) =>
    vscode.commands.registerCommand(c.id, (...args: unknown[]) =>
      runCommand(
        c.id,
        c.title,
        { log: deps.log, notifier: deps.notifier, showLog: () => deps.showLog(), onFailure },
        // Run on a node (or a ref, an ARN): the command works on that node's connection.
        () => c.run(withConnectionOf(deps, args), ...args),
      ),
    ),
  );
}
