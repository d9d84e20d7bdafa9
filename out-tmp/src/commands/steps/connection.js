"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONNECTION_GONE = exports.NOT_CONNECTED = void 0;
exports.connectionKeyOf = connectionKeyOf;
exports.withConnectionOf = withConnectionOf;
exports.scopedTo = scopedTo;
exports.connectionOf = connectionOf;
exports.lambdaOf = lambdaOf;
exports.NOT_CONNECTED = 'Not connected to AWS. Choose a profile and Region first.';
exports.CONNECTION_GONE = 'The connection of this item was removed or rebuilt: refresh the view and try again.';
function isNode(x) {
    return typeof x === 'object' && x !== null && 'id' in x && 'kind' in x && 'view' in x;
}
function arnOf(x) {
    if (typeof x === 'string')
        return x.startsWith('arn:') ? x : undefined;
    if (typeof x !== 'object' || x === null || !('arn' in x))
        return undefined;
    const arn = x.arn;
    return typeof arn === 'string' && arn.startsWith('arn:') ? arn : undefined;
}
/**
 * The connection an argument belongs to: a node's (by its root; throws when that connection is gone), a ref's
 * (the one it was shown under, see ResourceRef.connection) or an ARN's (the connection that listed it, else one in
 * its Region). Undefined: the argument does not say.
 */
function connectionKeyOf(explorer, arg) {
    if (isNode(arg)) {
        const key = explorer.keyOf(arg);
        if (key !== undefined)
            return key;
        for (let n = arg; n; n = n.parent)
            if (n.kind === 'connection')
                throw new Error(exports.CONNECTION_GONE);
        return undefined;
    }
    const arn = arnOf(arg);
    if (arn === undefined || !explorer.isMulti)
        return undefined;
    // A ref that says which connection it was shown under keeps to it while that connection is there.
    const shownUnder = arg.connection;
    if (typeof shownUnder === 'string' && explorer.connections.some((c) => c.key === shownUnder))
        return shownUnder;
    return explorer.keyForArn(arn);
}
/** The deps of a command, scoped to the connection of the first argument that names one. */
function withConnectionOf(deps, args) {
    for (const arg of args) {
        const key = connectionKeyOf(deps.explorer, arg);
        if (key !== undefined)
            return scopedTo(deps, key);
    }
    return deps;
}
/** The deps working on one connection: its explorer roots, its Region, its artifact bucket's S3 client. */
function scopedTo(deps, key) {
    if (key === deps.explorer.key)
        return deps;
    const explorer = deps.explorer.scoped(key);
    const region = explorer.connections.find((c) => c.key === key)?.region;
    const entry = deps.connection.list().find((c) => c.key === key);
    const current = entry
        ? {
            ...(entry.profile !== undefined ? { profile: entry.profile } : {}),
            ...(entry.region !== undefined ? { region: entry.region } : {}),
            ...(entry.endpoint !== undefined ? { endpoint: entry.endpoint } : {}),
        }
        : deps.connection.current();
    return {
        ...deps,
        explorer,
        // Panels and messages name this connection (its endpoint decides, e.g., whether a console link makes sense).
        connection: {
            ...deps.connection,
            region: () => region,
            current: () => current,
            targets: (target) => deps.connection.targets(target, key),
        },
        workspace: {
            ...deps.workspace,
            artifacts: () => {
                const store = explorer.connection?.artifacts;
                if (!store)
                    throw new Error(exports.NOT_CONNECTED);
                return store;
            },
        },
    };
}
/** The connection of `from` (a node, a ref, an ARN) when given, else the deps' own. */
function connectionOf(deps, from) {
    const key = from === undefined ? undefined : connectionKeyOf(deps.explorer, from);
    const explorer = key !== undefined && key !== deps.explorer.key ? deps.explorer.scoped(key) : deps.explorer;
    const c = explorer.connection;
    if (!c)
        throw new Error(exports.NOT_CONNECTED);
    return c;
}
function lambdaOf(deps, from) {
    return connectionOf(deps, from).lambda;
}
//# sourceMappingURL=connection.js.map