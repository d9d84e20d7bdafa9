"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SdkCaller = void 0;
const lostAnswer_1 = require("./lostAnswer");
const mapError_1 = require("./mapError");
const sdkCalls_1 = require("./sdkCalls");
const sdkShapes_1 = require("./sdkShapes");
class SdkCaller {
    client;
    options;
    constructor(client, options = {}) {
        this.client = client;
        this.options = options;
    }
    fail(e, signal) {
        if (signal?.aborted)
            return (0, sdkCalls_1.cancelled)();
        const ctx = this.options.profile !== undefined ? { profile: this.options.profile } : {};
        return (0, mapError_1.toLambdaError)(e, ctx);
    }
    /** Runs one SDK call with the caller's signal; every failure leaves as a LambdaError (or a LostAnswer, if asked). */
    async call(signal, run, lostAnswers = false) {
        if (signal?.aborted)
            throw (0, sdkCalls_1.cancelled)();
        try {
            return await run(signal ? { abortSignal: signal } : {});
        }
        catch (e) {
            if (lostAnswers && !signal?.aborted && (0, lostAnswer_1.isLostAnswerError)(e))
                throw new lostAnswer_1.LostAnswer(this.fail(e, signal));
            throw this.fail(e, signal);
        }
    }
    /** A call that is not idempotent: one attempt, and after a lost answer `find` decides (lostAnswer.ts). */
    once(what, opts, bodyBytes, send, find, describe) {
        const client = this.options.onceClient?.(bodyBytes) ?? this.client;
        return (0, lostAnswer_1.sendOnce)({
            what,
            send: () => this.call(opts?.signal, (o) => send(client, o), true),
            find,
            describe,
            ...(opts?.onRecovered ? { onRecovered: opts.onRecovered } : {}),
        });
    }
    /** Pages of an SDK paginator, mapped (see mappedPages); failures become LambdaErrors. */
    pages(signal, paginator, map) {
        return (0, sdkCalls_1.mappedPages)(signal, paginator, map, (e) => this.fail(e, signal));
    }
    paginatorConfig(opts, max) {
        const size = (0, sdkShapes_1.pageSize)(opts?.pageSize, max);
        return {
            client: this.client,
            ...(size !== undefined ? { pageSize: size } : {}),
            ...(opts?.startingMarker ? { startingToken: opts.startingMarker } : {}),
        };
    }
    sendOptions(signal) {
        return signal ? { abortSignal: signal } : {};
    }
}
exports.SdkCaller = SdkCaller;
//# sourceMappingURL=sdkCaller.js.map