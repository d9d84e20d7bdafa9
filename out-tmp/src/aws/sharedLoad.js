"use strict";
// One load in flight shared by everyone who asks for it (the used-by pass, the layer catalog). A caller's signal
// ends only that caller's wait; the load itself is aborted when every caller that came with a signal has left
// (a caller without a signal waits to the end), or when its owner goes away (abort()). No vscode.
Object.defineProperty(exports, "__esModule", { value: true });
exports.SharedLoad = void 0;
class SharedLoad {
    current;
    get isRunning() {
        return this.current !== undefined;
    }
    /** Joins the load in flight, or starts `load` with a signal of its own. */
    join(load, signal) {
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        const current = (this.current ??= this.start(load));
        if (!signal) {
            current.pinned = true;
            return current.promise;
        }
        current.waiters++;
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                current.waiters--;
                if (current.waiters === 0 && !current.pinned)
                    this.stop(current);
                reject(signal.reason);
            };
            signal.addEventListener('abort', onAbort, { once: true });
            current.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
        });
    }
    /** Aborts the load in flight for every caller; the next join starts a new one. */
    abort() {
        if (this.current)
            this.stop(this.current);
    }
    stop(current) {
        current.controller.abort();
        if (this.current === current)
            this.current = undefined;
    }
    start(load) {
        const controller = new AbortController();
        const current = { controller, waiters: 0, pinned: false, promise: Promise.resolve() };
        current.promise = (async () => {
            try {
                await load(controller.signal);
            }
            finally {
                if (this.current === current)
                    this.current = undefined;
            }
        })();
        return current;
    }
}
exports.SharedLoad = SharedLoad;
//# sourceMappingURL=sharedLoad.js.map