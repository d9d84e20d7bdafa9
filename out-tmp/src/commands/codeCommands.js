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
exports.DOWNLOAD_ACTION = void 0;
exports.openCodeFile = openCodeFile;
exports.findCodeFile = findCodeFile;
exports.downloadCode = downloadCode;
exports.importFunctionCode = importFunctionCode;
// Published code in the editor: open a file of a Contents tree, "Find File…" over every path of a version,
// "Download to Folder…" and "Import Function Code to Workspace…" (safe extraction, asks before overwriting).
const path = __importStar(require("path"));
const codeStore_1 = require("../code/codeStore");
const codeUri_1 = require("../code/codeUri");
const extractArchive_1 = require("../code/extractArchive");
const format_1 = require("../ui/format");
const prompter_1 = require("../ui/prompter");
const codeTarget_1 = require("./steps/codeTarget");
const resolve_1 = require("./steps/resolve");
exports.DOWNLOAD_ACTION = 'Download to Folder…';
function locationFrom(arg) {
    if ((0, resolve_1.isTreeNode)(arg) && arg.kind === 'codeFile')
        return arg.location;
    if (typeof arg === 'object' && arg !== null && 'target' in arg && 'path' in arg)
        return arg;
    return undefined;
}
/** Opens a file; binary and very large files are announced instead of being downloaded. */
async function openCodeFile(deps, arg) {
    const loc = locationFrom(arg) ?? (await pickCodeFile(deps, arg, 'Open File'));
    const store = (0, codeTarget_1.codeStoreOf)(deps);
    const entry = (await store.archive(loc.target)).tree.file(loc.path);
    if (!entry)
        throw new Error(`No file ${loc.path} in ${(0, codeUri_1.targetLabel)(loc.target)}`);
    const reason = (0, codeStore_1.looksBinary)(loc.path)
        ? 'is a binary file'
        : entry.size > codeStore_1.LARGE_ENTRY_BYTES
            ? `is larger than ${(0, format_1.formatBytes)(codeStore_1.LARGE_ENTRY_BYTES)}`
            : undefined;
    if (reason) {
        const name = loc.path.slice(loc.path.lastIndexOf('/') + 1);
        const answer = await deps.notifier.info(`Not opened: ${name} ${reason} (${(0, format_1.formatBytes)(entry.size)} unzipped): ${(0, codeUri_1.targetLabel)(loc.target)}`, exports.DOWNLOAD_ACTION);
        if (answer === exports.DOWNLOAD_ACTION)
            await downloadCode(deps, loc.target);
        return;
    }
    await deps.editor.open(loc);
}
async function pickCodeFile(deps, arg, title) {
    const target = await (0, codeTarget_1.resolveCodeTarget)(deps, arg, title);
    const archive = await deps.progress.run(`Listing ${(0, codeUri_1.targetLabel)(target)}`, { cancellable: true }, (_r, signal) => (0, codeTarget_1.codeStoreOf)(deps).archive(target, signal));
    const paths = archive.tree.filePaths();
    if (paths.length === 0)
        throw new Error(`No files in ${(0, codeUri_1.targetLabel)(target)}`);
    const picked = await deps.prompter.pick(paths.map((p) => ({
        label: p.slice(p.lastIndexOf('/') + 1),
        description: p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : undefined,
        value: p,
    })), {
        title: `${title}: ${(0, codeUri_1.targetLabel)(target)}`,
        placeholder: `Type to search ${paths.length} files`,
    });
    return { target, path: picked };
}
/** "Find File in Layer…": a quick pick over every path of a version, then open the file. */
async function findCodeFile(deps, arg) {
    const loc = await pickCodeFile(deps, arg, 'Find File');
    await openCodeFile(deps, loc);
}
/** Extracts the whole archive into a folder: hostile names refused, existing files only with consent. */
async function downloadCode(deps, arg, folder, 
/** Whether to say "Downloaded …" when done (Import says more). */
announce = true) {
    const target = await (0, codeTarget_1.resolveCodeTarget)(deps, arg, 'Download to Folder');
    const store = (0, codeTarget_1.codeStoreOf)(deps);
    const archive = await deps.progress.run(`Listing ${(0, codeUri_1.targetLabel)(target)}`, { cancellable: true }, (_r, signal) => store.archive(target, signal));
    (0, extractArchive_1.checkExtractable)(archive.tree); // before asking anything: a hostile archive is refused outright
    const into = folder ?? (await deps.editor.pickTargetFolder(`Download ${(0, codeUri_1.targetLabel)(target)} to Folder`));
    const existing = (0, extractArchive_1.existingTargets)(archive.tree, into);
    if (existing.length > 0) {
        const ok = await deps.prompter.confirm(`${existing.length} file${existing.length === 1 ? '' : 's'} in ${into} would be overwritten by ${(0, codeUri_1.targetLabel)(target)}. Overwrite?`, { confirm: 'Overwrite', modal: true, detail: existing.slice(0, 10).join('\n') });
        if (!ok)
            throw new prompter_1.Cancelled();
    }
    const total = archive.directory.archiveSize;
    const result = await deps.progress.run(`Downloading ${(0, codeUri_1.targetLabel)(target)}`, { cancellable: true }, async (report, signal) => {
        let last = 0;
        const bytes = await archive.remote.whole(signal, (n) => {
            report({
                message: `${(0, format_1.formatBytes)(n)} of ${(0, format_1.formatBytes)(total)}`,
                increment: ((n - last) / total) * 50,
            });
            last = n;
        });
        let done = 0;
        return (0, extractArchive_1.extractArchive)(bytes, archive.directory.entries, into, {
            signal,
            onProgress: (p) => {
                const step = Math.floor((p.files / p.total) * 50);
                if (step > done)
                    report({ message: `Writing files (${p.files} of ${p.total})`, increment: step - done });
                done = step;
            },
        });
    });
    deps.log.info(`Downloaded ${(0, codeUri_1.targetLabel)(target)}: ${result.files} files to ${into}`);
    if (announce)
        void deps.notifier.info(`Downloaded ${result.files} files of ${(0, codeUri_1.targetLabel)(target)} to ${into}`);
    return { folder: into, files: result.files };
}
/** The choices after an import into a folder the workspace does not hold (those VS Code offers after a clone). */
const OPEN_CHOICES = { Open: 'here', 'Open in New Window': 'newWindow', 'Add to Workspace': 'add' };
/**
 * "Import Function Code to Workspace…": the function's code in a new folder named after it, selected in the
 * Explorer; outside the workspace, the user is offered to open it or add it to the workspace.
 */
async function importFunctionCode(deps, arg, parent) {
    const target = await (0, codeTarget_1.resolveCodeTarget)(deps, arg, 'Import Function Code');
    if (target.kind !== 'function')
        throw new Error(`Not a function: ${(0, codeUri_1.targetLabel)(target)}`);
    const suffix = target.qualifier === '$LATEST' ? '' : `-v${target.qualifier}`;
    const name = `${target.name}${suffix}`;
    // AWS's names are plain; anything else (a path, "..") would put the folder elsewhere.
    if (!(0, codeUri_1.isLambdaName)(name))
        throw new Error(`Not a function name to make a folder of: ${name}`);
    const base = parent ??
        (await deps.workspace.pickFolder(`Import ${target.name} into…`, {
            placeholder: `The folder to create ${name} in`,
            openLabel: `Create ${name} Here`,
        }));
    const imported = await downloadCode(deps, target, path.join(base, name), false);
    const what = `Imported ${(0, codeUri_1.targetLabel)(target)}: ${imported.files} file${imported.files === 1 ? '' : 's'} in ${imported.folder}`;
    if (deps.workspace.holds(imported.folder)) {
        await deps.workspace.openFolder(imported.folder, 'reveal');
        void deps.notifier.info(what);
    }
    else {
        // Not awaited: the command is done; the notification stays until the user answers or closes it.
        void deps.notifier
            .info(`${what}, outside the workspace. Open it?`, ...Object.keys(OPEN_CHOICES))
            .then(async (choice) => {
            const how = choice ? OPEN_CHOICES[choice] : undefined;
            if (how)
                await deps.workspace.openFolder(imported.folder, how);
        })
            .catch((e) => deps.log.error(`Could not open ${imported.folder}`, e));
    }
    return imported;
}
//# sourceMappingURL=codeCommands.js.map