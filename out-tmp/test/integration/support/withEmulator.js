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
exports.pointExtensionAt = pointExtensionAt;
exports.withEmulator = withEmulator;
const vscode = __importStar(require("vscode"));
const testEmulator_1 = require("./testEmulator");
const SETTINGS = ['endpoint', 'region', 'profile'];
/** Points the extension at an endpoint through its user settings (what a user would do). */
async function pointExtensionAt(endpoint) {
    const config = vscode.workspace.getConfiguration('lambdaExplorer');
    await config.update('endpoint', endpoint, vscode.ConfigurationTarget.Global);
    await config.update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
    await config.update('profile', 'emulator', vscode.ConfigurationTarget.Global);
}
/**
 * Mocha helper for a describe block: before() starts an emulator with the given seed and points the
 * extension's settings at it; after() stops it and restores the settings. Use the returned object's
 * `emulator` inside tests.
 */
function withEmulator(seed = 'sample') {
    let current;
    const saved = new Map();
    before(async function () {
        this.timeout(60_000);
        const config = vscode.workspace.getConfiguration('lambdaExplorer');
        for (const key of SETTINGS) {
            saved.set(key, config.inspect(key)?.globalValue);
        }
        current = await (0, testEmulator_1.startTestEmulator)(seed);
        await pointExtensionAt(current.endpoint);
    });
    after(async () => {
        const config = vscode.workspace.getConfiguration('lambdaExplorer');
        for (const key of SETTINGS) {
            await config.update(key, saved.get(key), vscode.ConfigurationTarget.Global);
        }
        await current?.stop();
        current = undefined;
    });
    return {
        get emulator() {
            if (!current) {
                throw new Error('The emulator is only available inside tests of a withEmulator() block');
            }
            return current;
        },
    };
}
//# sourceMappingURL=withEmulator.js.map