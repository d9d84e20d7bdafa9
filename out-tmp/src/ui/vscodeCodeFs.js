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
exports.CodeFileSystem = void 0;
exports.codeUri = codeUri;
exports.registerCodeFileSystem = registerCodeFileSystem;
exports.vscodeCodeEditor = vscodeCodeEditor;
// The `lambda:` file system (read-only) and the editor port for published code: the vscode edge of
// src/code/. Everything it decides lives in CodeStore; this file only maps URIs and errors.
const vscode = __importStar(require("vscode"));
const codeStore_1 = require("../code/codeStore");
const codeUri_1 = require("../code/codeUri");
const prompter_1 = require("./prompter");
function codeUri(loc) {
    const parts = (0, codeUri_1.formatCodeUri)(loc);
    return vscode.Uri.from({ scheme: codeUri_1.CODE_SCHEME, authority: parts.authority, path: parts.path });
}
function uriOf(side) {
    return typeof side === 'string' ? vscode.Uri.file(side) : codeUri(side);
}
class CodeFileSystem {
    store;
    emitter = new vscode.EventEmitter();
    onDidChangeFile = this.emitter.event;
    /** `store(loc)`: the store of the connection that reaches `loc` (its Region), if any. */
    constructor(store) {
        this.store = store;
    }
    async run(uri, f) {
        let loc;
        try {
            loc = (0, codeUri_1.parseCodeUri)({ authority: uri.authority, path: uri.path });
        }
        catch (e) {
            throw vscode.FileSystemError.FileNotFound(e instanceof Error ? e.message : uri);
        }
        const store = this.store(loc);
        if (!store)
            throw vscode.FileSystemError.Unavailable('Not connected to AWS');
        try {
            return await f(store, loc);
        }
        catch (e) {
            if (e instanceof codeStore_1.CodeNotFoundError)
                throw vscode.FileSystemError.FileNotFound(e.message);
            if (e instanceof codeUri_1.CodeUriError)
                throw vscode.FileSystemError.Unavailable(e.message);
            throw e;
        }
    }
    stat(uri) {
        return this.run(uri, async (store, loc) => {
            const s = await store.stat(loc);
            return {
                type: s.type === 'directory' ? vscode.FileType.Directory : vscode.FileType.File,
                ctime: 0,
                mtime: 0,
                size: s.size,
                permissions: vscode.FilePermission.Readonly,
            };
        });
    }
    readDirectory(uri) {
        return this.run(uri, async (store, loc) => (await store.readDirectory(loc)).map((i) => [i.name, i.type === 'directory' ? vscode.FileType.Directory : vscode.FileType.File]));
    }
    readFile(uri) {
        return this.run(uri, (store, loc) => store.readFile(loc));
    }
    watch() {
        return new vscode.Disposable(() => undefined); // published code never changes under a URI
    }
    createDirectory(uri) {
        throw vscode.FileSystemError.NoPermissions(uri);
    }
    writeFile(uri) {
        throw vscode.FileSystemError.NoPermissions(uri);
    }
    delete(uri) {
        throw vscode.FileSystemError.NoPermissions(uri);
    }
    rename(uri) {
        throw vscode.FileSystemError.NoPermissions(uri);
    }
}
exports.CodeFileSystem = CodeFileSystem;
function registerCodeFileSystem(store) {
    return vscode.workspace.registerFileSystemProvider(codeUri_1.CODE_SCHEME, new CodeFileSystem(store), {
        isReadonly: true,
        isCaseSensitive: true,
    });
}
function vscodeCodeEditor() {
    return {
        async open(side) {
            await vscode.window.showTextDocument(uriOf(side), { preview: true });
        },
        async diff(left, right, title) {
            await vscode.commands.executeCommand('vscode.diff', uriOf(left), uriOf(right), title, {
                preview: true,
            });
        },
        async pickTargetFolder(title) {
            const uris = await vscode.window.showOpenDialog({
                title,
                canSelectFiles: false,
                canSelectFolders: true,
                canSelectMany: false,
                openLabel: 'Download Here',
            });
            if (!uris?.[0])
                throw new prompter_1.Cancelled();
            return uris[0].fsPath;
        },
    };
}
//# sourceMappingURL=vscodeCodeFs.js.map