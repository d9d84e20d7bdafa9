// What the explorer shows for the set of connections: one root each, with its connection when it is ready and
// its problem when not. With a single connection that is not ready there is no root at all, so that the views
// show their welcome content (how to set credentials or a Region), as they always did.
import type { ExplorerRootSpec } from '../tree/explorerModel';
import { connectionLabel, DEFAULT_CONNECTION } from './connectionManager';
import type { ActiveConnection, ConnectionManager } from './connectionManager';
import type { CodeStore } from '../code/codeStore';

function host(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined;
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

export function explorerRoots(
  manager: ConnectionManager,
  /** The published-code store of a built connection (Contents nodes); none: no Contents nodes. */
  codeFor?: (live: ActiveConnection) => CodeStore | undefined,
): ExplorerRootSpec[] {
  const all = manager.connections;
  const roots = all.map((c): ExplorerRootSpec => {
    const live = c.state === 'ready' ? c.live : undefined;
    const endpoint = host(c.live?.connection.endpoint ?? c.settings.endpoint);
    const region = c.live?.connection.region ?? c.settings.region;
    return {
      key: c.key,
      label: connectionLabel(c),
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(region !== undefined ? { region } : {}),
      ...(c.state !== 'ready' ? { problem: c.problem ?? 'Not connected' } : {}),
      isDefault: c.key === DEFAULT_CONNECTION,
      connection: live
        ? {
            lambda: live.service,
            usedBy: live.usedBy,
            catalog: live.catalog,
            artifacts: live.artifacts,
            ...(codeFor ? { code: codeFor(live) } : {}),
          }
        : undefined,
      reconnect: () => manager.rebuild(c.key),
    };
  });
  if (roots.length === 1 && !roots[0]!.connection) return [];
  return roots;
}
