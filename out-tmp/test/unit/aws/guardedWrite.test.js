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
// The one RevisionId-guarded write loop, on a tiny in-memory resource with a revision counter: the same rules
// AWS applies (a write on an old revision is a 412, a write while "busy" is a 409).
const assert = __importStar(require("assert"));
const errors_1 = require("../../../src/aws/errors");
const guardedWrite_1 = require("../../../src/aws/guardedWrite");
/** A resource with AWS's rules: writes carry the revision they were made on. */
class Resource {
    doc = { value: ['a'], revision: 1 };
    busyFor = 0;
    writes = 0;
    read() {
        return { value: [...this.doc.value], revision: this.doc.revision };
    }
    write(on, add) {
        this.writes++;
        if (this.busyFor > 0) {
            this.busyFor--;
            throw new errors_1.LambdaError('Conflict', 'An update is in progress', { httpStatus: 409 });
        }
        if (on.revision !== this.doc.revision)
            throw new errors_1.LambdaError('PreconditionFailed', 'The revision changed', { httpStatus: 412 });
        this.doc = { value: [...on.value, add], revision: this.doc.revision + 1 };
        return this.read();
    }
    /** Somebody else's change. */
    theirs(add) {
        this.doc = { value: [...this.doc.value, add], revision: this.doc.revision + 1 };
    }
}
const specFor = (r, seen, add = 'mine') => ({
    state: seen,
    write: async (s) => r.write(s, add),
    reread: async () => r.read(),
    waitUntilIdle: async () => r.read(),
});
describe('guardedWrite (RevisionId-guarded writes)', () => {
    it('writes once on the revision the user saw', async () => {
        const r = new Resource();
        const out = await (0, guardedWrite_1.guardedWrite)(specFor(r, r.read()));
        assert.deepStrictEqual(out.result.value, ['a', 'mine']);
        assert.strictEqual(out.reapplied, 0);
        assert.strictEqual(r.writes, 1);
    });
    it('412: re-reads, shows both states to onConflict, and re-applies on top of the other change', async () => {
        const r = new Resource();
        const seen = r.read();
        r.theirs('theirs');
        const asked = [];
        const out = await (0, guardedWrite_1.guardedWrite)({
            ...specFor(r, seen),
            onConflict: async (before, now, cause) => {
                asked.push([before.value, now.value, cause]);
                return true;
            },
        });
        assert.deepStrictEqual(asked, [[['a'], ['a', 'theirs'], 'changed']]);
        assert.deepStrictEqual(r.doc.value, ['a', 'theirs', 'mine'], 'their change is kept, mine on top');
        assert.strictEqual(out.reapplied, 1);
    });
    it('412 declined: nothing written, rejects with what `stopped` makes', async () => {
        const r = new Resource();
        const seen = r.read();
        r.theirs('theirs');
        await assert.rejects((0, guardedWrite_1.guardedWrite)({
            ...specFor(r, seen),
            onConflict: async () => false,
            stopped: () => new Error('stopped'),
        }), /^Error: stopped$/);
        assert.deepStrictEqual(r.doc.value, ['a', 'theirs']);
    });
    it('409: waits until idle (cause "busy"), then writes', async () => {
        const r = new Resource();
        r.busyFor = 2;
        const causes = [];
        const out = await (0, guardedWrite_1.guardedWrite)({
            ...specFor(r, r.read()),
            onConflict: async (_b, _n, cause) => {
                causes.push(cause);
                return true;
            },
        });
        assert.deepStrictEqual(causes, ['busy', 'busy']);
        assert.deepStrictEqual(out.result.value, ['a', 'mine']);
        assert.strictEqual(r.writes, 3);
    });
    it('409 without waitUntilIdle is thrown as it is', async () => {
        const r = new Resource();
        r.busyFor = 1;
        const { waitUntilIdle: _w, ...spec } = specFor(r, r.read());
        await assert.rejects((0, guardedWrite_1.guardedWrite)(spec), (e) => e instanceof errors_1.LambdaError && e.kind === 'Conflict');
        assert.strictEqual(r.writes, 1);
    });
    it('is bounded: after maxRetries conflicts the last error is thrown', async () => {
        const r = new Resource();
        r.busyFor = 100;
        await assert.rejects((0, guardedWrite_1.guardedWrite)({ ...specFor(r, r.read()), maxRetries: 2 }), (e) => e instanceof errors_1.LambdaError && e.kind === 'Conflict');
        assert.strictEqual(r.writes, 3, 'the first try and two re-tries');
    });
    it('other errors are not re-tried', async () => {
        let writes = 0;
        await assert.rejects((0, guardedWrite_1.guardedWrite)({
            state: 1,
            write: async () => {
                writes++;
                throw new errors_1.LambdaError('Throttled', 'Rate exceeded');
            },
            reread: async () => 2,
        }), /Rate exceeded/);
        assert.strictEqual(writes, 1);
    });
    it('never writes again after the signal aborted', async () => {
        const r = new Resource();
        const seen = r.read();
        r.theirs('theirs');
        const controller = new AbortController();
        await assert.rejects((0, guardedWrite_1.guardedWrite)({
            ...specFor(r, seen),
            signal: controller.signal,
            onConflict: async () => {
                controller.abort();
                return true;
            },
        }), (e) => e instanceof Error && e.name === 'AbortError');
        assert.strictEqual(r.writes, 1);
    });
    it('a custom out-of-date test (e.g. CodeSha256 mismatch) counts as a 412', async () => {
        let calls = 0;
        const out = await (0, guardedWrite_1.guardedWrite)({
            state: 'old',
            write: async (s) => {
                calls++;
                if (s === 'old')
                    throw new errors_1.LambdaError('InvalidParameter', 'CodeSha256 does not match');
                return s;
            },
            isOutOfDate: (e) => e instanceof errors_1.LambdaError && /CodeSha256/.test(e.message),
            reread: async () => 'new',
        });
        assert.strictEqual(out.result, 'new');
        assert.strictEqual(calls, 2);
    });
});
//# sourceMappingURL=guardedWrite.test.js.map