"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("assert"));
const errors_1 = require("../../../src/aws/errors");
const pager_1 = require("../../../src/tree/pager");
/** An in-memory paginated listing with real markers, counting requests; `failAt` makes one request fail. */
function listing(total, pageSize, opts = {}) {
    const calls = [];
    let failures = opts.failAt;
    const source = (signal, marker) => ({
        async *[Symbol.asyncIterator]() {
            let start = marker ? Number(marker) : 0;
            for (;;) {
                calls.push(start === 0 ? undefined : String(start));
                if (opts.delayMs)
                    await new Promise((r) => setTimeout(r, opts.delayMs));
                signal.throwIfAborted();
                if (failures !== undefined && calls.length === failures) {
                    failures = undefined;
                    throw new Error('ServiceException');
                }
                const items = Array.from({ length: Math.min(pageSize, total - start) }, (_, i) => start + i);
                const next = start + items.length;
                yield next < total ? { items, nextMarker: String(next) } : { items };
                if (next >= total)
                    return;
                start = next;
            }
        },
    });
    return { source, calls };
}
describe('Pager', () => {
    it('loads only the first page on first use, and nothing more until asked', async () => {
        const { source, calls } = listing(120, 50);
        const pager = new pager_1.Pager(source);
        await pager.ensureFirstPage();
        await pager.ensureFirstPage();
        assert.strictEqual(calls.length, 1);
        assert.strictEqual(pager.items.length, 50);
        assert.ok(pager.hasMore);
    });
    it('loads more page by page and has no "more" after the last page', async () => {
        const { source, calls } = listing(120, 50);
        const pager = new pager_1.Pager(source);
        await pager.loadMore();
        await pager.loadMore();
        assert.ok(pager.hasMore);
        await pager.loadMore();
        assert.strictEqual(pager.items.length, 120);
        assert.strictEqual(pager.hasMore, false);
        await pager.loadMore();
        assert.deepStrictEqual(calls, [undefined, '50', '100']);
        assert.deepStrictEqual(pager.items, Array.from({ length: 120 }, (_, i) => i));
    });
    it('shares one request between double clicks', async () => {
        const { source, calls } = listing(200, 50, { delayMs: 20 });
        const pager = new pager_1.Pager(source);
        await pager.loadMore();
        await Promise.all([pager.loadMore(), pager.loadMore(), pager.loadMore()]);
        assert.strictEqual(calls.length, 2);
        assert.strictEqual(pager.items.length, 100);
    });
    it('an exact multiple of the page size ends without a phantom page', async () => {
        const { source } = listing(100, 50);
        const pager = new pager_1.Pager(source);
        await pager.loadMore();
        await pager.loadMore();
        assert.strictEqual(pager.hasMore, false);
    });
    it('after a failed page, retries from the last marker without duplicates', async () => {
        const { source, calls } = listing(120, 50, { failAt: 2 });
        const pager = new pager_1.Pager(source);
        await pager.loadMore();
        await assert.rejects(pager.loadMore(), /ServiceException/);
        assert.strictEqual(pager.items.length, 50);
        await pager.loadMore();
        await pager.loadMore();
        assert.deepStrictEqual(pager.items, Array.from({ length: 120 }, (_, i) => i));
        assert.deepStrictEqual(calls, [undefined, '50', '50', '100']);
    });
    it('ends a listing whose source sends a marker again, even across a reopen after a failure', async () => {
        // Pages: 0 → marker "a", then "b", then "a" again (a cycle), reopened at "b" after one failure.
        let requests = 0;
        const source = (_signal, marker) => ({
            async *[Symbol.asyncIterator]() {
                let at = marker;
                for (;;) {
                    requests++;
                    if (requests === 3)
                        throw new Error('ServiceException');
                    const next = at === undefined ? 'a' : at === 'a' ? 'b' : 'a';
                    yield { items: [`page after ${at ?? 'start'}`], nextMarker: next };
                    at = next;
                }
            },
        });
        const pager = new pager_1.Pager(source);
        await pager.loadMore();
        await pager.loadMore();
        await assert.rejects(pager.loadMore(), /ServiceException/);
        await assert.rejects(pager.loadMore(), (e) => {
            assert.ok((0, errors_1.isLambdaError)(e, 'Service'));
            assert.match(e.message, /page marker it had sent before/);
            return true;
        });
        assert.deepStrictEqual(pager.items, ['page after start', 'page after a'], 'the page that loops is refused');
        assert.strictEqual(pager.hasMore, false, 'no endless "Load more"');
        await pager.loadMore();
        assert.strictEqual(requests, 4);
    });
    it('reset starts over from the first page and drops a load in flight', async () => {
        const { source, calls } = listing(120, 50, { delayMs: 30 });
        const pager = new pager_1.Pager(source);
        await pager.loadMore();
        const stale = pager.loadMore();
        pager.reset();
        await stale.catch(() => undefined);
        assert.strictEqual(pager.items.length, 0);
        await pager.loadMore();
        assert.strictEqual(pager.items.length, 50);
        assert.strictEqual(calls.filter((c) => c === undefined).length, 2);
    });
    it('a cancelled load can be tried again', async () => {
        const { source } = listing(120, 50, { delayMs: 30 });
        const pager = new pager_1.Pager(source);
        const controller = new AbortController();
        const p = pager.loadMore(controller.signal);
        controller.abort();
        await assert.rejects(p);
        await pager.loadMore();
        assert.strictEqual(pager.items.length, 50);
    });
    it('dispose aborts the load in flight, is no longer loading, and refuses later loads', async () => {
        const { source, calls } = listing(200, 50, { delayMs: 50 });
        const pager = new pager_1.Pager(source);
        const load = pager.loadMore();
        pager.dispose();
        assert.strictEqual(pager.isLoading, false);
        await assert.rejects(load, (e) => e.name === 'AbortError');
        await assert.rejects(pager.loadMore(), (e) => e.name === 'AbortError');
        await assert.rejects(pager.ensureFirstPage(), (e) => e.name === 'AbortError');
        assert.deepStrictEqual(calls, [undefined], 'no request after dispose');
        assert.strictEqual(pager.items.length, 0);
    });
});
//# sourceMappingURL=pager.test.js.map