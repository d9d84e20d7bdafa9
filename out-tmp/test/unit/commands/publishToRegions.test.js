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
// "Publish to Regions…" and "Copy to Account…" against the `multi` emulator, signed in as the publisher
// (999999999999): shared-utils has 8 versions in us-east-1 and eu-west-1 (same archives) and 6 in ap-southeast-2.
const assert = __importStar(require("assert"));
const crypto_1 = require("crypto");
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const publishToRegions_1 = require("../../../src/commands/publishToRegions");
const regionPublish_1 = require("../../../src/layers/regionPublish");
const emulator_1 = require("../../emulator/emulator");
const multiSeed_1 = require("../../emulator/multiSeed");
const zipArchive_1 = require("../../emulator/zipArchive");
const publishLayer_1 = require("../../../src/commands/publishLayer");
const commandHarness_1 = require("../support/commandHarness");
const publishSupport_1 = require("./publishSupport");
const PUB = multiSeed_1.MULTI_ACCOUNTS.publisher;
const arnOf = (region, name, v, account = PUB.accountId) => `arn:aws:lambda:${region}:${account}:layer:${name}:${v}`;
describe('publish a layer version to Regions / another account (multi emulator)', function () {
    this.timeout(60_000);
    let emu;
    let lambda;
    beforeEach(async () => {
        emu = await (0, emulator_1.startEmulator)({ seed: 'multi', updateDelayMs: 0 });
        lambda = (0, sdkClientFactory_1.createLambdaService)({ region: 'us-east-1', endpoint: emu.endpoint }, { credentials: { accessKeyId: PUB.accessKeyId, secretAccessKey: 'x' }, maxAttempts: 1, env: {} }).service;
    });
    afterEach(() => emu.stop());
    const harness = (answers, opts = {}) => (0, commandHarness_1.makeCommandHarness)(emu, lambda, answers, { accessKeyId: PUB.accessKeyId, ...opts });
    const pub = (region) => emu.world.state(PUB.accountId, region);
    const downloads = () => emu.calls.filter((c) => c.operation === 'DownloadCode').length;
    it('pre-checks the Regions that have the layer, skips one already current, publishes the rest from one read', async () => {
        const h = harness([['eu-west-1', 'ap-southeast-2', 'us-west-2'], 'Copy the grants', "Keep each Region's numbering"], { notifierAnswer: publishToRegions_1.COPY_JSON });
        const results = await (0, publishToRegions_1.publishToRegions)(h.deps, arnOf('us-east-1', 'shared-utils', 8));
        const picker = h.prompter.picks[0];
        assert.deepStrictEqual(picker.items.filter((i) => i.picked).map((i) => i.label), ['eu-west-1', 'ap-southeast-2'], 'the Regions where shared-utils exists are checked');
        assert.match(picker.items.find((i) => i.label === 'eu-west-1').description, /version 8 \(same archive/);
        assert.ok(!picker.items.some((i) => i.label === 'us-east-1'), 'not the source Region');
        assert.deepStrictEqual(results.map((r) => [r.target.region, r.status, r.arn]), [
            ['us-west-2', 'published', arnOf('us-west-2', 'shared-utils', 1)],
            ['eu-west-1', 'skipped', arnOf('eu-west-1', 'shared-utils', 8)],
            ['ap-southeast-2', 'published', arnOf('ap-southeast-2', 'shared-utils', 7)],
        ]);
        const source = pub('us-east-1').layerVersion('shared-utils', 8);
        for (const [region, v] of [
            ['ap-southeast-2', 7],
            ['us-west-2', 1],
        ]) {
            const copy = pub(region).layerVersion('shared-utils', v);
            assert.strictEqual(copy.codeSha256, source.codeSha256, region);
            assert.strictEqual(copy.description, source.description);
            assert.deepStrictEqual(copy.compatibleRuntimes, source.compatibleRuntimes);
            assert.deepStrictEqual(copy.compatibleArchitectures, source.compatibleArchitectures);
            assert.strictEqual(copy.licenseInfo, 'MIT');
            assert.deepStrictEqual(copy.policy.statements.map((s) => [s.Sid, s.Principal]), [['public', '*']], 'the grants were copied');
        }
        assert.strictEqual(pub('eu-west-1').layers.get('shared-utils').nextVersion, 9, 'nothing published there');
        assert.strictEqual(downloads(), 1, 'the source archive was read once');
        await h.settled();
        assert.deepStrictEqual(JSON.parse(h.clipboard[0]), {
            'eu-west-1': arnOf('eu-west-1', 'shared-utils', 8),
            'ap-southeast-2': arnOf('ap-southeast-2', 'shared-utils', 7),
            'us-west-2': arnOf('us-west-2', 'shared-utils', 1),
        });
        assert.match(h.notifier.shown[0].message, /2 published, 1 already current, 0 failed/);
    });
    it('aligns version numbers when asked: says who is behind and the cost, then deletes the fillers', async () => {
        const h = harness([['ap-southeast-2', 'us-west-2'], "Don't copy grants", 'Align version numbers to 8'], {
            notifierAnswer: publishToRegions_1.COPY_MARKDOWN,
        });
        const results = await (0, publishToRegions_1.publishToRegions)(h.deps, arnOf('us-east-1', 'shared-utils', 8));
        const align = h.prompter.picks[2];
        assert.match(align.placeholder, /us-west-2 by 7, ap-southeast-2 by 1 behind version 8/);
        assert.match(align.items[1].detail, /8 filler version\(s\).*16 extra calls.*used up for good/);
        assert.deepStrictEqual(results.map((r) => [r.target.region, r.version, r.fillers]), [
            ['us-west-2', 8, 7],
            ['ap-southeast-2', 8, 1],
        ]);
        const west = pub('us-west-2').layers.get('shared-utils');
        assert.deepStrictEqual([...west.versions.values()].filter((v) => !v.deleted).map((v) => v.version), [8], 'the fillers are deleted');
        assert.ok(pub('ap-southeast-2').layerVersion('shared-utils', 7) === undefined, 'filler 7 deleted');
        assert.deepStrictEqual(pub('us-west-2').layerVersion('shared-utils', 8)?.policy.statements, [], 'no grants');
        await h.settled();
        assert.strictEqual(h.clipboard[0], [
            'shared-utils',
            '',
            '| Region | ARN |',
            '| --- | --- |',
            `| us-west-2 | \`${arnOf('us-west-2', 'shared-utils', 8)}\` |`,
            `| ap-southeast-2 | \`${arnOf('ap-southeast-2', 'shared-utils', 8)}\` |`,
        ].join('\n'));
    });
    it('copies a layer version to another account (a second profile) with the same engine', async () => {
        const h = harness(['partner', 'eu-west-1'], {
            profiles: { partner: multiSeed_1.MULTI_ACCOUNTS.outsider.accessKeyId },
        });
        const results = await (0, publishToRegions_1.copyToAccount)(h.deps, arnOf('us-east-1', 'partner-lib', 1));
        assert.deepStrictEqual(results.map((r) => [r.status, r.arn]), [['published', arnOf('eu-west-1', 'partner-lib', 1, multiSeed_1.MULTI_ACCOUNTS.outsider.accountId)]]);
        const copy = emu.world
            .state(multiSeed_1.MULTI_ACCOUNTS.outsider.accountId, 'eu-west-1')
            .layerVersion('partner-lib', 1);
        assert.strictEqual(copy.codeSha256, pub('us-east-1').layerVersion('partner-lib', 1).codeSha256);
        assert.match(h.prompter.picks[0].placeholder, /account 999999999999/);
    });
    describe('the engine', () => {
        const zip = (0, zipArchive_1.buildZip)({ 'nodejs/node_modules/x/index.js': 'module.exports = 1;\n' });
        const sha = (b) => (0, crypto_1.createHash)('sha256').update(b).digest('base64');
        const source = (overrides = {}) => {
            const s = {
                reads: 0,
                layerName: 'engine-lib',
                version: 1,
                arn: arnOf('us-east-1', 'engine-lib', 1),
                compatibleRuntimes: ['nodejs22.x'],
                compatibleArchitectures: [],
                codeSha256: sha(zip),
                codeSize: zip.length,
                read: async () => {
                    s.reads++;
                    return new Uint8Array(zip);
                },
                ...overrides,
            };
            return s;
        };
        it('cancel stops new Regions; the one in flight finishes', async () => {
            const h = harness([]);
            const controller = new AbortController();
            const results = await (0, regionPublish_1.publishToTargets)({
                source: source(),
                targets: ['eu-west-1', 'us-west-2', 'ap-southeast-2'].map((region) => ({ region })),
                grants: [],
                concurrency: 1,
                bucketFor: () => undefined,
            }, (t) => h.deps.connection.targets(t), {
                signal: controller.signal,
                onProgress: (p) => {
                    if (p.message === 'publishing')
                        controller.abort();
                },
            });
            assert.deepStrictEqual(results.map((r) => r.status), ['published', 'cancelled', 'cancelled']);
            assert.ok(pub('eu-west-1').layerVersion('engine-lib', 1));
            assert.strictEqual(pub('us-west-2').layers.get('engine-lib'), undefined, 'never started');
        });
        it('sends an archive too large for one request through each Region’s own bucket', async () => {
            const h = harness([]);
            const s = source({ codeSize: 60 * 1024 * 1024 });
            for (const region of ['eu-west-1', 'us-west-2'])
                pub(region).s3.handle({
                    method: 'PUT',
                    path: `/artifacts-${region}`,
                    query: new URLSearchParams(),
                    headers: {},
                    body: Buffer.alloc(0),
                }, 0);
            const results = await (0, regionPublish_1.publishToTargets)({
                source: s,
                targets: [{ region: 'eu-west-1' }, { region: 'us-west-2' }, { region: 'ap-southeast-2' }],
                grants: [],
                bucketFor: (t) => t.region === 'ap-southeast-2' ? undefined : (0, publishToRegions_1.regionBucket)('artifacts-{region}', t.region),
            }, (t) => h.deps.connection.targets(t));
            assert.deepStrictEqual(results.map((r) => [r.status, r.via]), [
                ['published', 's3'],
                ['published', 's3'],
                ['failed', undefined],
            ]);
            assert.match(results[2].reason, /over 50 MB and no artifact bucket/);
            assert.strictEqual(s.reads, 1, 'read once for both uploads');
            const key = `lambda-explorer/layers/engine-lib/${Buffer.from(s.codeSha256, 'base64').toString('hex')}.zip`;
            assert.ok(pub('eu-west-1').s3.getObject('artifacts-eu-west-1', key), 'in the eu-west-1 bucket');
            assert.ok(pub('us-west-2').s3.getObject('artifacts-us-west-2', key), 'in the us-west-2 bucket');
            assert.strictEqual((0, publishToRegions_1.regionBucket)('my-bucket', 'eu-west-1'), 'my-bucket-eu-west-1');
        });
    });
});
describe('"Publish to Regions…" right after publishing', function () {
    this.timeout(60_000);
    const fx = (0, publishSupport_1.usePublishFixture)('publish-regions-test-', 100);
    it('the success message offers it and runs it on the new version', async () => {
        const folder = (0, publishSupport_1.copyFixture)('layers/shared-utils', fx.work);
        const root = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, []).deps.explorer.layersRoot;
        const node = (await root.children({ signal: new AbortController().signal })).find((n) => n.id.endsWith(':layer:shared-utils'));
        assert.ok(node);
        const h = (0, publishSupport_1.makeHarness)(fx.emu, fx.lambda, ['nodejs/', ['nodejs22.x'], ['x86_64'], 'v9', 'MIT', 'Publish'], {
            notifierAnswer: publishLayer_1.PUBLISH_TO_REGIONS_ACTION,
            folder,
        });
        const out = await (0, publishLayer_1.publishLayerVersionFromNode)(h.deps, node);
        await h.settled();
        const ran = h.ran.find((r) => r.id === 'lambdaExplorer.layerVersion.publishToRegions');
        assert.ok(ran, JSON.stringify(h.ran.map((r) => r.id)));
        assert.strictEqual(ran.args[0].arn, out.version?.arn);
    });
});
//# sourceMappingURL=publishToRegions.test.js.map