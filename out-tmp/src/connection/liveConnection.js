"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LiveConnection = exports.LazyArtifactStore = exports.NotConnectedError = void 0;
const layerCatalog_1 = require("../aws/layerCatalog");
const usedByIndex_1 = require("../aws/usedByIndex");
/** Thrown when something asks the connection for a store while there is none (no Region, closed). */
class NotConnectedError extends Error {
    name = 'NotConnectedError';
}
exports.NotConnectedError = NotConnectedError;
/** An ArtifactStore whose S3 side is loaded and built on the first call and destroyed with the connection. */
class LazyArtifactStore {
    open;
    store;
    closed = false;
    constructor(open) {
        this.open = open;
    }
    async get() {
        if (this.closed)
            throw new NotConnectedError('The connection changed: run the command again');
        this.store ??= this.open();
        const store = await this.store;
        // Closed while it loaded: close() could not reach it, so destroy it here.
        if (this.closed) {
            store.destroy();
            throw new NotConnectedError('The connection changed: run the command again');
        }
        return store;
    }
    async checkBucket(bucket, signal) {
        return (await this.get()).checkBucket(bucket, signal);
    }
    async upload(file, target, options) {
        return (await this.get()).upload(file, target, options);
    }
    async remove(target) {
        return this.closed ? false : (await this.get()).remove(target);
    }
    close() {
        this.closed = true;
        const store = this.store;
        this.store = undefined;
        store?.then((s) => s.destroy()).catch(() => undefined);
    }
}
exports.LazyArtifactStore = LazyArtifactStore;
/** One build of the connection and everything it owns. */
class LiveConnection {
    service;
    connection;
    client;
    usedBy;
    catalog;
    artifacts;
    constructor(service, connection, client, openS3) {
        this.service = service;
        this.connection = connection;
        this.client = client;
        this.usedBy = new usedByIndex_1.UsedByIndex(service);
        this.catalog = new layerCatalog_1.LayerCatalog(service);
        this.artifacts = new LazyArtifactStore(openS3);
    }
    /** Aborts its scans, then destroys its clients. */
    close() {
        this.usedBy.dispose();
        this.catalog.dispose();
        this.artifacts.close();
        this.client.destroy();
    }
}
exports.LiveConnection = LiveConnection;
//# sourceMappingURL=liveConnection.js.map