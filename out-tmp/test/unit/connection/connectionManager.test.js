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
// The plain connection against the emulator: it owns the clients it builds (a rebuild or dispose destroys
// them), one S3 client per connection made on first use, and caches that belong to the connection.
const assert = __importStar(require("assert"));
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const connectionManager_1 = require("../../../src/connection/connectionManager");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
const quiet = { trace() { }, info() { }, warn() { }, error() { } };
/** The real SDK factory, with every client it builds recording its destroy(). */
function recordingFactory() {
    const real = (0, sdkClientFactory_1.sdkClientFactory)({
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
        maxAttempts: 1,
        env: {},
    });
    const built = [];
    const record = (kind, client) => {
        const entry = { kind, destroyed: false };
        built.push(entry);
        const destroy = client.destroy.bind(client);
        client.destroy = () => {
            entry.destroyed = true;
            destroy();
        };
    };
    return {
        built,
        clients: {
            lambda: (s) => {
                const r = real.lambda(s);
                record('lambda', r.client);
                return r;
            },
            artifacts: async (s) => {
                const r = await real.artifacts(s);
                record('s3', r);
                return r;
            },
        },
    };
}
describe('ConnectionManager', function () {
    this.timeout(30_000);
    let emulator;
    let settings;
    let built;
    let manager;
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ seed: 'sample' });
    });
    after(() => emulator.stop());
    beforeEach(() => {
        settings = { region: 'us-east-1', endpoint: emulator.endpoint };
        const f = recordingFactory();
        built = f.built;
        manager = new connectionManager_1.ConnectionManager(() => settings, f.clients, quiet);
        emulator.resetCalls();
        emulator.setFaults([]);
    });
    afterEach(() => manager.dispose());
    it('builds on rebuild and tells its listeners, with the state the welcome views need', () => {
        const seen = [];
        manager.onDidChange(() => seen.push(manager.state));
        manager.rebuild();
        assert.strictEqual(manager.active?.connection.endpoint, emulator.endpoint);
        settings = { profile: 'no-such-profile', endpoint: emulator.endpoint };
        manager.rebuild();
        assert.strictEqual(manager.active, undefined);
        assert.match(manager.problem ?? '', /No AWS Region is set/);
        assert.deepStrictEqual(seen, ['ready', 'noRegion']);
    });
    it('a rebuild destroys the previous clients, and dispose the current ones', async () => {
        manager.rebuild();
        for await (const _page of manager.active.service.listLayers({}))
            break;
        manager.rebuild();
        assert.deepStrictEqual(built.map((b) => `${b.kind} ${b.destroyed}`), ['lambda true', 'lambda false']);
        settings = { endpoint: emulator.endpoint };
        manager.rebuild(); // no Region: not connected, and the last client is gone too
        assert.deepStrictEqual(built.map((b) => b.destroyed), [true, true]);
        settings = { region: 'us-east-1', endpoint: emulator.endpoint };
        manager.rebuild();
        manager.dispose();
        assert.ok(built.every((b) => b.destroyed), 'dispose destroys the current client');
    });
    it('caches belong to the connection they were filled through: a rebuild gets fresh ones', async () => {
        manager.rebuild();
        const first = manager.active;
        await first.usedBy.ensure();
        await first.catalog.ensure();
        manager.rebuild(); // the same settings: the same profile, Region and endpoint
        const second = manager.active;
        assert.notStrictEqual(second.service, first.service);
        assert.notStrictEqual(second.usedBy, first.usedBy, 'a new used-by index for the new service');
        assert.notStrictEqual(second.catalog, first.catalog, 'a new catalog for the new service');
        assert.strictEqual(second.usedBy.isBuilt, false);
        emulator.resetCalls();
        await second.usedBy.ensure();
        await second.catalog.ensure();
        assert.ok(second.usedBy.isBuilt && second.catalog.isLoaded);
        assert.ok((0, emulatorService_1.callsOf)(emulator, 'ListFunctions') > 0 && (0, emulatorService_1.callsOf)(emulator, 'ListLayers') > 0);
    });
    it('a rebuild aborts the scans still running on the previous connection', async () => {
        manager.rebuild();
        const first = manager.active;
        emulator.setFaults([{ operation: 'ListFunctions', kind: 'latency', latencyMs: 3000 }]);
        const scan = first.usedBy.ensure();
        const started = Date.now();
        await new Promise((r) => setTimeout(r, 100));
        manager.rebuild();
        await assert.rejects(scan);
        assert.ok(Date.now() - started < 2000, 'aborted, not waited for');
        assert.strictEqual(first.usedBy.isBuilt, false);
    });
    it('one S3 side per connection: made on first use, reused (one STS call), and closed with the connection', async () => {
        manager.rebuild();
        const store = manager.artifacts();
        assert.strictEqual(manager.artifacts(), store, 'the same store each time');
        assert.deepStrictEqual(built.map((b) => b.kind), ['lambda'], 'no S3 client before the first use');
        await assert.rejects(store.checkBucket('no-such-bucket'), /does not exist/);
        await assert.rejects(manager.artifacts().checkBucket('no-such-bucket'), /does not exist/);
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'HeadBucket'), 2);
        assert.strictEqual((0, emulatorService_1.callsOf)(emulator, 'GetCallerIdentity'), 1, 'the account is asked once per connection');
        assert.deepStrictEqual(built.map((b) => b.kind), ['lambda', 's3'], 'one S3 client for both calls');
        manager.rebuild();
        await new Promise((r) => setImmediate(r));
        assert.deepStrictEqual(built.map((b) => `${b.kind} ${b.destroyed}`), ['lambda true', 's3 true', 'lambda false']);
        assert.notStrictEqual(manager.artifacts(), store, 'the new connection has its own store');
        await assert.rejects(store.checkBucket('no-such-bucket'), connectionManager_1.NotConnectedError);
        assert.strictEqual(await store.remove({ bucket: 'b', key: 'k' }), false);
        settings = { endpoint: emulator.endpoint };
        manager.rebuild();
        assert.throws(() => manager.artifacts(), connectionManager_1.NotConnectedError);
    });
});
describe('ConnectionManager with several connections', function () {
    this.timeout(30_000);
    let emulator;
    let added;
    let built;
    let manager;
    const west = () => ({ profile: '', region: 'eu-west-1', endpoint: emulator.endpoint });
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ seed: 'sample' });
    });
    after(() => emulator.stop());
    beforeEach(() => {
        added = [west()];
        const f = recordingFactory();
        built = f.built;
        manager = new connectionManager_1.ConnectionManager(() => ({ region: 'us-east-1', endpoint: emulator.endpoint }), f.clients, quiet, () => added);
        manager.rebuild();
    });
    afterEach(() => manager.dispose());
    it('builds the default connection first, then the added ones, each with its own clients and caches', () => {
        assert.deepStrictEqual(manager.connections.map((c) => [c.key, (0, connectionManager_1.connectionLabel)(c), c.state]), [
            [connectionManager_1.DEFAULT_CONNECTION, 'default @ us-east-1', 'ready'],
            [(0, connectionManager_1.connectionKey)(west()), 'default @ eu-west-1', 'ready'],
        ]);
        const [a, b] = manager.connections.map((c) => c.live);
        assert.notStrictEqual(a.service, b.service);
        assert.notStrictEqual(a.usedBy, b.usedBy);
        assert.notStrictEqual(a.catalog, b.catalog);
        assert.notStrictEqual(a.artifacts, b.artifacts);
        assert.strictEqual(manager.active, a, 'the default one is active until another is chosen');
    });
    it('a connection that cannot be built keeps its problem; the others stay ready', () => {
        added = [west(), { profile: '', region: 'eu-west-2', endpoint: 'ftp://nowhere' }];
        manager.sync();
        const states = manager.connections.map((c) => c.state);
        assert.deepStrictEqual(states, ['ready', 'ready', 'invalid']);
        assert.match(manager.connections[2].problem ?? '', /http:\/\/ or https:\/\//);
        assert.strictEqual(manager.state, 'ready', 'the active one is fine');
        assert.throws(() => manager.artifacts(manager.connections[2].key), connectionManager_1.NotConnectedError);
    });
    it('credentials failing on one connection mark that one only', () => {
        const westKey = manager.connections[1].key;
        manager.reportCredentialsProblem('The security token included in the request is expired', westKey);
        assert.deepStrictEqual(manager.connections.map((c) => c.state), ['ready', 'noCredentials']);
        assert.strictEqual(manager.state, 'ready');
    });
    it('a sync keeps unchanged connections as they are; removing one destroys its clients', async () => {
        const [first, second] = manager.connections.map((c) => c.live);
        await second.artifacts.checkBucket('no-such-bucket').catch(() => undefined); // builds its S3 client
        added = [west(), { profile: '', region: 'ap-south-1', endpoint: emulator.endpoint }];
        manager.sync();
        assert.strictEqual(manager.connections[0].live, first, 'the default one was not rebuilt');
        assert.strictEqual(manager.connections[1].live, second, 'nor the unchanged added one');
        assert.strictEqual(manager.connections.length, 3);
        added = [{ profile: '', region: 'ap-south-1', endpoint: emulator.endpoint }];
        manager.sync();
        await new Promise((r) => setImmediate(r)); // the S3 side is destroyed once its (lazy) load settles
        assert.deepStrictEqual(manager.connections.map((c) => (0, connectionManager_1.connectionLabel)(c)), ['default @ us-east-1', 'default @ ap-south-1']);
        assert.deepStrictEqual(built.map((b) => `${b.kind} ${b.destroyed}`), ['lambda false', 'lambda true', 's3 true', 'lambda false'], "the removed connection's Lambda and S3 clients are destroyed, the others' are not");
        await assert.rejects(second.artifacts.checkBucket('b'), connectionManager_1.NotConnectedError);
    });
    it('the active connection is what the single-connection API answers with', () => {
        const westKey = manager.connections[1].key;
        let events = 0;
        manager.onDidChange(() => events++);
        manager.setActive(westKey);
        assert.strictEqual(manager.active, manager.connections[1].live);
        assert.strictEqual(manager.artifacts(), manager.connections[1].live.artifacts);
        assert.strictEqual(events, 1);
        manager.setActive('no-such-connection');
        assert.strictEqual(manager.activeConnection?.key, westKey);
        added = [];
        manager.sync();
        assert.strictEqual(manager.activeConnection?.key, connectionManager_1.DEFAULT_CONNECTION, 'back to the default when it goes');
    });
});
//# sourceMappingURL=connectionManager.test.js.map