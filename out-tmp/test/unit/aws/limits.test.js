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
const limits_1 = require("../../../src/aws/limits");
describe('inline upload limit', () => {
    it('is decided on the encoded request: a 50 MiB archive does not fit inline', () => {
        const fiftyMiB = 50 * 1024 * 1024;
        assert.strictEqual((0, limits_1.inlineRequestBytes)(fiftyMiB, 0), 69_905_068);
        assert.ok((0, limits_1.inlineRequestBytes)(fiftyMiB) > limits_1.MAX_INLINE_REQUEST_BYTES);
        assert.ok(fiftyMiB > limits_1.MAX_DIRECT_UPLOAD_BYTES, 'a 50 MiB archive goes through S3');
    });
    it('leaves room for the JSON around the largest inline archive', () => {
        assert.ok((0, limits_1.inlineRequestBytes)(limits_1.MAX_DIRECT_UPLOAD_BYTES) <= limits_1.MAX_INLINE_REQUEST_BYTES);
        assert.ok((0, limits_1.inlineRequestBytes)(limits_1.MAX_DIRECT_UPLOAD_BYTES + 3) > limits_1.MAX_INLINE_REQUEST_BYTES);
        assert.ok(limits_1.INLINE_REQUEST_OVERHEAD_BYTES >= 6 * 4096, 'a 4 KB environment, JSON-escaped, still fits');
    });
});
//# sourceMappingURL=limits.test.js.map