"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsedByIndex = void 0;
const sharedLoad_1 = require("./sharedLoad");
class UsedByIndex {
    lambda;
    now;
    byLayerVersion = new Map();
    pass = new sharedLoad_1.SharedLoad();
    generation = 0;
    /** When the last complete pass finished (ms since epoch); undefined before the first. */
    builtAt;
    /** Functions seen in the last complete pass ($LATEST and published versions). */
    functionsScanned = 0;
    constructor(lambda, now = Date.now) {
        this.lambda = lambda;
        this.now = now;
    }
    get isBuilt() {
        return this.builtAt !== undefined;
    }
    /** Users of one layer version, in function-name order; undefined until the index is built. */
    usersOf(layerVersionArn) {
        if (!this.isBuilt)
            return undefined;
        return this.byLayerVersion.get(layerVersionArn) ?? [];
    }
    /**
     * Builds the index unless it is built; concurrent callers share one pass. A caller's `signal` cancels its own
     * wait; the pass itself stops only when every caller has cancelled (or the index is disposed).
     */
    ensure(signal, onProgress) {
        if (this.isBuilt)
            return Promise.resolve();
        return this.pass.join((own) => this.build(own, onProgress), signal);
    }
    /** Forgets the index and builds it again. */
    rebuild(signal, onProgress) {
        this.invalidate();
        return this.pass.join((own) => this.build(own, onProgress), signal);
    }
    invalidate() {
        this.generation++;
        this.pass.abort();
        this.builtAt = undefined;
    }
    /** The connection is going away: abort a pass in flight (every caller sees the abort) and forget the index. */
    dispose() {
        this.invalidate();
    }
    async build(signal, onProgress) {
        const generation = this.generation;
        const next = new Map();
        let pages = 0;
        let functions = 0;
        for await (const page of this.lambda.listFunctions({ allVersions: true, signal })) {
            pages++;
            functions += page.items.length;
            for (const fn of page.items)
                addUses(next, fn);
            onProgress?.({ pages, functions });
        }
        if (generation !== this.generation)
            return;
        for (const users of next.values()) {
            users.sort((a, b) => a.functionName.localeCompare(b.functionName) || versionRank(a.version) - versionRank(b.version));
        }
        this.byLayerVersion = next;
        this.functionsScanned = functions;
        this.builtAt = this.now();
    }
}
exports.UsedByIndex = UsedByIndex;
function addUses(index, fn) {
    fn.layers.forEach((layer, i) => {
        let users = index.get(layer.arn);
        if (!users)
            index.set(layer.arn, (users = []));
        users.push({
            functionName: fn.name,
            version: fn.version,
            arn: fn.arn,
            position: i + 1,
            runtime: fn.runtime,
        });
    });
}
function versionRank(v) {
    return v === '$LATEST' ? -1 : Number(v);
}
//# sourceMappingURL=usedByIndex.js.map