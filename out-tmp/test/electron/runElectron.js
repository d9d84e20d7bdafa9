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
// Runs the integration tests (test/integration) in desktop VS Code downloaded by @vscode/test-electron.
// For machines that can download VS Code; `npm test` uses code-server instead (scripts/runIntegration.mjs).
// The extension under test is the shipped bundle, dist/extension.js (package.json's main), as in
// scripts/runIntegration.mjs.
//   npm run test:electron
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const test_electron_1 = require("@vscode/test-electron");
const projectRoot = path.resolve(__dirname, '..', '..', '..');
/** The fake `emulator` AWS profile files, written by the same helper the code-server runners use. */
async function writeAwsProfileFiles(dir) {
    // An ES module; TypeScript turns this into require(), which loads ES modules on Node >= 20.19.
    const cs = (await Promise.resolve(`${path.join(projectRoot, 'scripts', 'codeServer.mjs')}`).then(s => __importStar(require(s))));
    return cs.writeAwsProfileFiles(dir);
}
async function main() {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-electron-'));
    try {
        const workspace = path.join(tmp, 'workspace');
        fs.cpSync(path.join(projectRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
        const userDataDir = path.join(tmp, 'user-data');
        fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
        // Until a test points the extension at its emulator, requests go to a closed local port, never to AWS.
        fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
            'lambdaExplorer.endpoint': 'http://127.0.0.1:9',
            'lambdaExplorer.region': 'us-east-1',
            'lambdaExplorer.profile': 'emulator',
            'security.workspace.trust.enabled': false,
        }));
        await (0, test_electron_1.runTests)({
            extensionDevelopmentPath: projectRoot,
            extensionTestsPath: path.join(projectRoot, 'out', 'test', 'integration', 'index.js'),
            launchArgs: [workspace, '--user-data-dir', userDataDir, '--disable-extensions'],
            extensionTestsEnv: {
                ...(await writeAwsProfileFiles(path.join(tmp, 'aws'))),
                TEST_RESULTS_FILE: path.join(projectRoot, '.test-artifacts', 'electron-results.json'),
                TEST_WORKSPACE: workspace,
                ...(process.env.MOCHA_GREP ? { MOCHA_GREP: process.env.MOCHA_GREP } : {}),
            },
        });
    }
    finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}
main().catch((err) => {
    console.error(`Integration tests in VS Code (electron) failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
});
//# sourceMappingURL=runElectron.js.map