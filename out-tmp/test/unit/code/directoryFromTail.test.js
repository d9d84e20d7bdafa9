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
// Reading a central directory over range requests, shared by the 250 MB check (readZipDirectory) and the
// published-code reader (RemoteArchive): only what the tail lacks is asked for, and an answer that is not the
// bytes asked for, or an archive that changes size between requests, is refused instead of parsed.
const assert = __importStar(require("assert"));
const remoteArchive_1 = require("../../../src/code/remoteArchive");
const zipCentral_1 = require("../../../src/code/zipCentral");
const zipDirectory_1 = require("../../../src/code/zipDirectory");
const zipArchive_1 = require("../../emulator/zipArchive");
/** A directory of `count` entries with long names: larger than the tail. */
function manyEntries(count) {
    const files = {};
    for (let i = 0; i < count; i++)
        files[`python/pkg_${i}/${'m'.repeat(60)}_${i}.py`] = 'pass\n';
    return (0, zipArchive_1.buildZip)(files);
}
/** A range server over `zip`; `lie` may change an answer (the request number, the bytes asked, the answer). */
function server(zip, lie = () => undefined) {
    const asked = [];
    const fetch = (_url, init) => {
        const spec = init.headers['Range'].slice('bytes='.length);
        asked.push(spec);
        const [a, b] = spec.split('-');
        const start = a === '' ? Math.max(0, zip.length - Number(b)) : Number(a);
        const end = a === '' || b === '' ? zip.length - 1 : Math.min(Number(b), zip.length - 1);
        const answer = { start, data: zip.subarray(start, end + 1), total: zip.length };
        lie(asked.length, answer);
        const res = {
            status: 206,
            headers: {
                get: (h) => h.toLowerCase() === 'content-range'
                    ? `bytes ${answer.start}-${answer.start + answer.data.length - 1}/${answer.total}`
                    : h.toLowerCase() === 'etag'
                        ? '"same"'
                        : null,
            },
            arrayBuffer: () => Promise.resolve(new Uint8Array(answer.data).buffer),
        };
        return Promise.resolve(res);
    };
    return { fetch, asked };
}
describe('directoryFromTail', () => {
    it('asks only for the part of a large directory that the tail does not hold', async () => {
        const zip = manyEntries(2000);
        const tail = { start: zip.length - zipCentral_1.TAIL_BYTES, data: zip.subarray(zip.length - zipCentral_1.TAIL_BYTES) };
        const reads = [];
        const { location, raw } = await (0, zipCentral_1.directoryFromTail)(tail, zip.length, (start, end) => {
            reads.push([start, end]);
            return Promise.resolve({ start, data: zip.subarray(start, end + 1) });
        });
        assert.strictEqual((0, zipCentral_1.parseCentralDirectory)(raw, location.count).length, 2000);
        assert.ok(location.size > zipCentral_1.TAIL_BYTES, 'the directory is larger than the tail');
        assert.deepStrictEqual(reads, [[location.offset, tail.start - 1]]);
    });
    it('refuses an answer that starts elsewhere or is short', async () => {
        const zip = manyEntries(2000);
        const tail = { start: zip.length - zipCentral_1.TAIL_BYTES, data: zip.subarray(zip.length - zipCentral_1.TAIL_BYTES) };
        for (const lie of [
            (start, end) => ({ start: start + 1, data: zip.subarray(start + 1, end + 2) }),
            (start, end) => ({ start, data: zip.subarray(start, end) }),
        ]) {
            await assert.rejects((0, zipCentral_1.directoryFromTail)(tail, zip.length, (s, e) => Promise.resolve(lie(s, e))), (e) => e instanceof zipCentral_1.ZipFormatError && /Short range answer/.test(e.message));
        }
    });
});
describe('readZipDirectory and RemoteArchive against a server that lies', () => {
    it('readZipDirectory refuses an archive that changed size between its requests', async () => {
        const zip = manyEntries(2000);
        const { fetch } = server(zip, (n, answer) => {
            if (n === 2)
                answer.total += 1;
        });
        await assert.rejects((0, zipDirectory_1.readZipDirectory)('https://example.invalid/code.zip', { fetch }), (e) => e instanceof zipDirectory_1.ZipDirectoryError && /changed while it was read/.test(e.message));
    });
    it('readZipDirectory refuses bytes from another place than it asked for', async () => {
        const zip = manyEntries(2000);
        const { fetch } = server(zip, (n, answer) => {
            if (n === 2) {
                answer.start += 100;
                answer.data = zip.subarray(answer.start, answer.start + answer.data.length);
            }
        });
        await assert.rejects((0, zipDirectory_1.readZipDirectory)('https://example.invalid/code.zip', { fetch }), (e) => e instanceof zipDirectory_1.ZipDirectoryError && /Short range answer/.test(e.message));
    });
    it('RemoteArchive refuses bytes from another place than it asked for (it spliced them before)', async () => {
        const zip = manyEntries(2000);
        const link = { url: 'https://example.invalid/code.zip', sha256: 'x', size: zip.length };
        const honest = server(zip);
        const good = await new remoteArchive_1.RemoteArchive(link, () => Promise.resolve(link), honest.fetch).readDirectory();
        assert.strictEqual(good.entries.length, 2000);
        assert.strictEqual(honest.asked.length, 2);
        const { fetch } = server(zip, (n, answer) => {
            if (n === 2) {
                answer.start += 100;
                answer.data = zip.subarray(answer.start, answer.start + answer.data.length);
            }
        });
        await assert.rejects(new remoteArchive_1.RemoteArchive(link, () => Promise.resolve(link), fetch).readDirectory(), (e) => e instanceof zipCentral_1.ZipFormatError && /Short range answer/.test(e.message));
    });
});
//# sourceMappingURL=directoryFromTail.test.js.map