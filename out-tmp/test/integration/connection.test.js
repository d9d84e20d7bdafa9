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
// The connection states behind the welcome views: no Region, no credentials, and back to a working connection.
const assert = __importStar(require("assert"));
const vscode = __importStar(require("vscode"));
const extensionApi_1 = require("./support/extensionApi");
const waitFor_1 = require("./support/waitFor");
const withEmulator_1 = require("./support/withEmulator");
describe('Connection states (welcome views)', function () {
    this.timeout(60_000);
    const ctx = (0, withEmulator_1.withEmulator)('sample');
    let api;
    const config = () => vscode.workspace.getConfiguration('lambdaExplorer');
    before(async () => {
        api = await (0, extensionApi_1.getApi)();
        await (0, waitFor_1.waitFor)(() => api.connection().endpoint === ctx.emulator.endpoint, {
            message: 'connected',
        });
    });
    afterEach(async () => {
        await config().update('profile', 'emulator', vscode.ConfigurationTarget.Global);
        await config().update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
        await (0, waitFor_1.waitFor)(() => api.connection().state === 'ready' && api.connection().viewsConnected, {
            message: 'ready again',
        });
    });
    it('a profile without a Region empties the views (the "choose a Region" welcome) and keeps the reason', async () => {
        const before = { AWS_REGION: process.env.AWS_REGION, AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION };
        delete process.env.AWS_REGION;
        delete process.env.AWS_DEFAULT_REGION;
        try {
            await config().update('region', '', vscode.ConfigurationTarget.Global);
            await config().update('profile', 'profile-that-does-not-exist', vscode.ConfigurationTarget.Global);
            await (0, waitFor_1.waitFor)(() => api.connection().state === 'noRegion', { message: 'noRegion state' });
            assert.deepStrictEqual(await api.children('functions'), []);
            assert.deepStrictEqual(await api.children('layers'), []);
            assert.match(api.connection().problem ?? '', /No AWS Region is set/);
        }
        finally {
            Object.assign(process.env, Object.fromEntries(Object.entries(before).filter(([, v]) => v !== undefined)));
        }
    });
    it('credentials that cannot be found switch to the "no credentials" welcome; choosing a good profile recovers', async () => {
        await config().update('profile', 'profile-that-does-not-exist', vscode.ConfigurationTarget.Global);
        await (0, waitFor_1.waitFor)(() => api.connection().profile === 'profile-that-does-not-exist' && api.connection().viewsConnected, {
            message: 'rebuilt with the unknown profile',
        });
        await api.children('functions');
        await (0, waitFor_1.waitFor)(() => api.connection().state === 'noCredentials', { message: 'noCredentials state' });
        assert.deepStrictEqual(await api.children('functions'), [], 'the view is empty so its welcome content shows');
        assert.match(api.connection().problem ?? '', /profile|credential/i);
        await config().update('profile', 'emulator', vscode.ConfigurationTarget.Global);
        await (0, waitFor_1.waitFor)(() => api.connection().state === 'ready', { message: 'ready with the emulator profile' });
        const children = await api.children('functions');
        assert.ok(children.some((c) => c.label === 'orders-api'));
    });
    it('a rebuild hands the explorer a new service with its own caches (the "Used by" scan starts over)', async () => {
        const usedByOf = async () => {
            const v7 = await (0, extensionApi_1.layerVersionNode)(api, 'shared-utils', 7);
            const [usedBy] = await api.children('layers', v7);
            assert.strictEqual(usedBy?.kind, 'usedBy');
            return api.children('layers', usedBy);
        };
        const scans = () => ctx.emulator.calls.filter((c) => c.operation === 'ListFunctions').length;
        const users = (await usedByOf()).map((u) => u.label);
        assert.ok(users.length > 0);
        ctx.emulator.resetCalls();
        await usedByOf();
        assert.strictEqual(scans(), 0, 'the connection keeps its Used by index');
        const before = api.connection().id;
        assert.ok(before !== undefined);
        // A rebuild with the same settings (pageSize is one of the settings a rebuild follows; 50 is its default).
        await config().update('pageSize', 50, vscode.ConfigurationTarget.Global);
        try {
            await (0, waitFor_1.waitFor)(() => api.connection().id !== before && api.connection().viewsConnected, {
                message: 'rebuilt',
            });
            ctx.emulator.resetCalls();
            assert.deepStrictEqual((await usedByOf()).map((u) => u.label), users);
            assert.ok(scans() > 0, 'not the index filled through the old service');
            const children = await api.children('functions');
            assert.ok(children.some((c) => c.label === 'orders-api'), 'the tree loads through the new connection');
        }
        finally {
            await config().update('pageSize', undefined, vscode.ConfigurationTarget.Global);
        }
    });
});
//# sourceMappingURL=connection.test.js.map