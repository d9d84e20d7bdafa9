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
exports.showChanges = showChanges;
exports.compareVersions = compareVersions;
exports.compareWithPreviousVersion = compareWithPreviousVersion;
exports.compareWithVersion = compareWithVersion;
exports.compareWithLocalFolder = compareWithLocalFolder;
// "Compare with Previous Version", "Compare with Version…" and "Compare with Local Folder": a changes list
// (added / removed / modified, from the central directories, so unchanged files are never downloaded) and
// VS Code's diff editor for the file picked. Publishing a folder offers the same review before uploading.
const path = __importStar(require("path"));
const compareCode_1 = require("../code/compareCode");
const codeUri_1 = require("../code/codeUri");
const folderScan_1 = require("../layers/zip/folderScan");
const layerLayout_1 = require("../layers/zip/layerLayout");
const prompter_1 = require("../ui/prompter");
const codeTarget_1 = require("./steps/codeTarget");
const listing_1 = require("./steps/listing");
const connection_1 = require("./steps/connection");
const resolve_1 = require("./steps/resolve");
const ICON = {
    modified: '$(diff-modified)',
    added: '$(diff-added)',
    removed: '$(diff-removed)',
};
/** Other published versions of the same layer or function, newest first (with $LATEST for functions). */
async function otherVersions(deps, target, signal) {
    const lambda = (0, connection_1.lambdaOf)(deps);
    if (target.kind === 'layer') {
        const versions = await (0, listing_1.layerVersions)(lambda, target.name, signal);
        return versions
            .filter((v) => v.version !== target.version)
            .map((v) => (0, codeUri_1.layerTargetFromArn)(v.arn))
            .filter((t) => t !== undefined);
    }
    const { items } = await (0, listing_1.collect)(lambda.listVersionsByFunction(target.name, { signal }));
    return items
        .filter((f) => f.version !== target.qualifier)
        .sort((a, b) => b.version === '$LATEST' ? 1 : a.version === '$LATEST' ? -1 : Number(b.version) - Number(a.version))
        .map((f) => (0, codeUri_1.functionTargetFromArn)(f.arn, f.version))
        .filter((t) => t !== undefined);
}
function versionNumber(t) {
    if (t.kind === 'layer')
        return t.version;
    return t.qualifier === '$LATEST' ? Number.MAX_SAFE_INTEGER : Number(t.qualifier);
}
/** The list of changes; picking one opens its diff, then the list comes back until it is dismissed. */
async function showChanges(deps, title, comparison, sides) {
    if (comparison.changes.length === 0) {
        void deps.notifier.info(`No changes: ${title} (${comparison.unchanged} files identical)`);
        return;
    }
    for (;;) {
        let change;
        try {
            change = await deps.prompter.pick(comparison.changes.map((c) => ({
                label: `${ICON[c.status]} ${c.path}`,
                description: c.status,
                value: c,
            })), { title: `${title}: ${(0, compareCode_1.summarize)(comparison)}`, placeholder: 'Pick a file to see its changes' });
        }
        catch (e) {
            if (e instanceof prompter_1.Cancelled)
                return;
            throw e;
        }
        const name = change.path.slice(change.path.lastIndexOf('/') + 1);
        if (change.status === 'modified')
            await deps.editor.diff(sides.left(change.path), sides.right(change), `${name} (${sides.leftName} ↔ ${sides.rightName})`);
        else
            await deps.editor.open(change.status === 'added' ? sides.right(change) : sides.left(change.path));
    }
}
/** Compares two versions: `older` on the left. */
async function compareVersions(deps, older, newer) {
    const store = (0, codeTarget_1.codeStoreOf)(deps);
    const comparison = await deps.progress.run(`Comparing ${(0, codeUri_1.targetLabel)(older)} with ${(0, codeUri_1.targetLabel)(newer)}`, { cancellable: true }, async (_r, signal) => {
        const [a, b] = await Promise.all([store.archive(older, signal), store.archive(newer, signal)]);
        return (0, compareCode_1.compareTrees)(a.tree, b.tree);
    });
    await showChanges(deps, `${(0, codeUri_1.targetLabel)(older)} ↔ ${(0, codeUri_1.targetLabel)(newer)}`, comparison, {
        left: (p) => ({ target: older, path: p }),
        right: (c) => ({ target: newer, path: c.path }),
        leftName: (0, codeUri_1.targetLabel)(older),
        rightName: (0, codeUri_1.targetLabel)(newer),
    });
    return comparison;
}
async function compareWithPreviousVersion(deps, arg) {
    const target = await (0, codeTarget_1.resolveCodeTarget)(deps, arg, 'Compare with Previous Version');
    const others = await otherVersions(deps, target);
    const previous = others.find((o) => versionNumber(o) < versionNumber(target));
    if (!previous)
        throw new Error(`No earlier version to compare with: ${(0, codeUri_1.targetLabel)(target)}`);
    return compareVersions(deps, previous, target);
}
async function compareWithVersion(deps, arg) {
    const target = await (0, codeTarget_1.resolveCodeTarget)(deps, arg, 'Compare with Version');
    const others = await otherVersions(deps, target);
    if (others.length === 0)
        throw new Error(`No other version to compare with: ${(0, codeUri_1.targetLabel)(target)}`);
    const other = await deps.prompter.pick(others.map((o) => ({ label: (0, codeUri_1.targetLabel)(o), value: o })), { title: `Compare ${(0, codeUri_1.targetLabel)(target)} with…`, placeholder: 'Pick the other version' });
    return versionNumber(other) < versionNumber(target)
        ? compareVersions(deps, other, target)
        : compareVersions(deps, target, other);
}
/**
 * A published version (left) against a local folder as it would be published (right): `.layerignore` and the
 * default excludes applied, files under the layout prefix (remembered from the last publish of that folder,
 * else detected) for a layer; as they are for a function.
 */
async function compareWithLocalFolder(deps, arg, folderArg, prefixArg, scanArg) {
    const target = await (0, codeTarget_1.resolveCodeTarget)(deps, arg, 'Compare with Local Folder');
    const folder = await (0, resolve_1.resolveFolder)(deps, folderArg, `Compare ${(0, codeUri_1.targetLabel)(target)} with Local Folder`);
    const store = (0, codeTarget_1.codeStoreOf)(deps);
    const comparison = await deps.progress.run(`Comparing ${(0, codeUri_1.targetLabel)(target)} with ${path.basename(folder)}`, { cancellable: true }, async (_r, signal) => {
        const scan = scanArg ?? (await (0, folderScan_1.scanFolder)(folder, { signal }));
        const remembered = deps.memory.get(`publishLayer:${folder}`)?.prefix;
        const prefix = target.kind === 'function' ? '' : (prefixArg ?? remembered ?? (0, layerLayout_1.decideLayout)(scan.files).prefix);
        const archive = await store.archive(target, signal);
        return (0, compareCode_1.compareWithFolder)(archive.tree, (0, layerLayout_1.toZipEntries)(scan.files, prefix), signal);
    });
    await showChanges(deps, `${(0, codeUri_1.targetLabel)(target)} ↔ ${path.basename(folder)}`, comparison, {
        left: (p) => ({ target, path: p }),
        right: (c) => c.localPath ?? path.join(folder, c.path),
        leftName: (0, codeUri_1.targetLabel)(target),
        rightName: path.basename(folder),
    });
    return comparison;
}
//# sourceMappingURL=compareCode.js.map