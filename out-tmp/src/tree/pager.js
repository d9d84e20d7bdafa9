"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Pager = void 0;
// A pager owns one paginated listing: the items loaded so far, whether more exist, and the in-flight load.
// Nodes own their pager; "Load more" asks it for the next page. Double clicks share one request, a failed
// page is retried from the last marker (nothing loaded twice), and reset() starts over.
const errors_1 = require("../aws/errors");
class Pager {
    source;
    iterator;
    inFlight;
    controller = new AbortController();
    done = false;
    started = false;
    disposed = false;
    generation = 0;
    lastMarker;
    /** Every marker of this listing since the last reset: a listing reopened after a failure keeps checking them. */
    markers = new Set();
    items = [];
    /** Pages fetched since the last reset. */
    pagesLoaded = 0;
    constructor(source) {
        this.source = source;
    }
    /** True once the first page has been asked for. */
    get hasStarted() {
        return this.started;
    }
    /** False once the last page has arrived. */
    get hasMore() {
        return !this.done;
    }
    get isLoading() {
        return this.inFlight !== undefined;
    }
    /** Loads the first page unless it was loaded (or is loading) already. */
    async ensureFirstPage(signal) {
        if (this.inFlight)
            return this.inFlight;
        if (this.pagesLoaded === 0 && !this.done)
            return this.loadMore(signal);
    }
    /** Fetches the next page. Concurrent calls share one request; after the last page it does nothing. */
    loadMore(signal) {
        if (this.disposed)
            return Promise.reject(this.controller.signal.reason);
        if (this.inFlight)
            return this.inFlight;
        if (this.done)
            return Promise.resolve();
        this.started = true;
        const generation = this.generation;
        const controller = this.controller;
        const onAbort = () => controller.abort();
        signal?.addEventListener('abort', onAbort, { once: true });
        const iterator = (this.iterator ??= this.source(controller.signal, this.lastMarker)[Symbol.asyncIterator]());
        const run = async () => {
            try {
                const next = await iterator.next();
                if (generation !== this.generation)
                    return;
                if (next.done) {
                    this.done = true;
                    return;
                }
                const marker = next.value.nextMarker;
                if (marker !== undefined && this.markers.has(marker)) {
                    // The endpoint is going round in circles (the same page again, or a cycle): this page is refused, as the
                    // adapter refuses it (sdkCalls.ts), and "Load more" ends instead of never ending.
                    this.done = true;
                    throw (0, errors_1.repeatedMarkerError)(marker);
                }
                this.items.push(...next.value.items);
                this.pagesLoaded++;
                this.lastMarker = marker;
                if (marker)
                    this.markers.add(marker);
                else
                    this.done = true;
            }
            catch (e) {
                if (generation === this.generation) {
                    // A failed iterator cannot go on: the next attempt reopens the listing at the last marker.
                    this.iterator = undefined;
                    if (controller.signal.aborted)
                        this.controller = new AbortController();
                }
                throw e;
            }
            finally {
                signal?.removeEventListener('abort', onAbort);
                if (generation === this.generation)
                    this.inFlight = undefined;
            }
        };
        this.inFlight = run();
        return this.inFlight;
    }
    /** Forget everything; the next load starts from the first page. Cancels an in-flight load. */
    reset() {
        this.generation++;
        this.controller.abort();
        this.controller = new AbortController();
        this.iterator = undefined;
        this.inFlight = undefined;
        this.done = false;
        this.started = false;
        this.lastMarker = undefined;
        this.markers.clear();
        this.pagesLoaded = 0;
        this.items.length = 0;
    }
    /** Cancels whatever is in flight (the node or view is going away); later loads are refused. */
    dispose() {
        this.disposed = true;
        this.generation++;
        this.controller.abort();
        this.iterator = undefined;
        this.inFlight = undefined;
    }
}
exports.Pager = Pager;
//# sourceMappingURL=pager.js.map