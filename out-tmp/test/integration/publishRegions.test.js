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
// "Publish to Regions…" as a VS Code command on a real layer version node, against the `multi` emulator: three
// Regions picked, one of them already has the same archive (skipped), the others get the version; the report
// names each Region.
const assert = __importStar(require("assert"));
const vscode = __importStar(require("vscode"));
const sdkClientFactory_1 = require("../../src/aws/sdkClientFactory");
const extensionApi_1 = require("./support/extensionApi");
const testWindow_1 = require("./support/testWindow");
const withEmulator_1 = require("./support/withEmulator");
const ARN = (region, v) => `arn:aws:lambda:${region}:123456789012:layer:shared-utils:${v}`;
describe('Publish to Regions (VS Code command, multi emulator)', function () {
    this.timeout(120_000);
    const ctx = (0, withEmulator_1.withEmulator)('multi');
    const ui = (0, testWindow_1.useTestWindow)();
    let api;
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        await (0, extensionApi_1.connectedTo)(api, ctx.emulator.endpoint);
    });
    it('publishes to three Regions, skipping the one already current, and reports each', async () => {
        // eu-west-1 already has shared-utils with the same archive as version 8 of us-east-1.
        const source = ctx.emulator.state.layerVersion('shared-utils', 8);
        const eu = (0, sdkClientFactory_1.createLambdaService)({ region: 'eu-west-1', endpoint: ctx.emulator.endpoint }, { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, env: {}, maxAttempts: 1 }).service;
        await eu.publishLayerVersion({
            layerName: 'shared-utils',
            content: { zipFile: ctx.emulator.state.blobs.get(source.codeId).data },
        });
        ui().script([
            ['eu-west-1', 'ap-southeast-2', 'us-west-2'],
            "Don't copy grants",
            "Keep each Region's numbering",
        ]);
        await vscode.commands.executeCommand('lambdaExplorer.layerVersion.publishToRegions', (await (0, extensionApi_1.layerVersionNode)(api, 'shared-utils', 8)).node);
        const world = ctx.emulator.world;
        for (const region of ['ap-southeast-2', 'us-west-2']) {
            const v = world.state('123456789012', region).layerVersion('shared-utils', 1);
            assert.strictEqual(v?.codeSha256, source.codeSha256, region);
            assert.strictEqual(v?.description, source.description);
        }
        assert.strictEqual(world.state('123456789012', 'eu-west-1').layers.get('shared-utils')?.nextVersion, 2);
        const report = ui().notifications.find((n) => /published, .* already current/.test(n.message));
        assert.ok(report, JSON.stringify(ui().notifications));
        assert.match(report.message, /2 published, 1 already current, 0 failed/);
        assert.ok(report.message.includes(`ap-southeast-2: published ${ARN('ap-southeast-2', 1)}`));
        assert.ok(report.message.includes(`eu-west-1: skipped`));
    });
});
//# sourceMappingURL=publishRegions.test.js.map