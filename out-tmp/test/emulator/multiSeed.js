"use strict";
// The `multi` seed: several accounts and Regions for cross-account and cross-Region behaviour.
//
// - 123456789012 (the default account: any access key not listed below) holds the `sample` seed in us-east-1.
// - 999999999999 "publisher" (organization o-a1b2c3d4e5) publishes layers in us-east-1, eu-west-1, ap-southeast-2:
//   `shared-utils` (public newest version; 8/8/6 versions, so ap-southeast-2 is 2 behind; v7 not shared),
//   `otel-collector` (3 versions per Region, v3 public, same archive everywhere),
//   `org-tools` (v1 shared with the organization) and, in us-east-1, `partner-lib` (v1 shared with 222222222222 only).
// - 111111111111 "consumer in the org" and 222222222222 "consumer outside it" each have one function in us-east-1
//   using the publisher's layers.
Object.defineProperty(exports, "__esModule", { value: true });
exports.MULTI_ACCOUNTS = exports.MULTI_REGIONS = exports.MULTI_ORG = void 0;
exports.loadMultiSeed = loadMultiSeed;
const seeds_1 = require("./seeds");
exports.MULTI_ORG = 'o-a1b2c3d4e5';
exports.MULTI_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
/** The seeded callers: access key id (secret: anything), account, IAM user name. */
exports.MULTI_ACCOUNTS = {
    publisher: { accessKeyId: 'AKIAPUBL999999999999', accountId: '999999999999', userName: 'publisher' },
    orgConsumer: { accessKeyId: 'AKIAORGC111111111111', accountId: '111111111111', userName: 'alice' },
    outsider: { accessKeyId: 'AKIAEXTC222222222222', accountId: '222222222222', userName: 'bob' },
    /** Unknown keys (e.g. AKIDEXAMPLE) are this account too. */
    developer: { accessKeyId: 'AKIADEVX123456789012', accountId: '123456789012', userName: 'developer' },
};
const PUBLIC = { statementId: 'public', principal: '*' };
const ORG = { statementId: 'org', principal: '*', organizationId: exports.MULTI_ORG };
function versions(count, make) {
    return Array.from({ length: count }, (_, i) => make(i + 1));
}
function publisherRegion(region) {
    const sharedCount = region === 'ap-southeast-2' ? 6 : 8;
    const layers = [
        {
            name: 'shared-utils',
            versions: versions(sharedCount, (n) => ({
                description: `Publisher's shared helpers v${n}`,
                compatibleRuntimes: ['nodejs20.x', 'nodejs22.x'],
                compatibleArchitectures: ['x86_64', 'arm64'],
                licenseInfo: 'MIT',
                grants: n === sharedCount ? [PUBLIC] : [],
            })),
        },
        {
            name: 'otel-collector',
            versions: versions(3, (n) => ({
                description: `OpenTelemetry collector extension v${n}`,
                compatibleRuntimes: [],
                compatibleArchitectures: ['x86_64', 'arm64'],
                licenseInfo: 'Apache-2.0',
                files: { 'extensions/otel-collector': `#!/bin/sh\n# otel-collector v${n}\n` },
                grants: n === 3 ? [PUBLIC] : [],
            })),
        },
        {
            name: 'org-tools',
            versions: [
                {
                    description: 'Tools for the organization',
                    compatibleRuntimes: ['nodejs22.x', 'python3.12'],
                    grants: [ORG],
                },
            ],
        },
    ];
    if (region === 'us-east-1')
        layers.push({
            name: 'partner-lib',
            versions: [
                {
                    description: 'For one partner',
                    compatibleRuntimes: ['nodejs22.x'],
                    grants: [{ statementId: 'partner', principal: exports.MULTI_ACCOUNTS.outsider.accountId }],
                },
            ],
        });
    return { layers };
}
const publisherArn = (name, version) => `arn:aws:lambda:us-east-1:${exports.MULTI_ACCOUNTS.publisher.accountId}:layer:${name}:${version}`;
/** Fills the world: accounts, the organization, every account's resources. */
function loadMultiSeed(world) {
    for (const c of Object.values(exports.MULTI_ACCOUNTS))
        world.accessKeys.set(c.accessKeyId, { accountId: c.accountId, userName: c.userName });
    world.organizations.set(exports.MULTI_ACCOUNTS.publisher.accountId, exports.MULTI_ORG);
    world.organizations.set(exports.MULTI_ACCOUNTS.orgConsumer.accountId, exports.MULTI_ORG);
    (0, seeds_1.loadSeed)(world.defaultState, (0, seeds_1.sampleSeed)());
    for (const region of exports.MULTI_REGIONS)
        (0, seeds_1.loadSeed)(world.state(exports.MULTI_ACCOUNTS.publisher.accountId, region), publisherRegion(region));
    (0, seeds_1.loadSeed)(world.state(exports.MULTI_ACCOUNTS.orgConsumer.accountId, 'us-east-1'), {
        functions: [
            {
                name: 'org-consumer',
                runtime: 'nodejs22.x',
                layers: [publisherArn('org-tools', 1), publisherArn('otel-collector', 3)],
            },
        ],
    });
    (0, seeds_1.loadSeed)(world.state(exports.MULTI_ACCOUNTS.outsider.accountId, 'us-east-1'), {
        functions: [
            {
                name: 'ext-consumer',
                runtime: 'nodejs22.x',
                layers: [publisherArn('otel-collector', 3), publisherArn('partner-lib', 1)],
            },
        ],
    });
}
//# sourceMappingURL=multiSeed.js.map