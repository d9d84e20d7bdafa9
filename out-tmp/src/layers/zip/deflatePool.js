"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeflatePool = void 0;
const workerCache_1 = require("./workerCache");
/**
 * A small pool of deflate workers (deflateWorker.js next to this file, or `workerPath`). Each worker takes up to
 * `perWorker` outstanding requests; `onSlotFree` fires whenever one completes so the caller can dispatch more.
 * Workers come from and go back to the worker cache (workerCache.ts) when they end idle and healthy.
 */
class DeflatePool {
    onSlotFree;
    workerPath;
    perWorker;
    slots = [];
    pending = new Map();
    nextId = 1;
    failure;
    constructor(size, onSlotFree, workerPath = (0, workerCache_1.defaultWorkerPath)(), perWorker = 2) {
        this.onSlotFree = onSlotFree;
        this.workerPath = workerPath;
        this.perWorker = perWorker;
        for (let i = 0; i < Math.max(1, size); i++) {
            const worker = (0, workerCache_1.takeWorker)(workerPath);
            const slot = { worker, ids: new Set(), broken: false, detach: () => undefined };
            const onMessage = (res) => {
                slot.ids.delete(res.id);
                const p = this.pending.get(res.id);
                this.pending.delete(res.id);
                p?.resolve(res);
                this.onSlotFree();
            };
            const fail = (cause) => {
                slot.broken = true;
                const err = cause instanceof Error ? cause : new Error(String(cause));
                this.failure ??= err;
                for (const id of slot.ids) {
                    this.pending.get(id)?.reject(err);
                    this.pending.delete(id);
                }
                slot.ids.clear();
            };
            const onExit = (code) => {
                slot.broken = true;
                if (slot.ids.size > 0)
                    fail(new Error(`Deflate worker exited unexpectedly: code ${code}`));
            };
            worker.on('message', onMessage);
            worker.on('error', fail);
            worker.on('exit', onExit);
            slot.detach = () => {
                worker.off('message', onMessage);
                worker.off('error', fail);
                worker.off('exit', onExit);
            };
            this.slots.push(slot);
        }
    }
    hasCapacity() {
        return this.failure === undefined && this.slots.some((s) => s.ids.size < this.perWorker);
    }
    run(req) {
        if (this.failure !== undefined)
            return Promise.reject(this.failure);
        let best = this.slots[0];
        for (const s of this.slots)
            if (s.ids.size < best.ids.size)
                best = s;
        const id = this.nextId++;
        best.ids.add(id);
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            const msg = { ...req, id };
            best.worker.postMessage(msg);
        });
    }
    /** Parks idle, healthy workers for reuse; ends the others (still busy after a cancel, or failed). */
    async close() {
        const ending = [];
        for (const s of this.slots) {
            s.detach();
            if (s.broken || s.ids.size > 0)
                ending.push(s.worker.terminate());
            else
                (0, workerCache_1.parkWorker)(this.workerPath, s.worker);
        }
        this.slots.length = 0;
        await Promise.all(ending);
    }
}
exports.DeflatePool = DeflatePool;
//# sourceMappingURL=deflatePool.js.map