"use strict";
// "This resource changed": fired by every write (attach, publish, grant…), heard by the explorer (refresh the
// node) and by open panels (re-read and re-render). No vscode.
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResourceChanges = void 0;
class ResourceChanges {
    listeners = new Set();
    /**
     * Tells every listener; resolves when all have finished (the tree shows the change), so a write can await it
     * before revealing what it made. A listener's failure never fails the write that fired the event.
     */
    async fire(change) {
        await Promise.allSettled([...this.listeners].map(async (l) => l(change)));
    }
    /** Returns an unsubscribe function. */
    on(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
}
exports.ResourceChanges = ResourceChanges;
//# sourceMappingURL=resourceChanges.js.map