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
exports.CREATE_FUNCTION_TITLE = void 0;
exports.checkRuntimeForCreate = checkRuntimeForCreate;
exports.familyOfFolder = familyOfFolder;
exports.createFunctionFromFolder = createFunctionFromFolder;
exports.createFunction = createFunction;
// "Create Lambda Function from Folder…": a multi-step input (name, runtime from the creatable ones, handler
// proposed from the files, role proposed from the account's functions, architecture, memory, timeout, optional
// layers), then package and upload → CreateFunction → wait until Active.
const path = __importStar(require("path"));
const limits_1 = require("../aws/limits");
const handlerGuess_1 = require("../layers/handlerGuess");
const layerName_1 = require("../layers/layerName");
const runtimes_1 = require("../layers/runtimes");
const layerLayout_1 = require("../layers/zip/layerLayout");
const format_1 = require("../ui/format");
const connection_1 = require("./steps/connection");
const listing_1 = require("./steps/listing");
const packageAndUpload_1 = require("./steps/packageAndUpload");
const resolve_1 = require("./steps/resolve");
const wizard_1 = require("./steps/wizard");
exports.CREATE_FUNCTION_TITLE = 'Create Lambda Function from Folder';
/** Refuses a runtime AWS would refuse: a create on a runtime past its block-create date (or unknown to us). */
function checkRuntimeForCreate(runtime, now = new Date()) {
    const a = (0, runtimes_1.assessRuntime)(runtime, now);
    if (a.status === 'createBlocked' || a.status === 'updateBlocked')
        throw new Error(`${a.note} Pick a current runtime: ${runtime}`);
    if (a.status === 'unknown')
        throw new Error(`Unknown runtime: ${runtime}`);
}
function familyOfFolder(files) {
    const top = files.filter((f) => !f.path.includes('/')).map((f) => f.path);
    const detected = (0, layerLayout_1.detectRuntimeFamilyFromNames)(top).family;
    if (detected)
        return detected;
    if (top.some((n) => /\.(c|m)?js$/.test(n)))
        return 'nodejs';
    if (top.some((n) => n.endsWith('.py')))
        return 'python';
    if (top.some((n) => n.endsWith('.rb')))
        return 'ruby';
    if (top.includes('bootstrap'))
        return 'provided';
    return undefined;
}
async function createFunctionFromFolder(deps, folderArg) {
    const lambda = (0, connection_1.lambdaOf)(deps);
    const folder = await (0, resolve_1.resolveFolder)(deps, folderArg, exports.CREATE_FUNCTION_TITLE);
    const scan = await (0, packageAndUpload_1.scanWithPreflight)(deps, folder);
    const { items: functions } = await deps.progress.run('Listing functions', { cancellable: true }, (_r, signal) => (0, listing_1.someFunctions)(lambda, signal));
    const roles = new Map();
    for (const f of functions)
        if (f.role)
            roles.set(f.role, (roles.get(f.role) ?? 0) + 1);
    const commonRole = [...roles.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const plan = await (0, wizard_1.runWizard)({ folder }, steps(deps, lambda, scan, folder, commonRole));
    return createFunction(deps, lambda, plan, scan);
}
function steps(deps, lambda, scan, folder, commonRole) {
    const p = deps.prompter;
    const title = exports.CREATE_FUNCTION_TITLE;
    const family = familyOfFolder(scan.files);
    const suggested = (path
        .basename(folder)
        .replace(/[^a-zA-Z0-9-_]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'my-function').slice(0, 64);
    return [
        {
            ask: async (s, step) => ({
                ...s,
                name: await p.input({
                    title,
                    step,
                    prompt: 'Name of the new function (letters, digits, hyphens, underscores; up to 64)',
                    value: s.name ?? suggested,
                    validate: layerName_1.validateFunctionName,
                }),
            }),
        },
        {
            ask: async (s, step) => {
                const creatable = (0, runtimes_1.creatableRuntimes)();
                const ordered = [
                    ...creatable.filter((r) => r.family === family),
                    ...creatable.filter((r) => r.family !== family),
                ];
                const runtime = await p.pick(ordered.map((r) => {
                    const a = (0, runtimes_1.assessRuntime)(r.id);
                    return {
                        label: r.id,
                        description: [
                            r.name,
                            a.status === 'deprecated' ? 'deprecated' : undefined,
                            r.family === family ? 'matches the folder' : undefined,
                        ]
                            .filter(Boolean)
                            .join(' · '),
                        detail: a.note || undefined,
                        value: r.id,
                    };
                }), { title, step, placeholder: family ? `Runtime (the folder looks like ${family})` : 'Runtime' });
                checkRuntimeForCreate(runtime);
                return { ...s, runtime };
            },
        },
        {
            ask: async (s, step) => {
                const proposal = await (0, handlerGuess_1.guessHandler)(scan.files, (0, runtimes_1.runtimeFamily)(s.runtime));
                const handler = await p.input({
                    title,
                    step,
                    prompt: `Handler (proposed: ${proposal.reason})`,
                    value: s.handler ?? proposal.value,
                    validate: layerName_1.validateHandler,
                });
                return { ...s, handler };
            },
        },
        {
            ask: async (s, step) => ({
                ...s,
                role: await p.input({
                    title,
                    step,
                    prompt: `Execution role ARN${commonRole ? ' (proposed: the role most of your functions use)' : ''}`,
                    value: s.role ?? commonRole ?? '',
                    placeholder: 'arn:aws:iam::123456789012:role/my-function-role',
                    validate: layerName_1.validateRoleArn,
                }),
            }),
        },
        {
            ask: async (s, step) => ({
                ...s,
                architecture: await p.pick([
                    { label: 'x86_64', description: 'Intel/AMD', value: 'x86_64' },
                    { label: 'arm64', description: 'Graviton: usually cheaper per ms', value: 'arm64' },
                ], { title, step, placeholder: 'Architecture' }),
            }),
        },
        ...[
            ['memorySize', 'Memory in MB (128 to 10240)', 128, 10240, 'Memory', 128],
            ['timeout', 'Timeout in seconds (1 to 900)', 1, 900, 'Timeout', 3],
        ].map(([key, prompt, min, max, what, fallback]) => ({
            ask: async (s, step) => {
                const value = await p.input({
                    title,
                    step,
                    prompt,
                    value: String(s[key] ?? fallback),
                    validate: (v) => (0, layerName_1.validateIntegerIn)(v, min, max, what),
                });
                return { ...s, [key]: Number(value) };
            },
        })),
        {
            ask: async (s, step) => {
                const { items } = await (0, listing_1.collect)(lambda.listLayers({ runtime: s.runtime, architecture: s.architecture }));
                const layers = items.filter((l) => l.latest);
                if (layers.length === 0)
                    return { ...s, layers: [] };
                const chosen = await p.pickMany(layers.map((l) => ({
                    label: l.name,
                    description: `v${l.latest.version}${l.latest.compatibleRuntimes.length ? ` · ${l.latest.compatibleRuntimes.join(', ')}` : ''}`,
                    detail: l.latest.description,
                    value: l.latest.arn,
                    picked: s.layers?.includes(l.latest.arn),
                })), {
                    title,
                    step,
                    placeholder: `Layers (optional, up to ${limits_1.MAX_LAYERS}; the newest version compatible with ${s.runtime} on ${s.architecture})`,
                });
                if (chosen.length > limits_1.MAX_LAYERS)
                    throw new Error(`A function can use at most ${limits_1.MAX_LAYERS} layers: ${chosen.length}`);
                return { ...s, layers: chosen };
            },
        },
    ];
}
/** The executor: package and upload → CreateFunction → wait until Active. */
async function createFunction(deps, lambda, plan, scan) {
    const { name, runtime, handler, architecture } = plan;
    const out = await (0, packageAndUpload_1.packageAndUpload)(deps, {
        title: `Creating ${name}`,
        folder: scan.root,
        entries: (0, layerLayout_1.toZipEntries)(scan.files, ''),
        s3Key: (sha) => (0, packageAndUpload_1.artifactKey)('functions', name, sha),
        call: (code, report, archive) => {
            report({ message: 'Creating the function' });
            return lambda.createFunction({
                name,
                runtime,
                handler,
                role: plan.role,
                code,
                architecture,
                memorySize: plan.memorySize,
                timeout: plan.timeout,
                ...(plan.layers.length > 0 ? { layers: plan.layers } : {}),
                codeSha256: archive.sha256,
            }, { onRecovered: (note) => deps.log.warn(note) });
        },
    });
    if (out.status !== 'done')
        throw new Error(`Not created: ${name}`);
    await deps.changes.fire({ kind: 'function', name, arn: out.result.arn });
    const active = await deps.progress.run(`Creating ${name}`, { cancellable: true }, (report, signal) => {
        report({ message: 'Waiting for the function to become Active' });
        return lambda.waitUntilActive(name, { signal });
    });
    await deps.changes.fire({ kind: 'function', name, arn: active.arn });
    deps.log.info(`Created ${active.arn} (${runtime}, ${handler}, ${(0, format_1.formatBytes)(active.codeSize)})`);
    void deps.notifier.info(`Created function ${name} (${runtime}, ${architecture}): ${active.arn}`);
    return { configuration: active, viaS3: out.viaS3 };
}
//# sourceMappingURL=createFunction.js.map