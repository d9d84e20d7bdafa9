"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CodeFileNode = exports.CodeFolderNode = exports.ContentsNode = void 0;
exports.contentsOf = contentsOf;
exports.contentsFor = contentsFor;
const format_1 = require("../../ui/format");
const treeNode_1 = require("../treeNode");
const pagedNode_1 = require("./pagedNode");
/** Folders and files of one folder of the archive. */
async function childrenOf(services, owner, loc, ctx) {
    let items;
    try {
        items = await services.code.readDirectory(loc, ctx.signal);
    }
    catch (e) {
        return [new pagedNode_1.ErrorNode(owner, services.describeError(e))];
    }
    if (items.length === 0)
        return [new pagedNode_1.MessageNode(owner, 'Empty archive')];
    return items.map((i) => i.type === 'directory'
        ? new CodeFolderNode(services, { target: loc.target, path: i.path }, owner)
        : new CodeFileNode({ target: loc.target, path: i.path }, i.entry?.size ?? 0, owner));
}
class ContentsNode {
    services;
    target;
    parent;
    id;
    kind = 'contents';
    summary;
    constructor(services, target, parent) {
        this.services = services;
        this.target = target;
        this.parent = parent;
        this.id = `${parent.id}/contents`;
    }
    view() {
        return {
            label: 'Contents',
            description: this.summary ?? 'expand to list files',
            tooltip: 'The files of the published archive, listed from its central directory with HTTP Range requests: files are downloaded one at a time when opened.',
            icon: { codicon: 'file-zip' },
            contextValue: this.target.kind === 'layer' ? 'contents.layer' : 'contents.function',
            collapsible: 'collapsed',
        };
    }
    async children(ctx) {
        const nodes = await childrenOf(this.services, this, { target: this.target, path: '' }, ctx);
        const a = await this.services.code.archive(this.target, ctx.signal).catch(() => undefined);
        if (a) {
            const files = a.tree.filePaths().length;
            const size = a.directory.entries.reduce((s, e) => s + e.size, 0);
            const summary = `${files} file${files === 1 ? '' : 's'} · ${(0, format_1.formatBytes)(size)} unzipped`;
            if (summary !== this.summary) {
                this.summary = summary;
                this.services.changed(this);
            }
        }
        return nodes;
    }
}
exports.ContentsNode = ContentsNode;
class CodeFolderNode {
    services;
    location;
    parent;
    id;
    kind = 'codeFolder';
    constructor(services, location, parent) {
        this.services = services;
        this.location = location;
        this.parent = parent;
        this.id = `${contentsOf(parent).id}/${location.path}/`;
    }
    view() {
        return {
            label: this.location.path.slice(this.location.path.lastIndexOf('/') + 1),
            icon: { codicon: 'folder' },
            contextValue: 'codeFolder',
            collapsible: 'collapsed',
        };
    }
    children(ctx) {
        return childrenOf(this.services, this, this.location, ctx);
    }
}
exports.CodeFolderNode = CodeFolderNode;
class CodeFileNode {
    location;
    size;
    parent;
    id;
    kind = 'codeFile';
    constructor(location, size, parent) {
        this.location = location;
        this.size = size;
        this.parent = parent;
        this.id = `${contentsOf(parent).id}/${location.path}`;
    }
    view() {
        const name = this.location.path.slice(this.location.path.lastIndexOf('/') + 1);
        return {
            label: name,
            description: (0, format_1.formatBytes)(this.size),
            tooltip: `\`${(0, treeNode_1.md)(this.location.path)}\` (${(0, format_1.formatBytes)(this.size)} unzipped)`,
            icon: { codicon: 'file' },
            contextValue: 'codeFile',
            collapsible: 'none',
            command: { id: 'lambdaExplorer.code.openFile', title: 'Open File' },
        };
    }
}
exports.CodeFileNode = CodeFileNode;
/** The Contents node a folder or file belongs to. */
function contentsOf(n) {
    for (let x = n; x; x = x.parent)
        if (x.kind === 'contents')
            return x;
    throw new Error('Not under a Contents node');
}
/** A Contents node when code browsing is available for this connection. */
function contentsFor(services, target, parent) {
    const code = services.code;
    return code && target ? [new ContentsNode({ ...services, code }, target, parent)] : [];
}
//# sourceMappingURL=contentsNodes.js.map