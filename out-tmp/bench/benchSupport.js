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
exports.startEmulatorProcess = startEmulatorProcess;
exports.benchService = benchService;
// Shared by the benches: the emulator in a child process (its work must not share the measured event loop, nor
// count in our heap), and the real SDK adapter pointed at it.
const child_process_1 = require("child_process");
const path = __importStar(require("path"));
const sdkClientFactory_1 = require("../src/aws/sdkClientFactory");
/** Starts `node out/test/emulator/cli.js <args> --port 0` and resolves with its endpoint once it listens. */
async function startEmulatorProcess(args) {
    const cli = path.join(__dirname, '..', 'test', 'emulator', 'cli.js');
    const child = (0, child_process_1.spawn)(process.execPath, [cli, ...args, '--port', '0'], {
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    const endpoint = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
            out += d.toString();
            const m = /listening on (http:\/\/\S+)/.exec(out);
            if (m)
                resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
    });
    return { endpoint, stop: () => child.kill('SIGTERM') };
}
/** The one door, as the extension builds it, with fake keys for the emulator. */
function benchService(endpoint, deps = {}) {
    return (0, sdkClientFactory_1.createLambdaService)({ region: 'us-east-1', endpoint }, { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, env: {}, ...deps }).service;
}
//# sourceMappingURL=benchSupport.js.map