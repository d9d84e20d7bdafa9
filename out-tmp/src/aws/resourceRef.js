"use strict";
// A reference to one AWS Lambda resource in domain words: what tree nodes stand for and what commands like
// "Copy ARN" or "Open in Console" act on. It lives in aws/ (not tree/) so that aws/ never depends on tree/.
Object.defineProperty(exports, "__esModule", { value: true });
exports.underConnection = underConnection;
/** `ref` as shown under the connection `key` (as it is when `key` is undefined: one connection, or none known). */
function underConnection(ref, key) {
    return key !== undefined ? { ...ref, connection: key } : ref;
}
//# sourceMappingURL=resourceRef.js.map