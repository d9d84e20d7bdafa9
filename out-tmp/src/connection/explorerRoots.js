"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.explorerRoots = explorerRoots;
const connectionManager_1 = require("./connectionManager");
function host(endpoint) {
    if (!endpoint)
        return undefined;
    try {
        return new URL(endpoint).host;
    }
    catch {
        return endpoint;
    }
}
function explorerRoots(manager, 
/** The published-code store of a built connection (Contents nodes); none: no Contents nodes. */
codeFor) {
    const all = manager.connections;
    const roots = all.map((c) => {
        const live = c.state === 'ready' ? c.live : undefined;
        const endpoint = host(c.live?.connection.endpoint ?? c.settings.endpoint);
        const region = c.live?.connection.region ?? c.settings.region;
        return {
            key: c.key,
            label: (0, connectionManager_1.connectionLabel)(c),
            ...(endpoint !== undefined ? { endpoint } : {}),
            ...(region !== undefined ? { region } : {}),
            ...(c.state !== 'ready' ? { problem: c.problem ?? 'Not connected' } : {}),
            isDefault: c.key === connectionManager_1.DEFAULT_CONNECTION,
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
    if (roots.length === 1 && !roots[0].connection)
        return [];
    return roots;
}
//# sourceMappingURL=explorerRoots.js.map