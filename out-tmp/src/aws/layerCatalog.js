"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LayerCatalog = void 0;
// The newest version of every layer in the account and Region, from ListLayers (which returns each layer's
// LatestMatchingVersion). Used to mark attached layer versions as outdated. Loaded once per connection, all
// pages, on first need, as one load shared by every caller (dispose() aborts it when the connection goes away);
// layers of other accounts are not in it (their status is "unknown").
const errors_1 = require("./errors");
const layerArn_1 = require("./layerArn");
const sharedLoad_1 = require("./sharedLoad");
class LayerCatalog {
    lambda;
    latestByLayerArn;
    loading = new sharedLoad_1.SharedLoad();
    generation = 0;
    /** Attached layer versions checked with GetLayerVersionByArn: true = exists, false = deleted. */
    exists = new Map();
    constructor(lambda) {
        this.lambda = lambda;
    }
    /**
     * Loads the catalog unless loaded; concurrent callers share one pass. A caller's `signal` cancels its own
     * wait; the load stops only when every caller has cancelled (or the catalog is disposed).
     */
    ensure(signal) {
        if (this.latestByLayerArn)
            return Promise.resolve();
        return this.loading.join((own) => this.load(own), signal);
    }
    async load(signal) {
        const generation = this.generation;
        const map = new Map();
        for await (const page of this.lambda.listLayers({ signal })) {
            for (const layer of page.items)
                if (layer.latest)
                    map.set(layer.arn, layer.latest);
        }
        if (generation === this.generation)
            this.latestByLayerArn = map;
    }
    /** The connection is going away: abort a load in flight. */
    dispose() {
        this.generation++;
        this.loading.abort();
        this.latestByLayerArn = undefined;
        this.exists.clear();
    }
    invalidate() {
        this.latestByLayerArn = undefined;
        this.exists.clear();
    }
    /**
     * Learns whether attached layer versions still exist (a deleted version stays attached to the functions that
     * use it): one GetLayerVersionByArn per version not yet checked. A version that cannot be read for another
     * reason (another account's layer, throttling) stays unknown.
     */
    async checkVersions(arns, signal) {
        const todo = [...new Set(arns)].filter((a) => !this.exists.has(a) && (0, layerArn_1.parseLayerVersionArn)(a));
        await Promise.all(todo.map(async (arn) => {
            try {
                await this.lambda.getLayerVersionByArn(arn, { signal });
                this.exists.set(arn, true);
            }
            catch (e) {
                if ((0, errors_1.isLambdaError)(e, 'NotFound'))
                    this.exists.set(arn, false);
            }
        }));
    }
    /** True when checkVersions found the version deleted. */
    isDeleted(layerVersionArn) {
        return this.exists.get(layerVersionArn) === false;
    }
    /** Records a version we just learned about (published, or listed) without a reload. */
    observe(version) {
        const map = this.latestByLayerArn;
        if (!map)
            return;
        const known = map.get(version.layerArn);
        if (!known || known.version < version.version)
            map.set(version.layerArn, version);
    }
    /**
     * The newest version of the layer this version belongs to, when it is newer; `undefined` when the version is
     * the newest, or the layer is unknown (another account, deleted, catalog not loaded).
     */
    newerThan(layerVersionArn) {
        const parsed = (0, layerArn_1.parseLayerVersionArn)(layerVersionArn);
        if (!parsed || !this.latestByLayerArn)
            return undefined;
        const latest = this.latestByLayerArn.get(parsed.layerArn);
        return latest && latest.version > parsed.version ? latest : undefined;
    }
    get isLoaded() {
        return this.latestByLayerArn !== undefined;
    }
}
exports.LayerCatalog = LayerCatalog;
//# sourceMappingURL=layerCatalog.js.map