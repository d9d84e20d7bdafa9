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
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const layerLayout_1 = require("../../../src/layers/zip/layerLayout");
const zipWriter_1 = require("../../../src/layers/zip/zipWriter");
const files = (...paths) => paths.map((p) => ({ path: p }));
describe('layerLayout', () => {
    it('detects the runtime family from marker files', () => {
        assert.strictEqual((0, layerLayout_1.detectRuntimeFamilyFromNames)(['package.json', 'index.js']).family, 'nodejs');
        assert.strictEqual((0, layerLayout_1.detectRuntimeFamilyFromNames)(['requirements.txt']).family, 'python');
        assert.strictEqual((0, layerLayout_1.detectRuntimeFamilyFromNames)(['pyproject.toml']).family, 'python');
        assert.strictEqual((0, layerLayout_1.detectRuntimeFamilyFromNames)(['Gemfile', 'Gemfile.lock']).family, 'ruby');
        assert.strictEqual((0, layerLayout_1.detectRuntimeFamilyFromNames)(['commons-lang3.jar']).family, 'java');
        assert.strictEqual((0, layerLayout_1.detectRuntimeFamilyFromNames)(['README.md']).family, undefined);
        assert.deepStrictEqual((0, layerLayout_1.detectRuntimeFamilyFromNames)(['requirements.txt', 'package.json']).alsoFound, [
            'requirements.txt',
        ]);
    });
    it('maps families to the documented prefixes', () => {
        assert.deepStrictEqual(['nodejs', 'python', 'java', 'ruby'].map(layerLayout_1.layerPrefix), [
            'nodejs/',
            'python/',
            'java/lib/',
            'ruby/lib/',
        ]);
    });
    it('puts a Node folder under nodejs/ and says why', () => {
        const d = (0, layerLayout_1.decideLayout)(files('package.json', 'node_modules/left-pad/index.js'));
        assert.strictEqual(d.prefix, 'nodejs/');
        assert.strictEqual(d.family, 'nodejs');
        assert.strictEqual(d.alreadyLaidOut, false);
        assert.match(d.reason, /^package\.json found → files go under nodejs\//);
        assert.deepStrictEqual((0, layerLayout_1.toZipEntries)([
            {
                path: 'node_modules/left-pad/index.js',
                absPath: '/x',
                size: 1,
                executable: false,
                dev: 1,
                ino: 2,
                mtimeMs: 3,
            },
        ], d.prefix).map((e) => e.zipPath), ['nodejs/node_modules/left-pad/index.js']);
    });
    it('keeps paths when the folder already has the layer layout', () => {
        for (const [paths, dirs] of [
            [['nodejs/node_modules/a/index.js'], ['nodejs/']],
            [['python/requests/__init__.py', 'README.md'], ['python/']],
            [['java/lib/a.jar'], ['java/lib/']],
            [
                ['bin/jq', 'lib/libjq.so'],
                ['bin/', 'lib/'],
            ],
        ]) {
            assert.deepStrictEqual((0, layerLayout_1.hasLayerLayout)(paths), { has: true, dirs: [...dirs] });
            const d = (0, layerLayout_1.decideLayout)(files(...paths));
            assert.strictEqual(d.prefix, '');
            assert.ok(d.alreadyLaidOut);
            assert.match(d.reason, /Layer layout found/);
        }
    });
    it('does not take a Node package’s own lib/ and bin/ for the layer layout', () => {
        const d = (0, layerLayout_1.decideLayout)(files('package.json', 'lib/index.js', 'bin/cli.js'));
        assert.strictEqual(d.prefix, 'nodejs/');
        assert.strictEqual((0, layerLayout_1.hasLayerLayout)(['package.json', 'lib/index.js']).has, false);
    });
    it('places python, java and ruby folders, and keeps unknown ones as they are', () => {
        assert.strictEqual((0, layerLayout_1.decideLayout)(files('requirements.txt', 'requests/__init__.py')).prefix, 'python/');
        assert.strictEqual((0, layerLayout_1.decideLayout)(files('a.jar', 'b.jar')).prefix, 'java/lib/');
        assert.match((0, layerLayout_1.decideLayout)(files('a.jar')).reason, /\.jar files found → files go under java\/lib\//);
        assert.strictEqual((0, layerLayout_1.decideLayout)(files('Gemfile', 'my_gem.rb')).prefix, 'ruby/lib/');
        const none = (0, layerLayout_1.decideLayout)(files('data.csv'));
        assert.strictEqual(none.prefix, '');
        assert.match(none.reason, /No runtime detected/);
    });
    it('lets the user override the prefix', () => {
        const d = (0, layerLayout_1.decideLayout)(files('package.json'), 'nodejs/node20');
        assert.strictEqual(d.prefix, 'nodejs/node20/');
        assert.match(d.reason, /Chosen by you → files go under nodejs\/node20\//);
        assert.strictEqual((0, layerLayout_1.decideLayout)(files('package.json'), '').prefix, '');
        assert.throws(() => (0, layerLayout_1.decideLayout)(files('a'), '../x'), /Invalid layer prefix/);
    });
    it('packages a Node folder end to end: nodejs/package.json and nodejs/node_modules/ in the zip', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layout-'));
        try {
            fs.mkdirSync(path.join(dir, 'node_modules/dep'), { recursive: true });
            fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"x"}');
            fs.writeFileSync(path.join(dir, 'node_modules/dep/index.js'), 'module.exports = 1;');
            fs.writeFileSync(path.join(dir, '.layerignore'), '*.log\n');
            fs.writeFileSync(path.join(dir, 'debug.log'), 'noise');
            assert.strictEqual((await (0, layerLayout_1.detectRuntimeFamily)(dir)).family, 'nodejs');
            const scan = await (0, folderScan_1.scanFolder)(dir);
            const layout = (0, layerLayout_1.decideLayout)(scan.files);
            const out = path.join(dir, '..', `${path.basename(dir)}.zip`);
            await (0, zipWriter_1.writeZip)((0, layerLayout_1.toZipEntries)(scan.files, layout.prefix), out);
            const names = (0, child_process_1.execFileSync)('/usr/bin/unzip', ['-Z1', out], { encoding: 'utf8' }).trim().split('\n');
            fs.rmSync(out);
            assert.deepStrictEqual(names, ['nodejs/node_modules/dep/index.js', 'nodejs/package.json']);
        }
        finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=layerLayout.test.js.map