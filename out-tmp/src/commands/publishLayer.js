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
exports.EXCLUDE_AND_REMEMBER = exports.EXCLUDE_ONCE = exports.PUBLISH_TO_REGIONS_ACTION = exports.COPY_GRANTS_ACTION = exports.ATTACH_ACTION = exports.PUBLISH_LAYER_TITLE = void 0;
exports.publishLayerFromFolder = publishLayerFromFolder;
exports.publishLayerVersionFromNode = publishLayerVersionFromNode;
exports.publishLayer = publishLayer;
// "Publish Folder as Lambda Layer…" (a folder's context menu, the palette) and "Publish New Version…" (a layer's
// menu): gather a plan (publishLayerPlan.ts), then carry it out: package and upload (the shared step, with the
// "unchanged?" question when the newest version has exactly this content), reveal the new version and offer
// "Attach to Functions…" / "Copy Grants from the Previous Version".
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const handlerGuess_1 = require("../layers/handlerGuess");
const folderScan_1 = require("../layers/zip/folderScan");
const layerLayout_1 = require("../layers/zip/layerLayout");
const format_1 = require("../ui/format");
const publishLayerPlan_1 = require("./publishLayerPlan");
const connection_1 = require("./steps/connection");
const listing_1 = require("./steps/listing");
const packageAndUpload_1 = require("./steps/packageAndUpload");
const resolve_1 = require("./steps/resolve");
exports.PUBLISH_LAYER_TITLE = 'Publish Folder as Lambda Layer';
exports.ATTACH_ACTION = 'Attach to Functions…';
exports.COPY_GRANTS_ACTION = 'Copy Grants from the Previous Version';
exports.PUBLISH_TO_REGIONS_ACTION = 'Publish to Regions…';
/** A path as a .gitignore rule that matches exactly it, from the folder's root. */
function exactRule(relPath) {
    return `/${relPath.replace(/[\\*?[\]!#]/g, (c) => `\\${c}`)}`;
}
/**
 * Scans; symlinks that cannot be packaged (broken, looping, pointing outside the folder) can be left out instead
 * of stopping the publish: for this publish only, or also in the folder's .layerignore when asked.
 */
async function scanLeavingOutBadLinks(deps, folder, title) {
    try {
        return await (0, packageAndUpload_1.scanWithPreflight)(deps, folder);
    }
    catch (e) {
        const paths = e instanceof packageAndUpload_1.PreflightError && e.finding?.code === 'symlinkProblems' ? e.finding.paths : [];
        if (!paths || paths.length === 0)
            throw e;
        const shown = `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`;
        const how = await deps.prompter.pick([
            { label: exports.EXCLUDE_ONCE, description: 'for this publish only', value: 'once' },
            {
                label: exports.EXCLUDE_AND_REMEMBER,
                description: `adds ${paths.length === 1 ? 'a line' : `${paths.length} lines`} to ${folderScan_1.LAYERIGNORE}`,
                value: 'layerignore',
            },
        ], {
            title,
            placeholder: `${paths.length} symlink${paths.length === 1 ? '' : 's'} cannot be packaged (broken, looping or pointing outside the folder): ${shown}`,
        });
        const rules = paths.map(exactRule);
        if (how === 'layerignore') {
            const file = path.join(folder, folderScan_1.LAYERIGNORE);
            const had = await fs.promises.readFile(file, 'utf8').catch(() => '');
            const lines = [
                had && !had.endsWith('\n') ? '' : undefined,
                '# Symlinks that cannot be packaged',
                ...rules,
            ]
                .filter((l) => l !== undefined)
                .join('\n');
            await fs.promises.appendFile(file, `${lines}\n`);
            deps.log.info(`Added ${rules.length} line(s) to ${file}`);
        }
        deps.log.info(`Left out ${paths.length} symlink(s) that cannot be packaged: ${paths.join(', ')}`);
        return (0, packageAndUpload_1.scanWithPreflight)(deps, folder, rules);
    }
}
exports.EXCLUDE_ONCE = 'Exclude These and Continue';
exports.EXCLUDE_AND_REMEMBER = 'Exclude These, Add Them to .layerignore and Continue';
/** Right-click a folder → a new layer version. `folderArg`: a path, a Uri, or undefined (palette). */
async function publishLayerFromFolder(deps, folderArg, fixedName) {
    const title = fixedName ? `Publish New Version of ${fixedName}` : exports.PUBLISH_LAYER_TITLE;
    const lambda = (0, connection_1.lambdaOf)(deps);
    const folder = await (0, resolve_1.resolveFolder)(deps, folderArg, title);
    const scan = await scanLeavingOutBadLinks(deps, folder, title);
    const layers = fixedName
        ? []
        : await deps.progress.run('Listing layers', { cancellable: true }, (_r, signal) => (0, listing_1.allLayers)(lambda, signal));
    const [description, license] = await Promise.all([(0, handlerGuess_1.guessDescription)(folder), (0, handlerGuess_1.guessLicense)(folder)]);
    const plan = await (0, publishLayerPlan_1.gatherPublishLayerPlan)(deps, lambda, {
        folder,
        scan,
        layers,
        ...(fixedName ? { fixedName } : {}),
        ...(description ? { proposedDescription: description.value } : {}),
        ...(license ? { proposedLicense: license } : {}),
    }, title);
    return publishLayer(deps, lambda, plan, scan);
}
/** "Publish New Version…" on a layer node (or a layer name); from the palette, the whole flow. */
async function publishLayerVersionFromNode(deps, arg, folderArg) {
    const layerName = (0, resolve_1.isTreeNode)(arg) && arg.kind === 'layer'
        ? arg.layer.name
        : typeof arg === 'string'
            ? arg
            : undefined;
    return publishLayerFromFolder(deps, folderArg, layerName);
}
/** The executor: carries out a plan with progress; asks only whether to publish unchanged content again. */
async function publishLayer(deps, lambda, plan, scan) {
    const { layerName } = plan;
    const layout = (0, layerLayout_1.decideLayout)(scan.files, plan.prefix);
    const previous = await (0, listing_1.newestVersion)(lambda, layerName);
    const out = await (0, packageAndUpload_1.packageAndUpload)(deps, {
        title: `Publishing ${layerName}`,
        folder: scan.root,
        entries: (0, layerLayout_1.toZipEntries)(scan.files, plan.prefix),
        s3Key: (sha) => (0, packageAndUpload_1.artifactKey)('layers', layerName, sha),
        unchanged: async (sha, signal) => {
            if (!previous)
                return undefined;
            const newest = await lambda.getLayerVersion(layerName, previous.version, { signal });
            return newest.codeSha256 === sha
                ? {
                    message: `Unchanged: the folder's content is the same as ${layerName} version ${previous.version}. Publish a new version anyway?`,
                    confirm: 'Publish Anyway',
                }
                : undefined;
        },
        call: (content, report, archive) => {
            report({ message: 'Publishing the layer version' });
            return lambda.publishLayerVersion({
                layerName,
                content,
                ...(plan.description ? { description: plan.description } : {}),
                ...(plan.licenseInfo ? { licenseInfo: plan.licenseInfo } : {}),
                compatibleRuntimes: plan.compatibleRuntimes,
                compatibleArchitectures: plan.compatibleArchitectures,
                codeSha256: archive.sha256,
            }, { onRecovered: (note) => deps.log.warn(note) });
        },
    });
    const base = {
        layerName,
        folder: plan.folder,
        layout,
        codeSha256: out.sha256,
        viaS3: out.status === 'done' && out.viaS3,
        ...(previous ? { previous: previous.version } : {}),
    };
    if (out.status === 'unchanged') {
        void deps.notifier.info(`Not published: the content is the same as the newest version of the layer: ${layerName}:${previous?.version ?? '?'}`);
        deps.log.info(`Unchanged, not published: ${layerName} (CodeSha256 ${out.sha256})`);
        return { status: 'unchanged', ...base };
    }
    const version = out.result;
    deps.log.info(`Published ${version.arn} (${(0, format_1.formatBytes)(version.codeSize ?? 0)}, CodeSha256 ${version.codeSha256 ?? '?'})`);
    await deps.changes.fire({
        kind: 'layerVersion',
        name: layerName,
        version: version.version,
        arn: version.arn,
    });
    await revealLayerVersion(deps, layerName, version.arn);
    offerFollowUps(deps, version, previous?.version);
    return { status: 'published', ...base, version };
}
/** "Attach to Functions…" / "Copy Grants…" on the published message: each runs as its own command. */
function offerFollowUps(deps, version, previous) {
    const actions = [
        exports.ATTACH_ACTION,
        ...(previous !== undefined ? [exports.COPY_GRANTS_ACTION] : []),
        exports.PUBLISH_TO_REGIONS_ACTION,
    ];
    void deps.notifier
        .info(`Published ${version.layerName} version ${version.version} (${(0, format_1.formatBytes)(version.codeSize ?? 0)}): ${version.arn}`, ...actions)
        .then(async (action) => {
        if (action === exports.ATTACH_ACTION)
            await deps.run('lambdaExplorer.layerVersion.attachToFunctions', version);
        else if (action === exports.COPY_GRANTS_ACTION)
            await deps.run('lambdaExplorer.layerVersion.copyGrants', version, previous);
        else if (action === exports.PUBLISH_TO_REGIONS_ACTION)
            await deps.run('lambdaExplorer.layerVersion.publishToRegions', version);
    });
}
/** Selects the new version in the Layers view (its layer reloads first). Failures are only logged. */
async function revealLayerVersion(deps, layerName, arn) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
        const root = deps.explorer.layersRoot;
        if (!root)
            return;
        const find = (nodes) => nodes.find((x) => x.kind === 'layer' && x.layer.name === layerName);
        const layer = find(root.render()) ?? find(await root.children({ signal: controller.signal }));
        if (!layer)
            return;
        const versions = await layer.children({ signal: controller.signal });
        const node = versions.find((x) => x.kind === 'layerVersion' && x.version.arn === arn);
        if (node)
            await deps.workspace.reveal('layers', node);
    }
    catch (e) {
        deps.log.warn(`Could not reveal the new version in the Layers view: ${e instanceof Error ? e.message : String(e)}`);
    }
    finally {
        clearTimeout(timer);
    }
}
//# sourceMappingURL=publishLayer.js.map