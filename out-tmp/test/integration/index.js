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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
// Mocha entry point loaded by the VS Code extension host (extensionTestsPath), in code-server
// (scripts/runIntegration.mjs) or in desktop VS Code (test/electron/runElectron.ts).
// The host calls run(); a rejected promise makes the test run exit non-zero.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const mocha_1 = __importDefault(require("mocha"));
/** Every compiled `*.test.js` below this folder, sorted for a stable order. */
function testFiles(dir) {
    return fs.readdirSync(dir, { recursive: true })
        .filter((f) => f.endsWith('.test.js'))
        .sort()
        .map((f) => path.join(dir, f));
}
function run() {
    const mocha = new mocha_1.default({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
    if (process.env.MOCHA_GREP) {
        mocha.grep(process.env.MOCHA_GREP);
    }
    for (const f of testFiles(__dirname)) {
        mocha.addFile(f);
    }
    const results = [];
    const writeResults = () => {
        const file = process.env.TEST_RESULTS_FILE;
        if (!file) {
            return;
        }
        const passes = results.filter((r) => r.state === 'passed').length;
        const failures = results.filter((r) => r.state === 'failed').length;
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify({ passes, failures, results }, null, 2));
    };
    return new Promise((resolve, reject) => {
        try {
            const runner = mocha.run((failures) => {
                writeResults();
                if (failures > 0) {
                    reject(new Error(`Integration tests failed: ${failures}`));
                }
                else {
                    resolve();
                }
            });
            runner.on('pass', (t) => results.push({ title: t.fullTitle(), file: t.file, state: 'passed', durationMs: t.duration }));
            runner.on('fail', (t, err) => results.push({
                title: t.fullTitle(),
                file: t.file,
                state: 'failed',
                error: err instanceof Error ? (err.stack ?? err.message) : String(err),
            }));
        }
        catch (err) {
            results.push({
                title: 'loading the integration tests',
                state: 'failed',
                error: String(err instanceof Error ? err.stack : err),
            });
            writeResults();
            reject(err instanceof Error ? err : new Error(String(err)));
        }
    });
}
//# sourceMappingURL=index.js.map