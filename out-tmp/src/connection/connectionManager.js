"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConnectionManager = exports.DEFAULT_CONNECTION = exports.NotConnectedError = exports.connectionKey = void 0;
exports.connectionLabel = connectionLabel;
const sdkCallLog_1 = require("../aws/sdkCallLog");
const sdkClientFactory_1 = require("../aws/sdkClientFactory");
const connectionSettings_1 = require("./connectionSettings");
const liveConnection_1 = require("./liveConnection");
var connectionSettings_2 = require("./connectionSettings");
Object.defineProperty(exports, "connectionKey", { enumerable: true, get: function () { return connectionSettings_2.connectionKey; } });
var liveConnection_2 = require("./liveConnection");
Object.defineProperty(exports, "NotConnectedError", { enumerable: true, get: function () { return liveConnection_2.NotConnectedError; } });
/** The key of the connection built from lambdaExplorer.profile/region/endpoint. */
exports.DEFAULT_CONNECTION = 'default';
/** `profile @ Region`, as the roots and the status bar name a connection. */
function connectionLabel(c) {
    const built = c.live?.connection;
    const profile = built?.profile ?? (c.settings.profile?.trim() || 'default');
    const region = built?.region ?? (c.settings.region?.trim() || '?');
    return `${profile} @ ${region}`;
}
class Entry {
    key;
    settings;
    live;
    state = 'invalid';
    problem;
    constructor(key, settings) {
        this.key = key;
        this.settings = settings;
    }
    close() {
        const live = this.live;
        this.live = undefined;
        live?.close();
    }
}
class ConnectionManager {
    settings;
    clients;
    log;
    added;
    entries = [];
    activeKey = exports.DEFAULT_CONNECTION;
    listeners = new Set();
    constructor(
    /** The default connection's settings as they apply now (read on every rebuild). */
    settings, clients, log, 
    /** The added connections (lambdaExplorer.connections), read on every sync. */
    added = () => []) {
        this.settings = settings;
        this.clients = clients;
        this.log = log;
        this.added = added;
    }
    /** Every connection, the default one first. */
    get connections() {
        return this.entries;
    }
    /** The connection palette commands and the status bar use. */
    get activeConnection() {
        return this.activeEntry;
    }
    get activeEntry() {
        return this.entries.find((e) => e.key === this.activeKey) ?? this.entries[0];
    }
    get active() {
        return this.activeConnection?.live;
    }
    get state() {
        return this.activeConnection?.state ?? 'invalid';
    }
    get problem() {
        return this.activeConnection?.problem;
    }
    /** Makes another connection the active one (unknown keys are ignored). */
    setActive(key) {
        if (!this.entries.some((e) => e.key === key) || key === this.activeConnection?.key)
            return;
        this.activeKey = key;
        this.fire();
    }
    /** The artifact store of a connection (default: the active one). Throws NotConnectedError when not connected. */
    artifacts(key) {
        const entry = key === undefined ? this.activeConnection : this.entries.find((e) => e.key === key);
        if (!entry?.live)
            throw new liveConnection_1.NotConnectedError(`Not connected: ${entry?.problem ?? 'no connection'}`);
        return entry.live.artifacts;
    }
    /**
     * Services for another Region or profile with a connection's other settings (its endpoint; default: the active
     * connection): publishing a layer version to many Regions or copying it to another account. The caller closes
     * them.
     */
    targets(target, from) {
        const base = (from === undefined ? this.activeConnection : this.entries.find((e) => e.key === from))
            ?.settings;
        const settings = {
            ...base,
            region: target.region,
            ...(target.profile !== undefined ? { profile: target.profile } : {}),
        };
        const { service, client } = this.clients.lambda(settings);
        const artifacts = new liveConnection_1.LazyArtifactStore(() => this.clients.artifacts(settings));
        return {
            lambda: service,
            artifacts,
            close: () => {
                artifacts.close();
                client.destroy();
            },
        };
    }
    /** Called after every rebuild and state change. */
    onDidChange(listener) {
        this.listeners.add(listener);
        return { dispose: () => this.listeners.delete(listener) };
    }
    /** A call failed for want of credentials (default: on the active connection): that connection shows why. */
    reportCredentialsProblem(message, key) {
        const entry = key === undefined ? this.activeEntry : this.entries.find((e) => e.key === key);
        if (!entry || entry.state === 'noCredentials')
            return;
        entry.problem = message;
        entry.state = 'noCredentials';
        this.fire();
    }
    /**
     * Builds connections again from the settings: one (its key), or all. A connection's previous build is closed
     * first. Connections added or removed in the settings since the last sync are added or closed too.
     */
    rebuild(key) {
        this.sync(key === undefined ? () => true : (e) => e.key === key);
    }
    /**
     * Follows the settings: builds connections that are new or whose settings changed, closes removed ones, and
     * keeps the others as they are (their loaded pages and caches stay). `force` rebuilds matching ones anyway.
     */
    sync(force = () => false) {
        const wanted = this.wanted();
        const old = new Map(this.entries.map((e) => [e.key, e]));
        this.entries = wanted.map(({ key, settings }) => {
            const known = old.get(key);
            old.delete(key);
            const entry = known ?? new Entry(key, settings);
            if (!known || force(entry) || (0, connectionSettings_1.connectionKey)(known.settings) !== (0, connectionSettings_1.connectionKey)(settings)) {
                entry.settings = settings;
                this.build(entry);
            }
            return entry;
        });
        for (const gone of old.values()) {
            gone.close();
            this.log.info(`Removed connection: ${connectionLabel(gone)}`);
        }
        this.fire();
    }
    wanted() {
        const first = this.settings();
        const out = [{ key: exports.DEFAULT_CONNECTION, settings: first }];
        const seen = new Set([(0, connectionSettings_1.connectionKey)(first)]);
        for (const settings of this.added()) {
            const key = (0, connectionSettings_1.connectionKey)(settings);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push({ key, settings });
        }
        return out;
    }
    build(entry) {
        entry.close();
        const settings = entry.settings;
        try {
            const { service, client, connection } = this.clients.lambda(settings);
            (0, sdkCallLog_1.addCallLog)(client, this.callLog(`profile ${connection.profile}, region ${connection.region ?? '?'}${connection.endpoint ? `, endpoint ${connection.endpoint}` : ''}`));
            entry.live = new liveConnection_1.LiveConnection(service, connection, client, () => this.clients.artifacts(settings));
            entry.problem = undefined;
            entry.state = 'ready';
        }
        catch (e) {
            entry.problem = e instanceof Error ? e.message : String(e);
            entry.state = e instanceof sdkClientFactory_1.MissingRegionError ? 'noRegion' : 'invalid';
            this.log.warn(`Not connected (${connectionLabel(entry)}): ${entry.problem}`);
        }
    }
    /**
     * Logs every Lambda call of one connection at debug level; "Connected" once its first call succeeds (a
     * connection that was only configured has not reached anything yet: a dead endpoint must not read as connected).
     */
    callLog(described) {
        this.log.info(`Connecting: ${described}`);
        let answered = false;
        let warned = false;
        return (e) => {
            this.log.debug?.((0, sdkCallLog_1.callLogLine)(e));
            if (answered)
                return;
            if (e.ok) {
                answered = true;
                this.log.info(`Connected: ${described}`);
            }
            else if (e.status === undefined && !warned) {
                warned = true;
                this.log.warn(`Not connected yet: ${e.operation} got no answer (${e.error ?? 'error'}): ${described}`);
            }
        };
    }
    fire() {
        for (const listener of [...this.listeners])
            listener();
    }
    /** Closes every connection (scans aborted, clients destroyed); no more events. */
    dispose() {
        this.listeners.clear();
        for (const e of this.entries)
            e.close();
        this.entries = [];
    }
}
exports.ConnectionManager = ConnectionManager;
//# sourceMappingURL=connectionManager.js.map