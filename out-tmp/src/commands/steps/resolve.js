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
exports.isTreeNode = isTreeNode;
exports.resourceFrom = resourceFrom;
exports.resolveResource = resolveResource;
exports.resolveFunction = resolveFunction;
exports.resolveAttachedLayer = resolveAttachedLayer;
exports.resolveLayerVersionTarget = resolveLayerVersionTarget;
exports.resolveLayerVersion = resolveLayerVersion;
exports.usersFrom = usersFrom;
exports.resolveFolder = resolveFolder;
// Resolve: what a command acts on, from whatever it was given. A command runs from a tree menu (a node), from a
// panel button (a ResourceRef), from another command (a summary), from the palette or a keybinding (nothing, or
// an ARN / name string). One typed resolver per resource kind turns any of those into a domain value, and asks
// with a picker when it was given nothing. Dispatch is on the `kind` field, never `instanceof` (the classes of
// a bundle are not the classes of a test build).
const path = __importStar(require("path"));
const layerArn_1 = require("../../aws/layerArn");
const connection_1 = require("./connection");
const listing_1 = require("./listing");
const FUNCTION_NAME = /^[a-zA-Z0-9-_]{1,64}$/;
function isTreeNode(x) {
    return typeof x === 'object' && x !== null && 'id' in x && 'kind' in x && 'view' in x;
}
function isResourceRef(x) {
    return typeof x === 'object' && x !== null && !isTreeNode(x) && 'kind' in x && 'arn' in x && 'name' in x;
}
function isFunctionSummary(x) {
    return typeof x === 'object' && x !== null && 'packageType' in x && 'layers' in x && 'name' in x;
}
function isLayerVersionSummary(x) {
    return typeof x === 'object' && x !== null && 'layerName' in x && 'version' in x && 'arn' in x;
}
/** The node itself or its nearest ancestor of one of `kinds`. */
function ancestor(n, ...kinds) {
    for (let x = n; x; x = x.parent)
        if (kinds.includes(x.kind))
            return x;
    return undefined;
}
// ---- resources (copy ARN, console, panels) -------------------------------------------------------------------
/** A resource ref from a node (its own, or its nearest ancestor's), a ref, or an ARN string. */
function resourceFrom(arg) {
    if (isResourceRef(arg))
        return arg;
    if (isTreeNode(arg)) {
        for (let x = arg; x; x = x.parent)
            if (x.resource)
                return x.resource;
        return undefined;
    }
    if (typeof arg !== 'string')
        return undefined;
    const lv = (0, layerArn_1.parseLayerVersionArn)(arg);
    if (lv)
        return { kind: 'layerVersion', arn: arg, name: lv.layerName, version: String(lv.version) };
    const fn = (0, layerArn_1.parseFunctionArn)(arg);
    if (fn) {
        const versioned = fn.qualifier !== undefined && fn.qualifier !== '$LATEST';
        return {
            kind: versioned ? 'functionVersion' : 'function',
            arn: arg,
            name: fn.name,
            ...(versioned ? { version: fn.qualifier } : {}),
        };
    }
    return undefined;
}
/** The resource a command acts on; from the palette, one of the functions and layers the explorer loaded. */
async function resolveResource(deps, arg, title) {
    const known = resourceFrom(arg);
    if (known)
        return known;
    const functions = deps.explorer.functionsRoot?.pager.items ?? [];
    const layers = deps.explorer.layersRoot?.pager.items ?? [];
    return deps.prompter.pick([
        ...functions.map((f) => ({
            label: f.name,
            description: f.runtime,
            value: { kind: 'function', arn: f.arn, name: f.name },
            group: 'Functions',
        })),
        ...layers.map((l) => ({
            label: l.name,
            description: l.latest ? `v${l.latest.version}` : undefined,
            value: { kind: 'layer', arn: l.arn, name: l.name },
            group: 'Layers',
        })),
    ], { title, placeholder: 'Pick a function or layer (the ones loaded in the explorer)' });
}
// ---- functions -----------------------------------------------------------------------------------------------
/**
 * The function ($LATEST) a command acts on: a function node or any node under it, a ResourceRef or a name/ARN
 * (read fresh, so the RevisionId is current), a summary as it is; from the palette, a picker.
 */
async function resolveFunction(deps, arg, title) {
    if (isFunctionSummary(arg))
        return arg;
    if (isTreeNode(arg)) {
        const owner = ancestor(arg, 'function');
        if (owner)
            return owner.fn;
    }
    const ref = resourceFrom(arg);
    if (ref?.kind === 'function')
        return (0, connection_1.lambdaOf)(deps).getFunctionConfiguration(ref.name);
    if (typeof arg === 'string' && FUNCTION_NAME.test(arg))
        return (0, connection_1.lambdaOf)(deps).getFunctionConfiguration(arg);
    if (ref)
        throw new Error(`Pick a function ($LATEST), not a ${ref.kind}: ${ref.name}`);
    return pickFunction(deps, title);
}
async function pickFunction(deps, title) {
    const loaded = (deps.explorer.functionsRoot?.pager.items ?? []).filter((f) => f.version === '$LATEST');
    if (loaded.length > 0) {
        return deps.prompter.pick(loaded.map((f) => ({ label: f.name, description: f.runtime ?? f.packageType, value: f })), { title, placeholder: 'Pick a function (the ones loaded in the explorer)' });
    }
    const name = await deps.prompter.input({
        title,
        prompt: 'Function name',
        validate: (v) => (FUNCTION_NAME.test(v) ? undefined : 'A function name: letters, digits, - and _'),
    });
    return (0, connection_1.lambdaOf)(deps).getFunctionConfiguration(name);
}
// ---- attached layers -----------------------------------------------------------------------------------------
/** A layer attached to a function ($LATEST): an attached-layer node, or a function and one of its layers picked. */
async function resolveAttachedLayer(deps, arg, title, filter = () => true) {
    if (typeof arg === 'object' && arg !== null && 'fn' in arg && 'arn' in arg)
        return arg;
    if (isTreeNode(arg) && arg.kind === 'attachedLayer') {
        const n = arg;
        const owner = n.frozen ? undefined : ancestor(n, 'function');
        if (!owner)
            throw new Error(`A published version cannot change; attach to the function instead: ${(0, layerArn_1.layerVersionLabel)(n.layer.arn)}`);
        return { fn: owner.fn, arn: n.layer.arn };
    }
    const fn = await resolveFunction(deps, arg, title);
    const all = fn.layers.map((l) => l.arn);
    const arns = all.filter(filter);
    if (arns.length === 0)
        throw new Error(`No layer to pick on this function: ${fn.name}`);
    const arn = await deps.prompter.pick(arns.map((a) => ({
        label: (0, layerArn_1.layerVersionLabel)(a),
        description: `position ${all.indexOf(a) + 1}`,
        value: a,
    })), { title: `${title}: ${fn.name}` });
    return { fn, arn };
}
// ---- layer versions ------------------------------------------------------------------------------------------
/** The summary a value already carries: itself, or the layer version node it is (or is under). */
function layerVersionSummaryFrom(arg) {
    if (isLayerVersionSummary(arg))
        return arg;
    return isTreeNode(arg)
        ? ancestor(arg, 'layerVersion')?.version
        : undefined;
}
/** The layer version's name, number and ARN without any call, when the argument names one. */
function layerVersionTargetFrom(arg) {
    const known = layerVersionSummaryFrom(arg);
    if (known)
        return { layerName: known.layerName, version: known.version, arn: known.arn };
    const ref = resourceFrom(arg);
    const p = ref?.kind === 'layerVersion' ? (0, layerArn_1.parseLayerVersionArn)(ref.arn) : undefined;
    return p && ref ? { layerName: p.layerName, version: p.version, arn: ref.arn } : undefined;
}
/** The layer a node, ref or name stands for (to pick one of its versions), if any. */
function layerNameFrom(arg) {
    if (isTreeNode(arg) && arg.kind === 'layer')
        return arg.layer.name;
    const ref = resourceFrom(arg);
    return ref?.kind === 'layer' ? ref.name : undefined;
}
/** A layer version by name and number: from what was given, else picked (a layer, then one of its versions). */
async function resolveLayerVersionTarget(deps, arg, title) {
    const direct = layerVersionTargetFrom(arg);
    if (direct)
        return direct;
    const v = await pickLayerVersion(deps, title, layerNameFrom(arg));
    return { layerName: v.layerName, version: v.version, arn: v.arn };
}
/** A layer version with its compatibility (runtimes, architectures): as given, read by ARN, or picked. */
async function resolveLayerVersion(deps, arg, title) {
    const known = layerVersionSummaryFrom(arg);
    if (known)
        return known;
    const direct = layerVersionTargetFrom(arg);
    if (direct)
        return (0, connection_1.lambdaOf)(deps).getLayerVersionByArn(direct.arn);
    return pickLayerVersion(deps, title, layerNameFrom(arg));
}
async function pickLayerVersion(deps, title, layerName) {
    const lambda = (0, connection_1.lambdaOf)(deps);
    let name = layerName;
    if (!name) {
        const layers = await deps.progress.run('Listing layers', { cancellable: true }, (_r, signal) => (0, listing_1.allLayers)(lambda, signal));
        if (layers.length === 0)
            throw new Error('No layers in this Region.');
        name = await deps.prompter.pick(layers.map((l) => ({
            label: l.name,
            description: l.latest ? `latest v${l.latest.version}` : undefined,
            value: l.name,
        })), { title, placeholder: 'Pick a layer' });
    }
    const versions = await (0, listing_1.layerVersions)(lambda, name);
    if (versions.length === 0)
        throw new Error(`This layer has no versions: ${name}`);
    return deps.prompter.pick(versions.map((v, i) => ({
        label: `Version ${v.version}`,
        description: [i === 0 ? 'latest' : undefined, v.description].filter(Boolean).join(' · ') || undefined,
        detail: v.compatibleRuntimes.join(', ') || undefined,
        value: v,
    })), { title: `${title}: ${name}`, placeholder: `Pick a version of ${name}` });
}
/** The functions a "Used by" node lists (undefined for anything else: the command scans). */
function usersFrom(arg) {
    return isTreeNode(arg) && arg.kind === 'usedBy' ? arg.users : undefined;
}
// ---- folders -------------------------------------------------------------------------------------------------
/** A folder given by a menu (a path, or a vscode.Uri-like object with fsPath), or picked from the palette. */
async function resolveFolder(deps, arg, title) {
    if (typeof arg === 'string' && arg !== '')
        return path.resolve(arg);
    const fsPath = arg?.fsPath;
    if (typeof fsPath === 'string' && fsPath !== '')
        return path.resolve(fsPath);
    return path.resolve(await deps.workspace.pickFolder(title));
}
//# sourceMappingURL=resolve.js.map