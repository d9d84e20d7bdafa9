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
// Panels belong to the connection they were opened under: switching the Region closes them (they showed, and
// their buttons would act on, a Region the explorer no longer shows).
const assert = __importStar(require("assert"));
const vscode = __importStar(require("vscode"));
const extensionApi_1 = require("./support/extensionApi");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
describe('Panels after a connection switch', function () {
    this.timeout(60_000);
    const ctx = (0, withEmulator_1.withEmulator)('sample');
    let api;
    const config = () => vscode.workspace.getConfiguration('lambdaExplorer');
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
    });
    after(async () => {
        await config().update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
        await (0, waitFor_1.waitFor)(() => api.connection().state === 'ready' && api.connection().viewsConnected, {
            message: 'ready again',
        });
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
    it('closes the panels of the previous Region', async () => {
        const arn = 'arn:aws:lambda:us-east-1:123456789012:function:orders-api';
        await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', {
            kind: 'function',
            arn,
            name: 'orders-api',
        });
        assert.deepStrictEqual(api.openPanels(), [arn]);
        await config().update('region', 'eu-west-1', vscode.ConfigurationTarget.Global);
        await (0, waitFor_1.waitFor)(() => api.openPanels().length === 0, { message: 'the us-east-1 panel closed' });
    });
});
//# sourceMappingURL=panelsOnSwitch.test.js.map