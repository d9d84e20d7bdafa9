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
exports.makeCommandHarness = makeCommandHarness;
const path = __importStar(require("path"));
// Complete CommandDeps for command-flow tests: the real SDK adapter against the emulator, a scripted prompter,
// recorders for everything the user would see, and resource changes wired to the explorer exactly as
// src/extension.ts wires them (a write's fire() resolves once the tree shows it).
const client_s3_1 = require("@aws-sdk/client-s3");
const client_sts_1 = require("@aws-sdk/client-sts");
const sdkS3Upload_1 = require("../../../src/aws/sdkS3Upload");
const sdkSts_1 = require("../../../src/aws/sdkSts");
const sdkClientFactory_1 = require("../../../src/aws/sdkClientFactory");
const layerCatalog_1 = require("../../../src/aws/layerCatalog");
const resourceChanges_1 = require("../../../src/aws/resourceChanges");
const usedByIndex_1 = require("../../../src/aws/usedByIndex");
const commandTable_1 = require("../../../src/commands/commandTable");
const runCommand_1 = require("../../../src/commands/runCommand");
const explorerModel_1 = require("../../../src/tree/explorerModel");
const codeStore_1 = require("../../../src/code/codeStore");
const codeUri_1 = require("../../../src/code/codeUri");
const directoryCache_1 = require("../../../src/code/directoryCache");
const recorders_1 = require("./recorders");
/** Lambda and S3 of the emulator for a (profile, Region): the profile's key names the account. */
function emulatorTargets(emulator, profiles, currentKey) {
    return (t) => {
        const accessKeyId = (t.profile !== undefined ? profiles[t.profile] : undefined) ?? currentKey;
        const credentials = { accessKeyId, secretAccessKey: 'x' };
        const { service, client } = (0, sdkClientFactory_1.createLambdaService)({ region: t.region, endpoint: emulator.endpoint }, { credentials, maxAttempts: 1, env: {} });
        const s3 = new client_s3_1.S3Client({
            endpoint: emulator.endpoint,
            region: t.region,
            forcePathStyle: true,
            credentials,
        });
        return {
            lambda: service,
            artifacts: new sdkS3Upload_1.SdkS3ArtifactStore(s3),
            close: () => {
                client.destroy();
                s3.destroy();
            },
        };
    };
}
function makeCommandHarness(emulator, lambda, answers, opts = {}) {
    const prompter = new recorders_1.ShowingPrompter(answers);
    const notifier = new recorders_1.RecordingNotifier(opts.notifierAnswer !== undefined ? { answer: opts.notifierAnswer } : {});
    const log = new recorders_1.RecordingLogger();
    const h = {
        fired: [],
        revealed: [],
        folders: { picked: [], opened: [] },
        panels: [],
        clipboard: [],
        opened: [],
        ran: [],
        memory: opts.memory ?? new Map(),
        editors: [],
    };
    const running = [];
    const explorer = new explorerModel_1.ExplorerModel(() => undefined, (e) => (e instanceof Error ? e.message : String(e)));
    explorer.setConnection({
        lambda,
        usedBy: new usedByIndex_1.UsedByIndex(lambda),
        catalog: new layerCatalog_1.LayerCatalog(lambda),
        code: new codeStore_1.CodeStore(lambda, 'us-east-1', new directoryCache_1.DirectoryCache()),
    });
    const side = (s) => typeof s === 'string' ? s : `${(0, codeUri_1.targetLabel)(s.target)}:${s.path}`;
    const changes = new resourceChanges_1.ResourceChanges();
    changes.on((c) => {
        h.fired.push(c);
        return explorer.applyChange(c);
    });
    let store;
    const clientConfig = {
        endpoint: emulator.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    };
    const deps = {
        prompter,
        notifier,
        progress: opts.progress ?? new recorders_1.ImmediateProgress(),
        log,
        explorer,
        changes,
        connection: {
            region: () => 'us-east-1',
            current: () => ({ region: 'us-east-1', endpoint: emulator.endpoint }),
            profiles: () => Object.keys(opts.profiles ?? {}).map((name) => ({
                name,
                sso: false,
                ignoreConfiguredEndpointUrls: false,
                sources: ['config'],
            })),
            choose: async () => undefined,
            reconnect: () => undefined,
            list: () => [],
            add: async () => undefined,
            remove: async () => undefined,
            setActive: () => undefined,
            targets: emulatorTargets(emulator, opts.profiles ?? {}, opts.accessKeyId ?? 'AKIDEXAMPLE'),
        },
        run: (id, ...args) => {
            h.ran.push({ id, args });
            const entry = commandTable_1.COMMANDS.find((c) => c.id === id);
            if (!entry)
                return Promise.reject(new Error(`no such command: ${id}`));
            const p = (0, runCommand_1.runCommand)(id, entry.title, { log, notifier }, () => entry.run(deps, ...args));
            running.push(p);
            return p;
        },
        copyToClipboard: async (text) => {
            h.clipboard.push(text);
        },
        openExternal: async (url) => {
            h.opened.push(url);
            return true;
        },
        showLog: () => undefined,
        panels: {
            showFunction: (ref) => h.panels.push(`function ${ref.arn}`),
            showLayerVersion: (ref) => h.panels.push(`layerVersion ${ref.arn}`),
        },
        setContext: () => undefined,
        setViewDescription: () => undefined,
        workspace: {
            pickFolder: async (title, purpose) => {
                h.folders.picked.push(purpose ? `${title} | ${purpose.placeholder} | ${purpose.openLabel}` : title);
                if (!opts.folder)
                    throw new Error('no folder to pick');
                return opts.folder;
            },
            artifactBucket: () => opts.bucket ? { name: opts.bucket, fromWorkspace: opts.bucketFromWorkspace ?? false } : undefined,
            // As the connection builds it: every S3 call names the caller's account (STS) as the bucket's owner.
            artifacts: () => (store ??= new sdkS3Upload_1.SdkS3ArtifactStore(new client_s3_1.S3Client({ ...clientConfig, forcePathStyle: true }), (0, sdkSts_1.cachedCallerAccount)(new client_sts_1.STSClient(clientConfig)))),
            holds: (folder) => (opts.workspaceFolders ?? []).some((w) => folder.startsWith(w + path.sep)),
            openFolder: async (folder, how) => {
                h.folders.opened.push(`${how} ${folder}`);
            },
            reveal: async (_view, node) => {
                h.revealed.push(node.id);
            },
        },
        memory: {
            get: (key) => h.memory.get(key),
            set: async (key, value) => {
                h.memory.set(key, value);
            },
        },
        editor: {
            open: async (s) => {
                h.editors.push(`open ${side(s)}`);
            },
            diff: async (left, right) => {
                h.editors.push(`diff ${side(left)} | ${side(right)}`);
            },
            pickTargetFolder: async () => {
                if (!opts.targetFolder)
                    throw new Error('no target folder to pick');
                return opts.targetFolder;
            },
        },
    };
    const settled = async () => {
        // Follow-ups start when a notification resolves: let those callbacks run, then wait for every command.
        for (let seen = -1; seen !== running.length;) {
            seen = running.length;
            await new Promise((r) => setTimeout(r, 10));
            await Promise.allSettled(running);
        }
    };
    return { deps, prompter, notifier, log, settled, ...h };
}
//# sourceMappingURL=commandHarness.js.map