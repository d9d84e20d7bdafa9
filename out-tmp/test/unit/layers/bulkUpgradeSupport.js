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
exports.other = exports.lib = exports.ACCOUNT = void 0;
exports.writeBulkSeed = writeBulkSeed;
exports.listAll = listAll;
exports.throttledTwiceInARow = throttledTwiceInARow;
// Seeds and readers shared by the bulk-upgrade tests and bench: N functions that use `lib:1`.
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
exports.ACCOUNT = '123456789012';
const lib = (v) => `arn:aws:lambda:us-east-1:${exports.ACCOUNT}:layer:lib:${v}`;
exports.lib = lib;
const other = (v) => `arn:aws:lambda:us-east-1:${exports.ACCOUNT}:layer:other:${v}`;
exports.other = other;
/** `count` functions `fn-000…` using `other:1` then `lib:1` (so the position of lib is 2), plus `extra` ones. */
function writeBulkSeed(count, extra = []) {
    const seed = {
        layers: [
            {
                name: 'lib',
                versions: [
                    { compatibleRuntimes: ['nodejs22.x'] },
                    { compatibleRuntimes: ['nodejs22.x'] },
                    { compatibleRuntimes: ['nodejs22.x'] },
                ],
            },
            { name: 'other', versions: [{}, {}] },
        ],
        functions: [
            ...Array.from({ length: count }, (_, i) => ({
                name: `fn-${String(i).padStart(3, '0')}`,
                runtime: 'nodejs22.x',
                layers: ['other:1', 'lib:1'],
            })),
            ...(extra ?? []),
        ],
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-seed-'));
    const file = path.join(dir, 'seed.json');
    fs.writeFileSync(file, JSON.stringify(seed));
    return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
/** Every $LATEST function, from ListFunctions pages (what the command gives the engine). */
async function listAll(lambda, bucket) {
    const all = [];
    await bucket?.take();
    for await (const page of lambda.listFunctions()) {
        all.push(...page.items);
        if (page.nextMarker)
            await bucket?.take(); // paces the request of the next page
    }
    return all;
}
/** How many times a call was rejected by the rate limit right after the same request was rejected. */
function throttledTwiceInARow(calls) {
    const lastWasThrottled = new Map();
    let n = 0;
    for (const c of calls) {
        const key = `${c.method} ${c.path}`;
        if (c.status === 429 && lastWasThrottled.get(key))
            n++;
        lastWasThrottled.set(key, c.status === 429);
    }
    return n;
}
//# sourceMappingURL=bulkUpgradeSupport.js.map