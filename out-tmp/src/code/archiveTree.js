"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ArchiveTree = void 0;
// The folders of an archive, built once from its central directory: what the explorer and the file system
// list. Folders that exist only as prefixes of file names are made up, as unzip does. Entries whose names
// would escape a folder are kept out and counted. No vscode.
const entryPath_1 = require("./entryPath");
class ArchiveTree {
    entries;
    folders = new Map([['', new Map()]]);
    filesByPath = new Map();
    unsafe = [];
    constructor(entries) {
        this.entries = entries;
        for (const entry of entries) {
            const reason = (0, entryPath_1.unsafeReason)(entry);
            if (reason) {
                this.unsafe.push({ entry, reason });
                continue;
            }
            const p = (0, entryPath_1.normalEntryPath)(entry.name);
            if (entry.isDirectory)
                this.ensureFolder(p);
            else {
                const slash = p.lastIndexOf('/');
                const parent = slash < 0 ? '' : p.slice(0, slash);
                this.ensureFolder(parent).set(p.slice(slash + 1), {
                    name: p.slice(slash + 1),
                    path: p,
                    type: 'file',
                    entry,
                });
                this.filesByPath.set(p, entry);
            }
        }
    }
    ensureFolder(p) {
        let f = this.folders.get(p);
        if (f)
            return f;
        f = new Map();
        this.folders.set(p, f);
        const slash = p.lastIndexOf('/');
        const parent = slash < 0 ? '' : p.slice(0, slash);
        const name = p.slice(slash + 1);
        this.ensureFolder(parent).set(name, { name, path: p, type: 'directory' });
        return f;
    }
    /** Folders first, then files, each by name; undefined when `folder` is not a folder. */
    list(folder) {
        const f = this.folders.get((0, entryPath_1.normalEntryPath)(folder));
        if (!f)
            return undefined;
        return [...f.values()].sort((a, b) => a.type !== b.type ? (a.type === 'directory' ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }
    lookup(p) {
        const n = (0, entryPath_1.normalEntryPath)(p);
        const file = this.filesByPath.get(n);
        if (file)
            return { name: n.slice(n.lastIndexOf('/') + 1), path: n, type: 'file', entry: file };
        if (this.folders.has(n))
            return { name: n.slice(n.lastIndexOf('/') + 1), path: n, type: 'directory' };
        return undefined;
    }
    /** Every file path, sorted. */
    filePaths() {
        return [...this.filesByPath.keys()].sort();
    }
    file(p) {
        return this.filesByPath.get((0, entryPath_1.normalEntryPath)(p));
    }
}
exports.ArchiveTree = ArchiveTree;
//# sourceMappingURL=archiveTree.js.map