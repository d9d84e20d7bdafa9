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
const vscode = __importStar(require("vscode"));
const extensionApi_1 = require("./support/extensionApi");
const withEmulator_1 = require("./support/withEmulator");
describe('Activation', () => {
    (0, withEmulator_1.withEmulator)('sample');
    it('activates', async () => {
        await (0, extensionApi_1.getApi)();
        assert.strictEqual((0, extensionApi_1.getExtension)().isActive, true);
    });
    it('registers every command that package.json contributes', async () => {
        await (0, extensionApi_1.getApi)();
        const contributed = ((0, extensionApi_1.readManifest)().contributes?.commands ?? []).map((c) => c.command);
        assert.ok(contributed.length > 0, 'package.json contributes no commands');
        const registered = new Set(await vscode.commands.getCommands(true));
        const missing = contributed.filter((id) => !registered.has(id));
        assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    });
    it('shows the Lambda Explorer view container and each of its views', async () => {
        await (0, extensionApi_1.getApi)();
        await vscode.commands.executeCommand('workbench.view.extension.lambdaExplorer');
        const views = (0, extensionApi_1.readManifest)().contributes?.views?.lambdaExplorer ?? [];
        assert.ok(views.length > 0, 'package.json contributes no views to the lambdaExplorer container');
        for (const view of views) {
            // `<viewId>.focus` exists only for a registered view; it reveals and focuses it.
            await vscode.commands.executeCommand(`${view.id}.focus`);
        }
    });
});
//# sourceMappingURL=activation.test.js.map