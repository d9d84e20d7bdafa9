// The connection a command works with, or the one message that says how to get one.
import type { LambdaService } from '../../aws/lambdaService';
import type { ExplorerConnection } from '../../tree/explorerModel';
import type { CommandDeps } from '../commandDeps';

export const NOT_CONNECTED = 'Not connected to AWS. Choose a profile and Region first.';

export function connectionOf(deps: Pick<CommandDeps, 'explorer'>): ExplorerConnection {
  const c = deps.explorer.connection;
  if (!c) throw new Error(NOT_CONNECTED);
  return c;
}

export function lambdaOf(deps: Pick<CommandDeps, 'explorer'>): LambdaService {
  return connectionOf(deps).lambda;
}
