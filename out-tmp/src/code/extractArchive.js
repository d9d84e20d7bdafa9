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
exports.UnsafeArchiveError = void 0;
exports.checkExtractable = checkExtractable;
exports.existingTargets = existingTargets;
exports.extractArchive = extractArchive;
// Download to Folder / Import Function Code: check every entry name first (an archive with any entry that
// would escape the target is refused as a whole, with the names and reasons), ask before overwriting, then
// write files with their executable bit. Symlink entries are refused, never created. No vscode.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const archiveTree_1 = require("./archiveTree");
const remoteArchive_1 = require("./remoteArchive");
class UnsafeArchiveError extends Error {
    name = 'UnsafeArchiveError';
}
exports.UnsafeArchiveError = UnsafeArchiveError;
function printable(name) {
    return [...name].map((c) => (c.charCodeAt(0) < 0x20 ? '?' : c)).join('');
}
/** Refuses an archive with entries that escape the target (absolute, `..`, drive letters, backslashes, symlinks). */
function checkExtractable(tree) {
    if (tree.unsafe.length === 0)
        return;
    const shown = tree.unsafe.slice(0, 5).map((u) => `"${printable(u.entry.name)}" (${u.reason})`);
    const more = tree.unsafe.length > 5 ? ` and ${tree.unsafe.length - 5} more` : '';
    throw new UnsafeArchiveError(`Refused to extract: ${tree.unsafe.length} entr${tree.unsafe.length === 1 ? 'y' : 'ies'} would write outside the target folder or create a link: ${shown.join(', ')}${more}`);
}
/** Target paths that already exist (files the extraction would overwrite). */
function existingTargets(tree, target) {
    return tree.filePaths().filter((p) => fs.existsSync(path.join(target, ...p.split('/'))));
}
/** The target path of a safe entry path, checked once more to stay under `target`. */
function inside(target, p) {
    const root = path.resolve(target);
    const out = path.resolve(root, ...p.split('/'));
    if (out !== root && !out.startsWith(root + path.sep))
        throw new UnsafeArchiveError(`Refused to extract: "${p}" leaves the target folder`);
    return out;
}
/** Writes every file of `archive` (the whole archive's bytes) under `target`. Call checkExtractable first. */
async function extractArchive(archive, entries, target, opts = {}) {
    const tree = new archiveTree_1.ArchiveTree(entries);
    checkExtractable(tree);
    const paths = tree.filePaths();
    let bytes = 0;
    for (const [i, p] of paths.entries()) {
        opts.signal?.throwIfAborted();
        const entry = tree.file(p);
        const out = inside(target, p);
        // A symlink already on disk at a parent path would redirect the write: refuse rather than follow it.
        const parent = path.dirname(out);
        await fs.promises.mkdir(parent, { recursive: true });
        const real = await fs.promises.realpath(parent);
        const rootReal = await fs.promises.realpath(target);
        if (real !== rootReal && !real.startsWith(rootReal + path.sep))
            throw new UnsafeArchiveError(`Refused to extract: "${p}" would be written through a link outside the target folder`);
        const data = await (0, remoteArchive_1.entryFromArchive)(archive, entry);
        await fs.promises.rm(out, { force: true }); // replaces a file or a link, never writes through it
        await fs.promises.writeFile(out, data, { mode: entry.executable ? 0o755 : 0o644, flag: 'wx' });
        if (entry.executable)
            await fs.promises.chmod(out, 0o755);
        bytes += data.length;
        opts.onProgress?.({ files: i + 1, total: paths.length });
    }
    for (const folder of entries.filter((e) => e.isDirectory)) {
        const p = tree.lookup(folder.name);
        if (p)
            await fs.promises.mkdir(inside(target, p.path), { recursive: true });
    }
    return { files: paths.length, bytes };
}
//# sourceMappingURL=extractArchive.js.map