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
// The explorer over several connections: one root per connection, each with its own pagers and errors. One
// connection failing (a closed port, a connection that could not be built) shows an error node with a retry
// under its root only; the other's nodes stay as they were. A command run on a node works on that node's
// connection, whichever one is active.
const assert = __importStar(require("assert"));
const net = __importStar(require("net"));
const layerCatalog_1 = require("../../../src/aws/layerCatalog");
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const usedByIndex_1 = require("../../../src/aws/usedByIndex");
const connection_1 = require("../../../src/commands/steps/connection");
const treeCommands_1 = require("../../../src/commands/treeCommands");
const explorerModel_1 = require("../../../src/tree/explorerModel");
const functionNodes_1 = require("../../../src/tree/nodes/functionNodes");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
const signal = new AbortController().signal;
function serviceAt(endpoint, region) {
    return (0, sdkClientFactory_1.createLambdaService)({ region, endpoint }, { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1, env: {} }).service;
}
function connectionFor(lambda) {
    return { lambda, usedBy: new usedByIndex_1.UsedByIndex(lambda), catalog: new layerCatalog_1.LayerCatalog(lambda) };
}
/** A loopback port nothing listens on. */
async function closedPort() {
    const server = net.createServer();
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.address().port;
    await new Promise((r) => server.close(r));
    return port;
}
describe('Explorer over several connections', function () {
    this.timeout(30_000);
    let east;
    let west;
    let closed;
    let m;
    let notified;
    let reconnects;
    const spec = (key, region, c, problem) => ({
        key,
        label: `dev @ ${region}`,
        region,
        isDefault: key === 'default',
        connection: c,
        ...(problem ? { problem } : {}),
        reconnect: () => void reconnects.push(key),
    });
    before(async () => {
        east = await (0, emulator_1.startEmulator)({ seed: 'sample', region: 'us-east-1' });
        west = await (0, emulator_1.startEmulator)({ seed: 'sample', region: 'eu-west-1' });
        closed = `http://127.0.0.1:${await closedPort()}`;
    });
    after(async () => {
        await east.stop();
        await west.stop();
    });
    beforeEach(() => {
        notified = [];
        reconnects = [];
        m = new explorerModel_1.ExplorerModel((view, node) => notified.push({ view, node }), (e) => (e instanceof Error ? e.message : String(e)));
        east.resetCalls();
        west.resetCalls();
        west.setFaults([]);
    });
    afterEach(() => m.setConnections([]));
    async function top(view) {
        return (await m.topOf(view).children({ signal }));
    }
    it('one connection keeps the flat tree; two show one root each, with its own listing', async () => {
        const eastConnection = connectionFor(serviceAt(east.endpoint, 'us-east-1'));
        m.setConnections([spec('default', 'us-east-1', eastConnection)]);
        assert.strictEqual(m.topOf('functions'), m.functionsRoot, 'one connection: the view starts at its root');
        m.setConnections([
            spec('default', 'us-east-1', eastConnection),
            spec('west', 'eu-west-1', connectionFor(serviceAt(west.endpoint, 'eu-west-1'))),
        ]);
        const roots = await top('functions');
        assert.deepStrictEqual(roots.map((r) => [r.kind, r.view().label]), [
            ['connection', 'dev @ us-east-1'],
            ['connection', 'dev @ eu-west-1'],
        ]);
        const [a, b] = await Promise.all(roots.map((r) => r.children({ signal })));
        const arns = (nodes) => nodes.filter((n) => n.kind === 'function').map((n) => n.id);
        assert.ok(arns(a).length > 0 && arns(a).every((arn) => arn.includes(':us-east-1:')));
        assert.ok(arns(b).length > 0 && arns(b).every((arn) => arn.includes(':eu-west-1:')));
        assert.strictEqual((0, emulatorService_1.callsOf)(east, 'ListFunctions'), 1);
        assert.strictEqual((0, emulatorService_1.callsOf)(west, 'ListFunctions'), 1);
    });
    it('a closed port shows an error with a retry under its root only; the other keeps its nodes', async () => {
        m.setConnections([
            spec('default', 'us-east-1', connectionFor(serviceAt(east.endpoint, 'us-east-1'))),
            spec('down', 'eu-west-1', connectionFor(serviceAt(closed, 'eu-west-1'))),
        ]);
        const [eastRoot, downRoot] = await top('layers');
        const before = await eastRoot.children({ signal });
        const failed = await downRoot.children({ signal });
        assert.deepStrictEqual(failed.map((n) => [n.kind, n.view().command?.id]), [['error', 'lambdaExplorer.node.retry']]);
        assert.strictEqual(failed[0].parent?.parent, downRoot, 'the error is under the failed root');
        const after = await eastRoot.children({ signal });
        assert.ok(before.length > 1 && after.every((n, i) => n === before[i]), 'the same nodes, not reloaded');
        assert.ok(!after.some((n) => n.kind === 'error'));
        assert.strictEqual((0, emulatorService_1.callsOf)(east, 'ListLayers'), 1);
    });
    it('a connection that could not be built shows its problem under its root, and its retry rebuilds only it', async () => {
        const eastConnection = connectionFor(serviceAt(east.endpoint, 'us-east-1'));
        m.setConnections([
            spec('default', 'us-east-1', eastConnection),
            spec('broken', 'eu-west-1', undefined, 'No AWS Region is set'),
        ]);
        const [eastRoot, broken] = await top('functions');
        const [error] = await broken.children({ signal });
        assert.strictEqual(error.kind, 'error');
        assert.match(error.view().description ?? '', /No AWS Region is set/);
        broken.refresh(); // what the error node's retry does to its parent
        assert.deepStrictEqual(reconnects, ['broken']);
        assert.ok((await eastRoot.children({ signal })).some((n) => n.kind === 'function'));
    });
    it('a change in one connection keeps the other root (and what it loaded); removing one aborts its loads', async () => {
        const eastConnection = connectionFor(serviceAt(east.endpoint, 'us-east-1'));
        const westConnection = connectionFor(serviceAt(west.endpoint, 'eu-west-1'));
        m.setConnections([
            spec('default', 'us-east-1', eastConnection),
            spec('west', 'eu-west-1', westConnection),
        ]);
        const [eastRoot, westRoot] = await top('functions');
        const eastNodes = await eastRoot.children({ signal });
        // The west connection is rebuilt (a new service): only its root starts over.
        m.setConnections([
            spec('default', 'us-east-1', eastConnection),
            spec('west', 'eu-west-1', connectionFor(serviceAt(west.endpoint, 'eu-west-1'))),
        ]);
        const [eastAgain, westAgain] = await top('functions');
        assert.strictEqual(eastAgain, eastRoot);
        assert.notStrictEqual(westAgain, westRoot);
        assert.ok((await eastAgain.children({ signal })).every((n, i) => n === eastNodes[i]));
        assert.strictEqual((0, emulatorService_1.callsOf)(east, 'ListFunctions'), 1, 'the east listing was not asked again');
        // A slow listing under west, then west is removed: its load is aborted, not waited for.
        west.setFaults([{ operation: 'ListFunctions', kind: 'latency', latencyMs: 8000 }]);
        const started = Date.now();
        const load = westAgain.children({ signal });
        await new Promise((r) => setTimeout(r, 200));
        m.setConnections([spec('default', 'us-east-1', eastConnection)]);
        await load;
        assert.ok(Date.now() - started < 4000, 'aborted with its connection');
        assert.strictEqual(m.topOf('functions'), m.functionsRoot, 'back to the flat tree');
    });
    it("a command run on a node works on that node's connection, not the active one", async () => {
        const eastConnection = connectionFor(serviceAt(east.endpoint, 'us-east-1'));
        const westConnection = connectionFor(serviceAt(west.endpoint, 'eu-west-1'));
        m.setConnections([spec('default', 'us-east-1', eastConnection), spec('west', 'eu-west-1', westConnection)], 'default');
        const [, westRoot] = await top('functions');
        const westFn = (await westRoot.children({ signal })).find((n) => n instanceof functionNodes_1.FunctionNode);
        const deps = {
            explorer: m,
            connection: { region: () => 'us-east-1', current: () => ({ region: 'us-east-1' }), list: () => [] },
            workspace: { artifacts: () => assert.fail('not the active store') },
        };
        assert.strictEqual((0, connection_1.connectionOf)(deps).lambda, eastConnection.lambda, 'the palette: the active one');
        const scoped = (0, connection_1.withConnectionOf)(deps, [westFn]);
        assert.strictEqual((0, connection_1.connectionOf)(scoped).lambda, westConnection.lambda);
        assert.strictEqual(scoped.connection.region(), 'eu-west-1');
        assert.strictEqual(scoped.explorer.functionsRoot, westFn.parent, "the node's own root");
        // A ref or an ARN from a panel: the connection that listed it.
        assert.strictEqual((0, connection_1.connectionOf)(deps, { kind: 'function', arn: westFn.fn.arn, name: westFn.fn.name }).lambda, westConnection.lambda);
        // The ARN of a write made through west reloads the node under west only.
        east.resetCalls();
        west.resetCalls();
        await m.applyChange({ kind: 'function', name: westFn.fn.name, arn: westFn.fn.arn });
        assert.strictEqual((0, emulatorService_1.callsOf)(west, 'GetFunctionConfiguration'), 1);
        assert.strictEqual((0, emulatorService_1.callsOf)(east, 'GetFunctionConfiguration'), 0);
        // A node of a connection that was removed acts on nothing.
        m.setConnections([spec('default', 'us-east-1', eastConnection)]);
        assert.throws(() => (0, connection_1.withConnectionOf)(deps, [westFn]), /was removed or rebuilt/);
    });
    it('a ref that says which connection showed it keeps to that one when two list the same ARN', async () => {
        const twin = await (0, emulator_1.startEmulator)({ seed: 'sample', region: 'us-east-1' });
        try {
            const eastConnection = connectionFor(serviceAt(east.endpoint, 'us-east-1'));
            const twinConnection = connectionFor(serviceAt(twin.endpoint, 'us-east-1'));
            m.setConnections([spec('default', 'us-east-1', eastConnection), spec('twin', 'us-east-1', twinConnection)], 'default');
            const [eastRoot, twinRoot] = await top('functions');
            const fnOf = async (root) => (await root.children({ signal })).find((n) => n instanceof functionNodes_1.FunctionNode);
            const [mine, theirs] = [await fnOf(twinRoot), await fnOf(eastRoot)];
            assert.strictEqual(mine.fn.arn, theirs.fn.arn, 'the same ARN under both roots');
            const deps = {
                explorer: m,
                connection: { region: () => 'us-east-1', current: () => ({ region: 'us-east-1' }), list: () => [] },
            };
            const ref = { kind: 'function', arn: mine.fn.arn, name: mine.fn.name };
            assert.strictEqual((0, connection_1.connectionOf)(deps, { ...ref, connection: 'twin' }).lambda, twinConnection.lambda);
            assert.strictEqual((0, connection_1.connectionOf)(deps, { ...ref, connection: 'default' }).lambda, eastConnection.lambda);
            // The connection it names is gone: the ARN decides, as for a ref that names none.
            m.setConnections([spec('default', 'us-east-1', eastConnection)]);
            assert.strictEqual((0, connection_1.connectionOf)(deps, { ...ref, connection: 'twin' }).lambda, eastConnection.lambda);
        }
        finally {
            await twin.stop();
        }
    });
    it('a name filter applies under every root, and one failing connection does not stop the search', async () => {
        m.setConnections([
            spec('default', 'us-east-1', connectionFor(serviceAt(east.endpoint, 'us-east-1'))),
            spec('down', 'eu-west-1', connectionFor(serviceAt(closed, 'eu-west-1'))),
            spec('west', 'eu-west-1', connectionFor(serviceAt(west.endpoint, 'eu-west-1'))),
        ]);
        const errors = [];
        const deps = {
            explorer: m,
            setContext: () => undefined,
            setViewDescription: () => undefined,
            log: { error: (m) => void errors.push(m) },
            progress: {
                run: (_t, _o, fn) => fn(() => undefined, signal),
            },
        };
        assert.strictEqual(await (0, treeCommands_1.filterView)(deps, 'functions', 'orders'), 2, 'orders-api under east and west');
        const [eastRoot, downRoot, westRoot] = await top('functions');
        const names = async (r) => (await r.children({ signal })).map((n) => (n.kind === 'function' ? n.view().label : n.kind));
        assert.deepStrictEqual(await names(eastRoot), ['orders-api']);
        assert.deepStrictEqual(await names(westRoot), ['orders-api']);
        assert.deepStrictEqual(await names(downRoot), ['error']);
        assert.strictEqual(errors.length, 1);
        (0, treeCommands_1.clearFilter)(deps, 'functions');
        assert.ok((await names(westRoot)).length > 1, 'cleared under every root');
    });
});
//# sourceMappingURL=explorerConnections.test.js.map