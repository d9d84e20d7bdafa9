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
exports.CHANGE_ANSWERS = exports.PUBLISH_ACTION = void 0;
exports.memoryKey = memoryKey;
exports.suggestLayerName = suggestLayerName;
exports.summaryRows = summaryRows;
exports.gatherPublishLayerPlan = gatherPublishLayerPlan;
// Gathering a layer publish: a multi-step input (Step k of n, Back on every step, validation as you type) that
// returns a plain plan. The answers are remembered per folder, so publishing the same folder again is one
// confirmation with everything filled in ("Change Answers…" walks the steps again, pre-filled).
const path = __importStar(require("path"));
const limits_1 = require("../aws/limits");
const layerName_1 = require("../layers/layerName");
const runtimes_1 = require("../layers/runtimes");
const folderScan_1 = require("../layers/zip/folderScan");
const displayText_1 = require("../ui/displayText");
const layerLayout_1 = require("../layers/zip/layerLayout");
const format_1 = require("../ui/format");
const publishLayerReview_1 = require("./publishLayerReview");
const listing_1 = require("./steps/listing");
const wizard_1 = require("./steps/wizard");
const LAYOUTS = [
    { prefix: '', label: 'Keep paths (no prefix)' },
    { prefix: 'nodejs/', label: 'nodejs/' },
    { prefix: 'python/', label: 'python/' },
    { prefix: 'java/lib/', label: 'java/lib/' },
    { prefix: 'ruby/lib/', label: 'ruby/lib/' },
];
exports.PUBLISH_ACTION = 'Publish';
exports.CHANGE_ANSWERS = 'Change Answers…';
function memoryKey(folder) {
    return `publishLayer:${folder}`;
}
function suggestLayerName(folder) {
    const base = path
        .basename(folder)
        .replace(/[^a-zA-Z0-9-_]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return (base || 'my-layer').slice(0, 140);
}
/** Which step asks for what (indexes into the step list below), so a summary row can go back to it. */
const STEP = { name: 0, layout: 2, runtimes: 3, architectures: 4, description: 5, license: 6 };
/** The plan as summary rows, one per answer (a quick pick shows one line per row; a long line would be cut). */
function summaryRows(plan, scan, isNew) {
    return [
        { label: `$(layers) ${isNew ? 'New layer' : 'New version of'} ${plan.layerName}`, step: STEP.name },
        {
            label: `$(file-zip) ${scan.fileCount} files, ${(0, format_1.formatBytes)(scan.totalBytes)}, ${plan.prefix ? `under /opt/${plan.prefix}` : 'paths kept in /opt'}`,
            step: STEP.layout,
        },
        ...linkedRow(scan),
        {
            label: `$(symbol-event) Runtimes: ${plan.compatibleRuntimes.join(', ') || 'any'}`,
            step: STEP.runtimes,
        },
        {
            label: `$(chip) Architectures: ${plan.compatibleArchitectures.join(', ') || 'not specified'}`,
            step: STEP.architectures,
        },
        { label: `$(note) Description: ${plan.description || '(none)'}`, step: STEP.description },
        { label: `$(law) License: ${plan.licenseInfo || '(none)'}`, step: STEP.license },
    ];
}
/** Symlinks inside the folder become copies in the archive: say so rather than grow the layer silently. */
function linkedRow(scan) {
    const n = (0, folderScan_1.linkedCopies)(scan);
    return n === 0
        ? []
        : [
            {
                label: `$(file-symlink-file) ${(0, displayText_1.plural)(n, 'linked file')} stored as copies (a zip has no links)`,
                step: STEP.layout,
            },
        ];
}
async function gatherPublishLayerPlan(deps, lambda, ctx, title) {
    const remembered = deps.memory.get(memoryKey(ctx.folder));
    const fit = remembered && (!ctx.fixedName || remembered.layerName === ctx.fixedName) ? remembered : undefined;
    const steps = wizardSteps(deps, lambda, ctx, title);
    let initial = ctx.fixedName
        ? {
            layerName: ctx.fixedName,
            nameChoice: { kind: 'existing', name: ctx.fixedName },
            previous: (await (0, listing_1.newestVersion)(lambda, ctx.fixedName)) ?? null,
        }
        : {};
    if (fit) {
        // Publishing the same folder again: one confirmation with the last answers.
        const existing = ctx.layers.some((l) => l.name === fit.layerName);
        const choice = await deps.prompter.pick([
            { label: exports.PUBLISH_ACTION, description: 'with the same answers as last time', value: 'publish' },
            { label: exports.CHANGE_ANSWERS, description: 'walk through the questions, pre-filled', value: 'change' },
            ...summaryRows(fit, ctx.scan, !existing).map((r, i) => ({
                label: r.label,
                value: 'change',
                ...(i === 0 ? { group: 'Last time (pick a line to change the answers)' } : {}),
            })),
        ], { title, placeholder: `Publish ${path.basename(ctx.folder)} again with the same answers?` });
        if (choice === 'publish') {
            const plan = { ...fit, folder: ctx.folder };
            await deps.memory.set(memoryKey(ctx.folder), fit);
            return plan;
        }
        initial = {
            ...initial,
            ...fit,
            nameChoice: existing ? { kind: 'existing', name: fit.layerName } : { kind: 'new' },
        };
    }
    const answers = answersOf(await (0, wizard_1.runWizard)(initial, steps));
    await deps.memory.set(memoryKey(ctx.folder), answers);
    return { ...answers, folder: ctx.folder };
}
/** The plan's answers from the wizard's state (the ones not asked take their neutral value). */
function answersOf(s) {
    return {
        layerName: s.layerName,
        prefix: s.prefix ?? '',
        compatibleRuntimes: s.compatibleRuntimes ?? [],
        compatibleArchitectures: s.compatibleArchitectures ?? [],
        description: s.description ?? '',
        licenseInfo: s.licenseInfo ?? '',
    };
}
function wizardSteps(deps, lambda, ctx, title) {
    const p = deps.prompter;
    const detected = (0, layerLayout_1.decideLayout)(ctx.scan.files);
    const suggested = suggestLayerName(ctx.folder);
    const withPrevious = async (s, name) => {
        const previous = s.previous !== undefined && s.layerName === name
            ? s.previous
            : ((await (0, listing_1.newestVersion)(lambda, name)) ?? null);
        return { ...s, layerName: name, previous };
    };
    const askName = {
        skip: () => ctx.fixedName !== undefined,
        async ask(s, step) {
            const match = ctx.layers.find((l) => l.name === suggested);
            const ordered = match ? [match, ...ctx.layers.filter((l) => l !== match)] : ctx.layers;
            const choice = await p.pick([
                {
                    label: 'New layer…',
                    description: `type a name (suggested: ${suggested})`,
                    value: { kind: 'new' },
                },
                ...ordered.map((l) => ({
                    label: l.name,
                    description: [
                        l.latest ? `v${l.latest.version}` : undefined,
                        l === match ? 'same name as the folder' : undefined,
                        l.latest?.compatibleRuntimes.join(', ') || undefined,
                    ]
                        .filter(Boolean)
                        .join(' · '),
                    detail: l.latest?.description,
                    value: { kind: 'existing', name: l.name },
                    group: 'Publish a new version of',
                })),
            ], {
                title,
                step,
                placeholder: `Publish ${path.basename(ctx.folder)} as a new layer (type its name) or as a new version of an existing one`,
                typedItem: (typed) => {
                    const name = typed.trim();
                    if (name === '' || (0, layerName_1.validateLayerName)(name) || ctx.layers.some((l) => l.name === name))
                        return undefined;
                    return {
                        label: `Create new layer '${name}'`,
                        description: 'a new layer with this name',
                        value: { kind: 'typed', name },
                    };
                },
            });
            return choice.kind === 'new'
                ? { ...s, nameChoice: choice }
                : withPrevious({ ...s, nameChoice: choice }, choice.name);
        },
    };
    const askNewName = {
        skip: (s) => s.nameChoice !== undefined && s.nameChoice.kind !== 'new',
        async ask(s, step) {
            const name = await p.input({
                title,
                step,
                prompt: 'Name of the new layer (letters, digits, hyphens, underscores; up to 140)',
                value: s.layerName ?? suggested,
                validate: layerName_1.validateLayerName,
            });
            return withPrevious(s, name);
        },
    };
    const askLayout = {
        async ask(s, step) {
            const first = LAYOUTS.find((o) => o.prefix === (s.prefix ?? detected.prefix)) ?? LAYOUTS[0];
            const prefix = await p.pick([first, ...LAYOUTS.filter((o) => o !== first)].map((o) => ({
                label: o.label,
                description: o.prefix === detected.prefix ? `detected: ${detected.reason}` : undefined,
                detail: o.prefix === ''
                    ? 'Files go to /opt as they are in the folder'
                    : `Files go under /opt/${o.prefix}`,
                value: o.prefix,
            })), { title, step, placeholder: `Where files go in the layer (/opt). ${detected.reason}` });
            return { ...s, prefix };
        },
    };
    const askRuntimes = {
        async ask(s, step) {
            const all = (0, runtimes_1.runtimesForPicker)();
            const families = new Set((0, layerLayout_1.layerFamilies)(ctx.scan.files, s.prefix));
            const preselect = new Set(s.compatibleRuntimes ??
                (s.previous?.compatibleRuntimes.length
                    ? s.previous.compatibleRuntimes
                    : all
                        .filter((r) => r.info !== undefined && families.has(r.info.family) && r.status === 'current')
                        .map((r) => r.info.id)));
            const runtimes = await p.pickMany(all
                .filter((r) => r.info)
                .map((r) => ({
                label: r.info.id,
                description: r.status === 'current' ? r.info.name : `${r.info.name} · deprecated`,
                detail: r.note || undefined,
                picked: preselect.has(r.info.id),
                value: r.info.id,
                group: r.status === 'current' ? 'Current runtimes' : 'Deprecated runtimes',
            })), {
                title,
                step,
                placeholder: `Compatible runtimes (up to ${limits_1.MAX_COMPATIBLE_RUNTIMES}; none = any runtime)`,
            });
            if (runtimes.length > limits_1.MAX_COMPATIBLE_RUNTIMES)
                throw new Error(`A layer version lists at most ${limits_1.MAX_COMPATIBLE_RUNTIMES} compatible runtimes: ${runtimes.length}`);
            return { ...s, compatibleRuntimes: runtimes };
        },
    };
    const askArchitectures = {
        async ask(s, step) {
            const pre = new Set(s.compatibleArchitectures ??
                (s.previous?.compatibleArchitectures.length ? s.previous.compatibleArchitectures : ['x86_64']));
            const compatibleArchitectures = await p.pickMany([
                { label: 'x86_64', description: 'Intel/AMD', picked: pre.has('x86_64'), value: 'x86_64' },
                { label: 'arm64', description: 'Graviton', picked: pre.has('arm64'), value: 'arm64' },
            ], { title, step, placeholder: 'Compatible architectures (none = not specified)' });
            return { ...s, compatibleArchitectures };
        },
    };
    const askDescription = {
        async ask(s, step) {
            const description = await p.input({
                title,
                step,
                prompt: 'Description of this version (optional)',
                value: s.description ?? ctx.proposedDescription ?? s.previous?.description ?? '',
                validate: layerName_1.validateDescription,
            });
            return { ...s, description };
        },
    };
    const askLicense = {
        async ask(s, step) {
            const lic = ctx.proposedLicense;
            const licenseInfo = await p.input({
                title,
                step,
                prompt: `License (optional; SPDX id, URL or text)${lic ? `: proposed from ${lic.reason}` : ''}`,
                value: s.licenseInfo ?? lic?.value ?? s.previous?.licenseInfo ?? '',
                validate: layerName_1.validateLicenseInfo,
            });
            return { ...s, licenseInfo };
        },
    };
    const confirm = {
        async ask(s, step) {
            const rows = summaryRows(answersOf(s), ctx.scan, !s.previous);
            const choice = await p.pick([
                {
                    label: exports.PUBLISH_ACTION,
                    description: rows[0].label.replace(/^\$\([a-z-]+\) /, ''),
                    value: 'publish',
                },
                ...(0, publishLayerReview_1.reviewItem)(s.previous),
                ...rows.map((r, i) => ({
                    label: r.label,
                    value: r.step,
                    ...(i === 0 ? { group: 'Pick a line to change it' } : {}),
                })),
            ], {
                title,
                step,
                placeholder: `Publish ${path.basename(ctx.folder)}? (Back or pick a line to change an answer)`,
            });
            if (choice === 'review') {
                await (0, publishLayerReview_1.reviewChanges)(deps, s.previous.arn, ctx.folder, s.prefix ?? '', ctx.scan);
                return confirm.ask(s, step);
            }
            if (choice !== 'publish')
                throw new wizard_1.BackTo(choice);
            return { ...s, confirmed: true };
        },
    };
    return [askName, askNewName, askLayout, askRuntimes, askArchitectures, askDescription, askLicense, confirm];
}
//# sourceMappingURL=publishLayerPlan.js.map