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
// What the writer does not try to deflate: already-compressed formats by name, and big files whose first block
// does not shrink. Both are stored, so their CPU goes to nothing; the archive stays valid.
const assert = __importStar(require("assert"));
const child_process_1 = require("child_process");
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const layerLayout_1 = require("../../../src/layers/zip/layerLayout");
const zipWriter_1 = require("../../../src/layers/zip/zipWriter");
/** name → method as `unzip -v` lists it ("Stored" or "Defl:N"). */
function methods(zip) {
    const out = (0, child_process_1.spawnSync)('/usr/bin/unzip', ['-v', zip], { encoding: 'utf8' }).stdout;
    const m = new Map();
    for (const line of out.split('\n')) {
        const cols = line.trim().split(/\s+/);
        if (cols.length === 8 && /^\d+$/.test(cols[0]))
            m.set(cols[7], cols[1]);
    }
    return m;
}
describe('zipWriter: entries stored without deflating', () => {
    let dir;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zipstore-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    it('stores already-compressed formats by name and files whose first block does not shrink (big ones part by part)', async () => {
        const root = path.join(dir, 'layer');
        fs.mkdirSync(root);
        const text = 'const value = require("module");\n'.repeat(3000);
        // Compressible content under compressed names: deflate would shrink them, but it is not tried.
        for (const name of ['icon.png', 'lib.jar', 'dep.whl', 'font.woff2', 'data.gz'])
            fs.writeFileSync(path.join(root, name), text);
        fs.writeFileSync(path.join(root, 'index.js'), text);
        // 1.5 MiB: a random first block, then text. Judged by its first 64 KiB, it is stored whole.
        fs.writeFileSync(path.join(root, 'model.bin'), Buffer.concat([(0, crypto_1.randomBytes)(64 * 1024), Buffer.alloc(1.5 * 1024 * 1024, text)]));
        // From 2 MiB a file is deflated in 1 MiB parts, each judged by its own first 64 KiB: the random block's part
        // goes in as stored blocks, the text after it is deflated.
        const weights = Buffer.concat([(0, crypto_1.randomBytes)(64 * 1024), Buffer.alloc(3 * 1024 * 1024, text)]);
        fs.writeFileSync(path.join(root, 'weights.bin'), weights);
        const scan = await (0, folderScan_1.scanFolder)(root, { prewarmWorkers: 0 });
        const out = path.join(dir, 'a.zip');
        await (0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, ''), out);
        const m = methods(out);
        for (const name of ['icon.png', 'lib.jar', 'dep.whl', 'font.woff2', 'data.gz', 'model.bin'])
            assert.strictEqual(m.get(name), 'Stored', name);
        assert.strictEqual(m.get('index.js'), 'Defl:N');
        assert.strictEqual(m.get('weights.bin'), 'Defl:N');
        const listed = (0, child_process_1.spawnSync)('/usr/bin/unzip', ['-v', out], { encoding: 'utf8' }).stdout;
        const row = listed.split('\n').find((l) => l.endsWith('weights.bin'));
        const compressed = Number(row.trim().split(/\s+/)[2]);
        // The first part (1 MiB, opening with noise) is stored blocks; the 2+ MiB of text after it shrank to little.
        assert.ok(compressed >= 1024 * 1024 && compressed < 1024 * 1024 + 64 * 1024, `compressed size ${compressed}`);
        assert.strictEqual((0, child_process_1.spawnSync)('/usr/bin/unzip', ['-tq', out]).status, 0);
    });
});
//# sourceMappingURL=zipStore.test.js.map