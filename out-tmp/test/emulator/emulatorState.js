"use strict";
// The emulator's in-memory world: functions (with published versions), layers (with versions and their
// policies), code blobs, and the S3 subset. Tests read it directly; the HTTP layer (emulator.ts) and
// lambdaApi.ts mutate it.
Object.defineProperty(exports, "__esModule", { value: true });
exports.EmulatorState = void 0;
exports.awsTimestamp = awsTimestamp;
const node_crypto_1 = require("node:crypto");
const s3Store_1 = require("./s3Store");
/** `2024-05-01T12:00:00.000+0000`, the format of `LastModified` and `CreatedDate`. */
function awsTimestamp(ms) {
    return new Date(ms).toISOString().replace('Z', '+0000');
}
/**
 * The live state. Read it in tests:
 * - `state.functionConfiguration('orders-api')` → exactly what GetFunctionConfiguration returns
 *   (`Layers`, `RevisionId`, `State`, `LastUpdateStatus`, …), evaluated at `state.now()`;
 * - `state.functions.get('orders-api')?.latest.layers` → the ARNs, `.versions` → published versions;
 * - `state.layerVersion('shared-utils', 3)?.policy.statements` → the grants;
 * - `state.layers.get('shared-utils')?.versions` → every version, `deleted` flagged;
 * - `state.s3.getObject(bucket, key)` → uploaded objects.
 */
class EmulatorState {
    accountId;
    region;
    now;
    updateDelayMs;
    functions = new Map();
    layers = new Map();
    blobs = new Map();
    s3 = new s3Store_1.S3Store(() => this.accountId);
    sortedFunctionNames;
    sortedLayerNames;
    revisionCounter = 0;
    /** Signs download links (Code.Location / Content.Location); per instance. */
    downloadSecret = (0, node_crypto_1.randomBytes)(16).toString('hex');
    /** The rest of the world (other accounts and Regions); set by EmulatorWorld. */
    directory;
    constructor(accountId, region, 
    /** The clock every time-dependent rule reads (status transitions, download expiry). */
    now, 
    /** How long InProgress / Pending last. */
    updateDelayMs) {
        this.accountId = accountId;
        this.region = region;
        this.now = now;
        this.updateDelayMs = updateDelayMs;
    }
    functionArn(name) {
        return `arn:aws:lambda:${this.region}:${this.accountId}:function:${name}`;
    }
    layerArn(name) {
        return `arn:aws:lambda:${this.region}:${this.accountId}:layer:${name}`;
    }
    /** A UUID-shaped id, deterministic for a given sequence of writes. */
    nextRevisionId(salt = '') {
        const hex = (0, node_crypto_1.createHash)('sha256').update(`${this.revisionCounter++}:${salt}`).digest('hex');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    }
    /** Stores an archive (deduplicated by content) and returns its blob. `unzippedSize` is computed by the caller. */
    putBlob(data, unzippedSize) {
        const digest = (0, node_crypto_1.createHash)('sha256').update(data).digest();
        const id = digest.toString('hex');
        const existing = this.blobs.get(id);
        if (existing)
            return existing;
        const blob = { sha256: digest.toString('base64'), id, size: data.length, unzippedSize, data };
        this.blobs.set(id, blob);
        return blob;
    }
    addFunction(fn) {
        this.functions.set(fn.name, fn);
        this.sortedFunctionNames = undefined;
    }
    /** Function names in ListFunctions order (sorted), cached until a function is added. */
    functionNames() {
        this.sortedFunctionNames ??= [...this.functions.keys()].sort();
        return this.sortedFunctionNames;
    }
    /** Creates the layer on first use. */
    layer(name) {
        let layer = this.layers.get(name);
        if (!layer) {
            layer = { name, arn: this.layerArn(name), versions: new Map(), nextVersion: 1 };
            this.layers.set(name, layer);
            this.sortedLayerNames = undefined;
        }
        return layer;
    }
    layerNames() {
        this.sortedLayerNames ??= [...this.layers.keys()].sort();
        return this.sortedLayerNames;
    }
    /** A live (not deleted) layer version, or undefined. */
    layerVersion(name, version) {
        const v = this.layers.get(name)?.versions.get(version);
        return v && !v.deleted ? v : undefined;
    }
    /** Any layer version of this account by ARN, deleted ones included (functions keep using those). */
    layerVersionByArn(arn) {
        const m = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/.exec(arn);
        if (!m || m[1] !== this.region || m[2] !== this.accountId)
            return undefined;
        return this.layers.get(m[3])?.versions.get(Number(m[4]));
    }
    /** A layer version of this account, or of another account/Region when the world knows it (sizes of attached layers). */
    anyLayerVersionByArn(arn) {
        return this.layerVersionByArn(arn) ?? this.directory?.findLayerVersion(arn)?.version;
    }
    /** `Pending`/`Active` and `InProgress`/`Successful` of a version at `now()`. */
    status(v) {
        const t = this.now();
        return {
            state: t < v.activeAt ? 'Pending' : 'Active',
            lastUpdateStatus: t < v.updatedAt ? 'InProgress' : 'Successful',
        };
    }
    /** The FunctionConfiguration JSON of a version. `full` adds State/LastUpdateStatus (ListFunctions omits them). */
    configurationJson(fn, v, full) {
        const out = {
            FunctionName: fn.name,
            FunctionArn: v.version === '$LATEST' ? fn.arn : `${fn.arn}:${v.version}`,
            Role: v.role,
            CodeSize: v.codeSize,
            Description: v.description,
            Timeout: v.timeout,
            MemorySize: v.memorySize,
            LastModified: awsTimestamp(v.lastModified),
            CodeSha256: v.codeSha256,
            Version: v.version,
            TracingConfig: { Mode: 'PassThrough' },
            RevisionId: v.revisionId,
            PackageType: v.packageType,
            Architectures: v.architectures,
            EphemeralStorage: { Size: 512 },
            SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
            LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.name}` },
        };
        if (v.runtime)
            out.Runtime = v.runtime;
        if (v.handler)
            out.Handler = v.handler;
        if (v.environment)
            out.Environment = { Variables: v.environment };
        if (v.layers.length > 0) {
            out.Layers = v.layers.map((arn) => ({
                Arn: arn,
                CodeSize: this.anyLayerVersionByArn(arn)?.codeSize ?? 0,
            }));
        }
        if (full) {
            const s = this.status(v);
            out.State = s.state;
            out.LastUpdateStatus = s.lastUpdateStatus;
            if (s.state === 'Pending') {
                out.StateReason = 'The function is being created.';
                out.StateReasonCode = 'Creating';
            }
            if (s.lastUpdateStatus === 'InProgress') {
                out.LastUpdateStatusReason = 'The function is being created.';
                out.LastUpdateStatusReasonCode = 'Creating';
                if (s.state === 'Active') {
                    out.LastUpdateStatusReason = 'The function is being updated.';
                    delete out.LastUpdateStatusReasonCode;
                }
            }
        }
        return out;
    }
    /** What GetFunctionConfiguration returns for `name` (and `qualifier`), or undefined. */
    functionConfiguration(name, qualifier) {
        const fn = this.functions.get(name);
        if (!fn)
            return undefined;
        const v = qualifier === undefined || qualifier === '$LATEST'
            ? fn.latest
            : fn.versions.find((x) => x.version === qualifier);
        return v ? this.configurationJson(fn, v, true) : undefined;
    }
}
exports.EmulatorState = EmulatorState;
//# sourceMappingURL=emulatorState.js.map