"use strict";
// Seed data: `empty`, `sample` (a small realistic account), `scale` (10,000 functions, 500 layers × 20 versions)
// and custom JSON seed files in the SeedFile format below. Everything is deterministic: fixed base date, no
// randomness, so CodeSha256 / RevisionId / dates are the same on every run.
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_ROLE = exports.SEED_BASE_DATE = void 0;
exports.loadSeed = loadSeed;
exports.sampleSeed = sampleSeed;
exports.loadScaleSeed = loadScaleSeed;
exports.hostileSeed = hostileSeed;
exports.applySeed = applySeed;
const node_fs_1 = require("node:fs");
const zipArchive_1 = require("./zipArchive");
/** Default base date of every seed: 2024-05-01T12:00:00.000Z. */
exports.SEED_BASE_DATE = Date.UTC(2024, 4, 1, 12, 0, 0);
const DEFAULT_ROLE = (account) => `arn:aws:iam::${account}:role/lambda-exec`;
exports.DEFAULT_ROLE = DEFAULT_ROLE;
function defaultFiles(runtime, name) {
    if (runtime?.startsWith('python'))
        return { 'lambda_function.py': `def handler(event, context):\n    return {"function": "${name}"}\n` };
    if (runtime?.startsWith('java'))
        return { [`com/example/${name.replace(/-/g, '')}/Handler.class`]: `class ${name}` };
    return { 'index.mjs': `export const handler = async () => ({ function: '${name}' });\n` };
}
function defaultLayerFiles(layer, version, runtimes) {
    const r = runtimes[0] ?? '';
    if (r.startsWith('python'))
        return { [`python/${layer.replace(/-/g, '_')}/__init__.py`]: `VERSION = ${version}\n` };
    if (r.startsWith('java'))
        return { [`java/lib/${layer}-${version}.jar`]: `jar ${layer} ${version}` };
    if (r.startsWith('provided'))
        return { [`extensions/${layer}`]: `#!/bin/sh\n# ${layer} v${version}\n` };
    return { [`nodejs/node_modules/${layer}/index.js`]: `module.exports = { version: ${version} };\n` };
}
function statement(arn, g) {
    const account = /^\d{12}$/.test(g.principal) ? g.principal : /::(\d{12}):root$/.exec(g.principal)?.[1];
    const s = {
        Sid: g.statementId,
        Effect: 'Allow',
        Principal: account ? { AWS: `arn:aws:iam::${account}:root` } : '*',
        Action: 'lambda:GetLayerVersion',
        Resource: arn,
    };
    if (g.organizationId)
        s.Condition = { StringEquals: { 'aws:PrincipalOrgID': g.organizationId } };
    return s;
}
function resolveLayerRef(state, ref) {
    const arn = ref.startsWith('arn:')
        ? ref
        : `${state.layerArn(ref.replace(/:\d+$/, ''))}:${ref.split(':').pop()}`;
    if (!state.anyLayerVersionByArn(arn))
        throw new Error(`Seed references an unknown layer version: ${ref}`);
    return arn;
}
/** Loads a SeedFile into the state (no validation of deprecated runtimes: seeds describe existing resources). */
function loadSeed(state, seed) {
    const base = seed.baseDate ? Date.parse(seed.baseDate) : exports.SEED_BASE_DATE;
    const minute = 60_000;
    for (const l of seed.layers ?? []) {
        const layer = state.layer(l.name);
        l.versions.forEach((sv, i) => {
            const version = layer.nextVersion++;
            const runtimes = sv.compatibleRuntimes ?? [];
            const data = (0, zipArchive_1.buildZip)(sv.files ?? defaultLayerFiles(l.name, version, runtimes));
            const blob = state.putBlob(data, data.length);
            const arn = `${layer.arn}:${version}`;
            const v = {
                layerName: l.name,
                version,
                arn,
                description: sv.description ?? '',
                createdDate: base + (sv.createdMinutes ?? i * 24 * 60) * minute,
                compatibleRuntimes: runtimes,
                compatibleArchitectures: sv.compatibleArchitectures ?? [],
                licenseInfo: sv.licenseInfo,
                codeId: blob.id,
                codeSha256: blob.sha256,
                codeSize: blob.size,
                unzippedSize: blob.unzippedSize,
                deleted: sv.deleted ?? false,
                policy: {
                    revisionId: state.nextRevisionId(`${arn}:policy`),
                    statements: (sv.grants ?? []).map((g) => statement(arn, g)),
                },
            };
            layer.versions.set(version, v);
        });
    }
    for (const f of seed.functions ?? []) {
        const packageType = f.packageType ?? 'Zip';
        const modified = base + (f.modifiedMinutes ?? 0) * minute;
        const make = (version, runtime, layers, files, description) => {
            let codeId;
            let codeSha256 = '';
            let codeSize = 0;
            if (packageType === 'Zip') {
                const data = (0, zipArchive_1.buildZip)(files ?? defaultFiles(runtime, f.name));
                const blob = state.putBlob(data, data.length);
                codeId = blob.id;
                codeSha256 = blob.sha256;
                codeSize = blob.size;
            }
            else {
                codeSha256 = Buffer.from(f.imageUri ?? f.name)
                    .toString('hex')
                    .padEnd(64, '0')
                    .slice(0, 64);
            }
            return {
                version,
                packageType,
                runtime: packageType === 'Zip' ? runtime : undefined,
                handler: packageType === 'Zip'
                    ? (f.handler ??
                        (runtime?.startsWith('python')
                            ? 'lambda_function.handler'
                            : runtime?.startsWith('java')
                                ? 'com.example.Handler::handleRequest'
                                : 'index.handler'))
                    : undefined,
                role: f.role ?? (0, exports.DEFAULT_ROLE)(state.accountId),
                description,
                timeout: f.timeout ?? 3,
                memorySize: f.memorySize ?? 128,
                architectures: f.architectures ?? ['x86_64'],
                environment: f.environment ? { ...f.environment } : undefined,
                layers: layers.map((r) => resolveLayerRef(state, r)),
                codeId,
                codeSha256,
                codeSize,
                imageUri: f.imageUri,
                lastModified: modified,
                revisionId: state.nextRevisionId(`${f.name}:${version}`),
                activeAt: modified,
                updatedAt: modified,
            };
        };
        const versions = (f.publishedVersions ?? []).map((pv, i) => make(String(i + 1), pv.runtime ?? f.runtime, pv.layers ?? [], pv.files ?? f.files, pv.description ?? f.description ?? ''));
        const fn = {
            name: f.name,
            arn: state.functionArn(f.name),
            latest: make('$LATEST', f.runtime, f.layers ?? [], f.files, f.description ?? ''),
            versions,
            nextVersion: versions.length + 1,
            tags: { ...(f.tags ?? {}) },
        };
        state.addFunction(fn);
    }
    for (const o of seed.s3Objects ?? []) {
        state.s3.putObject(o.bucket, o.key, o.zipFiles ? (0, zipArchive_1.buildZip)(o.zipFiles) : Buffer.from(o.text ?? ''), 'application/octet-stream', base);
    }
}
const NODE = ['nodejs18.x', 'nodejs20.x', 'nodejs22.x'];
const BOTH = ['x86_64', 'arm64'];
/** A small, realistic account; see README.md for what each item is there to exercise. */
function sampleSeed() {
    const sharedUtils = Array.from({ length: 8 }, (_, i) => ({
        description: `Shared helpers (logging, config, retries) v${i + 1}`,
        compatibleRuntimes: i < 3 ? ['nodejs16.x', 'nodejs18.x'] : NODE,
        compatibleArchitectures: BOTH,
        licenseInfo: 'MIT',
        deleted: i === 1,
        grants: i === 7
            ? [{ statementId: 'team-analytics', principal: '210987654321' }]
            : i === 6
                ? [
                    { statementId: 'org-wide', principal: '*', organizationId: 'o-a1b2c3d4e5' },
                    { statementId: 'partner-account', principal: 'arn:aws:iam::333344445555:root' },
                ]
                : undefined,
    }));
    return {
        layers: [
            { name: 'shared-utils', versions: sharedUtils },
            {
                name: 'py-common',
                versions: Array.from({ length: 4 }, (_, i) => ({
                    description: `Common Python libraries (requests, pydantic) v${i + 1}`,
                    compatibleRuntimes: i === 0 ? ['python3.8', 'python3.9'] : ['python3.11', 'python3.12', 'python3.13'],
                    compatibleArchitectures: ['x86_64'],
                    licenseInfo: 'Apache-2.0',
                    grants: i === 3 ? [{ statementId: 'public', principal: '*' }] : undefined,
                })),
            },
            {
                name: 'aws-sdk-extras',
                versions: [1, 2, 3].map((n) => ({
                    description: `Extra AWS SDK v3 clients v${n}`,
                    compatibleRuntimes: ['nodejs20.x', 'nodejs22.x'],
                    compatibleArchitectures: BOTH,
                })),
            },
            {
                name: 'otel-collector',
                versions: [1, 2, 3].map((n) => ({
                    description: `OpenTelemetry collector extension v${n}`,
                    compatibleRuntimes: ['nodejs20.x', 'nodejs22.x', 'python3.12', 'java21', 'provided.al2023'],
                    compatibleArchitectures: BOTH,
                    files: {
                        'extensions/otel-collector': `#!/bin/sh\n# collector ${n}\n`,
                        'collector-config/config.yaml': `receivers: {}\n# v${n}\n`,
                    },
                })),
            },
            {
                name: 'java-libs',
                versions: [1, 2].map((n) => ({
                    description: `Jackson + SLF4J bundle v${n}`,
                    compatibleRuntimes: ['java17', 'java21'],
                    compatibleArchitectures: ['x86_64'],
                })),
            },
            {
                name: 'sharp-bin',
                versions: [1, 2].map((n) => ({
                    description: `sharp native binaries v${n}`,
                    compatibleRuntimes: ['nodejs20.x', 'nodejs22.x'],
                    compatibleArchitectures: ['arm64'],
                })),
            },
            {
                name: 'secrets-cache',
                versions: [1, 2].map((n) => ({
                    description: `Parameters and Secrets cache v${n}`,
                    compatibleRuntimes: [],
                    compatibleArchitectures: BOTH,
                })),
            },
        ],
        functions: [
            {
                name: 'orders-api',
                runtime: 'nodejs22.x',
                description: 'Orders REST API',
                memorySize: 512,
                timeout: 15,
                environment: { TABLE_NAME: 'orders', LOG_LEVEL: 'info' },
                layers: ['shared-utils:8', 'otel-collector:3'],
                publishedVersions: [
                    { description: 'first release', layers: ['shared-utils:6'] },
                    { description: 'with tracing', layers: ['shared-utils:7', 'otel-collector:2'] },
                ],
                modifiedMinutes: 60 * 24 * 10,
                tags: { team: 'commerce' },
            },
            {
                name: 'thumbnailer',
                runtime: 'nodejs22.x',
                architectures: ['arm64'],
                memorySize: 1024,
                description: 'Makes thumbnails of uploaded images',
                layers: ['sharp-bin:2', 'shared-utils:5'],
                modifiedMinutes: 60 * 24 * 9,
            },
            {
                name: 'payments-worker',
                runtime: 'python3.12',
                memorySize: 256,
                timeout: 60,
                description: 'Processes payment events from SQS',
                layers: ['py-common:4', 'otel-collector:3'],
                modifiedMinutes: 60 * 24 * 8,
            },
            {
                name: 'legacy-reports',
                runtime: 'nodejs16.x',
                description: 'Monthly reports (deprecated runtime)',
                layers: ['shared-utils:2'],
                modifiedMinutes: 60,
            },
            {
                name: 'etl-nightly',
                runtime: 'python3.8',
                timeout: 900,
                memorySize: 2048,
                description: 'Nightly ETL (deprecated runtime)',
                layers: ['py-common:1'],
                modifiedMinutes: 120,
            },
            {
                name: 'invoice-renderer',
                runtime: 'java21',
                memorySize: 1536,
                timeout: 30,
                description: 'Renders invoices as PDF',
                layers: ['java-libs:2'],
                modifiedMinutes: 60 * 24 * 7,
            },
            {
                name: 'search-indexer',
                runtime: 'nodejs22.x',
                description: 'Indexes catalog changes (five layers)',
                layers: ['shared-utils:8', 'aws-sdk-extras:3', 'otel-collector:3', 'secrets-cache:2', 'sharp-bin:1'],
                architectures: ['arm64'],
                modifiedMinutes: 60 * 24 * 6,
            },
            {
                name: 'image-resizer',
                packageType: 'Image',
                imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/image-resizer:1.4.2',
                memorySize: 2048,
                timeout: 60,
                description: 'Container image function',
                modifiedMinutes: 60 * 24 * 5,
            },
            {
                name: 'notifications',
                runtime: 'python3.13',
                description: 'Sends e-mail and push notifications',
                modifiedMinutes: 60 * 24 * 4,
            },
            {
                name: 'auth-authorizer',
                runtime: 'nodejs22.x',
                description: 'API Gateway token authorizer',
                layers: ['shared-utils:7'],
                modifiedMinutes: 60 * 24 * 3,
            },
            {
                name: 'inventory-sync',
                runtime: 'java21',
                memorySize: 1024,
                description: 'Syncs stock levels from the ERP',
                layers: ['java-libs:1'],
                modifiedMinutes: 60 * 24 * 2,
            },
            {
                name: 'webhook-relay',
                runtime: 'provided.al2023',
                handler: 'bootstrap',
                architectures: ['arm64'],
                description: 'Relays partner webhooks (Rust)',
                layers: ['otel-collector:1'],
                modifiedMinutes: 60 * 24,
            },
            {
                name: 'ruby-mailer',
                runtime: 'ruby3.3',
                handler: 'function.handler',
                description: 'Renders mail templates',
                modifiedMinutes: 30,
            },
        ],
        s3Objects: [
            {
                bucket: 'lambda-artifacts',
                key: 'builds/orders-api.zip',
                zipFiles: { 'index.mjs': 'export const handler = async () => ({ built: true });\n' },
            },
        ],
    };
}
const SCALE_RUNTIMES = [
    'nodejs22.x',
    'nodejs20.x',
    'python3.12',
    'python3.13',
    'java21',
    'nodejs18.x',
    'python3.9',
    'ruby3.3',
];
const SCALE_DOMAINS = [
    'orders',
    'payments',
    'users',
    'catalog',
    'search',
    'billing',
    'shipping',
    'reports',
    'auth',
    'media',
];
const SCALE_KINDS = ['api', 'worker', 'cron', 'handler', 'sync'];
/**
 * 10,000 functions and 500 layers × 20 versions, built directly (no per-item zip): all functions share one
 * archive and all layer versions share another, so CodeSha256/CodeSize still match what downloads serve.
 */
function loadScaleSeed(state, functionCount = 10_000, layerCount = 500, versionsPerLayer = 20) {
    const fnZip = (0, zipArchive_1.buildZip)({ 'index.mjs': 'export const handler = async () => ({ ok: true });\n' });
    const fnBlob = state.putBlob(fnZip, fnZip.length);
    const layerZip = (0, zipArchive_1.buildZip)({ 'nodejs/node_modules/lib/index.js': 'module.exports = {};\n' });
    const layerBlob = state.putBlob(layerZip, layerZip.length);
    const minute = 60_000;
    for (let l = 0; l < layerCount; l++) {
        const name = `lib-${String(l).padStart(3, '0')}`;
        const layer = state.layer(name);
        const runtimes = [
            SCALE_RUNTIMES[l % SCALE_RUNTIMES.length],
            SCALE_RUNTIMES[(l + 1) % SCALE_RUNTIMES.length],
        ];
        for (let v = 1; v <= versionsPerLayer; v++) {
            const arn = `${layer.arn}:${v}`;
            layer.versions.set(v, {
                layerName: name,
                version: v,
                arn,
                description: `${name} release ${v}`,
                createdDate: exports.SEED_BASE_DATE + (l * versionsPerLayer + v) * minute,
                compatibleRuntimes: runtimes,
                compatibleArchitectures: ['x86_64', 'arm64'],
                codeId: layerBlob.id,
                codeSha256: layerBlob.sha256,
                codeSize: layerBlob.size,
                unzippedSize: layerBlob.unzippedSize,
                deleted: false,
                policy: {
                    revisionId: `00000000-0000-4000-a000-${String(l * 100 + v).padStart(12, '0')}`,
                    statements: [],
                },
            });
        }
        layer.nextVersion = versionsPerLayer + 1;
    }
    let lcg = 42;
    const rand = (n) => {
        lcg = (lcg * 1103515245 + 12345) % 2147483648;
        return lcg % n;
    };
    const role = (0, exports.DEFAULT_ROLE)(state.accountId);
    for (let i = 0; i < functionCount; i++) {
        const name = `${SCALE_DOMAINS[i % SCALE_DOMAINS.length]}-${SCALE_KINDS[Math.floor(i / SCALE_DOMAINS.length) % SCALE_KINDS.length]}-${String(i).padStart(5, '0')}`;
        const runtime = SCALE_RUNTIMES[i % SCALE_RUNTIMES.length];
        const layers = [];
        const used = new Set();
        for (let k = rand(4); k > 0; k--) {
            const l = rand(layerCount);
            if (used.has(l))
                continue;
            used.add(l);
            layers.push(`${state.layerArn(`lib-${String(l).padStart(3, '0')}`)}:${1 + rand(versionsPerLayer)}`);
        }
        const modified = exports.SEED_BASE_DATE + i * minute;
        const latest = {
            version: '$LATEST',
            packageType: 'Zip',
            runtime,
            handler: runtime.startsWith('python')
                ? 'lambda_function.handler'
                : runtime.startsWith('java')
                    ? 'com.example.Handler::handleRequest'
                    : 'index.handler',
            role,
            description: `Scale-test function ${i}`,
            timeout: 3,
            memorySize: 128,
            architectures: ['x86_64'],
            layers,
            codeId: fnBlob.id,
            codeSha256: fnBlob.sha256,
            codeSize: fnBlob.size,
            lastModified: modified,
            revisionId: `00000000-0000-4000-b000-${String(i).padStart(12, '0')}`,
            activeAt: modified,
            updatedAt: modified,
        };
        const versions = i % 50 === 0
            ? [
                {
                    ...latest,
                    version: '1',
                    layers: [...layers],
                    revisionId: `00000000-0000-4000-c000-${String(i).padStart(12, '0')}`,
                },
            ]
            : [];
        state.addFunction({
            name,
            arn: state.functionArn(name),
            latest,
            versions,
            nextVersion: versions.length + 1,
            tags: {},
        });
    }
}
/** The largest description Lambda accepts (256 characters), filled with words. */
function longText(prefix, length) {
    let out = prefix;
    for (let i = 1; out.length < length; i++)
        out += ` word${i}`;
    return out.slice(0, length);
}
/**
 * Data that tries to fool or flood the UI, loaded on top of the sample seed: a right-to-left override (U+202E)
 * and HTML/markdown in descriptions, the longest description and a 4 KB environment value. A function NAME with
 * U+202E cannot come from AWS (names are `[a-zA-Z0-9-_]`), but a custom endpoint can send one; loadSeed does
 * not validate names, so this seed stands for such an endpoint. Its GetFunction calls fail validation.
 */
function hostileSeed() {
    const rlo = '\u202E';
    const html = '<img src=x onerror=alert(1)>';
    return {
        layers: [
            {
                name: 'spoof-layer',
                versions: [
                    {
                        description: `Helpers ${rlo}gnp.exe ${html} \`tick\` [x](command:workbench.action.quit)`,
                        compatibleRuntimes: ['nodejs20.x'],
                    },
                    {
                        description: longText('A 256-character layer description:', 256),
                        compatibleRuntimes: ['nodejs20.x'],
                    },
                ],
            },
        ],
        functions: [
            { name: `invoice${rlo}gnp.exe`, runtime: 'nodejs20.x', description: `Invoices ${rlo}fdp.exe` },
            {
                name: 'spoof-desc',
                runtime: 'nodejs20.x',
                description: `Renders ${rlo}fdp.exe ${html} \`tick\` [x](command:workbench.action.quit)`,
                environment: { NOTE: `pay to ${rlo}1234-5678` },
                layers: ['spoof-layer:1'],
            },
            {
                name: 'long-strings',
                runtime: 'nodejs20.x',
                description: longText('A 256-character function description:', 256),
                environment: { BIG: 'x'.repeat(4000), SMALL: 'ok' },
                layers: ['spoof-layer:2'],
                tags: { long: longText('tag', 256) },
            },
        ],
    };
}
/** Applies a seed by name (`empty`, `sample`, `scale`, `hostile` = sample + hostileSeed) or by JSON file path. */
function applySeed(state, seed) {
    if (seed === undefined || seed === 'empty')
        return;
    if (seed === 'sample')
        return loadSeed(state, sampleSeed());
    if (seed === 'hostile') {
        loadSeed(state, sampleSeed());
        return loadSeed(state, hostileSeed());
    }
    if (seed === 'scale')
        return loadScaleSeed(state);
    loadSeed(state, JSON.parse((0, node_fs_1.readFileSync)(seed, 'utf8')));
}
//# sourceMappingURL=seeds.js.map