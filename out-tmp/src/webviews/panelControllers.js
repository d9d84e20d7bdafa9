"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LayerVersionPanelController = exports.FunctionPanelController = exports.ATTACH_LAYERS_COMMAND = void 0;
// What a panel does with each message from its view, and when it reloads. Plain TypeScript: the vscode edge
// (webviewPanels.ts) only creates panels, validates messages with the guard and forwards them here.
const errors_1 = require("../aws/errors");
const layerArn_1 = require("../aws/layerArn");
const connection_1 = require("../commands/steps/connection");
const layerPolicy_1 = require("../commands/steps/layerPolicy");
const runCommand_1 = require("../commands/runCommand");
const policy_1 = require("../aws/policy");
const resourceRef_1 = require("../aws/resourceRef");
const panelData_1 = require("./panelData");
const panelLoader_1 = require("./panelLoader");
const displayText_1 = require("../ui/displayText");
exports.ATTACH_LAYERS_COMMAND = 'lambdaExplorer.function.attachLayers';
class FunctionPanelController {
    host;
    ref;
    port;
    key;
    title;
    /** Keys come from the view (untrusted): a Map, so `__proto__` or `constructor` are just keys that are not there. */
    environment = new Map();
    loader;
    constructor(host, ref, port) {
        this.host = host;
        this.ref = ref;
        this.port = port;
        this.key = ref.arn;
        this.title = ref.version && ref.version !== '$LATEST' ? `${ref.name}:${ref.version}` : ref.name;
        this.loader = new panelLoader_1.Loader(port, host.deps, async (signal) => {
            const r = await (0, panelData_1.loadFunction)((0, connection_1.connectionOf)(host.deps), ref.name, ref.version, signal);
            this.environment = new Map(Object.entries(r.environment));
            return { ...r.data, customEndpoint: host.deps.connection.current().endpoint };
        }, (data) => ({ type: 'data', data }));
    }
    async handle(m) {
        const deps = this.host.deps;
        await (0, panelLoader_1.handlePanelMessage)(m, this, 'Function panel', async (m) => {
            switch (m.type) {
                case 'reveal': {
                    const value = this.environment.get(m.key);
                    if (value !== undefined)
                        this.port.post({ type: 'revealed', key: m.key, value });
                    return;
                }
                case 'copyEnv': {
                    const value = this.environment.get(m.key);
                    if (value === undefined)
                        return;
                    await deps.copyToClipboard(value);
                    this.port.post({ type: 'notice', level: 'info', message: `Copied the value of: ${m.key}` });
                    return;
                }
                case 'copy': {
                    const d = this.loader.data;
                    const text = m.item === 'arn' ? this.ref.arn : m.item === 'sha256' ? d?.codeSha256 : undefined;
                    if (text === undefined)
                        return;
                    await deps.copyToClipboard(text);
                    this.port.post({
                        type: 'notice',
                        level: 'info',
                        message: m.item === 'arn' ? 'Copied the ARN' : 'Copied the SHA-256',
                    });
                    return;
                }
                case 'attachLayers': {
                    // The function of this panel ($LATEST of a published version's function), never a picker.
                    // On this panel's connection (another may list the same ARN).
                    const fnRef = (0, resourceRef_1.underConnection)({
                        kind: 'function',
                        arn: this.loader.data?.arn.replace(/:\d+$/, '') ?? this.ref.arn,
                        name: this.ref.name,
                    }, this.ref.connection);
                    await deps.run(exports.ATTACH_LAYERS_COMMAND, fnRef);
                    return;
                }
                case 'openLayerVersion': {
                    const p = (0, layerArn_1.parseLayerVersionArn)(m.arn);
                    if (p)
                        this.host.openLayerVersion({
                            kind: 'layerVersion',
                            arn: m.arn,
                            name: p.layerName,
                            version: String(p.version),
                        });
                    return;
                }
                default:
                    deps.log.warn(`Function panel ignored a message: ${m.type}`);
            }
        });
    }
    onChange(change) {
        if (change.kind === 'function' && change.name === this.ref.name)
            this.loader.changed();
        if (change.kind === 'functions' && change.names.includes(this.ref.name))
            this.loader.changed();
        // A new layer version makes attached layers outdated.
        if (change.kind === 'layer' || change.kind === 'layerVersion') {
            if (this.loader.data?.layers.some((l) => l.label.startsWith(`${change.name}:`)))
                this.loader.changed();
        }
    }
    dispose() {
        this.loader.dispose();
    }
}
exports.FunctionPanelController = FunctionPanelController;
class LayerVersionPanelController {
    host;
    ref;
    port;
    key;
    title;
    target;
    loader;
    scans = new AbortController();
    usedByFailed = false;
    writing = false;
    constructor(host, ref, port) {
        this.host = host;
        this.ref = ref;
        this.port = port;
        const p = (0, layerArn_1.parseLayerVersionArn)(ref.arn);
        if (!p)
            throw new Error(`Not a layer version ARN: ${ref.arn}`);
        this.target = { layerName: p.layerName, version: p.version, arn: ref.arn };
        this.key = ref.arn;
        this.title = `${p.layerName}:${p.version}`;
        this.loader = new panelLoader_1.Loader(port, host.deps, async (signal) => {
            const conn = (0, connection_1.connectionOf)(host.deps);
            const data = await (0, panelData_1.loadLayerVersion)(conn, ref.arn, signal);
            data.customEndpoint = host.deps.connection.current().endpoint;
            if (data.usedByState === 'scanning') {
                if (this.usedByFailed)
                    data.usedByState = 'failed';
                else
                    this.scanUsers(conn);
            }
            return data;
        }, (data) => ({ type: 'data', data }));
    }
    /** "Used by" needs one pass over every function: run it after the panel shows, then re-render. */
    scanUsers(conn) {
        // Closing the panel lets go of the scan (it goes on while the tree or another panel still waits for it).
        conn.usedBy.ensure(this.scans.signal).then(() => {
            const d = this.loader.data;
            if (!d)
                return;
            const users = conn.usedBy.usersOf(this.target.arn);
            if (!users)
                return;
            d.usedBy = users.map((u) => ({
                functionName: u.functionName,
                version: u.version,
                arn: u.arn,
                position: u.position,
                runtime: u.runtime,
            }));
            d.usedByState = 'scanned';
            this.port.post({ type: 'data', data: d });
        }, (e) => {
            if ((0, runCommand_1.isCancellation)(e))
                return;
            this.usedByFailed = true;
            this.host.deps.log.error('Failed to scan functions for layer usage', e);
            const d = this.loader.data;
            if (!d)
                return;
            d.usedByState = 'failed';
            this.port.post({ type: 'data', data: d });
        });
    }
    /** Runs a policy write: busy while it runs; a 412 re-reads and says so; success re-reads and says what changed. */
    async write(what) {
        const readOnly = this.loader.data?.readOnly;
        if (readOnly !== undefined) {
            // Another account's version: the view shows no such button, so this came from a compromised view.
            this.port.post({ type: 'notice', level: 'error', message: readOnly });
            return;
        }
        if (this.writing) {
            this.port.post({
                type: 'notice',
                level: 'warning',
                message: 'Another change to this policy is still running: wait for it to finish.',
            });
            return;
        }
        this.writing = true;
        this.port.post({ type: 'busy', busy: true });
        try {
            const message = await what();
            await this.loader.load();
            this.port.post({ type: 'notice', level: 'info', message });
        }
        catch (e) {
            if ((0, runCommand_1.isCancellation)(e))
                return;
            if ((0, errors_1.isLambdaError)(e, 'PreconditionFailed') || (e instanceof Error && e.message === layerPolicy_1.POLICY_CHANGED)) {
                await this.loader.load();
                this.port.post({
                    type: 'notice',
                    level: 'warning',
                    message: `${layerPolicy_1.POLICY_CHANGED} The panel now shows the current policy.`,
                });
                return;
            }
            this.host.deps.log.error('Layer version policy change failed', e);
            this.port.post({ type: 'notice', level: 'error', message: (0, runCommand_1.userMessage)(e) });
        }
        finally {
            this.writing = false;
            this.port.post({ type: 'busy', busy: false });
        }
    }
    async handle(m) {
        const deps = this.host.deps;
        await (0, panelLoader_1.handlePanelMessage)(m, this, 'Layer version panel', async (m) => {
            switch (m.type) {
                case 'copy': {
                    const d = this.loader.data;
                    const text = m.item === 'arn' ? this.ref.arn : m.item === 'sha256' ? d?.codeSha256 : d?.policy?.json;
                    if (text === undefined)
                        return;
                    await deps.copyToClipboard(text);
                    const what = m.item === 'arn' ? 'the ARN' : m.item === 'sha256' ? 'the SHA-256' : 'the policy JSON';
                    this.port.post({ type: 'notice', level: 'info', message: `Copied ${what}` });
                    return;
                }
                case 'openFunction': {
                    const p = (0, layerArn_1.parseFunctionArn)(m.arn);
                    if (!p)
                        return;
                    const versioned = p.qualifier !== undefined && p.qualifier !== '$LATEST';
                    this.host.openFunction({
                        kind: versioned ? 'functionVersion' : 'function',
                        arn: m.arn,
                        name: p.name,
                        version: versioned ? p.qualifier : undefined,
                    });
                    return;
                }
                case 'grant':
                    return this.write(async () => {
                        await (0, layerPolicy_1.applyGrant)(deps, this.target, m.grant, m.statementId, m.revisionId);
                        return `Granted ${(0, policy_1.describeGrant)(m.grant)} access as statement: ${m.statementId}`;
                    });
                case 'revoke':
                    return this.write(async () => {
                        const row = this.loader.data?.policy?.statements.find((s) => s.sid === m.statementId);
                        await (0, layerPolicy_1.revokeStatement)(deps, this.target, m.statementId, m.revisionId, row?.grant ? (0, policy_1.describeGrant)(row.grant) : undefined);
                        return `Revoked statement: ${m.statementId}`;
                    });
                case 'copyGrants':
                    return this.write(async () => {
                        const r = await (0, layerPolicy_1.copyGrantsFrom)(deps, this.target, m.fromVersion, m.revisionId);
                        const skipped = r.skipped.length
                            ? ` Skipped (already granted or custom): ${r.skipped.join(', ')}`
                            : '';
                        return `Copied ${(0, displayText_1.plural)(r.copied.length, 'grant')} from version ${m.fromVersion}.${skipped}`;
                    });
                default:
                    deps.log.warn(`Layer version panel ignored a message: ${m.type}`);
            }
        });
    }
    onChange(change) {
        const t = this.target;
        // Our own write reloads when it finishes.
        if (this.writing && change.kind === 'layerVersion')
            return;
        if (change.kind === 'layerVersion' && change.name === t.layerName && change.version === t.version)
            this.loader.changed();
        else if (change.kind === 'layer' && change.name === t.layerName)
            this.loader.changed();
        else if (change.kind === 'function') {
            // Attaching or detaching changes "used by" (the explorer invalidates the index on function changes).
            this.usedByFailed = false;
            if (this.loader.data?.usedBy !== undefined)
                this.loader.changed();
        }
    }
    dispose() {
        this.scans.abort();
        this.loader.dispose();
    }
}
exports.LayerVersionPanelController = LayerVersionPanelController;
//# sourceMappingURL=panelControllers.js.map