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
exports.vscodeWorkspacePort = vscodeWorkspacePort;
// The vscode implementation of WorkspacePort: folder picking, the artifact bucket setting, the artifact store of
// the current connection (which owns its S3 client), and revealing a node in its view.
const path = __importStar(require("path"));
const vscode = __importStar(require("vscode"));
const prompter_1 = require("./prompter");
const vscodeConnection_1 = require("./vscodeConnection");
const vscodePorts_1 = require("./vscodePorts");
const BROWSE = Symbol('browse');
const PACKAGE = {
    placeholder: 'Pick the folder to package',
    openLabel: 'Package This Folder',
};
function vscodeWorkspacePort(
/** The current connection's store: one S3 client per connection, destroyed with it. */
artifacts, views, settings = new vscodeConnection_1.VscodeSettings()) {
    return {
        async pickFolder(title, purpose = PACKAGE) {
            const folders = vscode.workspace.workspaceFolders ?? [];
            let choice = BROWSE;
            if (folders.length > 0) {
                const items = [
                    ...folders.map((f) => ({ label: f.name, description: f.uri.fsPath, value: f.uri })),
                    { label: 'Browse…', description: 'choose another folder', value: BROWSE },
                ];
                choice = await new vscodePorts_1.VscodePrompter().pick(items, { title, placeholder: purpose.placeholder });
            }
            if (choice !== BROWSE)
                return choice.fsPath;
            const uris = await vscode.window.showOpenDialog({
                title,
                canSelectFiles: false,
                canSelectFolders: true,
                canSelectMany: false,
                openLabel: purpose.openLabel,
                ...(folders[0] ? { defaultUri: folders[0].uri } : {}),
            });
            const uri = uris?.[0];
            if (!uri)
                throw new prompter_1.Cancelled();
            return path.resolve(uri.fsPath);
        },
        holds(folder) {
            return vscode.workspace.getWorkspaceFolder(vscode.Uri.file(folder)) !== undefined;
        },
        async openFolder(folder, how) {
            const uri = vscode.Uri.file(folder);
            if (how === 'reveal')
                await vscode.commands.executeCommand('revealInExplorer', uri);
            else if (how === 'add') {
                const at = vscode.workspace.workspaceFolders?.length ?? 0;
                if (!vscode.workspace.updateWorkspaceFolders(at, 0, { uri }))
                    throw new Error(`Could not add the folder to the workspace: ${folder}`);
            }
            else
                await vscode.commands.executeCommand('vscode.openFolder', uri, how === 'newWindow' ? { forceNewWindow: true } : { forceReuseWindow: true });
        },
        artifactBucket() {
            // User settings only in an untrusted workspace; from a workspace or folder the bucket is confirmed by name.
            const { value, scope } = settings.read('artifactBucket');
            return value ? { name: value, fromWorkspace: scope === 'workspace' || scope === 'folder' } : undefined;
        },
        artifacts,
        async reveal(view, node) {
            await views[view].reveal(node, { select: true, focus: false, expand: false });
        },
    };
}
//# sourceMappingURL=vscodeWorkspace.js.map