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
// Choose profile and Region: one guided input (Back from the Region to the profile); the settings change once,
// after both answers, so a cancel at the Region leaves the connection as it was.
const assert = __importStar(require("assert"));
const path = __importStar(require("path"));
const fs = __importStar(require("fs"));
const regions_1 = require("../../../src/aws/regions");
const connectionCommands_1 = require("../../../src/commands/connectionCommands");
const recorders_1 = require("../support/recorders");
function deps(answers, endpoint) {
    const chosen = [];
    const prompter = new recorders_1.ShowingPrompter(answers);
    const d = {
        prompter,
        connection: {
            current: () => ({ profile: 'dev', region: 'eu-west-1' }),
            profiles: () => [
                { name: 'dev', region: 'eu-west-1' },
                { name: 'prod', region: 'us-east-2', sso: true },
            ],
            choose: async (c) => void chosen.push(c),
            ...(endpoint ? { endpoint: () => endpoint } : {}),
        },
    };
    return { d, chosen, prompter };
}
describe('choose profile and Region (guided input)', () => {
    it("offers the profile's own Region first and writes both at once", async () => {
        const { d, chosen, prompter } = deps(['prod', 'us-east-2']);
        assert.deepStrictEqual(await (0, connectionCommands_1.pickConnection)(d), { profile: 'prod', region: 'us-east-2' });
        assert.deepStrictEqual(chosen, [{ profile: 'prod', region: 'us-east-2' }]);
        const regions = prompter.picks[1];
        assert.deepStrictEqual(regions.items.slice(0, 2).map((i) => [i.label, i.description]), [
            ['us-east-2', "US East (Ohio) · the profile's Region"],
            ['eu-west-1', 'Europe (Ireland) · current'],
        ]);
        assert.deepStrictEqual(prompter.shown, ['Choose an AWS profile [1/2]', 'Choose an AWS Region [2/2]']);
    });
    it('Back from the Region returns to the profile; a cancel at the Region changes nothing', async () => {
        const back = deps(['prod', recorders_1.BACK, 'dev', 'eu-west-1']);
        await (0, connectionCommands_1.pickConnection)(back.d);
        assert.deepStrictEqual(back.chosen, [{ profile: 'dev', region: 'eu-west-1' }]);
        const cancelled = deps(['prod', undefined]);
        await assert.rejects((0, connectionCommands_1.pickConnection)(cancelled.d));
        assert.deepStrictEqual(cancelled.chosen, [], 'no half-applied profile without its Region');
    });
    it('names every Region next to its code, so typing "Frankfurt" finds eu-central-1', async () => {
        const { d, prompter } = deps(['dev', 'eu-central-1']);
        await (0, connectionCommands_1.pickConnection)(d);
        const items = prompter.picks[1].items;
        const frankfurt = items.find((i) => i.label === 'eu-central-1');
        assert.strictEqual(frankfurt?.description, 'Europe (Frankfurt)');
        assert.ok(items.every((i) => i.description), 'no Region without a name');
    });
});
describe('the endpoint in the connection picker', () => {
    const workspace = {
        effective: 'http://127.0.0.1:4566',
        scope: 'Workspace',
        overriddenUserValue: 'https://proxy.example.com',
    };
    it('shows the endpoint in effect and says a Workspace setting wins over the User one; Enter keeps it', async () => {
        const { d, chosen, prompter } = deps(['dev', 'eu-west-1', 'Keep http://127.0.0.1:4566'], workspace);
        await (0, connectionCommands_1.pickConnection)(d);
        assert.deepStrictEqual(prompter.shown.at(-1), 'Choose the endpoint [3/3]');
        const step = prompter.picks[2];
        assert.strictEqual(step.placeholder, 'Now: http://127.0.0.1:4566 (from Workspace settings; it wins over your User setting https://proxy.example.com)');
        assert.strictEqual(step.items[0].label, 'Keep http://127.0.0.1:4566', 'the first item changes nothing');
        assert.match(step.items[1].description, /the Workspace setting still wins/);
        assert.deepStrictEqual(chosen, [{ profile: 'dev', region: 'eu-west-1' }], 'the endpoint is left alone');
    });
    it('clears the endpoint (the AWS default) or sets a typed URL, validated', async () => {
        const user = { effective: 'http://localhost:9001', scope: 'User' };
        const cleared = deps(['dev', 'eu-west-1', 'Use the AWS endpoint'], user);
        await (0, connectionCommands_1.pickConnection)(cleared.d);
        assert.deepStrictEqual(cleared.chosen, [{ profile: 'dev', region: 'eu-west-1', endpoint: '' }]);
        const typed = deps(['dev', 'eu-west-1', 'Enter an endpoint URL…', 'http://127.0.0.1:5000'], {});
        await (0, connectionCommands_1.pickConnection)(typed.d);
        assert.deepStrictEqual(typed.chosen, [
            { profile: 'dev', region: 'eu-west-1', endpoint: 'http://127.0.0.1:5000' },
        ]);
        const validate = typed.prompter.inputs[0].validate;
        assert.strictEqual(validate('ftp://x'), 'An http:// or https:// URL');
        assert.strictEqual(validate('not a url'), 'An http:// or https:// URL');
        assert.strictEqual(validate('https://lambda.example.com'), undefined);
    });
    it('describes the default and a User endpoint plainly', () => {
        assert.strictEqual((0, connectionCommands_1.describeEndpoint)({}), 'Now: the AWS endpoint of the Region');
        assert.strictEqual((0, connectionCommands_1.describeEndpoint)({ effective: 'http://x:1', scope: 'User' }), 'Now: http://x:1 (from User settings)');
    });
});
describe('Region names', () => {
    it('labels a Region by code and place: us-east-1 · N. Virginia', () => {
        assert.strictEqual((0, regions_1.regionLabel)('us-east-1'), 'us-east-1 · N. Virginia');
        assert.strictEqual((0, regions_1.regionLabel)('ca-central-1'), 'ca-central-1 · Canada (Central)');
        assert.strictEqual((0, regions_1.regionLabel)('us-gov-west-1'), 'us-gov-west-1 · AWS GovCloud (US-West)');
        assert.strictEqual((0, regions_1.regionLabel)('xx-test-9'), 'xx-test-9', 'an unknown code stays as it is');
    });
    it('lists exactly the commercial Regions of the AWS SDK, with the names AWS gives them', () => {
        // The SDK's own partition data (the endpoint resolver's): a test-only read, src never imports it.
        const file = path.join(path.dirname(require.resolve('@aws-sdk/core/package.json')), 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js');
        // The module is one `export const partitionsInfo = {…};` in JSON form.
        const text = fs.readFileSync(file, 'utf8');
        const partitionsInfo = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
        const aws = partitionsInfo.partitions.find((p) => p.id === 'aws').regions;
        const sdk = Object.entries(aws)
            .filter(([code]) => code !== 'aws-global')
            .map(([code, r]) => [code, r.description])
            .sort();
        const ours = regions_1.REGION_TABLE.filter((r) => r.partition === 'aws')
            .map((r) => [r.code, r.name])
            .sort();
        assert.deepStrictEqual(ours, sdk);
    });
});
describe('connection roots: Add Region, Add Profile, Remove Connection, active connection', () => {
    function rootsDeps(answers, scopedKey) {
        const list = [
            {
                key: 'default',
                label: 'dev @ eu-west-1',
                profile: 'dev',
                region: 'eu-west-1',
                isDefault: true,
                isActive: true,
            },
            {
                key: 'emu',
                label: 'local @ us-east-1',
                profile: 'local',
                region: 'us-east-1',
                endpoint: 'http://127.0.0.1:4566',
                isDefault: false,
                isActive: false,
            },
        ];
        const calls = [];
        const prompter = new recorders_1.ShowingPrompter(answers);
        const d = {
            prompter,
            notifier: { info: async () => undefined },
            explorer: { key: scopedKey ?? 'default' },
            connection: {
                profiles: () => [
                    { name: 'dev', region: 'eu-west-1' },
                    { name: 'prod', region: 'us-east-2' },
                ],
                list: () => list,
                add: async (s) => {
                    calls.push(`add ${JSON.stringify(s)}`);
                    list.push({
                        key: `${s.profile}@${s.region}`,
                        label: `${s.profile} @ ${s.region}`,
                        ...s,
                        isDefault: false,
                        isActive: false,
                    });
                },
                remove: async (key) => void calls.push(`remove ${key}`),
                setActive: (key) => void calls.push(`active ${key}`),
            },
        };
        return { d, calls, prompter };
    }
    const node = { id: 'connection:emu', kind: 'connection', view: () => ({}) };
    it('"Add Region…" on a root adds the same profile and endpoint in another Region', async () => {
        const { d, calls, prompter } = rootsDeps(['eu-north-1'], 'emu');
        await (0, connectionCommands_1.addRegion)(d, node);
        assert.deepStrictEqual(calls, [
            'add {"profile":"local","region":"eu-north-1","endpoint":"http://127.0.0.1:4566"}',
        ]);
        assert.ok(!prompter.picks[0].items.some((i) => i.label === 'us-east-1'), 'its own Region is not offered');
        // Named, as in the other Region pickers: typing "Stockholm" finds eu-north-1.
        const items = prompter.picks[0].items;
        assert.strictEqual(items.find((i) => i.label === 'eu-north-1')?.description, 'Europe (Stockholm)');
        assert.ok(items.every((i) => i.description), 'no Region without a name');
    });
    it('"Add Profile…" asks the profile, then its Region (its own first), and adds it', async () => {
        const { d, calls, prompter } = rootsDeps(['prod', 'us-east-2']);
        await (0, connectionCommands_1.addProfile)(d);
        assert.deepStrictEqual(calls, ['add {"profile":"prod","region":"us-east-2"}']);
        assert.deepStrictEqual([prompter.picks[1].items[0].label, prompter.picks[1].items[0].description], ['us-east-2', "US East (Ohio) · the profile's Region"]);
        assert.ok(prompter.picks[1].items.every((i) => i.description), 'no Region without a name');
    });
    it('"Remove Connection" removes an added root, and says why the default one cannot be', async () => {
        const removed = rootsDeps([], 'emu');
        await (0, connectionCommands_1.removeConnection)(removed.d, node);
        assert.deepStrictEqual(removed.calls, ['remove emu']);
        const byDefault = rootsDeps([], 'default');
        await assert.rejects((0, connectionCommands_1.removeConnection)(byDefault.d, { ...node, id: 'connection:default' }), /lambdaExplorer\.profile/);
        assert.deepStrictEqual(byDefault.calls, []);
    });
    it('the status bar click picks the active connection', async () => {
        const { d, calls } = rootsDeps(['emu']);
        assert.strictEqual(await (0, connectionCommands_1.setActiveConnection)(d), 'emu');
        assert.deepStrictEqual(calls, ['active emu']);
    });
});
//# sourceMappingURL=connectionCommands.test.js.map